/**
 * Dashboard: today's session with its client, and the pending-payment alert with its amount.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '@wordpress/e2e-test-utils-playwright';
import { collectErrors, createClient, uniqueTag } from '../../utils';

/**
 * YYYY-MM-DD of a day in the site timezone, `offset` days from today.
 *
 * @param timezone IANA name or '' (UTC offset 0 then).
 * @param offset   Days.
 */
function localDay( timezone: string, offset: number ): string {
	const date = new Date( Date.now() + offset * 86400000 );
	return new Intl.DateTimeFormat( 'en-CA', {
		timeZone: timezone || 'UTC',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
	} ).format( date );
}

test.describe( 'Dashboard', () => {
	test.describe.configure( { timeout: 120_000 } );

	test( 'shows today’s session and the pending-payment alert', async ( {
		page,
		admin,
		requestUtils,
	} ) => {
		const tag = uniqueTag();
		const site = await requestUtils.rest< { timezone: string } >( {
			path: '/wp/v2/settings',
		} );
		const timezone = /\//.test( site.timezone ) ? site.timezone : 'UTC';
		await requestUtils.rest( {
			path: '/joolwebsp/v1/settings',
			method: 'POST',
			data: { dashboard_scope: 'all' },
		} );
		const client = await createClient( requestUtils, {
			first_name: 'Dash',
			last_name: `Board${ tag }`,
			email: `dash.${ tag }@example.com`,
		} );
		await requestUtils.rest( {
			path: '/joolwebsp/v1/sessions',
			method: 'POST',
			data: {
				client_id: client.id,
				start: `${ localDay( timezone, 0 ) }T12:00`,
				title: `Today ${ tag }`,
				price: '40',
			},
		} );
		await requestUtils.rest( {
			path: '/joolwebsp/v1/sessions',
			method: 'POST',
			data: {
				client_id: client.id,
				start: `${ localDay( timezone, -1 ) }T23:00`,
				title: `Unpaid ${ tag }`,
				price: '65.50',
				status: 'completed',
				payment_status: 'pending',
			},
		} );

		const errors = collectErrors( page );
		await admin.visitAdminPage( 'admin.php', 'page=joolwebsp' );
		const today = page.locator( '.joolwebsp-dashboard__today' );
		const card = today
			.locator( '.joolwebsp-session-card' )
			.filter( { hasText: `Today ${ tag }` } );
		await expect( card ).toContainText( `Dash Board${ tag }` );
		await expect( card.getByLabel( 'Status' ) ).toHaveValue( 'booked' );

		const alert = page.locator( '.joolwebsp-alert.is-pending-payments' );
		await expect( alert ).toContainText(
			/wait(s)? for payment: .+ in total/
		);
		await expect(
			alert.getByRole( 'link', { name: `Dash Board${ tag }` } )
		).toBeVisible();
		await expect( alert ).toContainText( '65.50' );

		// Before any snackbar (its dismiss button is named "Dismiss this notice").
		const a11y = await new AxeBuilder( { page } )
			.include( '#joolwebsp-dashboard-root' )
			.analyze();
		expect(
			a11y.violations
				.filter(
					( v ) => v.impact === 'serious' || v.impact === 'critical'
				)
				.map( ( v ) => v.id )
		).toEqual( [] );
		// Payment changed in place, and still so after the dashboard reloads.
		await card.getByLabel( 'Payment' ).selectOption( 'paid' );
		await expect(
			page
				.locator( '.components-snackbar' )
				.filter( { hasText: 'Session updated.' } )
		).toBeVisible();
		await expect( card.getByLabel( 'Payment' ) ).toHaveValue( 'paid' );

		expect( errors ).toEqual( [] );
	} );
} );
