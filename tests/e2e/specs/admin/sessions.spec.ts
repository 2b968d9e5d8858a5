/**
 * Sessions, bundles and payments through the screens.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '@wordpress/e2e-test-utils-playwright';
import {
	collectErrors,
	createClient,
	createUser,
	loginAs,
	uniqueTag,
} from '../../utils';

test.describe( 'Sessions and programs', () => {
	test( 'a 10-session bundle created through the wizard gives 10 sessions and progress 0/10', async ( {
		page,
		admin,
		requestUtils,
	} ) => {
		const tag = uniqueTag();
		const client = await createClient( requestUtils, {
			first_name: 'Bun',
			last_name: `Dle${ tag }`,
			email: `bundle.${ tag }@example.com`,
		} );
		const errors = collectErrors( page );
		await admin.visitAdminPage(
			'admin.php',
			`page=joolwebsp-add-client&client_id=${ client.id }&tab=programs`
		);
		await page
			.getByRole( 'tabpanel' )
			.getByRole( 'button', { name: 'New bundle' } )
			.click();

		const wizard = page.getByRole( 'dialog', { name: 'New bundle' } );
		await wizard.getByLabel( 'Title *' ).fill( `Pack ${ tag }` );
		await wizard.getByLabel( 'Number of sessions *' ).fill( '10' );
		await wizard.getByLabel( 'Total price *' ).fill( '500' );
		await wizard
			.getByRole( 'button', { name: 'Next: scheduling' } )
			.click();

		await wizard.getByLabel( 'First date' ).fill( '2030-01-07' );
		await wizard.getByRole( 'checkbox', { name: 'Monday' } ).check();
		await wizard.getByRole( 'checkbox', { name: 'Thursday' } ).check();
		await wizard.getByLabel( 'Time' ).fill( '18:30' );
		await wizard.getByRole( 'button', { name: 'Generate dates' } ).click();
		await expect( wizard.getByLabel( /Session \d+ of 10/ ) ).toHaveCount(
			10
		);
		await expect( wizard.getByLabel( 'Session 2 of 10' ) ).toHaveValue(
			'2030-01-10T18:30'
		);
		const a11y = await new AxeBuilder( { page } )
			.include( '[role="dialog"]' )
			.analyze();
		expect(
			a11y.violations
				.filter(
					( v ) => v.impact === 'serious' || v.impact === 'critical'
				)
				.map( ( v ) => v.id )
		).toEqual( [] );
		await wizard
			.getByRole( 'button', { name: 'Next: confirmation' } )
			.click();
		await wizard.getByRole( 'button', { name: 'Create bundle' } ).click();

		await expect(
			page.locator( '.components-snackbar' ).filter( {
				hasText: `Pack ${ tag } created with 10 sessions.`,
			} )
		).toBeVisible();
		await expect( page.getByRole( 'tabpanel' ) ).toContainText(
			'0 / 10 sessions completed'
		);
		const sessions = await requestUtils.rest< unknown[] >( {
			path: '/joolwebsp/v1/sessions',
			params: { client_id: client.id, per_page: 100 },
		} );
		expect( sessions ).toHaveLength( 10 );
		expect( errors ).toEqual( [] );
	} );

	test( 'marking a session paid updates the Finances and Overview figures', async ( {
		page,
		admin,
		requestUtils,
	} ) => {
		const tag = uniqueTag();
		const client = await createClient( requestUtils, {
			first_name: 'Pay',
			last_name: `Er${ tag }`,
			email: `payer.${ tag }@example.com`,
		} );
		await requestUtils.rest( {
			path: '/joolwebsp/v1/sessions',
			method: 'POST',
			data: {
				client_id: client.id,
				start: '2020-05-04T10:00',
				price: '80',
				status: 'completed',
				title: `Done ${ tag }`,
			},
		} );
		await admin.visitAdminPage(
			'admin.php',
			`page=joolwebsp-add-client&client_id=${ client.id }&tab=finances`
		);
		const panel = page.getByRole( 'tabpanel' );
		const kpi = ( label: string ) =>
			panel
				.locator( '.joolwebsp-kpis__item' )
				.filter( { hasText: label } )
				.locator( 'dd' );
		await expect( kpi( 'Pending' ) ).toHaveText( /80\.00/ );
		await expect( kpi( 'Paid' ) ).toHaveText( /0\.00/ );

		await panel
			.locator( '.joolwebsp-session-card' )
			.filter( { hasText: `Done ${ tag }` } )
			.getByLabel( 'Payment' )
			.selectOption( 'paid' );
		await expect(
			page
				.locator( '.components-snackbar' )
				.filter( { hasText: 'Session updated.' } )
		).toBeVisible();
		await expect( kpi( 'Paid' ) ).toHaveText( /80\.00/ );
		await expect( kpi( 'Pending' ) ).toHaveText( /0\.00/ );

		await page.getByRole( 'tab', { name: 'Overview' } ).click();
		const overview = page.getByRole( 'tabpanel' );
		await expect(
			overview
				.locator( '.joolwebsp-kpis__item' )
				.filter( { hasText: 'Amount paid' } )
				.locator( 'dd' )
		).toHaveText( /80\.00/ );
		await expect(
			overview
				.locator( '.joolwebsp-kpis__item' )
				.filter( { hasText: 'Completed sessions' } )
				.locator( 'dd' )
		).toHaveText( '1' );
	} );

	test( 'notes save without reload and survive it', async ( {
		page,
		admin,
		requestUtils,
	} ) => {
		const tag = uniqueTag();
		const client = await createClient( requestUtils, {
			first_name: 'No',
			last_name: `Tes${ tag }`,
			email: `notes.${ tag }@example.com`,
		} );
		await admin.visitAdminPage(
			'admin.php',
			`page=joolwebsp-add-client&client_id=${ client.id }`
		);
		const notes = page.getByLabel(
			'Private notes (the client never sees them)'
		);
		await expect( notes ).toBeEnabled();
		await notes.fill( `Knee injury ${ tag }` );
		await expect( page.locator( '.joolwebsp-save-state' ) ).toHaveText(
			'Saved'
		);
		await page.reload();
		await expect(
			page.getByLabel( 'Private notes (the client never sees them)' )
		).toHaveValue( `Knee injury ${ tag }` );
	} );

	test( 'a coach sees only own sessions in the Sessions screen, and creates one', async ( {
		browser,
		requestUtils,
	} ) => {
		const tag = uniqueTag();
		const coachA = await createUser( requestUtils, 'joolwebsp_coach' );
		const coachB = await createUser( requestUtils, 'joolwebsp_coach' );
		const mine = await createClient( requestUtils, {
			first_name: 'Mine',
			last_name: `S${ tag }`,
			email: `ms.${ tag }@example.com`,
			coach_ids: [ coachA.id ],
		} );
		const theirs = await createClient( requestUtils, {
			first_name: 'Theirs',
			last_name: `S${ tag }`,
			email: `ts.${ tag }@example.com`,
			coach_ids: [ coachB.id ],
		} );
		await requestUtils.rest( {
			path: '/joolwebsp/v1/sessions',
			method: 'POST',
			data: {
				client_id: mine.id,
				coach_id: coachA.id,
				start: '2030-03-01T09:00',
				title: `A-session ${ tag }`,
			},
		} );
		await requestUtils.rest( {
			path: '/joolwebsp/v1/sessions',
			method: 'POST',
			data: {
				client_id: theirs.id,
				coach_id: coachB.id,
				start: '2030-03-01T10:00',
				title: `B-session ${ tag }`,
			},
		} );

		const { context, page } = await loginAs( browser, coachA );
		const errors = collectErrors( page );
		await page.goto( '/wp-admin/admin.php?page=joolwebsp-sessions' );
		const rows = page.locator( '.dataviews-view-table tbody tr' );
		await expect( rows ).toHaveCount( 1 );
		await expect( rows.first() ).toContainText( `A-session ${ tag }` );
		const a11y = await new AxeBuilder( { page } )
			.include( '#joolwebsp-sessions-root' )
			.analyze();
		expect(
			a11y.violations
				.filter(
					( v ) => v.impact === 'serious' || v.impact === 'critical'
				)
				.map( ( v ) => v.id )
		).toEqual( [] );

		await page.getByRole( 'button', { name: 'New session' } ).click();
		const dialog = page.getByRole( 'dialog', { name: 'New session' } );
		// The picker searches the server, which scopes it to the coach's clients.
		await dialog
			.getByRole( 'combobox', { name: 'Client *' } )
			.pressSequentially( `S${ tag }` );
		await expect(
			dialog.getByRole( 'listbox' ).getByRole( 'option' )
		).toHaveText( [ `Mine S${ tag } (ms.${ tag }@example.com)` ] );
		await dialog
			.getByRole( 'option', {
				name: `Mine S${ tag } (ms.${ tag }@example.com)`,
			} )
			.click();
		await dialog.getByLabel( 'Start *' ).fill( '2030-03-02T09:00' );
		await dialog.getByLabel( 'Title' ).fill( `Second ${ tag }` );
		await dialog.getByRole( 'button', { name: 'Save and notify' } ).click();
		await expect( page.locator( '.components-snackbar' ) ).toContainText(
			'Session saved; the client was notified.'
		);
		await expect( rows ).toHaveCount( 2 );
		expect( errors ).toEqual( [] );
		await context.close();
	} );

	test( 'Programs: add a model, open a bundle and send its confirmations', async ( {
		page,
		admin,
		requestUtils,
	} ) => {
		const tag = uniqueTag();
		const client = await createClient( requestUtils, {
			first_name: 'Pro',
			last_name: `Gram${ tag }`,
			email: `program.${ tag }@example.com`,
		} );
		await requestUtils.rest( {
			path: '/joolwebsp/v1/bundles',
			method: 'POST',
			data: {
				client_id: client.id,
				title: `Confirm ${ tag }`,
				sessions_planned: 2,
				price: '100',
				schedule: {
					starts: [ '2030-06-03T10:00', '2030-06-10T10:00' ],
				},
			},
		} );
		await requestUtils.rest( {
			path: '/joolwebsp-e2e/v1/mail',
			method: 'DELETE',
		} );

		await admin.visitAdminPage(
			'admin.php',
			'page=joolwebsp-programs&tab=models'
		);
		await page.getByLabel( 'Title *' ).fill( `Model ${ tag }` );
		await page.getByLabel( 'Number of sessions *' ).fill( '5' );
		await page.getByLabel( 'Total price *' ).fill( '250' );
		await page.getByRole( 'button', { name: 'Add model' } ).click();
		await expect(
			page
				.locator( '.joolwebsp-bundle' )
				.filter( { hasText: `Model ${ tag }` } )
		).toContainText( '5 sessions' );

		await page
			.locator( '.joolwebsp-bundle' )
			.filter( { hasText: `Model ${ tag }` } )
			.getByRole( 'button', { name: 'Edit' } )
			.click();
		await page.getByLabel( 'Total price *' ).fill( '300' );
		await page.getByRole( 'button', { name: 'Save model' } ).click();
		await expect(
			page
				.locator( '.joolwebsp-bundle' )
				.filter( { hasText: `Model ${ tag }` } )
		).toContainText( '300' );

		await page.getByRole( 'tab', { name: 'Customer bundles' } ).click();
		const row = page
			.locator( '.joolwebsp-bundle' )
			.filter( { hasText: `Confirm ${ tag }` } );
		await expect( row ).toContainText( '0 / 2' );
		await row.getByRole( 'button', { name: 'Open' } ).click();
		await page
			.getByRole( 'dialog' )
			.getByRole( 'button', { name: 'Send confirmations' } )
			.click();
		await expect(
			page
				.locator( '.components-snackbar' )
				.filter( { hasText: '2 confirmation(s) sent.' } )
		).toBeVisible();
		const mail = await requestUtils.rest< Array< { to: string } > >( {
			path: '/joolwebsp-e2e/v1/mail',
		} );
		expect(
			mail.filter( ( m ) =>
				String( m.to ).includes( `program.${ tag }@example.com` )
			)
		).toHaveLength( 2 );
	} );
} );
