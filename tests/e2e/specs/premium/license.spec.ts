/**
 * Settings → License with a real signed key: activate shows the status and unlocks Import CSV;
 * deactivate locks it again.
 */
import { expect, test } from '@wordpress/e2e-test-utils-playwright';

import { collectErrors } from '../../utils';
import { deactivatePremium, mintTestKey } from '../../utils/premium';

test.describe( 'License', () => {
	test.afterAll( async ( { requestUtils } ) => {
		await deactivatePremium( requestUtils );
	} );

	test( 'a valid key activates premium; Deactivate takes it away', async ( {
		admin,
		page,
	} ) => {
		const errors = collectErrors( page );
		await admin.visitAdminPage(
			'admin.php',
			'page=joolwebsp-settings&tab=license'
		);
		await page.getByLabel( 'License key' ).fill( mintTestKey() );
		await page
			.getByRole( 'button', { name: 'Activate', exact: true } )
			.click();
		await expect(
			page
				.locator( '.components-snackbar' )
				.filter( { hasText: 'License activated.' } )
		).toBeVisible();
		await expect( page.locator( '.joolwebsp-license' ) ).toContainText(
			'Active'
		);
		await expect( page.locator( '.joolwebsp-license' ) ).toContainText(
			'premium'
		);

		await admin.visitAdminPage( 'admin.php', 'page=joolwebsp-import' );
		await expect(
			page.getByRole( 'link', {
				name: 'Enter a license key in Settings → License',
			} )
		).toHaveCount( 0 );

		await admin.visitAdminPage(
			'admin.php',
			'page=joolwebsp-settings&tab=license'
		);
		await page
			.getByRole( 'button', { name: 'Deactivate', exact: true } )
			.click();
		// A confirmation first: Cancel keeps the license.
		const dialog = page.getByRole( 'dialog', {
			name: 'Deactivate the license?',
		} );
		await dialog.getByRole( 'button', { name: 'Cancel' } ).click();
		await expect( dialog ).toHaveCount( 0 );
		await expect( page.locator( '.joolwebsp-license' ) ).toContainText(
			'Active'
		);
		await page
			.getByRole( 'button', { name: 'Deactivate', exact: true } )
			.click();
		await dialog
			.getByRole( 'button', { name: 'Deactivate', exact: true } )
			.click();
		await expect( page.locator( '.joolwebsp-license' ) ).toContainText(
			'No license'
		);
		await admin.visitAdminPage( 'admin.php', 'page=joolwebsp-import' );
		await expect(
			page.getByRole( 'link', {
				name: 'Enter a license key in Settings → License',
			} )
		).toBeVisible();
		expect( errors ).toEqual( [] );
	} );
} );
