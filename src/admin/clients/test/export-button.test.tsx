/**
 * External dependencies
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * Internal dependencies
 */
import { makeClient } from '../../../../tests/js/fixtures';
import { listPage, route, serve } from '../../../../tests/js/rest';
import type { FakeRequest } from '../../../../tests/js/rest';
import type { Capability, ClientSettings } from '../../../settings';
import { ClientsScreen } from '../clients-screen';

jest.setTimeout( 30000 );

const CSV = '\uFEFFFirst name,Last name\r\nAna,Zed\r\n';

/**
 * Prints the settings the way includes/Admin/Assets.php does.
 *
 * @param premium      `License::has( 'premium' )`.
 * @param capabilities The user's capabilities.
 */
function printSettings( premium: boolean, capabilities: Capability[] ) {
	const settings: ClientSettings = {
		version: '',
		restRoot: '/wp-json/',
		restNamespace: 'joolwebsp/v1',
		nonce: 'n',
		adminUrl: '/wp-admin/',
		screens: {},
		user: { id: 1, displayName: 'Admin' },
		capabilities: Object.fromEntries(
			capabilities.map( ( cap ) => [ cap, true ] )
		),
		reachesEveryone: true,
		emailTypes: {},
		accountProtectedMessage: '',
		premium,
		settings: {},
		locale: 'en_US',
		timezone: 'UTC',
		currency: 'EUR',
	};
	window.joolwebspSettings = settings;
}

const FILE = new Blob( [ CSV ], { type: 'text/csv' } );

/** A `fetch` Response as apiFetch hands it over with `parse: false`. */
function csvResponse() {
	return {
		status: 200,
		blob: async () => FILE,
		headers: {
			get: ( name: string ) =>
				name.toLowerCase() === 'content-disposition'
					? 'attachment; filename="clients-2026-12-03.csv"'
					: null,
		},
	};
}

/**
 * The list, the coaches and the next sessions; the export through `exportAnswer`.
 *
 * @param exportAnswer Answers `GET /clients/export`.
 */
function serveScreen( exportAnswer: () => unknown ): FakeRequest[] {
	return serve( ( request ) => {
		const { path } = route( request );
		if ( path === '/joolwebsp/v1/clients' ) {
			return listPage( [ makeClient( 1, { first_name: 'Ana' } ) ] );
		}
		if ( path === '/joolwebsp/v1/coaches' ) {
			return [ { id: 3, name: 'Coach Three' } ];
		}
		if ( path === '/joolwebsp/v1/clients/next-sessions' ) {
			return {};
		}
		if ( path === '/joolwebsp/v1/clients/export' ) {
			return exportAnswer();
		}
		throw { code: 'rest_no_route', message: path, data: { status: 404 } };
	} );
}

const exports = ( requests: FakeRequest[] ) =>
	requests.filter(
		( request ) => route( request ).path === '/joolwebsp/v1/clients/export'
	);

