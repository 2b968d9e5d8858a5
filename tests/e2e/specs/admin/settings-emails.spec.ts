/**
 * Settings → Emails: an edited subject is the one sent, an unknown placeholder is refused on its
 * field, and Send test email reaches the current user.
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';
import {
	capturedMail,
	collectErrors,
	createClient,
	uniqueTag,
} from '../../utils';

interface Emails {
	emails: Record<
		string,
		{ enabled: boolean; subject: string; body: string }
	>;
}

test.describe( 'Settings: emails', () => {
	test.describe.configure( { timeout: 120_000 } );

	let original = '';

	test.beforeEach( async ( { requestUtils } ) => {
		const settings = await requestUtils.rest< Emails >( {
			path: '/joolwebsp/v1/settings',
		} );
		original = settings.emails.booking_confirmation!.subject;
		await requestUtils.rest( {
			path: '/joolwebsp-e2e/v1/mail',
			method: 'DELETE',
		} );
	} );

	test.afterEach( async ( { requestUtils } ) => {
		await requestUtils.rest( {
			path: '/joolwebsp/v1/settings',
			method: 'POST',
			data: { emails: { booking_confirmation: { subject: original } } },
		} );
	} );

	test( 'the edited booking confirmation subject is the one a client receives', async ( {
		page,
		admin,
		requestUtils,
	} ) => {
		const tag = uniqueTag();
		const errors = collectErrors( page );
		await admin.visitAdminPage(
			'admin.php',
			'page=joolwebsp-settings&tab=emails'
		);
		await page
			.getByRole( 'combobox', { name: 'Email', exact: true } )
			.selectOption( { label: 'Booking confirmation' } );
		const subject = page.getByRole( 'textbox', { name: 'Subject' } );
		await expect( subject ).toHaveValue( original );
		await expect(
			page.locator( '.joolwebsp-placeholders dt' )
		).toContainText( [ '{client_first_name}', '{session_date}' ] );

		// An unknown placeholder is refused, on the field.
		await subject.fill( `Booked {price} ${ tag }` );
		await page.getByRole( 'button', { name: 'Save settings' } ).click();
		await expect(
			page
				.locator( '.components-base-control' )
				.filter( { has: subject } )
				.locator( '.components-base-control__help' )
		).toContainText( 'Unknown placeholder {price}' );

		await subject.fill( `Booked ${ tag } on {session_date}` );
		await page.getByRole( 'button', { name: 'Preview' } ).click();
		await expect(
			page.locator( '.joolwebsp-email-preview__subject' )
		).toContainText( `Booked ${ tag } on ` );
		await page.getByRole( 'button', { name: 'Save settings' } ).click();
		await expect(
			page
				.locator( '.components-snackbar' )
				.filter( { hasText: 'Settings saved.' } )
		).toBeVisible();

		const client = await createClient( requestUtils, {
			first_name: 'Mail',
			last_name: `Subject${ tag }`,
			email: `subject.${ tag }@example.com`,
		} );
		await admin.visitAdminPage(
			'admin.php',
			`page=joolwebsp-add-client&client_id=${ client.id }`
		);
		await page.getByRole( 'button', { name: 'New session' } ).click();
		const dialog = page.getByRole( 'dialog' );
		await dialog.getByLabel( 'Start *' ).fill( '2031-04-02T09:00' );
		await dialog.getByLabel( 'Title' ).fill( `Notify ${ tag }` );
		await dialog.getByRole( 'button', { name: 'Save and notify' } ).click();
		await expect( page.locator( '.components-snackbar' ) ).toContainText(
			'Session saved; the client was notified.'
		);

		const mail = await capturedMail( requestUtils, client.email );
		expect( mail ).toHaveLength( 1 );
		expect( mail[ 0 ]!.subject ).toMatch(
			new RegExp( `^Booked ${ tag } on \\S` )
		);
		// The one 400 is the refused placeholder, on purpose.
		expect(
			errors.filter( ( e ) => ! e.includes( '400 (Bad Request)' ) )
		).toEqual( [] );
	} );

	test( 'Send test email goes to the current user with the draft text', async ( {
		page,
		admin,
		requestUtils,
	} ) => {
		const tag = uniqueTag();
		const me = await requestUtils.rest< { email: string } >( {
			path: '/wp/v2/users/me',
			params: { context: 'edit' },
		} );
		await admin.visitAdminPage(
			'admin.php',
			'page=joolwebsp-settings&tab=emails'
		);
		await page
			.getByRole( 'combobox', { name: 'Email', exact: true } )
			.selectOption( { label: 'Booking confirmation' } );
		await page
			.getByRole( 'textbox', { name: 'Subject' } )
			.fill( `Test ${ tag } {site_name}` );
		await page.getByRole( 'button', { name: 'Send test email' } ).click();
		await expect( page.locator( '.components-snackbar' ) ).toContainText(
			`Test email sent to ${ me.email }.`
		);
		const mail = await capturedMail( requestUtils, me.email );
		expect( mail.map( ( m ) => m.subject ) ).toEqual( [
			expect.stringMatching( new RegExp( `^Test ${ tag } \\S` ) ),
		] );
	} );
} );
