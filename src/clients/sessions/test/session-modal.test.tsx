/**
 * External dependencies
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * Internal dependencies
 */
import type { Client, Session } from '../../../api/types';
import { listPage, route, serve } from '../../../../tests/js/rest';
import { PICKER_PAGE } from '../client-picker';
import { SessionModal } from '../session-modal';

function client( id: number, last: string ): Client {
	return {
		id,
		user_id: id + 1000,
		first_name: 'Client',
		last_name: last,
		email: `c${ id }@example.org`,
		phone: '',
		coach_ids: [],
		created_at: '2026-01-01T00:00:00Z',
		login_sent_at: null,
		account_managed: true,
		account_protected: false,
	};
}

// 150 clients: the one looked for is far beyond the first page.
const ALL = Array.from( { length: 150 }, ( _, index ) =>
	client( index + 1, `Name${ String( index + 1 ).padStart( 3, '0' ) }` )
);

describe( 'SessionModal', () => {
	it( 'finds a client beyond the first page by searching the server, then creates the session', async () => {
		const onSaved = jest.fn();
		const requests = serve( ( request ) => {
			const { path, query } = route( request );
			if ( path === '/joolwebsp/v1/clients' ) {
				const term = ( query.get( 'search' ) ?? '' ).toLowerCase();
				const found = ALL.filter( ( c ) =>
					`${ c.first_name } ${ c.last_name } ${ c.email }`
						.toLowerCase()
						.includes( term )
				);
				return listPage(
					found.slice( 0, Number( query.get( 'per_page' ) ) ),
					found.length
				);
			}
			return { id: 1, ...( request.data as object ) } as Session;
		} );
		render(
			<SessionModal
				session={ null }
				client={ null }
				coaches={ null }
				onClose={ jest.fn() }
				onSaved={ onSaved }
			/>
		);
		const picker = screen.getByRole( 'combobox', { name: 'Client *' } );
		await userEvent.type( picker, 'Name142' );
		const option = await screen.findByRole( 'option', {
			name: 'Client Name142 (c142@example.org)',
		} );
		const searches = requests
			.map( ( r ) => route( r ) )
			.filter( ( r ) => r.path === '/joolwebsp/v1/clients' );
		expect( searches[ 0 ]?.query.get( 'per_page' ) ).toBe(
			String( PICKER_PAGE )
		);
		expect( searches.at( -1 )?.query.get( 'search' ) ).toBe( 'Name142' );
		await userEvent.click( option );

		await userEvent.type(
			screen.getByLabelText( 'Start *' ),
			'2026-12-24T10:00'
		);
		await userEvent.click( screen.getByRole( 'button', { name: 'Save' } ) );
		await waitFor( () => expect( onSaved ).toHaveBeenCalled() );
		const created = requests.find(
			( r ) => route( r ).path === '/joolwebsp/v1/sessions'
		);
		expect( created?.data ).toMatchObject( {
			client_id: 142,
			start: '2026-12-24T10:00',
			notify: false,
		} );
	} );

	it( 'checks the client and the start before sending, and shows server field errors', async () => {
		const requests = serve( ( request ) => {
			if ( route( request ).path === '/joolwebsp/v1/clients' ) {
				return listPage( [] );
			}
			throw {
				code: 'rest_invalid_param',
				message: 'Invalid parameter(s): video_url',
				data: {
					status: 400,
					params: { video_url: 'Enter a web address.' },
				},
			};
		} );
		render(
			<SessionModal
				session={ null }
				client={ null }
				coaches={ null }
				onClose={ jest.fn() }
				onSaved={ jest.fn() }
			/>
		);
		await userEvent.click( screen.getByRole( 'button', { name: 'Save' } ) );
		expect( screen.getByText( 'Choose a client.' ) ).toBeInTheDocument();
		expect(
			screen.getByText( 'Enter a date and time.' )
		).toBeInTheDocument();
		expect(
			requests.some(
				( r ) => route( r ).path === '/joolwebsp/v1/sessions'
			)
		).toBe( false );
	} );

	it( 'with a fixed client, shows no picker and maps server errors to fields', async () => {
		serve( () => {
			throw {
				code: 'rest_invalid_param',
				message: 'Invalid parameter(s): video_url',
				data: {
					status: 400,
					params: { video_url: 'Enter a web address.' },
				},
			};
		} );
		render(
			<SessionModal
				session={ null }
				client={ { id: 3, name: 'Ana Zed' } }
				coaches={ null }
				onClose={ jest.fn() }
				onSaved={ jest.fn() }
			/>
		);
		expect(
			screen.queryByRole( 'combobox', { name: 'Client *' } )
		).not.toBeInTheDocument();
		await userEvent.type(
			screen.getByLabelText( 'Start *' ),
			'2026-12-24T10:00'
		);
		await userEvent.click( screen.getByRole( 'button', { name: 'Save' } ) );
		expect(
			await screen.findByText( 'Enter a web address.' )
		).toBeInTheDocument();
		expect(
			screen.getByText( 'Invalid parameter(s): video_url', {
				selector: '.components-notice__content',
			} )
		).toBeInTheDocument();
	} );
} );
