/**
 * Dashboard: KPIs of this month against last month, what needs attention, today's and the next 7
 * days' sessions (status and payment changeable in place), and shortcuts to the screens.
 * Data: `GET /dashboard` in one request; scope (every coach, or mine) per Settings → General.
 */

/**
 * WordPress dependencies
 */
import { Card, CardBody, CardHeader, Spinner } from '@wordpress/components';
import { dateI18n } from '@wordpress/date';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Session } from '../../api/types';
import {
	dashboardApi,
	type Dashboard,
	type MonthKpis,
} from '../../api/settings';
import { KpiCards } from '../../components/kpi-cards';
import { Screen } from '../../components/screen';
import { QueryStatus } from '../../components/query-status';
import { SessionCard } from '../../clients/sessions/session-card';
import { useSessionQuickChange } from '../../clients/sessions/use-session-quick-change';
import { useRestQuery } from '../../data/use-rest-query';
import { can, screenUrl } from '../../settings';
import type { Capability, ScreenName } from '../../settings';
import { formatDate, formatMoney } from '../../utils/format';
import { DashboardAlerts } from './alerts';
import './dashboard.scss';

interface Shortcut {
	screen: ScreenName;
	capability: Capability;
	label: string;
	description: string;
}

/**
 * The shortcuts, in the order a new coach needs them.
 */
function shortcuts(): Shortcut[] {
	return [
		{
			screen: 'add-client',
			capability: 'create_clients',
			label: __( 'Add Customer', 'joolweb-sessions-pro' ),
			description: __(
				'Create a client account with a name and an email.',
				'joolweb-sessions-pro'
			),
		},
		{
			screen: 'clients',
			capability: 'view_clients',
			label: __( 'Customers', 'joolweb-sessions-pro' ),
			description: __(
				'Your clients: search, sort and open a profile.',
				'joolweb-sessions-pro'
			),
		},
		{
			screen: 'sessions',
			capability: 'view_sessions',
			label: __( 'Sessions', 'joolweb-sessions-pro' ),
			description: __(
				'Booked, completed and cancelled sessions with their payments.',
				'joolweb-sessions-pro'
			),
		},
		{
			screen: 'programs',
			capability: 'manage_programs',
			label: __( 'Programs', 'joolweb-sessions-pro' ),
			description: __(
				'Session bundles and program templates.',
				'joolweb-sessions-pro'
			),
		},
		{
			screen: 'import',
			capability: 'import_clients',
			label: __( 'Import CSV', 'joolweb-sessions-pro' ),
			description: __(
				'Bring an existing client list in from a spreadsheet.',
				'joolweb-sessions-pro'
			),
		},
		{
			screen: 'settings',
			capability: 'manage_options',
			label: __( 'Settings', 'joolweb-sessions-pro' ),
			description: __(
				'Site-wide options of the plugin.',
				'joolweb-sessions-pro'
			),
		},
	];
}

/**
 * Links to the screens the current user can open.
 */
export function Shortcuts() {
	return (
		<ul className="joolwebsp-shortcuts">
			{ shortcuts()
				.filter( ( shortcut ) => can( shortcut.capability ) )
				.map( ( shortcut ) => (
					<li key={ shortcut.screen }>
						<a href={ screenUrl( shortcut.screen ) }>
							{ shortcut.label }
						</a>
						<span> — { shortcut.description }</span>
					</li>
				) ) }
		</ul>
	);
}

/**
 * KPI cards: this month, with last month beside it.
 *
 * @param kpis     This and last month.
 * @param currency Currency.
 */
export function monthKpis(
	kpis: Dashboard[ 'kpis' ],
	currency: string
): Array< { label: string; value: string } > {
	const rows: Array< {
		key: keyof Omit< MonthKpis, 'month' >;
		label: string;
		show: ( v: number | string ) => string;
	} > = [
		{
			key: 'sessions_completed',
			label: __(
				'Sessions completed this month',
				'joolweb-sessions-pro'
			),
			show: ( v ) => Number( v ).toLocaleString(),
		},
		{
			key: 'revenue_paid',
			label: __( 'Revenue paid this month', 'joolweb-sessions-pro' ),
			show: ( v ) => formatMoney( v, currency ),
		},
		{
			key: 'new_clients',
			label: __( 'New clients this month', 'joolweb-sessions-pro' ),
			show: ( v ) => Number( v ).toLocaleString(),
		},
	];
	return rows
		.filter( ( row ) => kpis.this_month[ row.key ] !== null )
		.map( ( row ) => {
			const now = kpis.this_month[ row.key ] as number | string;
			const last = kpis.last_month[ row.key ];
			return {
				label: row.label,
				value:
					last === null
						? row.show( now )
						: sprintf(
								/* translators: 1: this month's figure, 2: last month's. */
								__(
									'%1$s (last month: %2$s)',
									'joolweb-sessions-pro'
								),
								row.show( now ),
								row.show( last )
							),
			};
		} );
}

/**
 * Sessions with the client's name in front of the title, as cards.
 *
 * @param props          Props.
 * @param props.sessions Sessions.
 * @param props.busyId   Session being changed.
 * @param props.onChange Quick change.
 */
