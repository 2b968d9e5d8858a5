/**
 * Internal dependencies
 */
import { can, getSettings, screenUrl } from '../settings';

describe( 'settings', () => {
	afterEach( () => {
		delete window.joolwebspSettings;
	} );

	it( 'falls back safely when the page printed no settings', () => {
		expect( getSettings().restNamespace ).toBe( 'joolwebsp/v1' );
		expect( can( 'view_clients' ) ).toBe( false );
		expect( screenUrl( 'clients' ) ).toBe(
			'admin.php?page=joolwebsp-clients'
		);
	} );

	it( 'reads capabilities and screen URLs printed by PHP', () => {
		window.joolwebspSettings = {
			...getSettings(),
			capabilities: { view_clients: true, delete_clients: false },
			screens: {
				'add-client':
					'http://example.org/wp-admin/admin.php?page=joolwebsp-add-client',
			},
		};
		expect( can( 'view_clients' ) ).toBe( true );
		expect( can( 'delete_clients' ) ).toBe( false );
		expect( can( 'manage_programs' ) ).toBe( false );
		expect( screenUrl( 'add-client', { client_id: 12, tab: 'a b' } ) ).toBe(
			'http://example.org/wp-admin/admin.php?page=joolwebsp-add-client&client_id=12&tab=a%20b'
		);
	} );
} );
