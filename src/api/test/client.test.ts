/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import { api, errorMessage, isApiError } from '../client';

describe( 'api client', () => {
	it( 'recognises WordPress REST errors', () => {
		const error = {
			code: 'rest_forbidden',
			message: 'Sorry.',
			data: { status: 403 },
		};
		expect( isApiError( error ) ).toBe( true );
		expect( isApiError( new Error( 'x' ) ) ).toBe( false );
		expect( isApiError( null ) ).toBe( false );
		expect( errorMessage( error, 'fallback' ) ).toBe( 'Sorry.' );
		expect( errorMessage( 'boom', 'fallback' ) ).toBe( 'fallback' );
	} );

	it( 'sends settings changes to joolwebsp/v1/settings', async () => {
		const requests: Array< {
			path?: string;
			method?: string;
			data?: unknown;
		} > = [];
		apiFetch.setFetchHandler( async ( options ) => {
			requests.push( {
				path: options.path,
				method: options.method,
				data: options.data,
			} );
			return { delete_data_on_uninstall: true };
		} );
		await expect(
			api.settings.update( { delete_data_on_uninstall: true } )
		).resolves.toEqual( {
			delete_data_on_uninstall: true,
		} );
		expect( requests ).toEqual( [
			{
				path: '/joolwebsp/v1/settings?_locale=user',
				method: 'POST',
				data: { delete_data_on_uninstall: true },
			},
		] );
	} );
} );

describe( 'clients api', () => {
	it( 'lists with the query and reads the pagination headers', async () => {
		const paths: string[] = [];
		apiFetch.setFetchHandler( async ( options ) => {
			paths.push( String( options.path ) );
			const headers = new Map( [
				[ 'X-WP-Total', '41' ],
				[ 'X-WP-TotalPages', '3' ],
			] );
			return { json: async () => [ { id: 1 } ], headers };
		} );
		const page = await api.clients.list( {
			search: 'ana zed',
			orderby: 'email',
			order: 'desc',
			page: 2,
			coach: undefined,
		} );
		expect( page ).toEqual( {
			items: [ { id: 1 } ],
			total: 41,
			totalPages: 3,
		} );
		expect( paths[ 0 ] ).toBe(
			'/joolwebsp/v1/clients?search=ana%20zed&orderby=email&order=desc&page=2&_locale=user'
		);
	} );

	it( 'deletes with force=true', async () => {
		const calls: Array< { path?: string; method?: string } > = [];
		apiFetch.setFetchHandler( async ( options ) => {
			const headers = ( options.headers ?? {} ) as Record<
				string,
				string
			>;
			calls.push( {
				path: options.path,
				// apiFetch sends DELETE as POST + X-HTTP-Method-Override for old servers.
				method: headers[ 'X-HTTP-Method-Override' ] ?? options.method,
			} );
			return { deleted: true };
		} );
		await api.clients.remove( 7 );
		expect( calls ).toEqual( [
			{
				path: '/joolwebsp/v1/clients/7?force=true&_locale=user',
				method: 'DELETE',
			},
		] );
	} );
} );
