/**
 * External dependencies
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * Internal dependencies
 */
import { listPage, serve } from '../../../../tests/js/rest';
import { ClientList } from '../client-list';

function client( id: number, last: string ) {
	return {
		id,
		user_id: id + 100,
		first_name: 'Ana',
		last_name: last,
		email: `${ last.toLowerCase() }@example.com`,
		phone: '',
		coach_ids: [],
		created_at: '2026-01-01 00:00:00',
		login_sent_at: null,
		account_managed: true,
		account_protected: false,
	};
}

describe( 'Front My clients list', () => {
	it( 'searches on the server once typing pauses, and shows the matches', async () => {
		const requests = serve( ( request ) => {
			const search =
				new URL( request.path, 'http://x' ).searchParams.get(
					'search'
				) ?? '';
			return search === 'dur'
				? listPage( [ client( 2, 'Durand' ) ], 1, 1 )
				: listPage(
						[ client( 1, 'Abel' ), client( 3, 'Zola' ) ],
						193,
						20
					);
		} );
		render( <ClientList /> );
		expect( await screen.findByRole( 'status' ) ).toHaveTextContent(
			'193 clients'
		);
		await userEvent.type(
			screen.getByRole( 'searchbox', { name: 'Search clients' } ),
			'dur'
		);
		expect( await screen.findByText( 'Ana Durand' ) ).toBeInTheDocument();
		expect( screen.getByRole( 'status' ) ).toHaveTextContent( '1 client' );
		expect( screen.queryByText( 'Ana Abel' ) ).not.toBeInTheDocument();
		// One request for the whole word typed, not one per key.
		await waitFor( () =>
			expect(
				requests.filter( ( r ) => /search=d/.test( r.path ) )
			).toHaveLength( 1 )
		);
	} );
} );
