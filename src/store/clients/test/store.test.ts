/**
 * WordPress dependencies
 */
import { dispatch, resolveSelect, select } from '@wordpress/data';

/**
 * Internal dependencies
 */
import type { Client } from '../../../api/types';
import { makeClient } from '../../../../tests/js/fixtures';
import { listPage, route, serve } from '../../../../tests/js/rest';
import { queryKey, store } from '..';

const client = makeClient;

describe( 'joolwebsp/clients store', () => {
	it( 'keys a query by value, whatever the order or empty values', () => {
		expect( queryKey( { page: 2, search: 'ana' } ) ).toBe(
			queryKey( { search: 'ana', page: 2, orderby: undefined } )
		);
		expect( queryKey( { search: '' } ) ).toBe( queryKey( {} ) );
	} );

	it( 'loads a page with its totals and keeps its clients by id', async () => {
		serve( () => listPage( [ client( 1 ), client( 2 ) ], 42, 21 ) );
		const query = { page: 1, per_page: 2 };
		await resolveSelect( store ).getPage( query );
		expect( select( store ).getPage( query ) ).toEqual( {
			ids: [ 1, 2 ],
			total: 42,
			totalPages: 21,
		} );
		expect( select( store ).getClient( 2 )?.email ).toBe(
			'c2@example.org'
		);
	} );

	it( 'keeps the server answer to an update, never the values sent', async () => {
		const requests = serve( ( request ) => {
			const data = request.data as Partial< Client >;
			// The server keeps both coaches and lower-cases the email.
			return client( 7, {
				...data,
				email: String( data.email ).toLowerCase(),
				coach_ids: [ 3, 4 ],
			} );
		} );
		dispatch( store ).receiveClient( client( 7, { coach_ids: [ 3, 4 ] } ) );
		const saved = await dispatch( store ).updateClient( 7, {
			email: 'NEW@Example.org',
			coach_ids: [ 3, 4 ],
		} );
		// api-fetch sends PATCH as POST with X-HTTP-Method-Override; serve() reports the override.
		expect( requests[ 0 ] ).toMatchObject( {
			method: 'PATCH',
			data: { email: 'NEW@Example.org', coach_ids: [ 3, 4 ] },
		} );
		expect( route( requests[ 0 ]! ).path ).toBe(
			'/joolwebsp/v1/clients/7'
		);
		expect( saved.email ).toBe( 'new@example.org' );
		expect( select( store ).getClient( 7 ) ).toEqual( saved );
	} );

	it( 'forgets cached pages after a write, so lists load again', async () => {
		serve( () => listPage( [ client( 5 ) ] ) );
		const query = { search: 'five' };
		await resolveSelect( store ).getPage( query );
		expect( select( store ).getPage( query ) ).toBeDefined();
		serve( () => client( 6 ) );
		await dispatch( store ).createClient( {
			first_name: 'A',
			last_name: 'B',
			email: 'a@b.co',
		} );
		expect( select( store ).getPage( query ) ).toBeUndefined();
	} );

	it( 'records a load error for the client', async () => {
		serve( () => {
			throw {
				code: 'joolwebsp_client_not_found',
				message: 'Client not found.',
				data: { status: 404 },
			};
		} );
		await resolveSelect( store ).getClient( 999 );
		expect( select( store ).getClientError( 999 ) ).toBe(
			'Client not found.'
		);
		expect( select( store ).getClient( 999 ) ).toBeUndefined();
	} );
} );
