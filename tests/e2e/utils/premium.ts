/**
 * Premium in e2e: the sites started by scripts/lib/services.sh verify licenses with the tests' own
 * key pair (seed in tests/php/Premium.php), so a spec mints a real signed key here and activates it
 * through the REST API, as Settings → License does.
 */
import crypto from 'crypto';
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

/** The tests' seed (a fixture, not a secret); the same as tests/php/Premium.php. */
const SEED = 'joolwebsp-tests-license-seed-32b';
const PKCS8_PREFIX = Buffer.from( '302e020100300506032b657004220420', 'hex' );

/**
 * A license key signed with the tests' key pair.
 *
 * @param payload Payload fields over the defaults (any site, premium, no end).
 */
export function mintTestKey( payload: Record< string, unknown > = {} ): string {
	const bytes = Buffer.from(
		JSON.stringify( {
			id: 'E2E-1',
			site: '*',
			features: [ 'premium' ],
			expires: null,
			...payload,
		} )
	);
	const key = crypto.createPrivateKey( {
		key: Buffer.concat( [ PKCS8_PREFIX, Buffer.from( SEED ) ] ),
		format: 'der',
		type: 'pkcs8',
	} );
	const signature = crypto.sign( null, bytes, key );
	return `${ bytes.toString( 'base64url' ) }.${ signature.toString(
		'base64url'
	) }`;
}

/**
 * Activates premium on the site under test.
 *
 * @param requestUtils Request utils (an administrator).
 */
export async function activatePremium(
	requestUtils: RequestUtils
): Promise< void > {
	await requestUtils.rest( {
		method: 'POST',
		path: '/joolwebsp/v1/license',
		data: { key: mintTestKey() },
	} );
}

/**
 * Removes the license (the other specs expect a site without premium).
 *
 * @param requestUtils Request utils (an administrator).
 */
export async function deactivatePremium(
	requestUtils: RequestUtils
): Promise< void > {
	await requestUtils.rest( {
		method: 'DELETE',
		path: '/joolwebsp/v1/license',
	} );
}
