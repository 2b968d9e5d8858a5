/**
 * REST call of the CSV export (`GET /joolwebsp/v1/clients/export`,
 * includes/Imports/REST/Export_Controller.php): the list's filters and sort in, a CSV file out.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { addQueryArgs } from '@wordpress/url';

/**
 * Internal dependencies
 */
import { NAMESPACE, cleanQuery, isApiError } from './client';
import type { ApiError } from './client';
import type { ClientQuery } from './types';

/** The query of an export: the list's, without paging (the file holds every match). */
export type ClientExportQuery = Omit< ClientQuery, 'page' | 'per_page' >;

/** A downloaded file. */
export interface CsvFile {
	blob: Blob;
	fileName: string;
}

/**
 * The file name of a download: the server's (`Content-Disposition`), else `clients-YYYY-MM-DD.csv`
 * with today's local date.
 *
 * @param disposition `Content-Disposition` header, if any.
 * @param now         Today.
 */
export function exportFileName(
	disposition: string | null,
	now: Date = new Date()
): string {
	const match = /filename="?([^";]+)"?/i.exec( disposition ?? '' );
	if ( match?.[ 1 ] ) {
		return match[ 1 ];
	}
	const pad = ( n: number ) => String( n ).padStart( 2, '0' );
	return `clients-${ now.getFullYear() }-${ pad( now.getMonth() + 1 ) }-${ pad(
		now.getDate()
	) }.csv`;
}

/**
 * The REST error inside what apiFetch throws with `parse: false` (the raw Response).
 *
 * @param caught Thrown value.
 */
async function readError( caught: unknown ): Promise< unknown > {
	if (
		typeof caught === 'object' &&
		caught !== null &&
		'json' in caught &&
		typeof caught.json === 'function'
	) {
		const status = ( caught as { status?: number } ).status;
		try {
			const body: unknown = await caught.json();
			if ( isApiError( body ) ) {
				return body;
			}
		} catch {
			// Not JSON: the generic error below.
		}
		const error: ApiError = {
			code: 'unknown_error',
			message: '',
			data: status ? { status } : {},
		};
		return error;
	}
	return caught;
}

/**
 * Downloads the CSV of the clients matching a list query (the REST nonce authenticates it, like
 * every apiFetch request). Throws the REST error (`{ code, message, data }`), e.g. 403
 * `joolwebsp_premium_required`.
 *
 * @param query The list's search, coach filter and sort.
 */
export async function exportClients(
	query: ClientExportQuery
): Promise< CsvFile > {
	let response: Response;
	try {
		response = await apiFetch< Response >( {
			path: addQueryArgs(
				`${ NAMESPACE }/clients/export`,
				cleanQuery( query )
			),
			parse: false,
		} );
	} catch ( caught ) {
		throw await readError( caught );
	}
	return {
		blob: await response.blob(),
		fileName: exportFileName(
			response.headers.get( 'Content-Disposition' )
		),
	};
}
