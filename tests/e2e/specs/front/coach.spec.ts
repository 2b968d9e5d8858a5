/**
 * The coach pages at phone and desktop width: My clients shows only the coach's clients, another
 * coach's client is not found, the coach lands on Coach home.
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';
import {
	collectErrors,
	createClient,
	createUser,
	uniqueTag,
} from '../../utils';
import {
	VIEWPORTS,
	createSession,
	inHours,
	expectAccessible,
	expectPhoneFriendly,
	frontLogin,
	frontPageUrl,
} from '../../utils/front';

for ( const { name, viewport } of VIEWPORTS ) {
	test.describe( `Coach pages (${ name })`, () => {
		test( 'My clients lists only the coach’s clients; another coach’s client is not found', async ( {
			browser,
			requestUtils,
		} ) => {
			test.setTimeout( 180_000 );
			const tag = uniqueTag();
			const coachA = await createUser( requestUtils, 'joolwebsp_coach' );
			const coachB = await createUser( requestUtils, 'joolwebsp_coach' );
			const mine = await createClient( requestUtils, {
				first_name: 'Mina',
				last_name: `Mine${ tag }`,
				email: `mine.${ tag }@example.com`,
				coach_ids: [ coachA.id ],
			} );
			await createClient( requestUtils, {
				first_name: 'Olga',
				last_name: `Other${ tag }`,
				email: `other.${ tag }@example.com`,
				coach_ids: [ coachA.id ],
			} );
			const theirs = await createClient( requestUtils, {
				first_name: 'Theo',
				last_name: `Theirs${ tag }`,
				email: `theirs.${ tag }@example.com`,
				coach_ids: [ coachB.id ],
			} );
			const login = await frontPageUrl( requestUtils, 'joolwebsp_login' );
			const home = await frontPageUrl(
				requestUtils,
				'joolwebsp_coach_dashboard'
			);
			const list = await frontPageUrl(
				requestUtils,
				'joolwebsp_coach_clients'
			);

			const page = await frontLogin( browser, viewport, login, {
				login: coachA.username,
				password: coachA.password,
			} );
			const errors = collectErrors( page );
			await expect( page ).toHaveURL( new RegExp( `${ home }$` ) );

			await page.goto( list );
			await expect( page.getByRole( 'status' ) ).toHaveText(
				'2 clients'
			);
			const search = page.getByRole( 'searchbox', {
				name: 'Search clients',
			} );
			await search.fill( `mine${ tag }` );
			await expect(
				page.getByRole( 'link', { name: `Mina Mine${ tag }` } )
			).toBeVisible();
			await expect( page.getByRole( 'status' ) ).toHaveText( '1 client' );
			await expect( page.getByText( `Other${ tag }` ) ).toHaveCount( 0 );
			await expect( page.getByText( `Theirs${ tag }` ) ).toHaveCount( 0 );
			await search.fill( `theirs${ tag }` );
			await expect( page.getByRole( 'status' ) ).toHaveText(
				'0 clients'
			);
			await search.fill( `mine${ tag }` );
			await expect( page.getByRole( 'status' ) ).toHaveText( '1 client' );
			await expectAccessible( page );
			await expectPhoneFriendly( page );
			await page
				.getByRole( 'link', { name: `Mina Mine${ tag }` } )
				.click();
			await expect( page ).toHaveURL(
				new RegExp( `/customer/${ mine.id }/$` )
			);
			await expect(
				page.getByRole( 'heading', { name: `Mina Mine${ tag }` } )
			).toBeVisible();
			await expect(
				page.getByRole( 'link', { name: 'Back to My clients' } )
			).toBeVisible();
			// The front profile's tabs: Summary, Sessions, Finance.
			await expect( page.getByRole( 'tab' ) ).toHaveText( [
				'Summary',
				'Sessions',
				'Finance',
			] );
			await expect( page.getByText( 'Amount paid' ) ).toBeVisible();
			await expectAccessible( page );
			await expectPhoneFriendly( page );
			await page.getByRole( 'tab', { name: 'Sessions' } ).click();
			await expect(
				page.getByRole( 'heading', { name: /Upcoming sessions/ } )
			).toBeVisible();
			await expect( page ).toHaveURL( /\?tab=sessions$/ );
			await page.getByRole( 'tab', { name: 'Finance' } ).click();
			await expect( page ).toHaveURL( /\?tab=finance$/ );
			await expectAccessible( page );
			await expectPhoneFriendly( page );

			// Add a client from the front: the admin's form, then its profile.
			await page.goto( list );
			await page.getByRole( 'button', { name: 'Add client' } ).click();
			await page.getByLabel( 'First name *' ).fill( 'Nova' );
			await page.getByLabel( 'Last name *' ).fill( `Added${ tag }` );
			await page
				.getByLabel( 'Email *' )
				.fill( `nova.${ tag }@example.com` );
			await expectAccessible( page );
			await page
				.getByRole( 'button', { name: 'Add', exact: true } )
				.click();
			await expect( page ).toHaveURL( /\/customer\/\d+\/(\?tab=\w+)?$/ );
			await expect(
				page.getByRole( 'heading', { name: `Nova Added${ tag }` } )
			).toBeVisible();
			const added = Number(
				/\/customer\/(\d+)\//.exec( page.url() )![ 1 ]
			);
			const addedClient = await requestUtils.rest< {
				coach_ids: number[];
			} >( { path: `/joolwebsp/v1/clients/${ added }` } );
			expect( addedClient.coach_ids ).toEqual( [ coachA.id ] );

			expect( errors ).toEqual( [] );

			// The document itself answers 404 from here on (its console line is expected).
			const response = await page.goto( `/customer/${ theirs.id }/` );
			expect( response?.status() ).toBe( 404 );
			await expect( page.getByText( 'Client not found.' ) ).toBeVisible();
			await expect( page.getByText( `Theirs${ tag }` ) ).toHaveCount( 0 );
			const missing = await page.goto( '/customer/999999/' );
			expect( missing?.status() ).toBe( 404 );
			await expectAccessible( page );
			await page.context().close();
		} );

		test( 'Coach home: a status and a payment changed on a card persist; statistics and recent clients', async ( {
			browser,
			requestUtils,
		} ) => {
			test.setTimeout( 180_000 );
			const tag = uniqueTag();
			const coach = await createUser( requestUtils, 'joolwebsp_coach' );
			const client = await createClient( requestUtils, {
				first_name: 'Hugo',
				last_name: `Home${ tag }`,
				email: `hugo.${ tag }@example.com`,
				coach_ids: [ coach.id ],
			} );
			const session = await createSession( requestUtils, {
				client_id: client.id,
				coach_id: coach.id,
				title: `Home session ${ tag }`,
				start: inHours( 24 ),
				price: '30',
			} );
			const login = await frontPageUrl( requestUtils, 'joolwebsp_login' );
			const page = await frontLogin( browser, viewport, login, {
				login: coach.username,
				password: coach.password,
			} );
			const errors = collectErrors( page );
			const card = page
				.locator( '.joolwebsp-front__session' )
				.filter( { hasText: `Home session ${ tag }` } );
			await expect( card ).toBeVisible();
			await expect(
				card.getByRole( 'link', { name: `Hugo Home${ tag }` } )
			).toBeVisible();
			await expectAccessible( page );
			await expectPhoneFriendly( page );
			await card.getByLabel( 'Payment' ).selectOption( 'paid' );
			await expect(
				page
					.locator( '.components-snackbar' )
					.filter( { hasText: 'Session updated.' } )
			).toBeVisible();
			await page.reload();
			await expect( card.getByLabel( 'Payment' ) ).toHaveValue( 'paid' );
			const paid = await requestUtils.rest< { payment_status: string } >(
				{ path: `/joolwebsp/v1/sessions/${ session.id }` }
			);
			expect( paid.payment_status ).toBe( 'paid' );

			// Edit opens the session modal with Save / Save and notify.
			await card.getByRole( 'button', { name: 'Edit' } ).click();
			const dialog = page.getByRole( 'dialog' );
			await expect(
				dialog.getByRole( 'button', { name: 'Save and notify' } )
			).toBeVisible();
			await dialog
				.getByRole( 'button', { name: 'Save', exact: true } )
				.click();
			await expect(
				page
					.locator( '.components-snackbar' )
					.filter( { hasText: 'Session saved.' } )
			).toBeVisible();

			await expect(
				page.getByRole( 'link', { name: `Hugo Home${ tag }` } ).last()
			).toBeVisible();

			// A status change: the completed session leaves the upcoming list, for good.
			await card.getByLabel( 'Status' ).selectOption( 'completed' );
			await expect( card ).toHaveCount( 0 );
			await page.reload();
			await expect(
				page.getByText( 'No upcoming session.' )
			).toBeVisible();
			await expect( card ).toHaveCount( 0 );
			const completed = await requestUtils.rest< {
				status: string;
				payment_status: string;
			} >( { path: `/joolwebsp/v1/sessions/${ session.id }` } );
			expect( completed.status ).toBe( 'completed' );
			expect( completed.payment_status ).toBe( 'paid' );

			await page.getByRole( 'tab', { name: 'Statistics' } ).click();
			await expect(
				page.locator( '.joolwebsp-front__stats' )
			).toContainText( 'Sessions this month' );
			await expectAccessible( page );
			await expectPhoneFriendly( page );
			expect( errors ).toEqual( [] );
			await page.context().close();
		} );
	} );
}
