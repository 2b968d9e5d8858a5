/**
 * `joolwebsp/clients`: server state of clients for the admin screens — pages of lists keyed by
 * query, clients by id, the coach list — loaded by resolvers, changed by thunks that keep the
 * cached pages honest (invalidated after every write).
 */

/**
 * WordPress dependencies
 */
import { createReduxStore, createSelector, register } from '@wordpress/data';

/**
 * Internal dependencies
 */
import { api, errorMessage } from '../../api/client';
import type {
	Client,
	ClientCreate,
	ClientQuery,
	ClientUpdate,
	Coach,
} from '../../api/types';

export const STORE_NAME = 'joolwebsp/clients';

export interface PageState {
	ids: number[];
	total: number;
	totalPages: number;
}

export interface State {
	pages: Record< string, PageState >;
	byId: Record< number, Client >;
	errors: Record< string, string >;
	coaches: Coach[] | null;
}

const DEFAULT_STATE: State = { pages: {}, byId: {}, errors: {}, coaches: null };

type Action =
	| {
			type: 'RECEIVE_PAGE';
			key: string;
			clients: Client[];
			total: number;
			totalPages: number;
	  }
	| { type: 'RECEIVE_CLIENT'; client: Client }
	| { type: 'REMOVE_CLIENT'; id: number }
	| { type: 'RECEIVE_ERROR'; key: string; message: string }
	| { type: 'RECEIVE_COACHES'; coaches: Coach[] }
	| { type: 'INVALIDATE_PAGES' };

/**
 * Stable key of a list query (the same query always maps to the same cached page).
 *
 * @param query Query.
 */
export function queryKey( query: ClientQuery ): string {
	const entries = Object.entries( query )
		.filter( ( [ , value ] ) => value !== undefined && value !== '' )
		.sort( ( [ a ], [ b ] ) => a.localeCompare( b ) );
	return JSON.stringify( entries );
}

function reducer( state: State = DEFAULT_STATE, action: Action ): State {
	switch ( action.type ) {
		case 'RECEIVE_PAGE': {
			const byId = { ...state.byId };
			action.clients.forEach(
				( client ) => ( byId[ client.id ] = client )
			);
			const errors = { ...state.errors };
			delete errors[ action.key ];
			return {
				...state,
				byId,
				errors,
				pages: {
					...state.pages,
					[ action.key ]: {
						ids: action.clients.map( ( client ) => client.id ),
						total: action.total,
						totalPages: action.totalPages,
					},
				},
			};
		}
		case 'RECEIVE_CLIENT': {
			const errors = { ...state.errors };
			delete errors[ `client:${ action.client.id }` ];
			return {
				...state,
				errors,
				byId: { ...state.byId, [ action.client.id ]: action.client },
			};
		}
		case 'REMOVE_CLIENT': {
			const byId = { ...state.byId };
			delete byId[ action.id ];
			return { ...state, byId };
		}
		case 'RECEIVE_ERROR':
			return {
				...state,
				errors: { ...state.errors, [ action.key ]: action.message },
			};
		case 'RECEIVE_COACHES':
			return { ...state, coaches: action.coaches };
		case 'INVALIDATE_PAGES':
			return { ...state, pages: {} };
	}
	return state;
}

