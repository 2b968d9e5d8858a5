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
	Bundle,
	BundleCreate,
	ClientFinances,
	ClientNotes,
	ClientOverview,
	SchedulePattern,
	Session,
	SessionQuery,
	SessionWrite,
	Template,
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
	sessions: {
		list: ( query: SessionQuery = {} ): Promise< Page< Session > > =>
			getPage< Session >(
				addQueryArgs( `${ NAMESPACE }/sessions`, cleanQuery( query ) )
			),
		create: ( data: SessionWrite ): Promise< Session > =>
			apiFetch< Session >( {
				path: `${ NAMESPACE }/sessions`,
				method: 'POST',
				data,
			} ),
		update: ( id: number, data: SessionWrite ): Promise< Session > =>
			apiFetch< Session >( {
				path: `${ NAMESPACE }/sessions/${ id }`,
				method: 'PATCH',
				data,
			} ),
		remove: ( id: number ): Promise< { deleted: boolean } > =>
			apiFetch( {
				path: `${ NAMESPACE }/sessions/${ id }`,
				method: 'DELETE',
			} ),
	},
	insights: {
		overview: (
			clientId: number,
			upcomingPage = 1,
			pastPage = 1
		): Promise< ClientOverview > =>
			apiFetch< ClientOverview >( {
				path: addQueryArgs(
					`${ NAMESPACE }/clients/${ clientId }/overview`,
					{
						upcoming_page: upcomingPage,
						past_page: pastPage,
					}
				),
			} ),
		finances: (
			clientId: number,
			page = 1,
			paymentStatus = ''
		): Promise< ClientFinances > =>
			apiFetch< ClientFinances >( {
				path: addQueryArgs(
					`${ NAMESPACE }/clients/${ clientId }/finances`,
					cleanQuery( { page, payment_status: paymentStatus } )
				),
			} ),
		notes: ( clientId: number ): Promise< ClientNotes > =>
			apiFetch< ClientNotes >( {
				path: `${ NAMESPACE }/clients/${ clientId }/notes`,
			} ),
		saveNotes: (
			clientId: number,
			notes: string
		): Promise< ClientNotes > =>
			apiFetch< ClientNotes >( {
				path: `${ NAMESPACE }/clients/${ clientId }/notes`,
				method: 'PUT',
				data: { notes },
			} ),
	},
	programs: {
		templates: (): Promise< Template[] > =>
			apiFetch< Template[] >( { path: `${ NAMESPACE }/templates` } ),
		createTemplate: ( data: Omit< Template, 'id' > ): Promise< Template > =>
			apiFetch< Template >( {
				path: `${ NAMESPACE }/templates`,
				method: 'POST',
				data,
			} ),
		updateTemplate: (
			id: number,
			data: Omit< Template, 'id' >
		): Promise< Template > =>
			apiFetch< Template >( {
				path: `${ NAMESPACE }/templates/${ id }`,
				method: 'PATCH',
				data,
			} ),
		deleteTemplate: ( id: number ): Promise< { deleted: boolean } > =>
			apiFetch( {
				path: `${ NAMESPACE }/templates/${ id }`,
				method: 'DELETE',
			} ),
		bundles: (
			query: { client_id?: number; status?: string; page?: number } = {}
		): Promise< Page< Bundle > > =>
			getPage< Bundle >(
				addQueryArgs( `${ NAMESPACE }/bundles`, cleanQuery( query ) )
			),
		bundle: ( id: number ): Promise< Bundle > =>
			apiFetch< Bundle >( { path: `${ NAMESPACE }/bundles/${ id }` } ),
		createBundle: ( data: BundleCreate ): Promise< Bundle > =>
			apiFetch< Bundle >( {
				path: `${ NAMESPACE }/bundles`,
				method: 'POST',
				data,
			} ),
		updateBundle: (
			id: number,
			data: { title?: string; status?: string }
		): Promise< Bundle > =>
			apiFetch< Bundle >( {
				path: `${ NAMESPACE }/bundles/${ id }`,
				method: 'PATCH',
				data,
			} ),
		deleteBundle: ( id: number ): Promise< { deleted: boolean } > =>
			apiFetch( {
				path: `${ NAMESPACE }/bundles/${ id }`,
				method: 'DELETE',
			} ),
		sendConfirmations: (
			id: number
		): Promise< { sent: number; failed: number } > =>
			apiFetch( {
				path: `${ NAMESPACE }/bundles/${ id }/send-confirmations`,
				method: 'POST',
			} ),
		previewSchedule: (
			pattern: SchedulePattern
		): Promise< { starts: string[] } > =>
			apiFetch( {
				path: `${ NAMESPACE }/bundles/preview-schedule`,
				method: 'POST',
				data: { pattern },
			} ),
	},
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
		nextSessions: ( ids: number[] ): Promise< Record< string, string > > =>
			ids.length
				? apiFetch< Record< string, string > >( {
						path: addQueryArgs(
							`${ NAMESPACE }/clients/next-sessions`,
							{ include: ids }
						),
					} )
				: Promise.resolve( {} ),
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
