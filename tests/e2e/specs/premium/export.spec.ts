/**
 * Customers → Export CSV: the filtered and sorted view downloads as UTF-8 CSV with a BOM, header
 * row, only the matching clients in the table's order, formula cells neutralised. Without premium,
 * or without export_clients, there is no button.
 */
import AxeBuilder from '@axe-core/playwright';
import fs from 'fs';
import { expect, test } from '@wordpress/e2e-test-utils-playwright';

import {
	collectErrors,
	createClient,
	createUser,
	loginAs,
	uniqueTag,
} from '../../utils';
import { UTF8_BOM, parseCsv } from '../../utils/csv';
import { activatePremium, deactivatePremium } from '../../utils/premium';

test.describe( 'Export CSV (premium)', () => {
	test.beforeAll( async ( { requestUtils } ) => {
		await activatePremium( requestUtils );
	} );

	test.afterAll( async ( { requestUtils } ) => {
		await deactivatePremium( requestUtils );
	} );

	test( 'downloads the searched and sorted view, formulas neutralised', async ( {
		admin,
		page,
		requestUtils,
	} ) => {
		const tag = uniqueTag();
		const seeded = [
			{
				first_name: 'Zoé',
				last_name: `Export${ tag }`,
				email: `a.zoe.${ tag }@example.com`,
				phone: '+33 6 12 34 56 78',
			},
			{
				first_name: '=HYPERLINK("http://evil.example","x")',
				last_name: `Export${ tag }`,
				email: `b.formula.${ tag }@example.com`,
			},
			{
				first_name: 'Ana',
				last_name: `Export${ tag }`,
				email: `c.ana.${ tag }@example.com`,
			},
			{
				first_name: 'Hors',
				last_name: `Other${ tag }`,
				email: `d.other.${ tag }@example.com`,
			},
		];
		for ( const client of seeded ) {
			await createClient( requestUtils, client );
		}
		const errors = collectErrors( page );
		await admin.visitAdminPage( 'admin.php', 'page=joolwebsp-clients' );
		await page
			.getByRole( 'searchbox', { name: 'Search clients' } )
			.fill( `export${ tag }` );
		const rows = page.locator( '.dataviews-view-table tbody tr' );
		await expect( rows ).toHaveCount( 3 );
		// The title actions stay accessible with the button (before the mouse hovers a row:
		// DataViews greys a hovered row's date below 4.5:1).
		const axe = await new AxeBuilder( { page } )
			.include( '#joolwebsp-clients-root' )
			.analyze();
		expect(
			axe.violations
				.filter(
					( v ) => v.impact === 'serious' || v.impact === 'critical'
				)
				.map(
					( v ) =>
						`${ v.id }: ${ v.nodes
							.map( ( n ) => n.target.join( ' ' ) )
							.join( ', ' ) }`
				)
		).toEqual( [] );

		// Sort by email, descending, from the column header.
		await page.getByRole( 'button', { name: 'Email' } ).click();
		await page
			.getByRole( 'menuitemradio', { name: /descending/i } )
			.click();
		await expect( page ).toHaveURL( /orderby=email&order=desc/ );
		await page.keyboard.press( 'Escape' );
		await expect(
			page.getByRole( 'menuitemradio', { name: /descending/i } )
		).toHaveCount( 0 );
		await expect( rows.first() ).toContainText( `c.ana.${ tag }` );

		// From the keyboard: focus, Enter.
		const button = page.getByRole( 'button', { name: 'Export CSV' } );
		const requested = page.waitForRequest( ( request ) =>
			decodeURIComponent( request.url() ).includes(
				'joolwebsp/v1/clients/export'
			)
		);
		const downloading = page.waitForEvent( 'download' );
		await button.focus();
		await page.keyboard.press( 'Enter' );
		const query = new URL( ( await requested ).url() ).searchParams;
		expect( query.get( 'search' ) ).toBe( `export${ tag }` );
		expect( query.get( 'orderby' ) ).toBe( 'email' );
		expect( query.get( 'order' ) ).toBe( 'desc' );
		expect( query.has( 'page' ) ).toBe( false );
		const download = await downloading;
		expect( download.suggestedFilename() ).toMatch(
			/^clients-\d{4}-\d{2}-\d{2}\.csv$/
		);

		const bytes = fs.readFileSync( await download.path() );
		expect( bytes.subarray( 0, 3 ) ).toEqual( UTF8_BOM );
		const file = parseCsv( bytes.subarray( 3 ).toString( 'utf8' ) );
		expect( file[ 0 ] ).toEqual( [
			'First name',
			'Last name',
			'Email',
			'Phone',
			'Coach email',
			'Created',
		] );
		// Only the matches, in the table's order; cells starting with = or + get a ' first.
		expect( file.slice( 1 ).map( ( row ) => row.slice( 0, 4 ) ) ).toEqual( [
			[ 'Ana', `Export${ tag }`, `c.ana.${ tag }@example.com`, '' ],
			[
				`'=HYPERLINK("http://evil.example","x")`,
				`Export${ tag }`,
				`b.formula.${ tag }@example.com`,
				'',
			],
			[
				'Zoé',
				`Export${ tag }`,
				`a.zoe.${ tag }@example.com`,
				`'+33 6 12 34 56 78`,
			],
		] );
		for ( const row of file.slice( 1 ) ) {
			expect( row[ 5 ] ).toMatch( /^\d{4}-\d{2}-\d{2}$/ );
		}
		await expect( button ).not.toHaveAttribute( 'aria-disabled', 'true' );
		expect( errors ).toEqual( [] );
	} );

	test( 'no button without export_clients, nor without premium', async ( {
		admin,
		browser,
		page,
		requestUtils,
	} ) => {
		// A coach has no export_clients by default.
		const coach = await createUser( requestUtils, 'joolwebsp_coach' );
		const { context, page: coachPage } = await loginAs( browser, coach );
		await coachPage.goto( '/wp-admin/admin.php?page=joolwebsp-clients' );
		// The screen's own content (React), not the page's placeholder title.
		await expect(
			coachPage.locator( '.joolwebsp-screen__content' )
		).toBeVisible();
		await expect(
			coachPage.getByRole( 'link', { name: 'Add Customer' } ).first()
		).toBeVisible();
		await expect(
			coachPage.getByRole( 'button', { name: 'Export CSV' } )
		).toHaveCount( 0 );
		await context.close();

		await admin.visitAdminPage( 'admin.php', 'page=joolwebsp-clients' );
		await expect(
			page.getByRole( 'button', { name: 'Export CSV' } )
		).toBeVisible();
		await deactivatePremium( requestUtils );
		await page.reload();
		await expect(
			page.locator( '.joolwebsp-screen__content' )
		).toBeVisible();
		await expect(
			page.getByRole( 'button', { name: 'Export CSV' } )
		).toHaveCount( 0 );
	} );
} );
