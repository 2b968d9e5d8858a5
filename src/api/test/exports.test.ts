/**
 * Internal dependencies
 */
import { serve } from '../../../tests/js/rest';
import { exportClients, exportFileName } from '../exports';

describe( 'exportFileName', () => {
	it( "takes the server's name, else clients-YYYY-MM-DD.csv of today", () => {
		expect(
			exportFileName( 'attachment; filename="clients-2026-12-03.csv"' )
		).toBe( 'clients-2026-12-03.csv' );
		expect( exportFileName( 'attachment; filename=clients.csv' ) ).toBe(
			'clients.csv'
		);
		expect( exportFileName( null, new Date( 2027, 0, 5, 23, 59 ) ) ).toBe(
			'clients-2027-01-05.csv'
		);
		expect( exportFileName( 'attachment', new Date( 2026, 11, 31 ) ) ).toBe(
			'clients-2026-12-31.csv'
		);
	} );
} );

describe( 'exportClients', () => {
	it( 'sends the query without empty values and turns a refusal into its REST error', async () => {
		const requests = serve( () => {
			throw {
				status: 403,
				json: async () => ( {
					code: 'rest_forbidden',
					message: 'Sorry, you are not allowed to do that.',
					data: { status: 403 },
				} ),
			};
		} );
		await expect(
			exportClients( { search: '', orderby: 'first_name', order: 'asc' } )
		).rejects.toEqual( {
			code: 'rest_forbidden',
			message: 'Sorry, you are not allowed to do that.',
			data: { status: 403 },
		} );
		expect( requests[ 0 ]!.path ).toBe(
			'/joolwebsp/v1/clients/export?orderby=first_name&order=asc&_locale=user'
		);
	} );
} );
