/**
 * Profile → Overview: KPIs, private coach notes (saved without reload), upcoming and past sessions
 * with status and payment changeable in place, the email timeline. The front profile shows the
 * same sections in two tabs, chosen by `sections`: Summary (KPIs and notes, under the header's
 * contact links and next session) and Sessions (the session lists).
 */

/**
 * WordPress dependencies
 */
import { Card, CardBody, CardHeader } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { api } from '../../../api/client';
import type { Session, SessionList } from '../../../api/types';
import { KpiCards } from '../../../components/kpi-cards';
import { Pager } from '../../../components/pager';
import { QueryStatus } from '../../../components/query-status';
import { useRestQuery } from '../../../data/use-rest-query';
import { formatDateTime, formatMoney } from '../../../utils/format';
import { useClientModule } from '../../module';
import { SessionCard } from '../../sessions/session-card';
import { useSessionQuickChange } from '../../sessions/use-session-quick-change';
import { EmailTimeline } from './email-timeline';
import { NotesCard } from './notes-card';

/** The parts of the overview, in the order they show. */
export type OverviewSection = 'kpis' | 'notes' | 'sessions' | 'emails';

/** The admin Overview tab. */
export const ADMIN_OVERVIEW: ReadonlyArray< OverviewSection > = [
	'kpis',
	'notes',
	'sessions',
	'emails',
];

export interface OverviewTabProps {
	clientId: number;
	/** Which parts to show; the admin Overview by default. */
	sections?: ReadonlyArray< OverviewSection >;
	/** Bumped by the parent when something changed elsewhere (a new session, an email). */
	refreshKey: number;
	onEdit: ( session: Session ) => void;
	onChanged: () => void;
}

/**
 * Overview tab.
 *
 * @param props            Props.
 * @param props.clientId
 * @param props.sections
 * @param props.refreshKey
 * @param props.onEdit
 * @param props.onChanged
 */
export function OverviewTab( {
	clientId,
	sections = ADMIN_OVERVIEW,
	refreshKey,
	onEdit,
	onChanged,
}: OverviewTabProps ) {
	const module = useClientModule();
	const [ pages, setPages ] = useState( { upcoming: 1, past: 1 } );
	const overview = useRestQuery(
		[ 'overview', clientId, pages.upcoming, pages.past, refreshKey ],
		() => api.insights.overview( clientId, pages.upcoming, pages.past ),
		{
			errorMessage: __(
				'The overview could not be loaded.',
				'joolweb-sessions-pro'
			),
		}
	);
	// A change reloads through the parent's refresh key (this tab, the header and the timeline).
	const { busyId, change } = useSessionQuickChange( onChanged );

	if ( ! overview.data || overview.error ) {
		return <QueryStatus query={ overview }>{ () => null }</QueryStatus>;
	}
	const data = overview.data;
	const canEdit = module.can( 'edit_sessions' );
	const list = (
		title: string,
		items: SessionList,
		key: 'upcoming' | 'past',
		empty: string
	) => (
		<Card className="joolwebsp-card joolwebsp-section">
			<CardHeader>
				<h2>{ `${ title } (${ items.total })` }</h2>
			</CardHeader>
			<CardBody>
				{ items.items.length ? (
					<ul className="joolwebsp-session-list">
						{ items.items.map( ( session ) => (
							<SessionCard
								key={ session.id }
								session={ session }
								canEdit={ canEdit }
								isBusy={ busyId === session.id }
								onChange={ change }
								onEdit={ onEdit }
							/>
						) ) }
					</ul>
				) : (
					<p className="joolwebsp-muted">{ empty }</p>
				) }
				<Pager
					page={ items.page }
					totalPages={ items.total_pages }
					onChange={ ( next ) =>
						setPages( { ...pages, [ key ]: next } )
					}
				/>
			</CardBody>
		</Card>
	);

	const show = ( section: OverviewSection ) => sections.includes( section );
	return (
		<>
			{ show( 'kpis' ) && (
				<KpiCards
					kpis={ [
						{
							label: __(
								'Upcoming sessions',
								'joolweb-sessions-pro'
							),
							value: String( data.kpis.sessions_upcoming ),
						},
						{
							label: __(
								'Completed sessions',
								'joolweb-sessions-pro'
							),
							value: String( data.kpis.sessions_completed ),
						},
						{
							label: __(
								'Amount pending',
								'joolweb-sessions-pro'
							),
							value: formatMoney(
								data.kpis.amount_pending,
								data.currency
							),
						},
						{
							label: __( 'Amount paid', 'joolweb-sessions-pro' ),
							value: formatMoney(
								data.kpis.amount_paid,
								data.currency
							),
						},
						{
							label: __( 'Next session', 'joolweb-sessions-pro' ),
							value: data.kpis.next_session
								? formatDateTime( data.kpis.next_session )
								: __( 'None booked', 'joolweb-sessions-pro' ),
						},
					] }
				/>
			) }
			{ show( 'notes' ) && <NotesCard clientId={ clientId } /> }
			{ show( 'sessions' ) &&
				list(
					__( 'Upcoming sessions', 'joolweb-sessions-pro' ),
					data.upcoming,
					'upcoming',
					__( 'No upcoming session.', 'joolweb-sessions-pro' )
				) }
			{ show( 'sessions' ) &&
				list(
					__( 'Past sessions', 'joolweb-sessions-pro' ),
					data.past,
					'past',
					__( 'No past session yet.', 'joolweb-sessions-pro' )
				) }
			{ show( 'emails' ) && (
				<Card className="joolwebsp-card joolwebsp-section">
					<CardHeader>
						<h2>{ __( 'Emails', 'joolweb-sessions-pro' ) }</h2>
					</CardHeader>
					<CardBody>
						<EmailTimeline
							clientId={ clientId }
							refreshKey={ refreshKey }
						/>
					</CardBody>
				</Card>
			) }
		</>
	);
}
