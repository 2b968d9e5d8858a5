/**
 * Settings tabs: the tab is in the URL, tabs are reached with the keyboard, every tab passes axe,
 * and the Style preview follows the colours as typed.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '@wordpress/e2e-test-utils-playwright';
import { collectErrors } from '../../utils';

test.describe( 'Settings: tabs', () => {
	test.describe.configure( { timeout: 120_000 } );

	test( 'keyboard, URL, axe on each tab, live colour preview', async ( {
		page,
		admin,
	} ) => {
		const errors = collectErrors( page );
		await admin.visitAdminPage( 'admin.php', 'page=joolwebsp-settings' );
		const general = page.getByRole( 'tab', { name: 'General' } );
		await expect( general ).toHaveAttribute( 'aria-selected', 'true' );
		await expect(
			page.getByRole( 'combobox', { name: 'Reminder email' } )
		).toBeVisible();

		for ( const name of [ 'Emails', 'Permissions', 'Style' ] ) {
			await page.getByRole( 'tab', { selected: true } ).focus();
			await page.keyboard.press( 'ArrowRight' );
			await expect(
				page.getByRole( 'tab', { name, selected: true } )
			).toBeFocused();
			await expect( page ).toHaveURL(
				new RegExp( `tab=${ name.toLowerCase() }` )
			);
			const a11y = await new AxeBuilder( { page } )
				.include( '#joolwebsp-settings-root' )
				.analyze();
			expect(
				a11y.violations
					.filter(
						( v ) =>
							v.impact === 'serious' || v.impact === 'critical'
					)
					.map( ( v ) => `${ name }: ${ v.id }` )
			).toEqual( [] );
		}

		const hex = page.getByRole( 'textbox', {
			name: 'Accent colour (buttons, links)',
			exact: true,
		} );
		await hex.fill( '#ffcc00' );
		await expect(
			page.locator( '.joolwebsp-style-preview__button' )
		).toHaveCSS( 'background-color', 'rgb(255, 204, 0)' );
		await expect(
			page.locator( '.joolwebsp-style-preview__button' )
		).toHaveCSS( 'color', 'rgb(0, 0, 0)' );
		await hex.fill( '#12' );
		await expect(
			page.getByText( 'Enter a colour as #rrggbb, for example #2271b1.' )
		).toBeVisible();
		await expect(
			page.getByRole( 'button', { name: 'Save settings' } )
		).toBeDisabled();

		expect( errors ).toEqual( [] );
	} );
} );
