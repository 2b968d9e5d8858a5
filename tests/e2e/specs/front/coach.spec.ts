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
			const search = page.getByRole( 'searchbox', {
				name: 'Search clients',
			} );
			await search.fill( tag );
			await expect(
				page.getByRole( 'link', { name: `Mina Mine${ tag }` } )
			).toBeVisible();
			await expect( page.getByText( `Theirs${ tag }` ) ).toHaveCount( 0 );
			await expect( page.getByRole( 'status' ) ).toHaveText( '1 client' );
			await expectAccessible( page );
			await expectPhoneFriendly( page );
			await page
				.getByRole( 'link', { name: `Mina Mine${ tag }` } )
				.click();
			await expect( page ).toHaveURL(
				new RegExp( `/customer/${ mine.id }/$` )
			);

			const response = await page.goto( `/customer/${ theirs.id }/` );
			expect( response?.status() ).toBe( 404 );
			await expect( page.getByText( 'Client not found.' ) ).toBeVisible();
			await expect( page.getByText( `Theirs${ tag }` ) ).toHaveCount( 0 );
			const missing = await page.goto( '/customer/999999/' );
			expect( missing?.status() ).toBe( 404 );
			await expectAccessible( page );
			expect( errors ).toEqual( [] );
			await page.context().close();
		} );
	} );
}
