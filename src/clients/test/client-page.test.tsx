/**
 * External dependencies
 */
import { render, screen } from '@testing-library/react';

/**
 * Internal dependencies
 */
import { serve } from '../../../tests/js/rest';
import type { Capability } from '../../settings';
import { ClientPage } from '../client-router';
import {
	ClientModuleProvider,
	adminClientModule,
	frontClientModule,
} from '../module';

function withCaps( caps: Capability[] ) {
	return {
		...adminClientModule(),
		can: ( cap: Capability ) => caps.includes( cap ),
	};
}

describe( 'ClientPage gating', () => {
	beforeEach( () => {
		// The profile loads its client; these tests only look at what is shown first.
		serve( () => new Promise( () => undefined ) );
	} );

	it( 'opens a profile for a user who may view clients but not add them', () => {
		render(
			<ClientModuleProvider value={ withCaps( [ 'view_clients' ] ) }>
				<ClientPage clientId={ 12 } onCreated={ jest.fn() } />
			</ClientModuleProvider>
		);
		expect( screen.getByText( 'Loading the client…' ) ).toBeInTheDocument();
		expect( screen.queryByRole( 'alert' ) ).not.toBeInTheDocument();
	} );

	it( 'does not show the add form to that user', () => {
		render(
			<ClientModuleProvider value={ withCaps( [ 'view_clients' ] ) }>
				<ClientPage clientId={ 0 } onCreated={ jest.fn() } />
			</ClientModuleProvider>
		);
		expect( screen.getByRole( 'alert' ) ).toHaveTextContent(
			'You are not allowed to add clients.'
		);
		expect( screen.queryByLabelText( 'Email *' ) ).not.toBeInTheDocument();
	} );

	it( 'shows the add form with create_clients, and no profile without view_clients', () => {
		const { unmount } = render(
			<ClientModuleProvider value={ withCaps( [ 'create_clients' ] ) }>
				<ClientPage clientId={ 0 } onCreated={ jest.fn() } />
			</ClientModuleProvider>
		);
		expect( screen.getByLabelText( 'Email *' ) ).toBeInTheDocument();
		unmount();
		render(
			<ClientModuleProvider value={ withCaps( [ 'create_clients' ] ) }>
				<ClientPage clientId={ 12 } onCreated={ jest.fn() } />
			</ClientModuleProvider>
		);
		expect( screen.getByRole( 'alert' ) ).toHaveTextContent(
			'You are not allowed to view clients.'
		);
	} );

	it( 'links a profile per variant: admin page or the front /customer/N/ page', () => {
		expect( adminClientModule().profileUrl( 5 ) ).toBe(
			'admin.php?page=joolwebsp-add-client&client_id=5'
		);
		expect( adminClientModule().profileUrl( 5, 'contact' ) ).toBe(
			'admin.php?page=joolwebsp-add-client&client_id=5&tab=contact'
		);
		expect( frontClientModule().profileUrl( 5 ) ).toBe( '/customer/5/' );
		expect( frontClientModule().profileUrl( 5, 'finances' ) ).toBe(
			'/customer/5/?tab=finances'
		);
	} );
} );
