/**
 * A fake REST server for jest: answers `@wordpress/api-fetch` requests through its fetch handler
 * (the real api-fetch and the real API client run), and records what was sent.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

export interface FakeRequest {
	path: string;
	method: string;
	data: unknown;
}

const PAGE = Symbol( 'page' );

interface PageAnswer {
	[ PAGE ]: true;
	items: unknown[];
	total: number;
	totalPages: number;
}

/**
 * A list answer with its X-WP-Total / X-WP-TotalPages headers.
 *
 * @param items      Items.
 * @param total      Total.
 * @param totalPages Pages.
 */
export function listPage(
	items: unknown[],
	total = items.length,
	totalPages = 1
): PageAnswer {
	return { [ PAGE ]: true, items, total, totalPages };
}

/**
 * Serves requests with `handler` (throw a `{ code, message, data }` object for a REST error).
 *
 * @param handler Answers a request.
 * @return The requests received, in order.
 */
export function serve(
	handler: ( request: FakeRequest ) => unknown
): FakeRequest[] {
	const requests: FakeRequest[] = [];
	apiFetch.setFetchHandler( async ( options ) => {
		const request = {
			path: options.path ?? '',
			// apiFetch sends PUT, PATCH and DELETE as POST with an override header.
			method:
				( options.headers as Record< string, string > | undefined )?.[
					'X-HTTP-Method-Override'
				] ??
				options.method ??
				'GET',
			data: options.data,
		};
		requests.push( request );
		const answer = await handler( request );
		if ( answer && typeof answer === 'object' && PAGE in answer ) {
			const page = answer as PageAnswer;
			const headers = new Map( [
				[ 'X-WP-Total', String( page.total ) ],
				[ 'X-WP-TotalPages', String( page.totalPages ) ],
			] );
			return {
				json: async () => page.items,
				headers: { get: ( name: string ) => headers.get( name ) },
			};
		}
		return answer;
	} );
	return requests;
}

/**
 * The path and the query of a request.
 *
 * @param request Request.
 */
export function route( request: FakeRequest ): {
	path: string;
	query: URLSearchParams;
} {
	const [ path = '', query = '' ] = request.path.split( '?' );
	return { path, query: new URLSearchParams( query ) };
}
