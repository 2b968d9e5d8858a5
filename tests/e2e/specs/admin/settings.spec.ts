/**
 * Settings screen: the uninstall choice is saved through the REST API and survives a reload.
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

test.describe( 'Settings', () => {
	test.afterEach( async ( { requestUtils } ) => {
		await requestUtils.rest( {
			path: '/joolwebsp/v1/settings',
			method: 'POST',
			data: { delete_data_on_uninstall: false },
		} );
	} );

	test( 'the admin opts in to deleting data on uninstall', async ( {
		page,
		admin,
		requestUtils,
	} ) => {
		await admin.visitAdminPage( 'admin.php', 'page=joolwebsp-settings' );
		const toggle = page.getByRole( 'checkbox', {
			name: 'Delete all data when the plugin is uninstalled',
		} );
		const save = page.getByRole( 'button', { name: 'Save settings' } );
		await expect( toggle ).not.toBeChecked();
		await expect( save ).toBeDisabled();

		await toggle.check();
		await expect(
			page.getByText( 'This cannot be undone.', { exact: false } )
		).toBeVisible();
		await save.click();
		await expect( page.locator( '.components-snackbar' ) ).toContainText(
			'Settings saved.'
		);

		const stored = await requestUtils.rest< {
			delete_data_on_uninstall: boolean;
		} >( { path: '/joolwebsp/v1/settings' } );
		expect( stored.delete_data_on_uninstall ).toBe( true );

		await page.reload();
		await expect(
			page.getByRole( 'checkbox', {
				name: 'Delete all data when the plugin is uninstalled',
			} )
		).toBeChecked();
	} );
} );