function SessionList( {
	sessions,
	busyId,
	onChange,
}: {
	sessions: Session[];
	busyId: number | null;
	onChange: ReturnType< typeof useSessionQuickChange >[ 'change' ];
} ) {
	const canEdit = can( 'edit_sessions' );
	return (
		<ul className="joolwebsp-session-list">
			{ sessions.map( ( session ) => (
				<SessionCard
					key={ session.id }
					session={ {
						...session,
						title: session.title
							? `${ session.client_name } — ${ session.title }`
							: session.client_name,
					} }
					canEdit={ canEdit }
					isBusy={ busyId === session.id }
					onChange={ onChange }
				/>
			) ) }
		</ul>
	);
}

/**
 * Dashboard screen.
 */
export function DashboardScreen() {
	const query = useRestQuery( [ 'dashboard' ], dashboardApi.get, {
		errorMessage: __(
			'The dashboard could not be loaded.',
			'joolweb-sessions-pro'
		),
	} );
	const { busyId, change } = useSessionQuickChange( query.reload );

	const render = ( data: Dashboard ) => {
		// The next 7 days, grouped by day (site timezone).
		const byDay = new Map< string, Session[] >();
		for ( const session of data.upcoming?.items ?? [] ) {
			const day = dateI18n( 'Y-m-d', session.start, undefined );
			byDay.set( day, [ ...( byDay.get( day ) ?? [] ), session ] );
		}
		const kpis = monthKpis( data.kpis, data.currency );
		return (
			<div className="joolwebsp-dashboard">
				<p className="joolwebsp-muted joolwebsp-dashboard__scope">
					{ data.scope === 'all'
						? __(
								'Showing every coach’s sessions.',
								'joolweb-sessions-pro'
							)
						: __(
								'Showing your own sessions.',
								'joolweb-sessions-pro'
							) }{ ' ' }
					{ can( 'manage_options' ) && (
						<a href={ screenUrl( 'settings', { tab: 'general' } ) }>
							{ __(
								'Change in Settings',
								'joolweb-sessions-pro'
							) }
						</a>
					) }
				</p>
				{ kpis.length > 0 && <KpiCards kpis={ kpis } /> }
				<Card className="joolwebsp-card joolwebsp-section">
					<CardHeader>
						<h2>
							{ __( 'Needs attention', 'joolweb-sessions-pro' ) }
						</h2>
					</CardHeader>
					<CardBody>
						<DashboardAlerts
							alerts={ data.alerts }
							currency={ data.currency }
						/>
					</CardBody>
				</Card>
				{ data.today && (
					<Card className="joolwebsp-card joolwebsp-section joolwebsp-dashboard__today">
						<CardHeader>
							<h2>
								{ sprintf(
									/* translators: %d: number of sessions. */
									__( 'Today (%d)', 'joolweb-sessions-pro' ),
									data.today.total
								) }
							</h2>
						</CardHeader>
						<CardBody>
							{ data.today.items.length ? (
								<SessionList
									sessions={ data.today.items }
									busyId={ busyId }
									onChange={ change }
								/>
							) : (
								<p className="joolwebsp-muted">
									{ __(
										'No sessions today.',
										'joolweb-sessions-pro'
									) }
								</p>
							) }
						</CardBody>
					</Card>
				) }
				{ data.upcoming && (
					<Card className="joolwebsp-card joolwebsp-section joolwebsp-dashboard__week">
						<CardHeader>
							<h2>
								{ sprintf(
									/* translators: %d: number of sessions. */
									__(
										'Next 7 days (%d)',
										'joolweb-sessions-pro'
									),
									data.upcoming.total
								) }
							</h2>
						</CardHeader>
						<CardBody>
							{ byDay.size ? (
								[ ...byDay.entries() ].map(
									( [ day, sessions ] ) => (
										<section
											key={ day }
											className="joolwebsp-dashboard__day"
										>
											<h3>
												{ formatDate(
													sessions[ 0 ]!.start
												) }
											</h3>
											<SessionList
												sessions={ sessions }
												busyId={ busyId }
												onChange={ change }
											/>
										</section>
									)
								)
							) : (
								<p className="joolwebsp-muted">
									{ __(
										'No sessions in the next 7 days.',
										'joolweb-sessions-pro'
									) }
								</p>
							) }
							{ data.upcoming.total >
								data.upcoming.items.length && (
								<p>
									<a href={ screenUrl( 'sessions' ) }>
										{ __(
											'See all sessions',
											'joolweb-sessions-pro'
										) }
									</a>
								</p>
							) }
						</CardBody>
					</Card>
				) }
			</div>
		);
	};

	return (
		<Screen title={ __( 'Dashboard', 'joolweb-sessions-pro' ) }>
			<QueryStatus
				query={ query }
				loading={
					<p aria-live="polite">
						<Spinner />{ ' ' }
						{ __(
							'Loading the dashboard…',
							'joolweb-sessions-pro'
						) }
					</p>
				}
			>
				{ render }
			</QueryStatus>
			<Card className="joolwebsp-card joolwebsp-section">
				<CardHeader>
					<h2>{ __( 'Start here', 'joolweb-sessions-pro' ) }</h2>
				</CardHeader>
				<CardBody>
					<Shortcuts />
				</CardBody>
			</Card>
		</Screen>
	);
}
