/**
 * External dependencies
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import { ImportScreen } from '../import-screen';
import type { ImportJob } from '../../../api/imports';

type Handler = Parameters< typeof apiFetch.setFetchHandler >[ 0 ];

const base: ImportJob = {
	id: 7,
	status: 'uploaded',
	file_name: 'eleves.csv',
	columns: [ 'Prénom', 'Nom', 'Adresse e-mail', 'Téléphone' ],
	mapping: { first_name: 0, last_name: 1, email: 2, phone: 3 },
	on_existing: 'skip',
	send_login: false,
	dry_run: false,
	total_rows: 50,
	processed_rows: 0,
	created: 0,
	updated: 0,
	skipped: 0,
	failed: 0,
	errors: [],
	created_at: null,
	finished_at: null,
	preview: {
		rows: [
			{
				row: 2,
				status: 'valid',
				values: { first_name: 'Élodie1', last_name: 'Bérénice1' },
				errors: [],
			},
		],
		valid: 47,
		invalid: 3,
		duplicates: 0,
		existing: 0,
	},
};

describe( 'ImportScreen', () => {
	afterEach( () => {
		cleanup();
		delete window.joolwebspSettings;
	} );

	it( 'explains premium and links to the license settings without it', () => {
		window.joolwebspSettings = {
			version: '',
			restRoot: '/wp-json/',
			restNamespace: 'joolwebsp/v1',
			nonce: 'n',
			adminUrl: '/wp-admin/',
			screens: {},
			user: { id: 1, displayName: 'A' },
			capabilities: {},
			settings: {},
			locale: 'en_US',
			timezone: 'UTC',
			currency: 'EUR',
			reachesEveryone: true,
			emailTypes: {},
			accountProtectedMessage: '',
			premium: false,
		};
		render( <ImportScreen /> );
		expect(
			screen.getByRole( 'link', {
				name: 'Enter a license key in Settings → License',
			} )
		).toHaveAttribute(
			'href',
			'/wp-admin/admin.php?page=joolwebsp-settings&tab=license'
		);
	} );

	it( 'lists every error of a row that fails on several fields', async () => {
		// React reports duplicate keys through console.error, which fails the test.
		const errors = [
			{ row: 8, field: 'email', message: 'Enter a valid email address.' },
			{ row: 8, field: 'last_name', message: 'This field is required.' },
			{ row: 9, field: 'email', message: 'Duplicate email in the file.' },
		];
		apiFetch.setFetchHandler( async ( options ) => {
			const path = String( options.path ).split( '?' )[ 0 ];
			if ( path === '/joolwebsp/v1/imports/7/start' ) {
				return { ...base, status: 'queued', preview: undefined };
			}
			if ( path === '/joolwebsp/v1/imports/7/batch' ) {
				return {
					...base,
					status: 'completed',
					processed_rows: 50,
					created: 48,
					failed: 2,
					errors,
				};
			}
			return base;
		} );
		render( <ImportScreen /> );
		await userEvent.upload(
			screen.getByLabelText( 'CSV file' ),
			new File( [ 'Prénom;Nom' ], 'eleves.csv', { type: 'text/csv' } )
		);
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Upload' } )
		);
		await userEvent.click(
			await screen.findByRole( 'button', { name: 'Next' } )
		);
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Run import' } )
		);
		const table = await screen.findByRole( 'table', {
			name: 'Rows that failed',
		} );
		expect(
			within( table )
				.getAllByRole( 'row' )
				.slice( 1 )
				.map( ( row ) =>
					Array.from( row.children ).map(
						( cell ) => cell.textContent
					)
				)
		).toEqual(
			errors.map( ( error ) => [
				String( error.row ),
				error.field,
				error.message,
			] )
		);
	} );

	it( 'uploads, previews, runs with progress and reports the failed rows', async () => {
		const calls: string[] = [];
		const handler: Handler = async ( options ) => {
			const path = String( options.path ).split( '?' )[ 0 ];
			calls.push( `${ options.method ?? 'GET' } ${ path }` );
			if ( path === '/joolwebsp/v1/imports/7/start' ) {
				return { ...base, status: 'queued', preview: undefined };
			}
			if ( path === '/joolwebsp/v1/imports/7/batch' ) {
				return {
					...base,
					status: 'completed',
					processed_rows: 50,
					created: 47,
					failed: 3,
					errors: [
						{
							row: 8,
							field: 'email',
							message: 'Enter a valid email address.',
						},
						{
							row: 23,
							field: 'first_name',
							message: 'This field cannot be empty.',
						},
						{
							row: 41,
							field: 'phone',
							message: 'Enter a phone number.',
						},
					],
				};
			}
			return base;
		};
		apiFetch.setFetchHandler( handler );
		render( <ImportScreen /> );

		const file = new File( [ 'Prénom;Nom' ], 'eleves.csv', {
			type: 'text/csv',
		} );
		await userEvent.upload( screen.getByLabelText( 'CSV file' ), file );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Upload' } )
		);

		expect(
			await screen.findByText(
				'50 rows: 47 valid, 3 invalid, 0 duplicates in the file, 0 already existing.'
			)
		).toBeInTheDocument();
		expect( screen.getByRole( 'combobox', { name: 'Email' } ) ).toHaveValue(
			'2'
		);
		await userEvent.click( screen.getByRole( 'button', { name: 'Next' } ) );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Run import' } )
		);

		expect(
			await screen.findByText(
				'50 / 50 rows — 47 created, 0 updated, 0 skipped, 3 failed'
			)
		).toBeInTheDocument();
		const table = screen.getByRole( 'table', { name: 'Rows that failed' } );
		expect(
			within( table )
				.getAllByRole( 'row' )
				.slice( 1 )
				.map( ( row ) => row.firstChild?.textContent )
		).toEqual( [ '8', '23', '41' ] );
		expect(
			screen.getByRole( 'link', {
				name: 'Download the failed rows (CSV)',
			} )
		).toHaveAttribute(
			'href',
			expect.stringContaining( 'joolwebsp/v1/imports/7/errors.csv' )
		);
		expect( calls ).toEqual( [
			'POST /joolwebsp/v1/imports',
			'POST /joolwebsp/v1/imports/7/start',
			'POST /joolwebsp/v1/imports/7/batch',
		] );
	} );
} );
