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
