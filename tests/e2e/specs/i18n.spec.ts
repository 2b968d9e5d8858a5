/**
 * A French site shows the plugin in French: PHP strings (menu, page titles) from the .mo and the
 * React screen's labels from the script JSON that wp_set_script_translations() loads. English
 * comes back afterwards.
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';
import {
	collectErrors,
	createClient,
	pluginSubmenu,
	uniqueTag,
} from '../utils';
import { fr, setSiteLanguage, siteLanguage } from '../utils/i18n';
import { frontPageUrl } from '../utils/front';

test.describe( 'French site', () => {
	test.afterAll( async ( { requestUtils } ) => {
		await setSiteLanguage( requestUtils, 'en_US' );
	} );

	test( 'the admin Customers list is in French, and English comes back', async ( {
		page,
		admin,
		requestUtils,
	} ) => {
		test.slow(); // Three screens in two languages.
		const tag = uniqueTag();
		const client = await createClient( requestUtils, {
			first_name: 'Élodie',
			last_name: `Fr${ tag }`,
			email: `fr.${ tag }@example.com`,
			phone: '+33 6 12 34 56 78',
		} );
		const errors = collectErrors( page );

		await setSiteLanguage( requestUtils, 'fr_FR' );
		expect( await siteLanguage( requestUtils ) ).toBe( 'fr_FR' );
		await admin.visitAdminPage( 'admin.php', 'page=joolwebsp-clients' );
		await expect( page.locator( 'html' ) ).toHaveAttribute(
			'lang',
			'fr-FR'
		);

		// PHP strings (the .mo): the plugin's menu.
		expect( await pluginSubmenu( page ) ).toEqual(
			expect.arrayContaining( [
				'Tableau de bord',
				'Clients',
				'Ajouter un client',
				'Séances',
				'Programmes',
				'Réglages',
			] )
		);

		// Script strings (the JSON of build/admin-clients.js).
		const root = page.locator( '#joolwebsp-clients-root' );
		await expect(
			root.getByRole( 'heading', { level: 1, name: 'Clients' } )
		).toBeVisible();
		await expect(
			root.getByRole( 'link', { name: 'Ajouter un client' } ).first()
		).toBeVisible();
		const search = root.getByRole( 'searchbox', {
			name: 'Rechercher des clients',
		} );
		await expect( search ).toBeVisible();
		await search.fill( `fr${ tag }` );
		const rows = root.locator( '.dataviews-view-table tbody tr' );
		await expect( rows ).toHaveCount( 1 );
		await expect( rows.first() ).toContainText( `Élodie Fr${ tag }` );
		for ( const column of [ 'Nom', 'E-mail', 'Téléphone' ] ) {
			await expect(
				root.getByRole( 'button', { name: column, exact: true } )
			).toBeVisible();
		}
		await expect(
			root.getByRole( 'button', {
				name: 'Prochaine séance',
				exact: true,
			} )
		).toBeVisible();

		// The profile's French (another entry's JSON): its tabs and a label with French typography.
		await expect(
			rows.first().getByRole( 'link', { name: /Élodie/ } )
		).toBeVisible();
		await admin.visitAdminPage(
			'admin.php',
			`page=joolwebsp-add-client&client_id=${ client.id }`
		);
		await expect(
			page.getByRole( 'heading', { level: 1, name: `Élodie Fr${ tag }` } )
		).toBeVisible( { timeout: 30_000 } );
		for ( const tab of [ 'Aperçu', 'Programmes', 'Finances', 'Contact' ] ) {
			await expect(
				page.getByRole( 'tab', { name: tab } )
			).toBeVisible();
		}
		await expect(
			page.getByText( 'Aucune séance réservée' ).first()
		).toBeVisible();
		// French typography reaches the page: a no-break space before the colon.
		expect(
			await page
				.locator( '.screen-reader-text', { hasText: 'E-mail' } )
				.first()
				.textContent()
		).toContain( fr( 'E-mail :' ) );

		// English again.
		await setSiteLanguage( requestUtils, 'en_US' );
		await admin.visitAdminPage( 'admin.php', 'page=joolwebsp-clients' );
		await expect(
			page
				.locator( '#joolwebsp-clients-root' )
				.getByRole( 'heading', { level: 1, name: 'Customers' } )
		).toBeVisible();
		expect( await pluginSubmenu( page ) ).toContain( 'Dashboard' );
		// Chromium aborts a cross-document view transition (core's admin opts into them) when the
		// next navigation starts early; that is not a script error of the page.
		expect(
			errors.filter(
				( error ) => ! /Transition was aborted/.test( error )
			)
		).toEqual( [] );
	} );
	test( 'the front My clients page is in French', async ( {
		page,
		requestUtils,
	} ) => {
		const tag = uniqueTag();
		await createClient( requestUtils, {
			first_name: 'Anaïs',
			last_name: `Fr${ tag }`,
			email: `front.fr.${ tag }@example.com`,
		} );
		const list = await frontPageUrl(
			requestUtils,
			'joolwebsp_coach_clients'
		);
		const errors = collectErrors( page );
		await setSiteLanguage( requestUtils, 'fr_FR' );
		try {
			await page.goto( list );
			// Script strings of build/front-coach-clients.js, from its JSON.
			const search = page.getByRole( 'searchbox', {
				name: 'Rechercher des clients',
			} );
			await expect( search ).toBeVisible( { timeout: 30_000 } );
			await expect(
				page.getByRole( 'button', { name: 'Ajouter un client' } )
			).toBeVisible();
			await search.fill( `fr${ tag }` );
			await expect(
				page.getByRole( 'link', {
					name: new RegExp( `Anaïs Fr${ tag }` ),
				} )
			).toBeVisible( { timeout: 30_000 } );
		} finally {
			await setSiteLanguage( requestUtils, 'en_US' );
		}
		expect( errors ).toEqual( [] );
	} );
} );
