/**
 * External dependencies
 */
import { render, screen } from '@testing-library/react';

/**
 * Internal dependencies
 */
import { getSettings } from '../../../settings';
import { DashboardScreen } from '../dashboard-screen';

describe( 'DashboardScreen', () => {
	afterEach( () => {
		delete window.joolwebspSettings;
	} );

	it( 'links only to the screens the user may open', () => {
		window.joolwebspSettings = {
			...getSettings(),
			capabilities: {
				view_clients: true,
				create_clients: true,
				view_sessions: true,
			},
		};
		render( <DashboardScreen /> );
		const links = screen
			.getAllByRole( 'link' )
			.map( ( link ) => link.textContent );
		expect( links ).toEqual( [ 'Add Customer', 'Customers', 'Sessions' ] );
		expect(
			screen.getByRole( 'link', { name: 'Add Customer' } )
		).toHaveAttribute( 'href', 'admin.php?page=joolwebsp-add-client' );
	} );
} );