const actions = {
	receivePage: (
		key: string,
		clients: Client[],
		total: number,
		totalPages: number
	): Action => ( {
		type: 'RECEIVE_PAGE',
		key,
		clients,
		total,
		totalPages,
	} ),
	receiveClient: ( client: Client ): Action => ( {
		type: 'RECEIVE_CLIENT',
		client,
	} ),
	receiveError: ( key: string, message: string ): Action => ( {
		type: 'RECEIVE_ERROR',
		key,
		message,
	} ),
	receiveCoaches: ( coaches: Coach[] ): Action => ( {
		type: 'RECEIVE_COACHES',
		coaches,
	} ),

	/**
	 * Creates a client; lists are reloaded. Rejects with the API error (for field errors).
	 *
	 * @param data Fields.
	 */
	createClient:
		( data: ClientCreate ) =>
		async ( { dispatch }: ThunkArgs ): Promise< Client > => {
			const client = await api.clients.create( data );
			dispatch( actions.receiveClient( client ) );
			dispatch.invalidatePages();
			return client;
		},

	/**
	 * Updates a client; lists are reloaded.
	 *
	 * @param id   Client id.
	 * @param data Changed fields.
	 */
	updateClient:
		( id: number, data: ClientUpdate ) =>
		async ( { dispatch }: ThunkArgs ): Promise< Client > => {
			const client = await api.clients.update( id, data );
			dispatch( actions.receiveClient( client ) );
			dispatch.invalidatePages();
			return client;
		},

	/**
	 * Deletes clients permanently; lists are reloaded. Resolves with the ids that failed.
	 *
	 * @param ids Client ids.
	 */
	deleteClients:
		( ids: number[] ) =>
		async ( {
			dispatch,
		}: ThunkArgs ): Promise< {
			deleted: number[];
			failed: Array< { id: number; message: string } >;
		} > => {
			const deleted: number[] = [];
			const failed: Array< { id: number; message: string } > = [];
			for ( const id of ids ) {
				try {
					await api.clients.remove( id );
					deleted.push( id );
					dispatch( { type: 'REMOVE_CLIENT', id } as Action );
				} catch ( error ) {
					failed.push( { id, message: errorMessage( error, '' ) } );
				}
			}
			dispatch.invalidatePages();
			return { deleted, failed };
		},

	/**
	 * Forgets cached pages and their resolutions, so visible lists load again.
	 */
	invalidatePages:
		() =>
		( { dispatch }: ThunkArgs ) => {
			dispatch( { type: 'INVALIDATE_PAGES' } as Action );
			dispatch.invalidateResolutionForStoreSelector( 'getPage' );
		},
};

const selectors = {
	getPage: ( state: State, query: ClientQuery ): PageState | undefined =>
		state.pages[ queryKey( query ) ],
	// Memoised: the same page gives the same array, so components re-render only on a change.
	getPageClients: createSelector(
		( state: State, query: ClientQuery ): Client[] => {
			const page = state.pages[ queryKey( query ) ];
			return page
				? page.ids
						.map( ( id ) => state.byId[ id ] )
						.filter( ( c ): c is Client => !! c )
				: [];
		},
		( state: State ) => [ state.pages, state.byId ]
	),
	getPageError: ( state: State, query: ClientQuery ): string | undefined =>
		state.errors[ queryKey( query ) ],
	isPageLoading: ( state: State, query: ClientQuery ): boolean =>
		! state.pages[ queryKey( query ) ] &&
		! state.errors[ queryKey( query ) ],
	getClient: ( state: State, id: number ): Client | undefined =>
		state.byId[ id ],
	getClientError: ( state: State, id: number ): string | undefined =>
		state.errors[ `client:${ id }` ],
	getCoaches: ( state: State ): Coach[] | null => state.coaches,
};

const resolvers = {
	getPage:
		( query: ClientQuery ) =>
		async ( { dispatch }: ThunkArgs ) => {
			try {
				const page = await api.clients.list( query );
				dispatch(
					actions.receivePage(
						queryKey( query ),
						page.items,
						page.total,
						page.totalPages
					)
				);
			} catch ( error ) {
				dispatch(
					actions.receiveError(
						queryKey( query ),
						errorMessage( error, 'Error' )
					)
				);
			}
		},
	getClient:
		( id: number ) =>
		async ( { dispatch }: ThunkArgs ) => {
			try {
				dispatch(
					actions.receiveClient( await api.clients.get( id ) )
				);
			} catch ( error ) {
				dispatch(
					actions.receiveError(
						`client:${ id }`,
						errorMessage( error, 'Error' )
					)
				);
			}
		},
	getCoaches:
		() =>
		async ( { dispatch }: ThunkArgs ) => {
			try {
				dispatch( actions.receiveCoaches( await api.coaches.list() ) );
			} catch {
				dispatch( actions.receiveCoaches( [] ) );
			}
		},
};

// The thunk argument: a dispatch that also exposes the store's own actions.
type ThunkArgs = {
	dispatch: ( ( action: Action ) => void ) & {
		invalidatePages: () => void;
		invalidateResolutionForStoreSelector: ( selector: string ) => void;
	};
};

export const store = createReduxStore( STORE_NAME, {
	reducer,
	actions,
	selectors,
	resolvers,
} );

register( store );
