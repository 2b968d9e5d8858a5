/**
 * Customers, Add Customer and the client profile, in a real browser against real WordPress.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from '@wordpress/e2e-test-utils-playwright';
import {
	capturedMail,
	collectErrors,
	createClient,
	createUser,
	loginAs,
	uniqueTag,
} from '../../utils';

async function expectNoSeriousA11yViolations( page: Page, selector: string ) {
	const results = await new AxeBuilder( { page } )
		.include( selector )
		.analyze();
	const serious = results.violations.filter(
		( v ) => v.impact === 'serious' || v.impact === 'critical'
	);
	expect(
		serious.map(
			( v ) =>
				`${ v.id }: ${ v.nodes.map( ( n ) => n.target.join( ' ' ) ).join( ', ' ) }`
		)
	).toEqual( [] );
}

test.describe( 'Add Customer', () => {
	test( 'adds a client without login details, then shows its profile', async ( {
		page,
		admin,
		requestUtils,
	} ) => {
		const tag = uniqueTag();
		const email = `ana.${ tag }@example.com`;
		const errors = collectErrors( page );
		await admin.visitAdminPage( 'admin.php', 'page=joolwebsp-add-client' );
		await expect( page.getByLabel( /password/i ) ).toHaveCount( 0 );
		await expectNoSeriousA11yViolations(
			page,
			'#joolwebsp-add-client-root'
		);

		await page.getByLabel( 'First name *' ).fill( 'Ana' );
		await page.getByLabel( 'Last name *' ).fill( `Zed${ tag }` );
		await page.getByLabel( 'Email *' ).fill( email );
		await page.getByLabel( 'Phone' ).fill( '+33 6 12 34 56 78' );
		await page.getByRole( 'button', { name: 'Add', exact: true } ).click();

		await expect(
			page.locator( '.components-snackbar' ).first()
		).toContainText( `Ana Zed${ tag } was added.` );
		await expect(
			page.getByRole( 'heading', { level: 1, name: `Ana Zed${ tag }` } )
		).toBeVisible();
		await expect( page ).toHaveURL( /client_id=\d+/ );
		expect( await capturedMail( requestUtils, email ) ).toEqual( [] );
		expect( errors ).toEqual( [] );
	} );

	test( 'adds a client and sends login details: a set-password link, no password', async ( {
		page,
		admin,
		requestUtils,
	} ) => {
		const tag = uniqueTag();
		const email = `welcome.${ tag }@example.com`;
		await admin.visitAdminPage( 'admin.php', 'page=joolwebsp-add-client' );
		await page.getByLabel( 'First name *' ).fill( 'Wel' );
		await page.getByLabel( 'Last name *' ).fill( `Come${ tag }` );
		await page.getByLabel( 'Email *' ).fill( email );
		await page
			.getByRole( 'button', { name: 'Add and send login details' } )
			.click();
		await expect(
			page
				.locator( '.components-snackbar' )
				.filter( { hasText: `Login details were sent to ${ email }.` } )
		).toBeVisible();

		const mail = await capturedMail( requestUtils, email );
		expect( mail ).toHaveLength( 1 );
		expect( mail[ 0 ]!.message ).toMatch(
			/wp-login\.php\?action=rp&key=[A-Za-z0-9]+&login=welcome\./
		);
		expect( mail[ 0 ]!.message ).not.toMatch( /password:/i );

		// The link really lets the client choose a password.
		const link = mail[ 0 ]!.message.match( /(http\S+action=rp\S+)/ )![ 1 ]!;
		const visitor = await page
			.context()
			.browser()!
			.newContext( { storageState: { cookies: [], origins: [] } } );
		const clientPage = await visitor.newPage();
		await clientPage.goto( link );
		await expect( clientPage.locator( '#pass1' ) ).toBeVisible();
		await visitor.close();

		// The profile's email timeline shows it.
		await expect(
			page.locator( '.joolwebsp-timeline li' ).first()
		).toContainText( 'Welcome / login details' );
	} );

	test( 'a duplicate email shows the error on the email field', async ( {
		page,
		admin,
		requestUtils,
	} ) => {
		const tag = uniqueTag();
		await createClient( requestUtils, {
			first_name: 'Dup',
			last_name: tag,
			email: `dup.${ tag }@example.com`,
		} );
		await admin.visitAdminPage( 'admin.php', 'page=joolwebsp-add-client' );
		await page.getByLabel( 'First name *' ).fill( 'Other' );
		await page.getByLabel( 'Last name *' ).fill( 'Person' );
		await page.getByLabel( 'Email *' ).fill( `DUP.${ tag }@example.com` );
		await page.getByRole( 'button', { name: 'Add', exact: true } ).click();
		const emailField = page.getByLabel( 'Email *' );
		await expect( emailField ).toHaveAttribute( 'aria-invalid', 'true' );
		await expect(
			page.locator( '#joolwebsp-field-email-error' )
		).toHaveText( 'A user with this email address already exists.' );
		await expect( emailField ).toBeFocused();
		await expect( page ).not.toHaveURL( /client_id=/ );
	} );

	test( 'required fields are checked before sending', async ( {
		page,
		admin,
	} ) => {
		await admin.visitAdminPage( 'admin.php', 'page=joolwebsp-add-client' );
		await page.getByLabel( 'First name *' ).fill( '   ' );
		await page.getByRole( 'button', { name: 'Add', exact: true } ).click();
		await expect( page.locator( '[role="alert"]' ) ).toHaveCount( 3 );
		await expect( page.getByLabel( 'First name *' ) ).toBeFocused();
	} );
} );

test.describe( 'Customers', () => {
	test( 'search, sort and pagination over 60 clients are done by the server and kept in the URL', async ( {
		page,
		admin,
		requestUtils,
	} ) => {
		test.slow(); // 60 clients made through the REST API first.
		const tag = uniqueTag();
		for ( let i = 0; i < 60; i++ ) {
			const n = String( i ).padStart( 2, '0' );
			await createClient( requestUtils, {
				first_name: `P${ n }`,
				last_name: `List${ tag } ${ n }`,
				email: `list${ tag }${ n }@example.com`,
			} );
		}
		const errors = collectErrors( page );
		await admin.visitAdminPage( 'admin.php', 'page=joolwebsp-clients' );
		await expect(
			page.getByRole( 'link', { name: 'Add Customer' } ).first()
		).toBeVisible();
		await expectNoSeriousA11yViolations( page, '#joolwebsp-clients-root' );

		const requests: string[] = [];
		page.on( 'request', ( request ) => {
			if ( request.url().includes( 'joolwebsp/v1/clients' ) ) {
				requests.push( decodeURIComponent( request.url() ) );
			}
		} );
		await page
			.getByRole( 'searchbox', { name: 'Search clients' } )
			.fill( `list${ tag }` );
		const rows = page.locator( '.dataviews-view-table tbody tr' );
		await expect( rows ).toHaveCount( 20 );
		await expect( rows.first() ).toContainText( `P00 List${ tag } 00` );
		await expect( page ).toHaveURL( new RegExp( `s=list${ tag }` ) );
		expect(
			requests.some(
				( url ) =>
					url.includes( `search=list${ tag }` ) &&
					url.includes( 'per_page=20' )
			)
		).toBe( true );

		await page.getByRole( 'button', { name: 'Next page' } ).click();
		await expect( rows.first() ).toContainText( `P20 List${ tag } 20` );
		await expect( page ).toHaveURL( /paged=2/ );

		// Sort by name, descending, from the column header.
		await page.getByRole( 'button', { name: 'Name' } ).click();
		await page
			.getByRole( 'menuitemradio', { name: /descending/i } )
			.click();
		await expect( rows.first() ).toContainText( `P59 List${ tag } 59` );
		await expect( page ).toHaveURL( /order=desc/ );
		expect( requests.some( ( url ) => url.includes( 'order=desc' ) ) ).toBe(
			true
		);

		// Reload keeps the view; Back returns to the previous one.
		await page.reload();
		await expect( rows.first() ).toContainText( `P59 List${ tag } 59` );
		await page.goBack();
		await expect( page ).toHaveURL( /paged=2/ );
		await expect( page ).not.toHaveURL( /order=desc/ );
		await expect( rows.first() ).toContainText( `P20 List${ tag } 20` );

		// Page size from the URL.
		await page.goto(
			`/wp-admin/admin.php?page=joolwebsp-clients&s=list${ tag }&per_page=50&paged=2`
		);
		await expect( rows ).toHaveCount( 10 );
		expect( errors ).toEqual( [] );
	} );

	test( 'deleting asks for confirmation, names the client and confirms with a snackbar', async ( {
		page,
		admin,
		requestUtils,
	} ) => {
		const tag = uniqueTag();
		const client = await createClient( requestUtils, {
			first_name: 'Del',
			last_name: `Me${ tag }`,
			email: `del.${ tag }@example.com`,
		} );
		await admin.visitAdminPage(
			'admin.php',
			`page=joolwebsp-clients&s=me${ tag }`
		);
		const row = page
			.locator( '.dataviews-view-table tbody tr' )
			.filter( { hasText: `Del Me${ tag }` } );
		await row.getByRole( 'button', { name: 'Actions' } ).click();
		await page.getByRole( 'menuitem', { name: 'Delete' } ).click();
		const dialog = page.getByRole( 'dialog' );
		await expect( dialog ).toContainText( `Delete Del Me${ tag }?` );
		await expect( dialog ).toContainText( 'This cannot be undone.' );
		await expectNoSeriousA11yViolations( page, '[role="dialog"]' );
		await dialog.getByRole( 'button', { name: 'Cancel' } ).click();
		await expect( dialog ).toHaveCount( 0 );
		await expect( row ).toHaveCount( 1 );

		await row.getByRole( 'button', { name: 'Actions' } ).click();
		await page.getByRole( 'menuitem', { name: 'Delete' } ).click();
		await page
			.getByRole( 'dialog' )
			.getByRole( 'button', { name: 'Delete permanently' } )
			.click();
		await expect(
			page
				.locator( '.components-snackbar' )
				.filter( { hasText: `Del Me${ tag } was deleted.` } )
		).toBeVisible();
		await expect( row ).toHaveCount( 0 );

		// A stale link to the deleted client shows the not-found screen.
		await page.goto(
			`/wp-admin/admin.php?page=joolwebsp-add-client&client_id=${ client.id }`
		);
		await expect(
			page.getByRole( 'heading', { level: 1, name: 'Client not found' } )
		).toBeVisible();
	} );

	test( 'a client named with HTML renders as text in the list and the profile', async ( {
		page,
		admin,
		requestUtils,
	} ) => {
		const tag = uniqueTag();
		const name = '<img src=x onerror=alert(1)>';
		let dialogs = 0;
		page.on( 'dialog', async ( dialog ) => {
			dialogs++;
			await dialog.dismiss();
		} );
		const client = await createClient( requestUtils, {
			first_name: name,
			last_name: `Xss${ tag }`,
			email: `xss.${ tag }@example.com`,
		} );
		await admin.visitAdminPage(
			'admin.php',
			`page=joolwebsp-clients&s=xss${ tag }`
		);
		await expect(
			page.getByRole( 'link', { name: `${ name } Xss${ tag }` } )
		).toBeVisible();
		await expect(
			page.locator( '#joolwebsp-clients-root img[src="x"]' )
		).toHaveCount( 0 );

		await page.goto(
			`/wp-admin/admin.php?page=joolwebsp-add-client&client_id=${ client.id }`
		);
		await expect(
			page.getByRole( 'heading', {
				level: 1,
				name: `${ name } Xss${ tag }`,
			} )
		).toBeVisible();
		await expect(
			page.locator( '#joolwebsp-add-client-root img[src="x"]' )
		).toHaveCount( 0 );
		expect( dialogs ).toBe( 0 );
	} );
} );

test.describe( 'Client profile', () => {
	test( 'each tab renders, the tab is in the URL, and Contact saves', async ( {
		page,
		admin,
		requestUtils,
	} ) => {
		const tag = uniqueTag();
		const client = await createClient( requestUtils, {
			first_name: 'Pro',
			last_name: `File${ tag }`,
			email: `profile.${ tag }@example.com`,
			phone: '0612345678',
		} );
		const errors = collectErrors( page );
		await admin.visitAdminPage(
			'admin.php',
			`page=joolwebsp-add-client&client_id=${ client.id }`
		);
		await expect(
			page.getByRole( 'heading', { level: 1, name: `Pro File${ tag }` } )
		).toBeVisible();
		await expect(
			page.getByRole( 'tab', { name: 'Overview' } )
		).toHaveAttribute( 'aria-selected', 'true' );
		await expect(
			page.getByText( 'No email has been sent to this client yet.' )
		).toBeVisible();
		await expectNoSeriousA11yViolations(
			page,
			'#joolwebsp-add-client-root'
		);

		await page
			.getByRole( 'button', { name: 'Send password reset' } )
			.click();
		await expect(
			page.locator( '.components-snackbar' ).filter( {
				hasText: `A password reset email was sent to profile.${ tag }@example.com.`,
			} )
		).toBeVisible();
		await expect(
			page.locator( '.joolwebsp-timeline li' ).first()
		).toContainText( 'Password reset' );

		await page.getByRole( 'tab', { name: 'Programs' } ).click();
		await expect( page.getByRole( 'tabpanel' ) ).toContainText(
			'No bundle yet'
		);
		await page.getByRole( 'tab', { name: 'Finances' } ).click();
		await expect( page.getByRole( 'tabpanel' ) ).toContainText(
			'Total billed'
		);
		await expect( page.getByRole( 'tabpanel' ) ).toContainText(
			'No priced session yet.'
		);

		await page.getByRole( 'tab', { name: 'Contact' } ).click();
		await expect( page ).toHaveURL( /tab=contact/ );
		await expect( page.getByLabel( 'Phone' ) ).toHaveValue( '0612345678' );
		await page.getByLabel( 'Last name *' ).fill( `Renamed${ tag }` );
		await page.getByRole( 'button', { name: 'Save', exact: true } ).click();
		await expect(
			page
				.locator( '.components-snackbar' )
				.filter( { hasText: 'Contact details saved.' } )
		).toBeVisible();
		await expect(
			page.getByRole( 'heading', {
				level: 1,
				name: `Pro Renamed${ tag }`,
			} )
		).toBeVisible();

		await page.reload();
		await expect(
			page.getByRole( 'tab', { name: 'Contact' } )
		).toHaveAttribute( 'aria-selected', 'true' );
		await expect( page.getByLabel( 'Last name *' ) ).toHaveValue(
			`Renamed${ tag }`
		);
		expect( errors ).toEqual( [] );
	} );

	test( "a coach sees only own clients and gets the not-found screen for another coach's client", async ( {
		browser,
		requestUtils,
	} ) => {
		const tag = uniqueTag();
		const coachA = await createUser( requestUtils, 'joolwebsp_coach' );
		const coachB = await createUser( requestUtils, 'joolwebsp_coach' );
		await createClient( requestUtils, {
			first_name: 'Mine',
			last_name: `A${ tag }`,
			email: `a.${ tag }@example.com`,
			coach_ids: [ coachA.id ],
		} );
		const other = await createClient( requestUtils, {
			first_name: 'Theirs',
			last_name: `B${ tag }`,
			email: `b.${ tag }@example.com`,
			coach_ids: [ coachB.id ],
		} );

		const { context, page } = await loginAs( browser, coachA );
		const errors = collectErrors( page );
		await page.goto( '/wp-admin/admin.php?page=joolwebsp-clients' );
		const rows = page.locator( '.dataviews-view-table tbody tr' );
		await expect( rows ).toHaveCount( 1 );
		await expect( rows.first() ).toContainText( `Mine A${ tag }` );
		await expect(
			page.getByRole( 'columnheader', { name: 'Coaches' } )
		).toHaveCount( 0 );

		await page.goto(
			`/wp-admin/admin.php?page=joolwebsp-add-client&client_id=${ other.id }`
		);
		await expect(
			page.getByRole( 'heading', { level: 1, name: 'Client not found' } )
		).toBeVisible();
		await expect( page.getByText( 'Theirs' ) ).toHaveCount( 0 );
		expect( errors.filter( ( e ) => ! e.includes( '404' ) ) ).toEqual( [] );
		await context.close();
	} );
} );
