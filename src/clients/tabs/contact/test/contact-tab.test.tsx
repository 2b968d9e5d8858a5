/**
 * External dependencies
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * WordPress dependencies
 */
import { dispatch, select } from '@wordpress/data';

/**
 * Internal dependencies
 */
import type { Client } from '../../../../api/types';
import { route, serve } from '../../../../../tests/js/rest';
import { store as clientsStore } from '../../../../store/clients';
import { ClientModuleProvider, adminClientModule } from '../../../module';
import { ContactTab } from '../contact-tab';

const CLIENT: Client = {
	id: 7,
	user_id: 70,
	first_name: 'Ana',
	last_name: 'Zed',
	email: 'ana@example.org',
	phone: '',
	coach_ids: [ 3, 4 ],
	created_at: '2026-01-01T00:00:00Z',
	login_sent_at: null,
	account_managed: true,
	account_protected: false,
};

const COACHES = [
	{ id: 3, name: 'Carla Mendes' },
	{ id: 4, name: 'Dan Ode' },
	{ id: 5, name: 'Eve Po' },
];

function renderTab( client: Client ) {
	dispatch( clientsStore ).receiveClient( client );
	return render(
		<ClientModuleProvider
			value={ {
				...adminClientModule(),
				can: () => true,
				reachesEveryone: true,
			} }
		>
			<ContactTab client={ client } onEmailSent={ jest.fn() } />
		</ClientModuleProvider>
	);
}

describe( 'ContactTab', () => {
	it( 'keeps both coaches on save, and the store gets the server answer', async () => {
		const requests = serve( ( request ) => {
			const { path } = route( request );
			if ( path === '/joolwebsp/v1/coaches' ) {
				return COACHES;
			}
			// The server formats the phone its own way.
			return {
				...CLIENT,
				...( request.data as object ),
				phone: '+33 6 12 34 56 78',
			};
		} );
		renderTab( CLIENT );
		expect(
			await screen.findByRole( 'checkbox', { name: 'Carla Mendes' } )
		).toBeChecked();
		expect(
			screen.getByRole( 'checkbox', { name: 'Dan Ode' } )
		).toBeChecked();
		await userEvent.type(
			screen.getByLabelText( 'Phone' ),
			'+33612345678'
		);
		await userEvent.click( screen.getByRole( 'button', { name: 'Save' } ) );

		await waitFor( () =>
			expect( select( clientsStore ).getClient( 7 )?.phone ).toBe(
				'+33 6 12 34 56 78'
			)
		);
		const save = requests.find(
			( request ) => route( request ).path === '/joolwebsp/v1/clients/7'
		);
		expect( save?.data ).toMatchObject( {
			coach_ids: [ 3, 4 ],
			phone: '+33612345678',
		} );
		expect( screen.getByLabelText( 'Phone' ) ).toHaveValue(
			'+33 6 12 34 56 78'
		);
	} );

	it( 'on a protected account, locks email and names with the reason and sends only the rest', async () => {
		const requests = serve( ( request ) =>
			route( request ).path === '/joolwebsp/v1/coaches'
				? COACHES
				: { ...CLIENT, account_managed: false, account_protected: true }
		);
		renderTab( {
			...CLIENT,
			account_managed: false,
			account_protected: true,
		} );
		expect( screen.getByLabelText( 'Email *' ) ).toBeDisabled();
		expect( screen.getByRole( 'note' ) ).toHaveTextContent(
			'Users screen'
		);
		expect(
			screen.queryByRole( 'button', {
				name: 'Save and send login details',
			} )
		).not.toBeInTheDocument();
		await userEvent.click( screen.getByRole( 'button', { name: 'Save' } ) );
		await waitFor( () =>
			expect(
				requests.some(
					( r ) => route( r ).path === '/joolwebsp/v1/clients/7'
				)
			).toBe( true )
		);
		const save = requests.find(
			( r ) => route( r ).path === '/joolwebsp/v1/clients/7'
		);
		expect( save?.data ).not.toHaveProperty( 'email' );
		expect( save?.data ).not.toHaveProperty( 'first_name' );
	} );
} );
