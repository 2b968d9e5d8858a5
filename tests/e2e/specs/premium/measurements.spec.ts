/**
 * Physical measurements (premium): the admin switches them on in Settings → General, adds two
 * entries on the admin profile's Physical tab and sees the chart and its table; an out-of-range
 * value is refused at its field. The coach opens the same tab on the front profile at phone width
 * (no horizontal scroll, axe clean). Without the switch there is no tab.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@wordpress/e2e-test-utils-playwright';

import {
	collectErrors,
	createClient,
	createUser,
	uniqueTag,
} from '../../utils';
import {
	PHONE,
	expectAccessible,
	expectPhoneFriendly,
	frontLogin,
	frontPageUrl,
} from '../../utils/front';
import { activatePremium, deactivatePremium } from '../../utils/premium';

/**
 * A day before today, YYYY-MM-DD (UTC, the test site's timezone).
 *
 * @param days How many days before today.
 */
function daysAgo( days: number ): string {
	return new Date( Date.now() - days * 86400000 )
		.toISOString()
		.slice( 0, 10 );
}

test.describe( 'Physical measurements (premium)', () => {
	test.beforeAll( async ( { requestUtils } ) => {
		await activatePremium( requestUtils );
	} );

	test.afterAll( async ( { requestUtils } ) => {
		await requestUtils.rest( {
			path: '/joolwebsp/v1/settings',
			method: 'POST',
			data: { measurements_enabled: false },
		} );
		await deactivatePremium( requestUtils );
	} );

	test( 'switched on in Settings, entries added on the admin profile, chart and table; the coach’s phone view', async ( {
		admin,
		page,
		browser,
		requestUtils,
	} ) => {
		test.setTimeout( 180_000 );
		const tag = uniqueTag();
		const coach = await createUser( requestUtils, 'joolwebsp_coach' );
		const client = await createClient( requestUtils, {
			first_name: 'Maël',
			last_name: `Body${ tag }`,
			email: `mael.${ tag }@example.com`,
			coach_ids: [ coach.id ],
		} );
		const errors = collectErrors( page );
		const profile = `page=joolwebsp-add-client&client_id=${ client.id }`;

		// Switched off: no Physical tab.
		await admin.visitAdminPage( 'admin.php', profile );
		await expect(
			page.getByRole( 'tab', { name: 'Overview' } )
		).toBeVisible();
		await expect(
			page.getByRole( 'tab', { name: 'Physical' } )
		).toHaveCount( 0 );

		// Settings → General.
		await admin.visitAdminPage( 'admin.php', 'page=joolwebsp-settings' );
		await page
			.getByRole( 'checkbox', { name: 'Physical measurements' } )
			.check();
		await page.getByRole( 'button', { name: 'Save settings' } ).click();
		await expect( page.locator( '.components-snackbar' ) ).toContainText(
			'Settings saved.'
		);

		await admin.visitAdminPage( 'admin.php', `${ profile }&tab=physical` );
		await expect(
			page.getByRole( 'tab', { name: 'Physical', selected: true } )
		).toBeVisible();
		await expect( page.getByText( 'No measurement yet' ) ).toBeVisible();

		// Out of range: refused at the field, nothing sent.
		const form = page.locator( '.joolwebsp-measurement-form' );
		await form.getByLabel( 'Date' ).fill( daysAgo( 30 ) );
		await form.getByLabel( 'Weight (kg)' ).fill( '900' );
		await form.getByRole( 'button', { name: 'Add measurement' } ).click();
		await expect(
			form.getByText( 'Enter a value from 20 to 400 kg.' )
		).toBeVisible();
		await expect( form.getByLabel( 'Weight (kg)' ) ).toBeFocused();

		await form.getByLabel( 'Weight (kg)' ).fill( '84,2' );
		await form.getByLabel( 'Waist (cm)' ).fill( '101' );
		await form.getByLabel( 'Notes' ).fill( 'First check-in' );
		await form.getByRole( 'button', { name: 'Add measurement' } ).click();
		await expect( page.locator( '.components-snackbar' ) ).toContainText(
			'Measurement added.'
		);
		await form.getByLabel( 'Date' ).fill( daysAgo( 1 ) );
		await form.getByLabel( 'Weight (kg)' ).fill( '81.5' );
		await form.getByLabel( 'Waist (cm)' ).fill( '97.5' );
		await form.getByRole( 'button', { name: 'Add measurement' } ).click();
		await expect( page.locator( '.joolwebsp-measurement' ) ).toHaveCount(
			2
		);

		// The chart: one line per series, and the same figures in a table for screen readers.
		const chart = page.locator( '.joolwebsp-line-chart' );
		await expect( chart.locator( 'svg path' ) ).toHaveCount( 2 );
		await expect( chart.locator( 'svg' ) ).toHaveAttribute(
			'aria-hidden',
			'true'
		);
		const table = page.getByRole( 'table', {
			name: 'Weight and waist over time',
		} );
		await expect( table.getByRole( 'row' ) ).toHaveCount( 3 );
		await expect( table.getByRole( 'row' ).nth( 1 ) ).toContainText(
			'84.2'
		);
		await expect( table.getByRole( 'row' ).nth( 2 ) ).toContainText(
			'97.5'
		);

		// Stored by the server, newest last.
		const stored = await requestUtils.rest<
			Array< { weight_kg: number; waist_cm: number; notes: string } >
		>( {
			path: `/joolwebsp/v1/clients/${ client.id }/measurements`,
		} );
		expect(
			stored.map( ( m ) => [ m.weight_kg, m.waist_cm, m.notes ] )
		).toEqual( [
			[ 84.2, 101, 'First check-in' ],
			[ 81.5, 97.5, '' ],
		] );

		const axe = await new AxeBuilder( { page } )
			.include( '.joolwebsp-screen__content' )
			.exclude( '.components-snackbar' )
			.analyze();
		expect(
			axe.violations
				.filter(
					( v ) => v.impact === 'serious' || v.impact === 'critical'
				)
				.map( ( v ) => v.id )
		).toEqual( [] );
		expect( errors ).toEqual( [] );

		// The coach, on a phone, on the front profile.
		const login = await frontPageUrl( requestUtils, 'joolwebsp_login' );
		const phone = await frontLogin( browser, PHONE, login, {
			login: coach.username,
			password: coach.password,
		} );
		await phone.goto( `/customer/${ client.id }/?tab=physical` );
		await expect(
			phone.getByRole( 'tab', { name: 'Physical', selected: true } )
		).toBeVisible();
		await expect( phone.locator( '.joolwebsp-measurement' ) ).toHaveCount(
			2
		);
		await expect(
			phone.locator( '.joolwebsp-line-chart svg path' )
		).toHaveCount( 2 );
		// The coach deletes the older entry, after confirming.
		await phone
			.locator( '.joolwebsp-measurement' )
			.last()
			.getByRole( 'button', { name: /^Delete the measurement of/ } )
			.click();
		const dialog = phone.getByRole( 'dialog' );
		await dialog.getByRole( 'button', { name: 'Delete' } ).click();
		await expect( phone.locator( '.joolwebsp-measurement' ) ).toHaveCount(
			1
		);
		await expectPhoneFriendly( phone );
		await expectAccessible( phone );
		await phone.context().close();
	} );
} );
