/**
 * Helpers of the front-page specs: page URLs, clients who can log in, sessions, phone checks.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Page } from '@playwright/test';
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';
import { createClient, type ApiClient } from './index';

export interface Viewport {
	width: number;
	height: number;
}

export interface FrontUser {
	login: string;
	password: string;
}

export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1280, height: 900 };
export const VIEWPORTS = [
	{ name: 'phone', viewport: PHONE },
	{ name: 'desktop', viewport: DESKTOP },
] as const;

/**
 * The URL of a front page, by its shortcode (the pages the plugin created on activation).
 *
 * @param requestUtils Admin request utils.
 * @param shortcode    Shortcode name.
 */
export async function frontPageUrl(
	requestUtils: RequestUtils,
	shortcode: string
): Promise< string > {
	const pages = await requestUtils.rest< Array< { link: string } > >( {
		path: '/wp/v2/pages',
		params: { search: `[${ shortcode }]`, per_page: 5, status: 'publish' },
	} );
	expect( pages.length ).toBeGreaterThan( 0 );
	return new URL( pages[ 0 ]!.link ).pathname;
}

/**
 * A client with a WordPress account that can log in (password "password").
 *
 * @param requestUtils Admin request utils.
 * @param tag          Unique tag.
 * @param coachId      Assigned coach.
 */
export async function clientWithLogin(
	requestUtils: RequestUtils,
	tag: string,
	coachId: number
): Promise< ApiClient & { password: string } > {
	const client = await createClient( requestUtils, {
		first_name: 'Cleo',
		last_name: `Front${ tag }`,
		email: `cleo.${ tag }@example.com`,
		coach_ids: [ coachId ],
	} );
	await requestUtils.rest( {
		path: `/wp/v2/users/${ client.user_id }`,
		method: 'POST',
		data: { password: 'password' },
	} );
	return { ...client, password: 'password' };
}

/**
 * Creates a session through the REST API as the admin.
 *
 * @param requestUtils Admin request utils.
 * @param data         Fields.
 */
export function createSession(
	requestUtils: RequestUtils,
	data: Record< string, unknown >
): Promise< { id: number; status: string; payment_status: string } > {
	return requestUtils.rest( {
		path: '/joolwebsp/v1/sessions',
		method: 'POST',
		data,
	} );
}

/**
 * ISO instant `hours` from now.
 * @param hours
 */
export function inHours( hours: number ): string {
	return new Date( Date.now() + hours * 3600_000 ).toISOString();
}

/**
 * A fresh context at a viewport, logged in through the front Login page.
 *
 * @param browser  Browser.
 * @param viewport Viewport.
 * @param loginUrl Path of the Login page.
 * @param user     Login and password.
 */
export async function frontLogin(
	browser: Browser,
	viewport: Viewport,
	loginUrl: string,
	user: FrontUser
): Promise< Page > {
	const context = await browser.newContext( {
		viewport,
		storageState: { cookies: [], origins: [] },
	} );
	const page = await context.newPage();
	await page.goto( loginUrl );
	await page.getByLabel( 'Email or username' ).fill( user.login );
	await page.getByLabel( 'Password', { exact: true } ).fill( user.password );
	await page.getByRole( 'button', { name: 'Log In' } ).click();
	await page.waitForLoadState( 'domcontentloaded' );
	return page;
}

/**
 * No serious or critical axe violation inside the front root.
 *
 * @param page Page.
 */
export async function expectAccessible( page: Page ): Promise< void > {
	// Core's SnackbarList labels each snackbar "Dismiss this notice" around a different text
	// (label-content-name-mismatch): WordPress's own component, left out of the check.
	const results = await new AxeBuilder( { page } )
		.include( '.joolwebsp-front' )
		.exclude( '.components-snackbar' )
		.analyze();
	const serious = results.violations.filter(
		( v ) => v.impact === 'serious' || v.impact === 'critical'
	);
	expect(
		serious.map(
			( v ) =>
				`${ v.id }: ${ v.nodes.map( ( n ) => n.target.join( ' ' ) ).join( ', ' ) }`
		)
	).toEqual( [] );
}

/**
 * Phone rules: no horizontal scrolling, and every visible control of the app at least 44 px high.
 *
 * @param page Page.
 */
export async function expectPhoneFriendly( page: Page ): Promise< void > {
	const overflow = await page.evaluate( () => {
		const width = window.innerWidth;
		const extra = document.documentElement.scrollWidth - width;
		// Name what sticks out, so a failure says where to look.
		const culprits = Array.from( document.body.querySelectorAll( '*' ) )
			.filter( ( el ) => el.getBoundingClientRect().right > width + 0.5 )
			.slice( 0, 5 )
			.map(
				( el ) =>
					`${ el.tagName.toLowerCase() }.${ String(
						el.getAttribute( 'class' ) ?? ''
					).replace( / +/g, '.' ) }`
			);
		return extra > 0 ? { extra, culprits } : { extra: 0, culprits: [] };
	} );
	expect( overflow ).toEqual( { extra: 0, culprits: [] } );
	const small = await page.evaluate( () =>
		Array.from(
			document.querySelectorAll(
				'.joolwebsp-front button, .joolwebsp-front a, .joolwebsp-front input:not([type=hidden]):not([type=checkbox]), .joolwebsp-front select'
			)
		)
			.filter( ( el ) => ( el as HTMLElement ).offsetParent !== null )
			.map( ( el ) => ( {
				text:
					( el as HTMLElement ).innerText ||
					el.getAttribute( 'aria-label' ) ||
					el.getAttribute( 'name' ) ||
					el.tagName,
				height: el.getBoundingClientRect().height,
			} ) )
			.filter( ( item ) => item.height < 44 )
	);
	expect( small ).toEqual( [] );
}
