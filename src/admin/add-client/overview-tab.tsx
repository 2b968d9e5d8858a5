/**
 * Profile → Overview: KPIs, private coach notes (saved without reload), upcoming and past sessions
 * with status and payment changeable in place, the email timeline.
 */

/**
 * WordPress dependencies
 */
import {
	Button,
	Card,
	CardBody,
	CardHeader,
	Notice,
	Spinner,
	TextareaControl,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useCallback, useEffect, useRef, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { api, errorMessage } from '../../api/client';
import type {
	ClientOverview,
	PaymentStatus,
	Session,
	SessionList,
	SessionStatus,
} from '../../api/types';
import { KpiCards } from '../../components/kpi-cards';
import { Pager } from '../../components/pager';
import { SessionCard } from '../../components/session-card';
import { can } from '../../settings';
import { formatDateTime, formatMoney } from '../../utils/format';
import { EmailTimeline } from './email-timeline';

export interface OverviewTabProps {
	clientId: number;
	/** Bumped by the parent when something changed elsewhere (a new session, an email). */
	refreshKey: number;
	onEdit: ( session: Session ) => void;
	onChanged: () => void;
}

/**
 * Updates a session's status or payment in place, with a snackbar.
 * @param onDone
 */
export function useSessionQuickChange( onDone: () => void ) {
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );
	const [ busyId, setBusyId ] = useState< number | null >( null );
	const change = useCallback(
		async (
			session: Session,
			data: { status?: SessionStatus; payment_status?: PaymentStatus }
		) => {
			setBusyId( session.id );
			try {
				const saved = await api.sessions.update( session.id, data );
				createSuccessNotice(
					saved.email?.sent
						? __(
								'Session updated; the client was emailed.',
								'joolweb-sessions-pro'
							)
						: __( 'Session updated.', 'joolweb-sessions-pro' ),
					{ type: 'snackbar' }
				);
				onDone();
			} catch ( error ) {
				createErrorNotice(
					errorMessage(
						error,
						__(
							'The session could not be updated.',
							'joolweb-sessions-pro'
						)
					),
					{ type: 'snackbar' }
				);
			} finally {
				setBusyId( null );
			}
		},
		[ createSuccessNotice, createErrorNotice, onDone ]
	);
	return { busyId, change };
}

/**
 * Overview tab.
 *
 * @param props            Props.
 * @param props.clientId
 * @param props.refreshKey
 * @param props.onEdit
 * @param props.onChanged
 */
export function OverviewTab( {
	clientId,
	refreshKey,
	onEdit,
	onChanged,
}: OverviewTabProps ) {
	const [ data, setData ] = useState< ClientOverview | null >( null );
	const [ error, setError ] = useState< string | null >( null );
	const [ pages, setPages ] = useState( { upcoming: 1, past: 1 } );
	const [ version, setVersion ] = useState( 0 );

	useEffect( () => {
		let live = true;
		api.insights
			.overview( clientId, pages.upcoming, pages.past )
			.then( ( result ) => live && setData( result ) )
			.catch(
				( reason: unknown ) =>
					live &&
					setError(
						errorMessage(
							reason,
							__(
								'The overview could not be loaded.',
								'joolweb-sessions-pro'
							)
						)
					)
			);
		return () => {
			live = false;
		};
	}, [ clientId, pages, version, refreshKey ] );

	const reload = useCallback( () => {
		setVersion( ( v ) => v + 1 );
		onChanged();
	}, [ onChanged ] );
	const { busyId, change } = useSessionQuickChange( reload );

	if ( error ) {
		return (
			<Notice status="error" isDismissible={ false }>
				{ error }
			</Notice>
		);
	}
	if ( ! data ) {
		return (
			<p aria-live="polite">
				<Spinner /> { __( 'Loading…', 'joolweb-sessions-pro' ) }
			</p>
		);
	}
	const canEdit = can( 'edit_sessions' );
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

	return (
		<>
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
						label: __( 'Amount pending', 'joolweb-sessions-pro' ),
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
			<NotesCard clientId={ clientId } />
			{ list(
				__( 'Upcoming sessions', 'joolweb-sessions-pro' ),
				data.upcoming,
				'upcoming',
				__( 'No upcoming session.', 'joolweb-sessions-pro' )
			) }
			{ list(
				__( 'Past sessions', 'joolweb-sessions-pro' ),
				data.past,
				'past',
				__( 'No past session yet.', 'joolweb-sessions-pro' )
			) }
			<Card className="joolwebsp-card joolwebsp-section">
				<CardHeader>
					<h2>{ __( 'Emails', 'joolweb-sessions-pro' ) }</h2>
				</CardHeader>
				<CardBody>
					<EmailTimeline
						clientId={ clientId }
						refreshKey={ refreshKey + version }
					/>
				</CardBody>
			</Card>
		</>
	);
}

type NotesState = 'loading' | 'saved' | 'unsaved' | 'saving' | 'error';

/**
 * Private coach notes, saved a moment after typing stops.
 *
 * @param props          Props.
 * @param props.clientId Client.
 */
function NotesCard( { clientId }: { clientId: number } ) {
	const [ notes, setNotes ] = useState( '' );
	const [ state, setState ] = useState< NotesState >( 'loading' );
	const timer = useRef< number | undefined >( undefined );
	const canEdit = can( 'edit_clients' );

	useEffect( () => {
		api.insights
			.notes( clientId )
			.then( ( result ) => {
				setNotes( result.notes );
				setState( 'saved' );
			} )
			.catch( () => setState( 'error' ) );
		return () => window.clearTimeout( timer.current );
	}, [ clientId ] );

	const save = useCallback(
		( text: string ) => {
			setState( 'saving' );
			api.insights
				.saveNotes( clientId, text )
				.then( () => setState( 'saved' ) )
				.catch( () => setState( 'error' ) );
		},
		[ clientId ]
	);

	const label = {
		loading: __( 'Loading…', 'joolweb-sessions-pro' ),
		saved: __( 'Saved', 'joolweb-sessions-pro' ),
		unsaved: __( 'Unsaved changes', 'joolweb-sessions-pro' ),
		saving: __( 'Saving…', 'joolweb-sessions-pro' ),
		error: __( 'Not saved: try again', 'joolweb-sessions-pro' ),
	}[ state ];

	return (
		<Card className="joolwebsp-card joolwebsp-section">
			<CardHeader>
				<h2>{ __( 'Coach notes', 'joolweb-sessions-pro' ) }</h2>
				<span
					className={ `joolwebsp-save-state is-${ state }` }
					role="status"
				>
					{ label }
				</span>
			</CardHeader>
			<CardBody>
				<TextareaControl
					__nextHasNoMarginBottom
					label={ __(
						'Private notes (the client never sees them)',
						'joolweb-sessions-pro'
					) }
					value={ notes }
					disabled={ state === 'loading' || ! canEdit }
					rows={ 5 }
					onChange={ ( value: string ) => {
						setNotes( value );
						setState( 'unsaved' );
						window.clearTimeout( timer.current );
						timer.current = window.setTimeout(
							() => save( value ),
							800
						);
					} }
				/>
				{ state === 'error' && (
					<Button variant="secondary" onClick={ () => save( notes ) }>
						{ __( 'Save notes', 'joolweb-sessions-pro' ) }
					</Button>
				) }
			</CardBody>
		</Card>
	);
}
