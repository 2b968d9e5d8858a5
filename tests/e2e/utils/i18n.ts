/**
 * Site language for e2e tests: switch the site to French and back, and write expected French
 * text with the same typography as languages/*.po (a no-break space before : ; ? ! and inside « »,
 * added by `npm run make-translations`).
 *
 * Core's fr_FR files are not installed on the test sites: only the plugin's strings become French
 * (WordPress's own menus and buttons stay English).
 *
 * Example, for a front page spec:
 *   await withSiteLanguage( requestUtils, 'fr_FR', async () => {
 *       await page.goto( '/mes-clients/' );
 *       await expect( page.getByRole( 'heading', { name: fr( 'Mes clients' ) } ) ).toBeVisible();
 *   } );
 */
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

export type SiteLocale = 'en_US' | 'fr_FR';

/** No-break space. */
export const NBSP = '\u00a0';

/**
 * French text as the translation files write it: `fr( 'Prochaine séance : %s' )` →
 * `'Prochaine séance\u00a0: %s'`.
 *
 * @param text French text written with plain spaces.
 */
export function fr( text: string ): string {
	return text.replace( / (?=[:;?!»])/g, NBSP ).replace( /« /g, `«${ NBSP }` );
}

/**
 * Sets the site language (option WPLANG) through the e2e helper plugin.
 *
 * @param requestUtils Admin request utils.
 * @param locale       Locale.
 */
export async function setSiteLanguage(
	requestUtils: RequestUtils,
	locale: SiteLocale
): Promise< void > {
	await requestUtils.rest( {
		path: '/joolwebsp-e2e/v1/locale',
		method: 'POST',
		data: { locale },
	} );
}

/**
 * The site language.
 *
 * @param requestUtils Admin request utils.
 */
export async function siteLanguage(
	requestUtils: RequestUtils
): Promise< string > {
	const { locale } = await requestUtils.rest< { locale: string } >( {
		path: '/joolwebsp-e2e/v1/locale',
	} );
	return locale;
}

/**
 * Runs a callback with the site in a language, then puts English back, even when it fails.
 *
 * @param requestUtils Admin request utils.
 * @param locale       Locale.
 * @param callback     What to do in that language.
 */
export async function withSiteLanguage< T >(
	requestUtils: RequestUtils,
	locale: SiteLocale,
	callback: () => Promise< T >
): Promise< T > {
	await setSiteLanguage( requestUtils, locale );
	try {
		return await callback();
	} finally {
		await setSiteLanguage( requestUtils, 'en_US' );
	}
}
