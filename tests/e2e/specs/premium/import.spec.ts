/**
 * Import CSV with a file as Excel saves it on a French system — semicolons, Windows-1252, French
 * headers — holding 3 bad rows: mapping detected, preview counts, options, a run in several batches,
 * the report (47 created, 3 failed at their file rows), the failed rows as a CSV download, and the
 * new clients in Customers with their accents.
 */
import fs from 'fs';
import type { Response } from '@playwright/test';
import { expect, test } from '@wordpress/e2e-test-utils-playwright';

import { collectErrors, restGet, uniqueTag } from '../../utils';
import type { ApiClient } from '../../utils';
import { UTF8_BOM, parseCsv, toWindows1252 } from '../../utils/csv';
import { activatePremium, deactivatePremium } from '../../utils/premium';

const FIRST = [
	'Élodie',
	'François',
	'Anaïs',
	'Cécile',
	'Jérôme',
	'Hélène',
	'Noël',
	'Zoé',
	'Maëlle',
	'Benoît',
];
const LAST = [
	'Lefèvre',
	'Garçon',
	'Le Bœuf',
	'Müller',
	'Bénard',
	'Façonnier',
	'Dupré',
	'Gérard',
	'Crêpin',
	'Hervé',
];

/** Lines of the file (1 = the header) of the bad rows, and the line the duplicate repeats. */
const INVALID_EMAIL = 8;
const NO_LAST_NAME = 23;
const DUPLICATE = 41;
const DUPLICATED = 5;
const BAD = [ INVALID_EMAIL, NO_LAST_NAME, DUPLICATE ];

interface Row {
	line: number;
	first: string;
	last: string;
	email: string;
	phone: string;
}

/**
 * The 50 records of the file, each with its line.
 *
 * @param tag Unique tag of this run (in the last names and emails).
 */
function records( tag: string ): Row[] {
	const rows: Row[] = [];
	for ( let line = 2; line <= 51; line++ ) {
		const i = line - 2;
		const nn = String( line ).padStart( 2, '0' );
		rows.push( {
			line,
			first: FIRST[ i % FIRST.length ]!,
			last: `${ LAST[ i % LAST.length ] } ${ tag }${ nn }`,
			email: `eleve${ nn }.${ tag }@exemple.fr`,
			phone: `06 12 34 ${ nn } 00`,
		} );
	}
	const at = ( line: number ) => rows[ line - 2 ]!;
	at( INVALID_EMAIL ).email = 'pas-une-adresse';
	at( NO_LAST_NAME ).last = '';
	// Another case, the same address: a duplicate inside the file (the first one wins).
	at( DUPLICATE ).email = at( DUPLICATED ).email.toUpperCase();
	return rows;
}

