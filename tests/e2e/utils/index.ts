/**
 * Shared helpers of the e2e specs.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

export const SCREENS = [
	{
		slug: 'joolwebsp',
		entry: 'dashboard',
		title: 'Dashboard',
		menu: 'Dashboard',
	},
	{
		slug: 'joolwebsp-clients',
		entry: 'clients',
		title: 'Customers',
		menu: 'Customers',
	},
	{
		slug: 'joolwebsp-add-client',
		entry: 'add-client',
		title: 'Add Customer',
		menu: 'Add Customer',
	},
	{
		slug: 'joolwebsp-sessions',
		entry: 'sessions',
		title: 'Sessions',
		menu: 'Sessions',
	},
	{
		slug: 'joolwebsp-programs',
		entry: 'programs',
		title: 'Programs',
		menu: 'Programs',
	},
	{
		slug: 'joolwebsp-import',
		entry: 'import',
		title: 'Import CSV',
		menu: 'Import CSV',
	},
	{
		slug: 'joolwebsp-settings',
		entry: 'settings',
		title: 'Settings',
		menu: 'Settings',
	},
] as const;

export interface TestUser {
	id: number;
	username: string;
	password: string;
	email: string;
}

let counter = 0;

/**
 * Creates a WordPress user with a role through the core REST API (as the admin).
 *
 * @param requestUtils Admin request utils.
 * @param role         Role slug.
 */
export async function createUser(
	requestUtils: RequestUtils,
	role: string
): Promise< TestUser > {
	counter += 1;
	const username = `${ role.replace( /[^a-z]/g, '' ) }${ Date.now().toString( 36 ) }${ counter }`;
	const password = 'password';
	const email = `${ username }@example.com`;
	const user = await requestUtils.rest< { id: number } >( {
		path: '/wp/v2/users',
		method: 'POST',
		data: {
			username,
			password,
			email,
			roles: [ role ],
			first_name: 'Test',
			last_name: role,
		},
	} );
	return { id: user.id, username, password, email };
}

/**
 * A new browser context logged in through the real login form.
 *
 * @param browser Browser.
 * @param user    User.
 */
export async function loginAs(
	browser: Browser,
	user: Pick< TestUser, 'username' | 'password' >
): Promise< { context: BrowserContext; page: Page } > {
	const context = await browser.newContext( {
		storageState: { cookies: [], origins: [] },
	} );
	await context.addCookies( [
		{
			name: 'playground_auto_login_already_happened',
			value: '1',
			url: process.env.WP_BASE_URL!,
		},
	] );
	const page = await context.newPage();
	await page.goto( '/wp-login.php' );
	await page.locator( '#user_login' ).fill( user.username );
	await page.locator( '#user_pass' ).fill( user.password );
	await page.locator( '#wp-submit' ).click();
	await page.waitForURL( /wp-admin|\/$/ );
	return { context, page };
}

/**
 * Collects uncaught page errors and console errors.
 *
 * @param page Page.
 */
export function collectErrors( page: Page ): string[] {
	const errors: string[] = [];
	page.on( 'pageerror', ( error ) =>
		errors.push( `pageerror: ${ error.message }` )
	);
	page.on( 'console', ( message ) => {
		if ( message.type() === 'error' ) {
			errors.push( `console: ${ message.text() }` );
		}
	} );
	return errors;
}

/**
 * The submenu labels of the plugin's admin menu on the current page.
 *
 * @param page Page.
 */
export async function pluginSubmenu( page: Page ): Promise< string[] > {
	const items = page.locator( '#toplevel_page_joolwebsp .wp-submenu li a' );
	return ( await items.allTextContents() ).map( ( text ) => text.trim() );
}

/**
 * A REST GET as the admin that keeps the status and headers (`requestUtils.rest()` returns the body only).
 *
 * @param requestUtils Admin request utils.
 * @param path         Route, e.g. '/joolwebsp/v1/clients'.
 * @param params       Query parameters.
 */
export async function restGet< T >(
	requestUtils: RequestUtils,
	path: string,
	params: Record< string, string | number > = {}
): Promise< { status: number; headers: Record< string, string >; body: T } > {
	const response = await requestUtils.request.get( '/wp-json' + path, {
		params,
		headers: { 'X-WP-Nonce': requestUtils.storageState?.nonce ?? '' },
	} );
	return {
		status: response.status(),
		headers: response.headers(),
		body: ( await response.json() ) as T,
	};
}

export interface ApiClient {
	id: number;
	user_id: number;
	first_name: string;
	last_name: string;
	email: string;
	phone: string;
	coach_ids: number[];
}

/**
 * Creates a client through the REST API as the admin.
 *
 * @param requestUtils    Admin request utils.
 * @param data            Fields.
 * @param data.first_name
 * @param data.last_name
 * @param data.email
 * @param data.phone
 * @param data.coach_ids
 */
export function createClient(
	requestUtils: RequestUtils,
	data: {
		first_name: string;
		last_name: string;
		email: string;
		phone?: string;
		coach_ids?: number[];
	}
): Promise< ApiClient > {
	return requestUtils.rest< ApiClient >( {
		path: '/joolwebsp/v1/clients',
		method: 'POST',
		data,
	} );
}

export interface CapturedMail {
	to: string | string[];
	subject: string;
	message: string;
}

/**
 * Mail captured by the e2e helper plugin, optionally for one recipient.
 *
 * @param requestUtils Admin request utils.
 * @param to           Recipient.
 */
export async function capturedMail(
	requestUtils: RequestUtils,
	to?: string
): Promise< CapturedMail[] > {
	const mail = await requestUtils.rest< CapturedMail[] >( {
		path: '/joolwebsp-e2e/v1/mail',
	} );
	return to
		? mail.filter( ( item ) =>
				( Array.isArray( item.to ) ? item.to : [ item.to ] ).includes(
					to
				)
			)
		: mail;
}

/** A short unique tag for names and emails of one test. */
export function uniqueTag(): string {
	return Math.random().toString( 36 ).slice( 2, 8 );
}
