/**
 * Logs the admin in through the real login form (REST nonce saved in the storage state) and
 * empties the PHP debug log so the teardown sees only what the tests caused.
 */
import fs from 'fs';
import { request, type FullConfig } from '@playwright/test';
import { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

export default async function globalSetup( config: FullConfig ) {
	const { storageState, baseURL } = config.projects[ 0 ]!.use;
	const storageStatePath =
		typeof storageState === 'string' ? storageState : undefined;
	const requestContext = await request.newContext( {
		baseURL,
		// Playground's --login is off in scripts/start.js; the cookie also keeps it off if someone enables it.
		storageState: {
			cookies: [
				{
					name: 'playground_auto_login_already_happened',
					value: '1',
					domain: new URL( baseURL! ).hostname,
					path: '/',
					expires: -1,
					httpOnly: false,
					secure: false,
					sameSite: 'Lax',
				},
			],
			origins: [],
		},
	} );
	const requestUtils = new RequestUtils( requestContext, {
		storageStatePath,
	} );
	await requestUtils.setupRest();
	await requestUtils.rest( {
		path: '/joolwebsp-e2e/v1/mail',
		method: 'DELETE',
	} );
	await requestContext.dispose();

	const log = process.env.JOOLWEBSP_DEBUG_LOG;
	if ( log && fs.existsSync( log ) ) {
		fs.writeFileSync( log, '' );
	}
}
