/**
 * The Client area at phone and desktop width: statistics, own profile, cancellation outside the
 * window and refusal inside it, no access to the coach pages; visitors log in and come back.
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';
import {
	capturedMail,
	collectErrors,
	createUser,
	uniqueTag,
} from '../../utils';
import {
	VIEWPORTS,
	clientWithLogin,
	createSession,
	expectAccessible,
	expectPhoneFriendly,
	frontLogin,
	frontPageUrl,
	inHours,
} from '../../utils/front';

for ( const { name, viewport } of VIEWPORTS ) {
	test.describe( `Client area (${ name })`, () => {
		test( 'a client sees the figures, edits the profile, cancels outside the window and is refused inside', async ( {
			browser,
			requestUtils,
		} ) => {
			test.setTimeout( 240_000 );
			const tag = uniqueTag();
			await requestUtils.rest( {
				path: '/joolwebsp/v1/settings',
				method: 'POST',
				data: { cancellation_window_hours: 24 },
			} );
			const coach = await createUser( requestUtils, 'joolwebsp_coach' );
			const client = await clientWithLogin( requestUtils, tag, coach.id );
			const far = await createSession( requestUtils, {
				client_id: client.id,
				coach_id: coach.id,
				title: `Far ${ tag }`,
				start: inHours( 24 * 5 ),
				price: '40',
			} );
			const soon = await createSession( requestUtils, {
				client_id: client.id,
				coach_id: coach.id,
				title: `Soon ${ tag }`,
				start: inHours( 3 ),
				price: '40',
			} );
			await createSession( requestUtils, {
				client_id: client.id,
				coach_id: coach.id,
				title: `Done ${ tag }`,
				start: inHours( -48 ),
				duration_minutes: 90,
				price: '55',
				status: 'completed',
				payment_status: 'paid',
			} );
			const login = await frontPageUrl( requestUtils, 'joolwebsp_login' );
			const area = await frontPageUrl(
				requestUtils,
				'joolwebsp_client_area'
			);

			const page = await frontLogin( browser, viewport, login, {
				login: client.email,
				password: client.password,
			} );
			const errors = collectErrors( page );
			await expect( page ).toHaveURL( new RegExp( area ) );
			await expect( page.getByText( 'Hello Cleo!' ) ).toBeVisible();
			const stats = page.locator( '.joolwebsp-front__stats' );
			await expect( stats ).toContainText( 'Sessions3' );
			await expect( stats ).toContainText( 'Completed1' );
			await expect( stats ).toContainText( '1 h 30 min' );
			await expect( stats ).toContainText( '55' );
			await expectAccessible( page );
			await expectPhoneFriendly( page );

			// Cancel outside the window.
			await page.getByRole( 'tab', { name: 'My sessions' } ).click();
			const farCard = page
				.locator( '.joolwebsp-front__card' )
				.filter( { hasText: `Far ${ tag }` } );
			await expect( farCard ).toContainText(
				'You can cancel online until'
			);
			await expectAccessible( page );
			await expectPhoneFriendly( page );
			await farCard
				.getByRole( 'button', { name: /^Cancel Far/ } )
				.click();
			await page
				.getByRole( 'dialog' )
				.getByRole( 'button', { name: 'Cancel the session' } )
				.click();
			await expect(
				page.getByText(
					'The session is cancelled. Your coach has been told.'
				)
			).toBeVisible();
			const farNow = await requestUtils.rest< {
				status: string;
				payment_status: string;
			} >( { path: `/joolwebsp/v1/sessions/${ far.id }` } );
			expect( farNow.status ).toBe( 'cancelled' );
			expect( farNow.payment_status ).toBe( 'cancelled' );
			await expect
				.poll(
					async () =>
						( await capturedMail( requestUtils, coach.email ) )
							.length
				)
				.toBeGreaterThan( 0 );

			// Inside the window: the server refuses, its message is shown.
			const soonCard = page
				.locator( '.joolwebsp-front__card' )
				.filter( { hasText: `Soon ${ tag }` } );
			await soonCard
				.getByRole( 'button', { name: /^Cancel Soon/ } )
				.click();
			await page
				.getByRole( 'dialog' )
				.getByRole( 'button', { name: 'Cancel the session' } )
				.click();
			await expect( soonCard.getByRole( 'alert' ) ).toContainText(
				'Please contact your coach.'
			);
			const soonNow = await requestUtils.rest< { status: string } >( {
				path: `/joolwebsp/v1/sessions/${ soon.id }`,
			} );
			expect( soonNow.status ).toBe( 'booked' );

			// Pending payments.
			await page.getByRole( 'tab', { name: 'Pending payments' } ).click();
			await expect( page.getByText( /Still to pay/ ) ).toBeVisible();
			await expect(
				page
					.locator( '.joolwebsp-front__card' )
					.filter( { hasText: `Soon ${ tag }` } )
			).toBeVisible();
			await expectAccessible( page );

			// Own profile.
			await page.getByRole( 'tab', { name: 'My profile' } ).click();
			await page.getByLabel( 'Phone' ).fill( '+33 6 00 00 00 01' );
			await page.getByLabel( 'First name' ).fill( 'Cleopatra' );
			await expectAccessible( page );
			await expectPhoneFriendly( page );
			await page.getByRole( 'button', { name: 'Save' } ).click();
			await expect(
				page.getByText( 'Your profile is saved.' )
			).toBeVisible();
			const saved = await requestUtils.rest< {
				phone: string;
				first_name: string;
			} >( {
				path: `/joolwebsp/v1/clients/${ client.id }`,
			} );
			expect( saved.phone ).toBe( '+33 6 00 00 00 01' );
			expect( saved.first_name ).toBe( 'Cleopatra' );

			// The coach pages say no, without data.
			const clientsPage = await frontPageUrl(
				requestUtils,
				'joolwebsp_coach_clients'
			);
			for ( const path of [
				clientsPage,
				`/customer/${ client.id }/`,
				await frontPageUrl( requestUtils, 'joolwebsp_coach_dashboard' ),
			] ) {
				await page.goto( path );
				await expect(
					page.getByText(
						'This page is not available for your account.'
					)
				).toBeVisible();
				await expect(
					page.locator( '[id$="-root"].joolwebsp-front' )
				).toHaveCount( 0 );
				await expectAccessible( page );
			}
			// The refused cancellation's 409 is the only failed request.
			expect(
				errors.filter(
					( error ) => ! error.includes( '409 (Conflict)' )
				)
			).toEqual( [] );
			await page.context().close();
		} );
	} );
}

test.describe( 'Visitors', () => {
	test( 'get the login form, then come back to the page they opened', async ( {
		browser,
		requestUtils,
	} ) => {
		const tag = uniqueTag();
		const coach = await createUser( requestUtils, 'joolwebsp_coach' );
		const client = await clientWithLogin( requestUtils, tag, coach.id );
		const area = await frontPageUrl(
			requestUtils,
			'joolwebsp_client_area'
		);
		const context = await browser.newContext( {
			viewport: VIEWPORTS[ 0 ].viewport,
			storageState: { cookies: [], origins: [] },
		} );
		const page = await context.newPage();
		await page.goto( area );
		await expect(
			page.getByText( 'Please log in to see this page.' )
		).toBeVisible();
		await expectAccessible( page );
		await expectPhoneFriendly( page );
		await page.getByLabel( 'Email or username' ).fill( client.email );
		await page.getByLabel( 'Password', { exact: true } ).fill( 'password' );
		await page.getByRole( 'button', { name: 'Log In' } ).click();
		await expect( page ).toHaveURL( new RegExp( `${ area }$` ) );
		await expect( page.getByText( 'Hello Cleo!' ) ).toBeVisible();
		await context.close();

		// A coach opening a client profile logged out comes back to it.
		const coachContext = await browser.newContext( {
			storageState: { cookies: [], origins: [] },
		} );
		const coachPage = await coachContext.newPage();
		await coachPage.goto( `/customer/${ client.id }/` );
		await expect(
			coachPage.getByText( 'Please log in to see this page.' )
		).toBeVisible();
		await coachPage
			.getByLabel( 'Email or username' )
			.fill( coach.username );
		await coachPage
			.getByLabel( 'Password', { exact: true } )
			.fill( coach.password );
		await coachPage.getByRole( 'button', { name: 'Log In' } ).click();
		await expect( coachPage ).toHaveURL(
			new RegExp( `/customer/${ client.id }/$` )
		);
		await coachContext.close();
	} );

	test( 'a wrong password comes back to the front Login page with a message', async ( {
		browser,
		requestUtils,
	} ) => {
		const login = await frontPageUrl( requestUtils, 'joolwebsp_login' );
		const context = await browser.newContext( {
			storageState: { cookies: [], origins: [] },
		} );
		const page = await context.newPage();
		await page.goto( login );
		await expectAccessible( page );
		await page
			.getByLabel( 'Email or username' )
			.fill( 'nobody@example.com' );
		await page.getByLabel( 'Password', { exact: true } ).fill( 'wrong' );
		await page.getByRole( 'button', { name: 'Log In' } ).click();
		await expect( page ).toHaveURL(
			new RegExp( `${ login }\\?login=failed` )
		);
		await expect( page.getByRole( 'alert' ) ).toContainText( 'not right' );
		await context.close();
	} );
} );
