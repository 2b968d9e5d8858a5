/**
 * Typed access to `window.joolwebspFront`, printed by includes/Front/Front_Assets.php next to
 * `window.joolwebspSettings` on the front pages.
 */

export type FrontPage =
	'coach_home' | 'coach_clients' | 'client_area' | 'login';

export interface FrontSettings {
	pages: Partial< Record< FrontPage, string > >;
	/** The front client profile with `{id}`: `/customer/{id}/`, or a query string. */
	customerUrl: string;
	cancellationWindowHours: number;
	logoutUrl: string;
}

declare global {
	interface Window {
		joolwebspFront?: FrontSettings;
	}
}

const FALLBACK: FrontSettings = {
	pages: {},
	customerUrl: '',
	cancellationWindowHours: 24,
	logoutUrl: '',
};

/**
 * The front settings of the current page (a safe fallback elsewhere, e.g. in tests).
 */
export function getFrontSettings(): FrontSettings {
	return window.joolwebspFront ?? FALLBACK;
}

/**
 * URL of one of the front pages ('' when missing).
 *
 * @param page Page key.
 */
export function pageUrl( page: FrontPage ): string {
	return getFrontSettings().pages[ page ] ?? '';
}

/**
 * The front profile of a client.
 *
 * @param id Client id.
 */
export function customerUrl( id: number ): string {
	return getFrontSettings().customerUrl.replace( '{id}', String( id ) );
}
