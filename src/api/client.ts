/**
 * The one typed client of the `joolwebsp/v1` REST API. Types mirror the PHP item schemas.
 *
 * WordPress core configures `wp.apiFetch` with the REST root and the cookie nonce; every request
 * of the screens goes through here.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { addQueryArgs } from '@wordpress/url';

/**
 * Internal dependencies
 */
import type { SiteSettings } from '../settings';
import type {
	Client,
	ClientCreate,
	ClientQuery,
	ClientUpdate,
	Coach,
	EmailLogEntry,
	Page,
} from './types';

export const NAMESPACE = '/joolwebsp/v1';

/** Shape of a REST error body (`WP_Error` serialised by WordPress). */
export interface ApiError {
	code: string;
	message: string;
	data?: {
		status?: number;
		params?: Record< string, string >;
		details?: Record< string, { code: string; message: string } >;
	};
}

/**
 * Narrows an unknown thrown value to an API error.
 *
 * @param error Thrown value.
 */
export function isApiError( error: unknown ): error is ApiError {
	return (
		typeof error === 'object' &&
		error !== null &&
		'code' in error &&
		'message' in error
	);
}

/**
 * A message to show for any thrown value.
 *
 * @param error    Thrown value.
 * @param fallback Message when the error says nothing useful.
 */
export function errorMessage( error: unknown, fallback: string ): string {
	return isApiError( error ) && error.message ? error.message : fallback;
}

/**
 * GET a list and read the pagination headers.
 *
 * @param path Route under the namespace, with its query.
 */
async function getPage< T >( path: string ): Promise< Page< T > > {
	const response = await apiFetch< Response >( { path, parse: false } );
	const items = ( await response.json() ) as T[];
	return {
		items,
		total: Number( response.headers.get( 'X-WP-Total' ) ?? items.length ),
		totalPages: Number( response.headers.get( 'X-WP-TotalPages' ) ?? 1 ),
	};
}

/**
 * Drops empty values so the server applies its defaults.
 *
 * @param query Query.
 */
export function cleanQuery( query: object ): Record< string, string | number > {
	const out: Record< string, string | number > = {};
	for ( const [ key, value ] of Object.entries( query ) ) {
		if ( value !== undefined && value !== null && value !== '' ) {
			out[ key ] = value as string | number;
		}
	}
	return out;
}

export const api = {
	coaches: {
		list: (): Promise< Coach[] > =>
			apiFetch< Coach[] >( { path: `${ NAMESPACE }/coaches` } ),
	},
	clients: {
		list: ( query: ClientQuery = {} ): Promise< Page< Client > > =>
			getPage< Client >(
				addQueryArgs( `${ NAMESPACE }/clients`, cleanQuery( query ) )
			),
		get: ( id: number ): Promise< Client > =>
			apiFetch< Client >( { path: `${ NAMESPACE }/clients/${ id }` } ),
		create: ( data: ClientCreate ): Promise< Client > =>
			apiFetch< Client >( {
				path: `${ NAMESPACE }/clients`,
				method: 'POST',
				data,
			} ),
		update: ( id: number, data: ClientUpdate ): Promise< Client > =>
			apiFetch< Client >( {
				path: `${ NAMESPACE }/clients/${ id }`,
				method: 'PATCH',
				data,
			} ),
		remove: (
			id: number
		): Promise< { deleted: boolean; previous: Client } > =>
			apiFetch( {
				path: `${ NAMESPACE }/clients/${ id }?force=true`,
				method: 'DELETE',
			} ),
		sendLogin: (
			id: number
		): Promise< { sent: boolean; login_sent_at: string } > =>
			apiFetch( {
				path: `${ NAMESPACE }/clients/${ id }/send-login`,
				method: 'POST',
			} ),
		passwordReset: ( id: number ): Promise< { sent: boolean } > =>
			apiFetch( {
				path: `${ NAMESPACE }/clients/${ id }/password-reset`,
				method: 'POST',
			} ),
		emails: ( id: number, page = 1 ): Promise< Page< EmailLogEntry > > =>
			getPage< EmailLogEntry >(
				addQueryArgs( `${ NAMESPACE }/clients/${ id }/emails`, {
					page,
				} )
			),
	},
	settings: {
		get: (): Promise< SiteSettings > =>
			apiFetch< SiteSettings >( { path: `${ NAMESPACE }/settings` } ),
		update: ( changes: Partial< SiteSettings > ): Promise< SiteSettings > =>
			apiFetch< SiteSettings >( {
				path: `${ NAMESPACE }/settings`,
				method: 'POST',
				data: changes,
			} ),
	},
};
