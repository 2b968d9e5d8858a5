/**
 * Customers: the server searches, sorts and pages; the view lives in the URL.
 */

/**
 * WordPress dependencies
 */
import { Button, Notice } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { DataViews } from '@wordpress/dataviews';
import type { Action, Field, View } from '@wordpress/dataviews';
import { dateI18n, getSettings as getDateSettings } from '@wordpress/date';
import { useCallback, useEffect, useMemo, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import type { Client, Coach } from '../../api/types';
import { DeleteClientsConfirm } from '../../components/delete-clients-modal';
import { EmptyState } from '../../components/empty-state';
import { Screen } from '../../components/screen';
import { adminClientModule } from '../../clients/module';
import { useRestQuery } from '../../data/use-rest-query';
import { can, getSettings, hasPremium, screenUrl } from '../../settings';
import { store as clientsStore } from '../../store/clients';
import {
	isNarrowed,
	nextView,
	viewFromUrl,
	viewToExportQuery,
	viewToQuery,
	viewToUrl,
} from './view';
import { ExportCsvButton } from './export-button';
import { api } from '../../api/client';
import { formatDateTime } from '../../utils/format';

const DEFAULT_LAYOUTS = { table: {} };

/**
 * Customer fields of the table.
 *
 * @param coaches      Coaches (for names and the filter), or null when the user may not see them.
 * @param nextSessions
 */
export function clientFields(
	coaches: Coach[] | null,
	nextSessions: Record< string, string > = {}
): Field< Client >[] {
	const coachName = new Map(
		( coaches ?? [] ).map( ( coach ) => [ coach.id, coach.name ] )
	);
	const fields: Field< Client >[] = [
		{
			id: 'name',
			label: __( 'Name', 'joolweb-sessions-pro' ),
			enableHiding: false,
			enableSorting: true,
			getValue: ( { item } ) =>
				`${ item.first_name } ${ item.last_name }`,
			render: ( { item } ) => (
				<a
					href={ adminClientModule().profileUrl( item.id ) }
					className="joolwebsp-client-link"
				>
					{ `${ item.first_name } ${ item.last_name }` }
				</a>
			),
		},
		{
			id: 'first_name',
			label: __( 'First name', 'joolweb-sessions-pro' ),
			enableSorting: true,
			getValue: ( { item } ) => item.first_name,
		},
		{
			id: 'email',
			label: __( 'Email', 'joolweb-sessions-pro' ),
			enableSorting: true,
			getValue: ( { item } ) => item.email,
			render: ( { item } ) => (
				<a href={ `mailto:${ item.email }` }>{ item.email }</a>
			),
		},
		{
			id: 'phone',
			label: __( 'Phone', 'joolweb-sessions-pro' ),
			enableSorting: false,
			getValue: ( { item } ) => item.phone,
		},
		{
			id: 'created_at',
			label: __( 'Created', 'joolweb-sessions-pro' ),
			enableSorting: true,
			getValue: ( { item } ) => item.created_at,
			render: ( { item } ) => (
				<time dateTime={ item.created_at }>
					{ dateI18n(
						getDateSettings().formats.date,
						item.created_at,
						undefined
					) }
				</time>
			),
		},
	];
	fields.push( {
		id: 'next_session',
		label: __( 'Next session', 'joolweb-sessions-pro' ),
		enableSorting: false,
		getValue: ( { item } ) => nextSessions[ String( item.id ) ] ?? '',
		render: ( { item } ) => {
			const next = nextSessions[ String( item.id ) ];
			return next ? (
				<time dateTime={ next }>{ formatDateTime( next ) }</time>
			) : (
				<span className="joolwebsp-muted">—</span>
			);
		},
	} );
	if ( coaches ) {
		fields.push( {
			id: 'coaches',
			label: __( 'Coaches', 'joolweb-sessions-pro' ),
			enableSorting: false,
			getValue: ( { item } ) =>
				item.coach_ids
					.map( ( id ) => coachName.get( id ) ?? `#${ id }` )
					.join( ', ' ),
			elements: coaches.map( ( coach ) => ( {
				value: coach.id,
				label: coach.name,
			} ) ),
			filterBy: { operators: [ 'is' ] },
		} );
	}
	return fields;
}

/**
 * Customers screen.
 */
export function ClientsScreen() {
	const [ view, setView ] = useState< View >( () =>
		viewFromUrl( window.location.search )
	);
	const query = useMemo( () => viewToQuery( view ), [ view ] );
	const exportQuery = useMemo( () => viewToExportQuery( view ), [ view ] );
	const canReachEveryone = getSettings().reachesEveryone;
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );
	const { deleteClients, invalidatePages } = useDispatch( clientsStore );

	const { clients, page, error, isLoading, coaches } = useSelect(
		( select ) => {
			const s = select( clientsStore );
			return {
				clients: s.getPageClients( query ),
				page: s.getPage( query ),
				error: s.getPageError( query ),
				isLoading: s.isPageLoading( query ),
				coaches: canReachEveryone ? s.getCoaches() : null,
			};
		},
		[ query, canReachEveryone ]
	);

	// Back / Forward restore the view.
	useEffect( () => {
		const onPop = () => setView( viewFromUrl( window.location.search ) );
		window.addEventListener( 'popstate', onPop );
		return () => window.removeEventListener( 'popstate', onPop );
	}, [] );

	const onChangeView = useCallback(
		( requested: View ) => {
			const next = nextView( view, requested );
			setView( next );
			const url = viewToUrl( next, window.location.search );
			if ( url !== window.location.search ) {
				window.history.pushState( null, '', url );
			}
		},
		[ view ]
	);

	// Next sessions of the visible page, in one request.
	const pageIds = clients.map( ( client ) => client.id );
	const nextQuery = useRestQuery(
		[ 'next-sessions', pageIds.join( ',' ) ],
		() => api.clients.nextSessions( pageIds )
	);
	const nextSessions = useMemo(
		() => nextQuery.data ?? {},
		[ nextQuery.data ]
	);

	const fields = useMemo(
		() =>
			clientFields(
				canReachEveryone ? ( coaches ?? [] ) : null,
				nextSessions
			),
		[ coaches, canReachEveryone, nextSessions ]
	);

	const actions = useMemo< Action< Client >[] >( () => {
		const list: Action< Client >[] = [
			{
				id: 'edit',
				label: __( 'Edit', 'joolweb-sessions-pro' ),
				isPrimary: true,
				callback: ( items ) => {
					const item = items[ 0 ];
					if ( item ) {
						window.location.href = screenUrl( 'add-client', {
							client_id: item.id,
						} );
					}
				},
			},
		];
		if ( can( 'delete_clients' ) ) {
			list.push( {
				id: 'delete',
				label: __( 'Delete', 'joolweb-sessions-pro' ),
				isDestructive: true,
				supportsBulk: true,
				modalHeader: __( 'Delete clients', 'joolweb-sessions-pro' ),
				RenderModal: ( { items, closeModal, onActionPerformed } ) => (
					<DeleteClientsConfirm
						clients={ items }
						onCancel={ () => closeModal?.() }
						onConfirm={ async () => {
							const result = await deleteClients(
								items.map( ( item ) => item.id )
							);
							closeModal?.();
							onActionPerformed?.( items );
							if ( result.deleted.length ) {
								const one = items.find(
									( item ) => item.id === result.deleted[ 0 ]
								);
								createSuccessNotice(
									result.deleted.length === 1 && one
										? sprintf(
												/* translators: %s: client name. */
												__(
													'%s was deleted.',
													'joolweb-sessions-pro'
												),
												`${ one.first_name } ${ one.last_name }`
											)
										: sprintf(
												/* translators: %d: number of clients. */
												_n(
													'%d client was deleted.',
													'%d clients were deleted.',
													result.deleted.length,
													'joolweb-sessions-pro'
												),
												result.deleted.length
											),
									{ type: 'snackbar' }
								);
							}
							result.failed.forEach( ( failure ) =>
								createErrorNotice(
									failure.message ||
										__(
											'A client could not be deleted.',
											'joolweb-sessions-pro'
										),
									{
										type: 'snackbar',
									}
								)
							);
						} }
					/>
				),
			} );
		}
		return list;
	}, [ deleteClients, createSuccessNotice, createErrorNotice ] );

	const titleActions = (
		<>
			{ can( 'create_clients' ) && (
				<a
					href={ screenUrl( 'add-client' ) }
					className="page-title-action"
				>
					{ __( 'Add Customer', 'joolweb-sessions-pro' ) }
				</a>
			) }
			{ /* Premium and export_clients: the export route checks both again. */ }
			{ hasPremium() && can( 'export_clients' ) && (
				<ExportCsvButton query={ exportQuery } />
			) }
		</>
	);

	let body;
	if ( error ) {
		body = (
			<Notice status="error" isDismissible={ false }>
				<p>{ error }</p>
				<Button variant="secondary" onClick={ () => invalidatePages() }>
					{ __( 'Try again', 'joolweb-sessions-pro' ) }
				</Button>
			</Notice>
		);
	} else if (
		page &&
		page.total === 0 &&
		! isNarrowed( view ) &&
		( view.page ?? 1 ) === 1
	) {
		body = (
			<EmptyState
				title={ __( 'No clients yet', 'joolweb-sessions-pro' ) }
				actions={
					can( 'create_clients' ) && (
						<Button
							variant="primary"
							href={ screenUrl( 'add-client' ) }
						>
							{ __( 'Add Customer', 'joolweb-sessions-pro' ) }
						</Button>
					)
				}
			>
				<p>
					{ __(
						'Add your first client: a name and an email are enough.',
						'joolweb-sessions-pro'
					) }
				</p>
			</EmptyState>
		);
	} else {
		body = (
			<DataViews< Client >
				data={ clients }
				fields={ fields }
				view={ view }
				onChangeView={ onChangeView }
				actions={ actions }
				isLoading={ isLoading }
				paginationInfo={ {
					totalItems: page?.total ?? 0,
					totalPages: page?.totalPages ?? 0,
				} }
				defaultLayouts={ DEFAULT_LAYOUTS }
				getItemId={ ( item ) => String( item.id ) }
				searchLabel={ __( 'Search clients', 'joolweb-sessions-pro' ) }
			/>
		);
	}

	return (
		<Screen
			title={ __( 'Customers', 'joolweb-sessions-pro' ) }
			actions={ titleActions }
		>
			{ body }
		</Screen>
	);
}
