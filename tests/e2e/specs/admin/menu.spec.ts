/**
 * The plugin menu per role, and every screen rendering its React root without errors.
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';
import {
	SCREENS,
	collectErrors,
	createUser,
	loginAs,
	pluginSubmenu,
} from '../../utils';

test.describe( 'Admin menu and screens', () => {
	test( 'the administrator sees every item, and each screen renders without errors', async ( {
		page,
		admin,
	} ) => {
		const errors = collectErrors( page );
		await admin.visitAdminPage( 'index.php' );
		await expect(
			page.locator( '#toplevel_page_joolwebsp > a' )
		).toContainText( 'Joolweb Sessions Pro' );
		expect( await pluginSubmenu( page ) ).toEqual(
			SCREENS.map( ( screen ) => screen.menu )
		);

		for ( const screen of SCREENS ) {
			await admin.visitAdminPage( 'admin.php', `page=${ screen.slug }` );
			const root = page.locator( `#joolwebsp-${ screen.entry }-root` );
			await expect(
				root.getByRole( 'heading', { level: 1, name: screen.title } )
			).toBeVisible();
			// Rendered by React, not the server placeholder: the screen frame's header separator exists.
			await expect( root.locator( 'hr.wp-header-end' ) ).toHaveCount( 1 );
		}
		expect( errors ).toEqual( [] );
	} );

	test( 'without premium, Import CSV explains it and links to the license', async ( {
		page,
		admin,
	} ) => {
		await admin.visitAdminPage( 'admin.php', 'page=joolwebsp-import' );
		await expect(
			page.getByRole( 'link', {
				name: 'Enter a license key in Settings → License',
			} )
		).toHaveAttribute( 'href', /page=joolwebsp-settings&tab=license$/ );
	} );

	test( 'a coach sees the coach items only', async ( {
		browser,
		requestUtils,
	} ) => {
		const coach = await createUser( requestUtils, 'joolwebsp_coach' );
		const { context, page } = await loginAs( browser, coach );
		const errors = collectErrors( page );
		await page.goto( '/wp-admin/admin.php?page=joolwebsp' );
		expect( await pluginSubmenu( page ) ).toEqual( [
			'Dashboard',
			'Customers',
			'Add Customer',
			'Sessions',
		] );
		const shortcuts = page.locator( '.joolwebsp-shortcuts a' );
		await expect( shortcuts ).toHaveText( [
			'Add Customer',
			'Customers',
			'Sessions',
		] );
		expect( errors ).toEqual( [] );

		const response = await page.goto(
			'/wp-admin/admin.php?page=joolwebsp-settings'
		);
		expect( response?.status() ).toBe( 403 );
		await context.close();
	} );

	for ( const role of [ 'joolwebsp_client', 'subscriber' ] ) {
		test( `a ${ role } sees no plugin menu and cannot open its screens`, async ( {
			browser,
			requestUtils,
		} ) => {
			const user = await createUser( requestUtils, role );
			const { context, page } = await loginAs( browser, user );
			await page.goto( '/wp-admin/profile.php' );
			await expect( page.locator( '#your-profile' ) ).toBeVisible();
			await expect(
				page.locator( '#toplevel_page_joolwebsp' )
			).toHaveCount( 0 );
			const response = await page.goto(
				'/wp-admin/admin.php?page=joolwebsp-clients'
			);
			expect( response?.status() ).toBe( 403 );
			await context.close();
		} );
	}
} );
