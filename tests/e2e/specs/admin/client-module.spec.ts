/**
 * The client module (src/clients/) in a real browser: profile gating, Contact keeping every coach,
 * the searchable client picker, and the account actions of a promoted client (issue 8).
 */
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';
import { test, expect } from '@wordpress/e2e-test-utils-playwright';
import {
	capturedMail,
	collectErrors,
	createClient,
	createUser,
	loginAs,
	pluginSubmenu,
	uniqueTag,
} from '../../utils';

/**
 * Grants or denies a user a role or a capability (test-only helper route).
 *
 * @param requestUtils Admin request utils.
 * @param userId       User.
 * @param change       Role to add, or capability with grant (true) or deny (false).
 * @param change.role
 * @param change.cap
 * @param change.grant
 */
function grant(
	requestUtils: RequestUtils,
	userId: number,
	change: { role?: string; cap?: string; grant?: boolean }
) {
	return requestUtils.rest( {
		path: `/joolwebsp-e2e/v1/users/${ userId }/grant`,
		method: 'POST',
		data: change,
	} );
}

test.describe( 'Client module', () => {
	test( 'a coach who may view but not add clients opens a profile from Customers', async ( {
		browser,
		requestUtils,
	} ) => {
		const tag = uniqueTag();
		const viewer = await createUser( requestUtils, 'joolwebsp_coach' );
		await grant( requestUtils, viewer.id, {
			cap: 'create_clients',
			grant: false,
		} );
		await createClient( requestUtils, {
			first_name: 'Viewed',
			last_name: `V${ tag }`,
			email: `viewed.${ tag }@example.com`,
			coach_ids: [ viewer.id ],
		} );

		const { context, page } = await loginAs( browser, viewer );
		const errors = collectErrors( page );
		await page.goto( '/wp-admin/admin.php?page=joolwebsp-clients' );
		expect( await pluginSubmenu( page ) ).not.toContain( 'Add Customer' );
		await page.getByRole( 'link', { name: `Viewed V${ tag }` } ).click();
		await expect(
			page.getByRole( 'heading', { level: 1, name: `Viewed V${ tag }` } )
		).toBeVisible();
		await expect( page ).toHaveURL(
			/page=joolwebsp-add-client&client_id=\d+/
		);
		expect( await pluginSubmenu( page ) ).not.toContain( 'Add Customer' );
		await page.getByRole( 'tab', { name: 'Contact' } ).click();
		await expect( page.getByRole( 'tabpanel' ) ).toContainText( 'Email *' );

		// The add form itself stays closed to this user.
		const response = await page.goto(
			'/wp-admin/admin.php?page=joolwebsp-add-client'
		);
		expect( response?.status() ).toBe( 403 );
		expect(
			errors.filter( ( error ) => ! error.includes( '403' ) )
		).toEqual( [] );
		await context.close();
	} );

	test( 'Contact keeps both coaches of a client after a save', async ( {
		page,
		admin,
		requestUtils,
	} ) => {
		const tag = uniqueTag();
		const first = await createUser( requestUtils, 'joolwebsp_coach' );
		const second = await createUser( requestUtils, 'joolwebsp_coach' );
		const client = await createClient( requestUtils, {
			first_name: 'Two',
			last_name: `Coaches${ tag }`,
			email: `two.${ tag }@example.com`,
			coach_ids: [ first.id, second.id ],
		} );
		const errors = collectErrors( page );
		await admin.visitAdminPage(
			'admin.php',
			`page=joolwebsp-add-client&client_id=${ client.id }&tab=contact`
		);
		const coaches = page.getByRole( 'group', { name: 'Coaches' } );
		// Both coaches are named "Test joolwebsp_coach": count the checked boxes.
		await expect( coaches.getByRole( 'checkbox' ).first() ).toBeVisible();
		await expect(
			coaches.locator( 'input[type="checkbox"]:checked' )
		).toHaveCount( 2 );

		await page.getByLabel( 'Phone' ).fill( '+33 6 11 22 33 44' );
		await page.getByRole( 'button', { name: 'Save', exact: true } ).click();
		await expect(
			page
				.locator( '.components-snackbar' )
				.filter( { hasText: 'Contact details saved.' } )
		).toBeVisible();

		const saved = await requestUtils.rest< { coach_ids: number[] } >( {
			path: `/joolwebsp/v1/clients/${ client.id }`,
		} );
		expect( [ ...saved.coach_ids ].sort() ).toEqual(
			[ first.id, second.id ].sort()
		);
		await page.reload();
		await expect(
			page
				.getByRole( 'group', { name: 'Coaches' } )
				.locator( 'input[type="checkbox"]:checked' )
		).toHaveCount( 2 );
		expect( errors ).toEqual( [] );
	} );

	test( 'the session picker finds a client beyond the first 100 by searching', async ( {
		page,
		admin,
		requestUtils,
	} ) => {
		test.slow(); // 101 clients made through the REST API first.
		const tag = uniqueTag();
		const made: Array< Promise< unknown > > = [];
		for ( let i = 0; i < 101; i++ ) {
			const n = String( i ).padStart( 3, '0' );
			made.push(
				createClient( requestUtils, {
					first_name: 'Aa',
					last_name: `Aa${ tag } ${ n }`,
					email: `many${ tag }${ n }@example.com`,
				} )
			);
			if ( made.length === 4 ) {
				await Promise.all( made.splice( 0 ) );
			}
		}
		await Promise.all( made );
		const target = await createClient( requestUtils, {
			first_name: 'Zz',
			last_name: `Zzpick${ tag }`,
			email: `zzpick.${ tag }@example.com`,
		} );
		const errors = collectErrors( page );
		await admin.visitAdminPage( 'admin.php', 'page=joolwebsp-sessions' );
		await page.getByRole( 'button', { name: 'New session' } ).click();
		const dialog = page.getByRole( 'dialog', { name: 'New session' } );
		const searches: string[] = [];
		page.on( 'request', ( request ) => {
			if (
				request.url().includes( 'joolwebsp%2Fv1%2Fclients' ) ||
				request.url().includes( '/joolwebsp/v1/clients' )
			) {
				searches.push( decodeURIComponent( request.url() ) );
			}
		} );
		await dialog
			.getByRole( 'combobox', { name: 'Client *' } )
			.pressSequentially( `Zzpick${ tag }` );
		const option = dialog.getByRole( 'option', {
			name: `Zz Zzpick${ tag } (zzpick.${ tag }@example.com)`,
		} );
		await expect( option ).toBeVisible();
		expect(
			searches.some( ( url ) => url.includes( `search=Zzpick${ tag }` ) )
		).toBe( true );
		await option.click();
		await dialog.getByLabel( 'Start *' ).fill( '2030-05-02T09:00' );
		await dialog.getByLabel( 'Title' ).fill( `Picked ${ tag }` );
		await dialog
			.getByRole( 'button', { name: 'Save', exact: true } )
			.click();
		await expect( page.locator( '.components-snackbar' ) ).toContainText(
			'Session saved.'
		);
		const sessions = await requestUtils.rest< Array< { title: string } > >(
			{
				path: '/joolwebsp/v1/sessions',
				params: { client_id: target.id },
			}
		);
		expect( sessions.map( ( s ) => s.title ) ).toEqual( [
			`Picked ${ tag }`,
		] );
		expect( errors ).toEqual( [] );
	} );

	test( "a promoted client's account actions are disabled with the reason, and the server refuses them", async ( {
		browser,
		requestUtils,
	} ) => {
		const tag = uniqueTag();
		const coach = await createUser( requestUtils, 'joolwebsp_coach' );
		await grant( requestUtils, coach.id, { cap: 'delete_clients' } );
		const email = `promoted.${ tag }@example.com`;
		const client = await createClient( requestUtils, {
			first_name: 'Pro',
			last_name: `Moted${ tag }`,
			email,
			coach_ids: [ coach.id ],
		} );
		const { user_id: userId } = await requestUtils.rest< {
			user_id: number;
		} >( { path: `/joolwebsp/v1/clients/${ client.id }` } );
		// The client later became an editor of the site.
		await grant( requestUtils, userId, { role: 'editor' } );
		await requestUtils.rest( {
			path: '/joolwebsp-e2e/v1/mail',
			method: 'DELETE',
		} );

		const { context, page } = await loginAs( browser, coach );
		const errors = collectErrors( page );
		await page.goto(
			`/wp-admin/admin.php?page=joolwebsp-add-client&client_id=${ client.id }`
		);
		await expect(
			page.getByRole( 'heading', { level: 1, name: `Pro Moted${ tag }` } )
		).toBeVisible();
		const reason = page
			.locator( '#joolwebsp-account-lock-reason' )
			.filter( { hasText: 'Users screen' } );
		await expect( reason ).toBeVisible();
		for ( const name of [
			'Send login details',
			'Send password reset',
			'Delete client',
		] ) {
			const button = page.getByRole( 'button', { name } );
			await expect( button ).toBeDisabled();
			await expect( button ).toHaveAccessibleDescription(
				/Users screen/
			);
		}

		await page.getByRole( 'tab', { name: 'Contact' } ).click();
		await expect( page.getByLabel( 'Email *' ) ).toBeDisabled();
		await expect( page.getByLabel( 'First name *' ) ).toBeDisabled();
		await expect( page.getByLabel( 'Phone' ) ).toBeEnabled();
		await expect(
			page.getByRole( 'tabpanel' ).getByRole( 'note' )
		).toContainText( 'Users screen' );
		await expect(
			page.getByRole( 'button', { name: 'Save and send login details' } )
		).toHaveCount( 0 );

		// The server refuses anyway, whatever the screen shows.
		const refused = await page.evaluate( async ( id ) => {
			const wp = (
				window as unknown as {
					wp: {
						apiFetch: ( options: object ) => Promise< unknown >;
					};
				}
			 ).wp;
			const codes: string[] = [];
			for ( const options of [
				{
					path: `/joolwebsp/v1/clients/${ id }/send-login`,
					method: 'POST',
				},
				{
					path: `/joolwebsp/v1/clients/${ id }/password-reset`,
					method: 'POST',
				},
				{
					path: `/joolwebsp/v1/clients/${ id }`,
					method: 'PATCH',
					data: { email: 'coach.takeover@example.com' },
				},
				{
					path: `/joolwebsp/v1/clients/${ id }?force=true`,
					method: 'DELETE',
				},
			] ) {
				try {
					await wp.apiFetch( options );
					codes.push( 'allowed' );
				} catch ( error ) {
					codes.push(
						`${ ( error as { code: string } ).code } ${
							( error as { data?: { status?: number } } ).data
								?.status
						}`
					);
				}
			}
			return codes;
		}, client.id );
		expect( refused ).toEqual(
			Array( 4 ).fill( 'joolwebsp_protected_account 403' )
		);
		expect( await capturedMail( requestUtils, email ) ).toEqual( [] );
		expect(
			errors.filter( ( error ) => ! error.includes( '403' ) )
		).toEqual( [] );
		await context.close();
	} );
} );
