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

/**
 * Internal dependencies
 */
import type { SiteSettings } from '../settings';

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

export const api = {
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
