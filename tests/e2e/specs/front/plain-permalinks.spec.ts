/**
 * Without pretty permalinks the front client profile lives at `?page_id=…&joolwebsp_customer={id}`:
 * My clients links there, the tabs keep both parameters in the URL, and a reload stays on the tab.
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';
import {
	collectErrors,
	createClient,
	createUser,
	uniqueTag,
} from '../../utils';
import { DESKTOP, frontLogin } from '../../utils/front';

/**
 * Switches the permalink structure through `?rest_route=`, which answers with either structure
 * (`/wp-json/` needs pretty permalinks).
 *
 * @param requestUtils Admin request utils.
 * @param structure    "" for plain permalinks.
 */
async function setPermalinks(
	requestUtils: RequestUtils,
	structure: '' | '/%postname%/'
): Promise< void > {
	if ( ! requestUtils.storageState?.nonce ) {
		await requestUtils.setupRest();
	}
	const response = await requestUtils.request.fetch(
		`${ requestUtils.baseURL }/?rest_route=/joolwebsp-e2e/v1/permalinks`,
		{
			method: 'POST',
			headers: { 'X-WP-Nonce': requestUtils.storageState!.nonce },
			data: { structure },
		}
	);
	expect( response.status() ).toBe( 200 );
}

/**
 * A front page's plain link, `/?page_id=N`, by its shortcode.
 *
 * @param requestUtils Admin request utils.
 * @param shortcode    Shortcode name.
 */
async function pageId(
	requestUtils: RequestUtils,
	shortcode: string
): Promise< string > {
	const pages = await requestUtils.rest< Array< { id: number } > >( {
		path: '/wp/v2/pages',
		params: { search: `[${ shortcode }]`, per_page: 5, status: 'publish' },
	} );
	return `/?page_id=${ pages[ 0 ]!.id }`;
}

test.describe( 'Front profile without pretty permalinks', () => {
	test.afterEach( async ( { requestUtils } ) => {
		await setPermalinks( requestUtils, '/%postname%/' );
	} );

	test( 'My clients opens the query-string profile; tabs and reload keep it', async ( {
		browser,
		requestUtils,
	} ) => {
		test.setTimeout( 120_000 );
		const tag = uniqueTag();
		const coach = await createUser( requestUtils, 'joolwebsp_coach' );
		const client = await createClient( requestUtils, {
			first_name: 'Paula',
			last_name: `Plain${ tag }`,
			email: `paula.${ tag }@example.com`,
			coach_ids: [ coach.id ],
		} );
		const login = await pageId( requestUtils, 'joolwebsp_login' );
		const list = await pageId( requestUtils, 'joolwebsp_coach_clients' );
		await setPermalinks( requestUtils, '' );

		const page = await frontLogin( browser, DESKTOP, login, {
			login: coach.username,
			password: coach.password,
		} );
		const errors = collectErrors( page );
		await page.goto( list );
		await page.getByRole( 'link', { name: `Paula Plain${ tag }` } ).click();
		const profile = new RegExp(
			`\\?page_id=\\d+&joolwebsp_customer=${ client.id }$`
		);
		await expect( page ).toHaveURL( profile );
		await expect(
			page.getByRole( 'heading', { name: `Paula Plain${ tag }` } )
		).toBeVisible();

		await page.getByRole( 'tab', { name: 'Finance' } ).click();
		await expect( page ).toHaveURL(
			new RegExp(
				`\\?page_id=\\d+&joolwebsp_customer=${ client.id }&tab=finance$`
			)
		);
		await page.reload();
		await expect(
			page.getByRole( 'tab', { name: 'Finance', selected: true } )
		).toBeVisible();
		await expect(
			page.getByRole( 'heading', { name: `Paula Plain${ tag }` } )
		).toBeVisible();

		await page.getByRole( 'link', { name: 'Back to My clients' } ).click();
		await expect( page ).toHaveURL( new RegExp( `\\${ list }$` ) );
		expect( errors ).toEqual( [] );
		await page.context().close();
	} );
} );