test.describe( 'Import CSV (premium)', () => {
	test.beforeAll( async ( { requestUtils } ) => {
		await activatePremium( requestUtils );
		// 20 rows a batch: the 50 rows run in three batches, each asked for by the screen (the e2e
		// sites have no WP-Cron).
		await requestUtils.rest( {
			method: 'POST',
			path: '/joolwebsp-e2e/v1/import-batch-size',
			data: { size: 20 },
		} );
	} );

	test.afterAll( async ( { requestUtils } ) => {
		await requestUtils.rest( {
			method: 'POST',
			path: '/joolwebsp-e2e/v1/import-batch-size',
			data: { size: 0 },
		} );
		await deactivatePremium( requestUtils );
	} );

	test( 'a French Excel file: 47 created, 3 failed at their rows, failed rows downloadable, accents intact', async ( {
		admin,
		page,
		requestUtils,
	} ) => {
		test.slow(); // 47 accounts are created.
		const tag = uniqueTag();
		const rows = records( tag );
		const text = [
			'Prénom;Nom;E-mail;Téléphone',
			...rows.map( ( row ) =>
				[ row.first, row.last, row.email, row.phone ].join( ';' )
			),
		].join( '\r\n' );
		const file = toWindows1252( `${ text }\r\n` );
		// Really Windows-1252: "é" is one byte, and the file is not valid UTF-8.
		expect( file.subarray( 0, 3 ) ).toEqual(
			Buffer.from( 'Pr\xe9', 'latin1' )
		);
		expect( () =>
			new TextDecoder( 'utf-8', { fatal: true } ).decode( file )
		).toThrow();

		const errors = collectErrors( page );
		await admin.visitAdminPage( 'admin.php', 'page=joolwebsp-import' );

		// 1. Upload.
		await page.getByLabel( 'CSV file' ).setInputFiles( {
			name: 'élèves.csv',
			mimeType: 'application/vnd.ms-excel',
			buffer: file,
		} );
		await page.getByRole( 'button', { name: 'Upload' } ).click();

		// 2. Map columns: detected from the French headers, read as Windows-1252.
		await expect(
			page.getByRole( 'heading', { name: '2. Map columns' } )
		).toBeVisible();
		const mapped: Array< [ string, string, string ] > = [
			[ 'First name', '0', 'Prénom' ],
			[ 'Last name', '1', 'Nom' ],
			[ 'Email', '2', 'E-mail' ],
			[ 'Phone', '3', 'Téléphone' ],
		];
		for ( const [ label, index, header ] of mapped ) {
			const select = page.getByRole( 'combobox', {
				name: label,
				exact: true,
			} );
			await expect( select ).toHaveValue( index );
			await expect( select.locator( 'option:checked' ) ).toHaveText(
				header
			);
		}
		await expect(
			page.getByRole( 'combobox', { name: 'Coach email' } )
		).toHaveValue( '' );
		await expect(
			page.getByText(
				'50 rows: 47 valid, 2 invalid, 1 duplicates in the file, 0 already existing.'
			)
		).toBeVisible();
		const preview = page.locator( 'table' ).first();
		await expect( preview.locator( 'tbody tr' ).first() ).toContainText(
			`Élodie`
		);
		await expect( preview.locator( 'tbody tr' ).nth( 2 ) ).toContainText(
			`Le Bœuf ${ tag }04`
		);
		await page.getByRole( 'button', { name: 'Next' } ).click();

		// 3. Options: the defaults (skip existing, no email, a real run).
		await expect(
			page.getByRole( 'radio', { name: 'Skip the row' } )
		).toBeChecked();
		await expect(
			page.getByRole( 'checkbox', {
				name: 'Send login details to the new clients',
			} )
		).not.toBeChecked();
		await expect(
			page.getByRole( 'checkbox', { name: /Dry run/ } )
		).not.toBeChecked();

		// 4. Run: the screen drives the batches and shows the progress of each.
		const batches: Array< Promise< number > > = [];
		page.on( 'response', ( response: Response ) => {
			if (
				/\/imports\/\d+\/batch/.test(
					decodeURIComponent( response.url() )
				)
			) {
				batches.push(
					response
						.json()
						.then(
							( body: { processed_rows: number } ) =>
								body.processed_rows
						)
				);
			}
		} );
		await page.getByRole( 'button', { name: 'Run import' } ).click();

		// 5. Report.
		await expect(
			page.getByRole( 'heading', { name: '5. Report' } )
		).toBeVisible( { timeout: 60_000 } );
		// The duplicate fails when the import starts (1 processed), then 20 + 20 + 9 rows.
		expect( await Promise.all( batches ) ).toEqual( [ 21, 41, 50 ] );
		await expect(
			page.getByText(
				'50 / 50 rows — 47 created, 0 updated, 0 skipped, 3 failed'
			)
		).toBeVisible();
		const progress = page.getByRole( 'progressbar', {
			name: 'Rows processed',
		} );
		await expect( progress ).toHaveJSProperty( 'value', 50 );
		await expect( progress ).toHaveJSProperty( 'max', 50 );

		const report = page.getByRole( 'table', { name: 'Rows that failed' } );
		const reported = report.locator( 'tbody tr' );
		await expect( reported ).toHaveCount( 3 );
		await expect( reported.locator( 'td:first-child' ) ).toHaveText(
			BAD.map( String )
		);
		await expect( reported.locator( 'td:nth-child(2)' ) ).toHaveText( [
			'email',
			'last_name',
			'email',
		] );
		await expect( reported.nth( 2 ) ).toContainText(
			`first on row ${ DUPLICATED }`
		);

		// The failed rows as a CSV: the file's columns and an Error column, ready to fix.
		const downloading = page.waitForEvent( 'download' );
		await page
			.getByRole( 'link', { name: 'Download the failed rows (CSV)' } )
			.click();
		const download = await downloading;
		const bytes = fs.readFileSync( await download.path() );
		expect( bytes.subarray( 0, 3 ) ).toEqual( UTF8_BOM );
		const failed = parseCsv( bytes.subarray( 3 ).toString( 'utf8' ), ';' );
		expect( failed[ 0 ] ).toEqual( [
			'Prénom',
			'Nom',
			'E-mail',
			'Téléphone',
			'Error',
		] );
		expect( failed ).toHaveLength( 1 + BAD.length );
		expect( failed.slice( 1 ).map( ( row ) => row.slice( 0, 4 ) ) ).toEqual(
			BAD.map( ( line ) => {
				const row = rows[ line - 2 ]!;
				return [ row.first, row.last, row.email, row.phone ];
			} )
		);
		expect( failed.slice( 1 ).map( ( row ) => row[ 4 ] ) ).toEqual( [
			expect.stringMatching(
				new RegExp( `^Row ${ INVALID_EMAIL }, email: ` )
			),
			expect.stringMatching(
				new RegExp( `^Row ${ NO_LAST_NAME }, last_name: ` )
			),
			expect.stringMatching(
				new RegExp(
					`^Row ${ DUPLICATE }, email: .*first on row ${ DUPLICATED }`
				)
			),
		] );

		// The 47 clients exist, names, emails and phones exactly as in the file.
		const created = await restGet< ApiClient[] >(
			requestUtils,
			'/joolwebsp/v1/clients',
			{ search: tag, per_page: 100, orderby: 'email' }
		);
		expect( created.status ).toBe( 200 );
		const expected = rows
			.filter( ( row ) => ! BAD.includes( row.line ) )
			.map( ( row ) => ( {
				first_name: row.first,
				last_name: row.last,
				email: row.email,
				phone: row.phone,
			} ) )
			.sort( ( a, b ) => a.email.localeCompare( b.email ) );
		expect( expected ).toHaveLength( 47 );
		expect(
			created.body.map( ( client ) => ( {
				first_name: client.first_name,
				last_name: client.last_name,
				email: client.email,
				phone: client.phone,
			} ) )
		).toEqual( expected );

		// …and show in Customers with their accents.
		for ( const [ line, name ] of [
			[ 2, `Élodie Lefèvre ${ tag }02` ],
			[ 3, `François Garçon ${ tag }03` ],
			[ 4, `Anaïs Le Bœuf ${ tag }04` ],
		] as const ) {
			await admin.visitAdminPage(
				'admin.php',
				`page=joolwebsp-clients&s=${ tag }${ String( line ).padStart(
					2,
					'0'
				) }`
			);
			await expect(
				page.locator( '.dataviews-view-table tbody tr' )
			).toHaveCount( 1 );
			await expect(
				page.getByRole( 'link', { name, exact: true } )
			).toBeVisible();
		}
		expect( errors ).toEqual( [] );
	} );
} );