describe( 'Customers → Export CSV', () => {
	const downloads: Array< { href: string; download: string } > = [];
	const blobs: Blob[] = [];

	beforeAll( () => {
		// jsdom has no object URLs and does not download: record what the browser would get.
		URL.createObjectURL = jest.fn( ( blob: Blob ) => {
			blobs.push( blob );
			return 'blob:http://localhost/export-1';
		} );
		URL.revokeObjectURL = jest.fn();
		jest.spyOn( HTMLAnchorElement.prototype, 'click' ).mockImplementation(
			function ( this: HTMLAnchorElement ) {
				downloads.push( {
					href: this.getAttribute( 'href' ) ?? '',
					download: this.download,
				} );
			}
		);
	} );

	beforeEach( () => {
		downloads.length = 0;
		blobs.length = 0;
		window.history.replaceState(
			null,
			'',
			'/wp-admin/admin.php?page=joolwebsp-clients&s=ana&orderby=email&order=desc&coach=3'
		);
	} );

	afterEach( () => {
		cleanup();
		delete window.joolwebspSettings;
	} );

	it( 'is absent without premium, and without export_clients', async () => {
		serveScreen( csvResponse );
		printSettings( false, [ 'view_clients', 'export_clients' ] );
		render( <ClientsScreen /> );
		await screen.findByRole( 'link', { name: 'Ana Last1' } );
		expect(
			screen.queryByRole( 'button', { name: 'Export CSV' } )
		).not.toBeInTheDocument();
		cleanup();

		printSettings( true, [ 'view_clients' ] );
		render( <ClientsScreen /> );
		await screen.findByRole( 'link', { name: 'Ana Last1' } );
		expect(
			screen.queryByRole( 'button', { name: 'Export CSV' } )
		).not.toBeInTheDocument();
	} );

	it( 'downloads the filtered, sorted view as clients-DATE.csv, busy meanwhile', async () => {
		let finish: ( value: unknown ) => void = () => {};
		const requests = serveScreen(
			() =>
				new Promise( ( resolve ) => {
					finish = resolve;
				} )
		);
		printSettings( true, [ 'view_clients', 'export_clients' ] );
		render( <ClientsScreen /> );
		const button = await screen.findByRole( 'button', {
			name: 'Export CSV',
		} );
		await userEvent.click( button );

		expect( button ).toHaveAttribute( 'aria-disabled', 'true' );
		expect( button ).toHaveClass( 'is-busy' );
		await userEvent.click( button );
		expect( exports( requests ) ).toHaveLength( 1 );
		const { query } = route( exports( requests )[ 0 ]! );
		expect( Object.fromEntries( query ) ).toEqual( {
			search: 'ana',
			orderby: 'email',
			order: 'desc',
			coach: '3',
			_locale: 'user',
		} );

		finish( csvResponse() );
		await waitFor( () =>
			expect( downloads ).toEqual( [
				{
					href: 'blob:http://localhost/export-1',
					download: 'clients-2026-12-03.csv',
				},
			] )
		);
		expect( blobs ).toEqual( [ FILE ] );
		expect( blobs[ 0 ] ).toBe( FILE );
		await waitFor( () => expect( button ).not.toHaveClass( 'is-busy' ) );
		expect( button ).not.toHaveAttribute( 'aria-disabled' );
		// The temporary link is gone and its object URL released.
		expect( document.querySelector( 'a[download]' ) ).toBeNull();
		await waitFor(
			() =>
				expect( URL.revokeObjectURL ).toHaveBeenCalledWith(
					'blob:http://localhost/export-1'
				),
			{ timeout: 3000 }
		);
	} );

	it( 'shows the server refusal in a snackbar, e.g. premium required', async () => {
		serveScreen( () => {
			// apiFetch with `parse: false` throws the raw Response of an error status.
			throw {
				status: 403,
				json: async () => ( {
					code: 'joolwebsp_premium_required',
					message:
						'This feature needs a premium license (Settings > License).',
					data: { status: 403 },
				} ),
			};
		} );
		printSettings( true, [ 'view_clients', 'export_clients' ] );
		render( <ClientsScreen /> );
		await userEvent.click(
			await screen.findByRole( 'button', { name: 'Export CSV' } )
		);
		expect(
			await screen.findByText(
				'This feature needs a premium license (Settings > License).',
				{ selector: '.components-snackbar__content' }
			)
		).toBeInTheDocument();
		// Screen readers hear it too.
		await waitFor( () =>
			expect(
				document.getElementById( 'a11y-speak-polite' )
			).toHaveTextContent(
				'This feature needs a premium license (Settings > License).'
			)
		);
		expect( downloads ).toEqual( [] );
		expect(
			screen.getByRole( 'button', { name: 'Export CSV' } )
		).not.toHaveAttribute( 'aria-disabled' );
	} );

	it( 'falls back to a plain message when the error is not JSON', async () => {
		serveScreen( () => {
			throw {
				status: 500,
				json: async () => {
					throw new SyntaxError( 'Unexpected token <' );
				},
			};
		} );
		printSettings( true, [ 'view_clients', 'export_clients' ] );
		render( <ClientsScreen /> );
		await userEvent.click(
			await screen.findByRole( 'button', { name: 'Export CSV' } )
		);
		expect(
			await screen.findByText(
				'The CSV export failed. Please try again.',
				{
					selector: '.components-snackbar__content',
				}
			)
		).toBeInTheDocument();
	} );
} );
