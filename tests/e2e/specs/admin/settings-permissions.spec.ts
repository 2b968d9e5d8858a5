/**
 * Settings → Permissions: unchecking a coach capability changes the coach role, and the coach's
 * menu follows.
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';
import { collectErrors, createUser, loginAs, pluginSubmenu } from '../../utils';

test.describe( 'Settings: permissions', () => {
	test.describe.configure( { timeout: 180_000 } );

	let original: string[] = [];

	test.beforeEach( async ( { requestUtils } ) => {
		original = (
			await requestUtils.rest< { coach_capabilities: string[] } >( {
				path: '/joolwebsp/v1/settings',
			} )
		).coach_capabilities;
	} );

	test.afterEach( async ( { requestUtils } ) => {
		await requestUtils.rest( {
			path: '/joolwebsp/v1/settings',
			method: 'POST',
			data: { coach_capabilities: original },
		} );
	} );

	test( 'unchecking "View sessions" takes Sessions out of the coach menu', async ( {
		page,
		admin,
		browser,
		requestUtils,
	} ) => {
		const coach = await createUser( requestUtils, 'joolwebsp_coach' );
		const before = await loginAs( browser, coach );
		await before.page.goto( '/wp-admin/admin.php?page=joolwebsp' );
		expect( await pluginSubmenu( before.page ) ).toContain( 'Sessions' );
		await before.context.close();

		const errors = collectErrors( page );
		await admin.visitAdminPage(
			'admin.php',
			'page=joolwebsp-settings&tab=permissions'
		);
		await expect(
			page.getByRole( 'tab', { name: 'Permissions', selected: true } )
		).toBeVisible();
		const viewSessions = page.getByRole( 'checkbox', {
			name: 'View sessions',
		} );
		await expect( viewSessions ).toBeChecked();
		await expect(
			page.getByText( 'Used by CSV export.', { exact: true } )
		).toBeVisible();
		// Keyboard only: focus the checkbox, toggle it with Space.
		await viewSessions.focus();
		await page.keyboard.press( 'Space' );
		await expect( viewSessions ).not.toBeChecked();
		await page.getByRole( 'button', { name: 'Save settings' } ).click();
		await expect( page.locator( '.components-snackbar' ) ).toContainText(
			'Settings saved.'
		);
		expect( errors ).toEqual( [] );

		const after = await loginAs( browser, coach );
		await after.page.goto( '/wp-admin/admin.php?page=joolwebsp' );
		const menu = await pluginSubmenu( after.page );
		expect( menu ).toContain( 'Customers' );
		expect( menu ).not.toContain( 'Sessions' );
		const response = await after.page.goto(
			'/wp-admin/admin.php?page=joolwebsp-sessions'
		);
		expect( response?.status() ).toBe( 403 );
		await after.context.close();
	} );
} );
