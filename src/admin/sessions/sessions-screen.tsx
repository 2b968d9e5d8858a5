/**
 * Sessions: every session the user reaches, filtered and paged by the server, created and edited in
 * a modal (Save / Save and notify).
 */

/**
 * WordPress dependencies
 */
import { Button, Notice, TextControl } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { DataViews } from '@wordpress/dataviews';
import type { Action, Field, View } from '@wordpress/dataviews';
import { useMemo, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { api, errorMessage } from '../../api/client';
import type { Session, SessionQuery } from '../../api/types';
import { adminClientModule } from '../../clients/module';
import { SessionModal } from '../../clients/sessions/session-modal';
import { Screen } from '../../components/screen';
import { useRestQuery } from '../../data/use-rest-query';
import { PAYMENT_STATUSES, SESSION_STATUSES } from '../../rules';
import type { PaymentStatus, SessionStatus } from '../../rules';
import { can, getSettings } from '../../settings';
import { store as clientsStore } from '../../store/clients';
import {
	optionsOf,
	formatDateTime,
	formatMoney,
	paymentStatusLabel,
	sessionStatusLabel,
} from '../../utils/format';

const DEFAULT_VIEW: View = {
	type: 'table',
	page: 1,
	perPage: 20,
	sort: { field: 'start', direction: 'desc' },
	filters: [],
	titleField: 'title',
	fields: [ 'start', 'client', 'coach', 'status', 'payment_status', 'price' ],
	layout: {},
};

/**
 * The REST query of a view and a date range.
 *
 * @param view       View.
 * @param range      From / to dates (YYYY-MM-DD, site timezone).
 * @param range.from
 * @param range.to
 */
export function sessionsQuery(
	view: View,
	range: { from: string; to: string }
): SessionQuery {
	const filter = ( field: string ) =>
		( view.filters ?? [] ).find( ( f ) => f.field === field && f.value )
			?.value;
	const query: SessionQuery = {
		order: view.sort?.direction === 'asc' ? 'asc' : 'desc',
		page: view.page ?? 1,
		per_page: view.perPage ?? 20,
	};
	const status = filter( 'status' );
	const payment = filter( 'payment_status' );
	const coach = filter( 'coach' );
	if ( status ) {
		query.status = status as SessionStatus;
	}
	if ( payment ) {
		query.payment_status = payment as PaymentStatus;
	}
	if ( coach ) {
		query.coach_id = Number( coach );
	}
	if ( range.from ) {
		query.after = `${ range.from }T00:00`;
	}
	if ( range.to ) {
		query.before = `${ range.to }T23:59:59`;
	}
	return query;
}

/**
 * Sessions screen.
 */
export function SessionsScreen() {
	const [ view, setView ] = useState< View >( DEFAULT_VIEW );
	const [ range, setRange ] = useState( { from: '', to: '' } );
	const [ modal, setModal ] = useState< { session: Session | null } | null >(
		null
	);
	const canReachEveryone = getSettings().reachesEveryone;
	const coaches = useSelect(
		( select ) =>
			canReachEveryone ? select( clientsStore ).getCoaches() : null,
		[ canReachEveryone ]
	);
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );
	const query = useMemo(
		() => sessionsQuery( view, range ),
		[ view, range ]
	);

	const sessions = useRestQuery(
		[ 'sessions', JSON.stringify( query ) ],
		() => api.sessions.list( query ),
		{
			errorMessage: __(
				'The sessions could not be loaded.',
				'joolweb-sessions-pro'
			),
		}
	);
	const { reload } = sessions;
	const data = sessions.data;

	const coachName = useMemo(
		() => new Map( ( coaches ?? [] ).map( ( c ) => [ c.id, c.name ] ) ),
		[ coaches ]
	);
	const fields = useMemo< Field< Session >[] >( () => {
		const list: Field< Session >[] = [
			{
				id: 'title',
				label: __( 'Title', 'joolweb-sessions-pro' ),
				enableHiding: false,
				enableSorting: false,
				getValue: ( { item } ) => item.title,
			},
			{
				id: 'start',
				label: __( 'Start', 'joolweb-sessions-pro' ),
				enableSorting: true,
				getValue: ( { item } ) => item.start,
				render: ( { item } ) => (
					<time dateTime={ item.start }>
						{ formatDateTime( item.start ) }
					</time>
				),
			},
			{
				id: 'client',
				label: __( 'Client', 'joolweb-sessions-pro' ),
				enableSorting: false,
				getValue: ( { item } ) => item.client_name,
				render: ( { item } ) => (
					<a
						href={ adminClientModule().profileUrl(
							item.client_id
						) }
					>
						{ item.client_name }
					</a>
				),
			},
			{
				id: 'status',
				label: __( 'Status', 'joolweb-sessions-pro' ),
				enableSorting: false,
				getValue: ( { item } ) => item.status,
				render: ( { item } ) => (
					<span>{ sessionStatusLabel( item.status ) }</span>
				),
				elements: optionsOf( SESSION_STATUSES, sessionStatusLabel ),
				filterBy: { operators: [ 'is' ] },
			},
			{
				id: 'payment_status',
				label: __( 'Payment', 'joolweb-sessions-pro' ),
				enableSorting: false,
				getValue: ( { item } ) => item.payment_status,
				render: ( { item } ) => (
					<span>{ paymentStatusLabel( item.payment_status ) }</span>
				),
				elements: optionsOf( PAYMENT_STATUSES, paymentStatusLabel ),
				filterBy: { operators: [ 'is' ] },
			},
			{
				id: 'price',
				label: __( 'Price', 'joolweb-sessions-pro' ),
				enableSorting: false,
				getValue: ( { item } ) => item.price,
				render: ( { item } ) => (
					<span>{ formatMoney( item.price, item.currency ) }</span>
				),
			},
		];
		if ( coaches ) {
			list.push( {
				id: 'coach',
				label: __( 'Coach', 'joolweb-sessions-pro' ),
				enableSorting: false,
				getValue: ( { item } ) =>
					coachName.get( item.coach_id ) ?? `#${ item.coach_id }`,
				elements: coaches.map( ( c ) => ( {
					value: c.id,
					label: c.name,
				} ) ),
				filterBy: { operators: [ 'is' ] },
			} );
		}
		return list;
	}, [ coaches, coachName ] );

	const actions = useMemo< Action< Session >[] >(
		() =>
			can( 'edit_sessions' )
				? [
						{
							id: 'edit',
							label: __( 'Edit', 'joolweb-sessions-pro' ),
							isPrimary: true,
							callback: ( items ) =>
								items[ 0 ] &&
								setModal( { session: items[ 0 ] } ),
						},
						{
							id: 'delete',
							label: __( 'Delete', 'joolweb-sessions-pro' ),
							isDestructive: true,
							modalHeader: __(
								'Delete session',
								'joolweb-sessions-pro'
							),
							RenderModal: ( { items, closeModal } ) => (
								<div className="joolwebsp-confirm">
									<p>
										{ __(
											'Delete this session? This cannot be undone. The client is not emailed.',
											'joolweb-sessions-pro'
										) }
									</p>
									<div className="joolwebsp-confirm__buttons">
										<Button
											variant="tertiary"
											onClick={ () => closeModal?.() }
										>
											{ __(
												'Cancel',
												'joolweb-sessions-pro'
											) }
										</Button>
										<Button
											variant="primary"
											isDestructive
											onClick={ async () => {
												try {
													for ( const item of items ) {
														await api.sessions.remove(
															item.id
														);
													}
													createSuccessNotice(
														__(
															'Session deleted.',
															'joolweb-sessions-pro'
														),
														{ type: 'snackbar' }
													);
												} catch ( reason ) {
													createErrorNotice(
														errorMessage(
															reason,
															__(
																'The session could not be deleted.',
																'joolweb-sessions-pro'
															)
														),
														{
															type: 'snackbar',
														}
													);
												}
												closeModal?.();
												reload();
											} }
										>
											{ __(
												'Delete permanently',
												'joolweb-sessions-pro'
											) }
										</Button>
									</div>
								</div>
							),
						},
					]
				: [],
		[ createSuccessNotice, createErrorNotice, reload ]
	);

	return (
		<Screen
			title={ __( 'Sessions', 'joolweb-sessions-pro' ) }
			actions={
				can( 'edit_sessions' ) ? (
					<Button
						variant="secondary"
						className="page-title-action"
						onClick={ () => setModal( { session: null } ) }
					>
						{ __( 'New session', 'joolweb-sessions-pro' ) }
					</Button>
				) : null
			}
		>
			<div className="joolwebsp-range">
				<TextControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					type="date"
					label={ __( 'From', 'joolweb-sessions-pro' ) }
					value={ range.from }
					onChange={ ( from: string ) => {
						setRange( { ...range, from } );
						setView( { ...view, page: 1 } );
					} }
				/>
				<TextControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					type="date"
					label={ __( 'To', 'joolweb-sessions-pro' ) }
					value={ range.to }
					onChange={ ( to: string ) => {
						setRange( { ...range, to } );
						setView( { ...view, page: 1 } );
					} }
				/>
			</div>
			{ sessions.error ? (
				<Notice status="error" isDismissible={ false }>
					{ sessions.error }
				</Notice>
			) : (
				<DataViews< Session >
					data={ data?.items ?? [] }
					fields={ fields }
					view={ view }
					onChangeView={ ( next: View ) =>
						setView(
							JSON.stringify( next.filters ) !==
								JSON.stringify( view.filters ) ||
								JSON.stringify( next.sort ) !==
									JSON.stringify( view.sort )
								? { ...next, page: 1 }
								: next
						)
					}
					search={ false }
					actions={ actions }
					isLoading={ sessions.isLoading }
					paginationInfo={ {
						totalItems: data?.total ?? 0,
						totalPages: data?.totalPages ?? 0,
					} }
					defaultLayouts={ { table: {} } }
					getItemId={ ( item ) => String( item.id ) }
				/>
			) }
			{ modal && (
				<SessionModal
					session={ modal.session }
					client={ null }
					coaches={ canReachEveryone ? ( coaches ?? [] ) : null }
					onClose={ () => setModal( null ) }
					onSaved={ ( saved, notified ) => {
						setModal( null );
						reload();
						createSuccessNotice(
							saved.email?.sent || notified
								? __(
										'Session saved; the client was notified.',
										'joolweb-sessions-pro'
									)
								: __(
										'Session saved.',
										'joolweb-sessions-pro'
									),
							{ type: 'snackbar' }
						);
					} }
				/>
			) }
		</Screen>
	);
}
