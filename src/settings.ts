/**
 * Typed access to `window.joolwebspSettings`, printed once per screen by includes/Admin/Assets.php.
 */

export type Capability =
	| 'view_clients'
	| 'create_clients'
	| 'edit_clients'
	| 'delete_clients'
	| 'view_sessions'
	| 'edit_sessions'
	| 'manage_programs'
	| 'import_clients'
	| 'export_clients'
	| 'manage_options';

export type ScreenName =
	| 'dashboard'
	| 'clients'
	| 'add-client'
	| 'sessions'
	| 'programs'
	| 'import'
	| 'settings';

export interface SiteSettings {
	delete_data_on_uninstall: boolean;
	currency: string;
}

/** A measured value's key, as in the REST schema (includes/Measurements/REST/Measurements_Controller.php). */
export type MeasurementKey =
	| 'weight_kg'
	| 'body_fat_pct'
	| 'waist_cm'
	| 'hips_cm'
	| 'chest_cm'
	| 'arm_cm'
	| 'thigh_cm';

/** A value's plausible range, unit and precision (Measurement_Service::ranges() and step()). */
export interface MeasurementRange {
	min: number;
	max: number;
	unit: string;
	step: number;
}

/** The Physical tab's settings, published by Admin\Assets only when measurements are available. */
export interface MeasurementSettings {
	/** Every value the form offers, in the server's order. */
	ranges: Partial< Record< MeasurementKey, MeasurementRange > >;
}

export interface ClientSettings {
	version: string;
	restRoot: string;
	restNamespace: string;
	nonce: string;
	adminUrl: string;
	screens: Partial< Record< ScreenName, string > >;
	user: { id: number; displayName: string };
	capabilities: Partial< Record< Capability, boolean > >;
	/** Whether the user reaches every client (Client_Access decides; never guessed from a capability). */
	reachesEveryone: boolean;
	/** Email types and their labels (Email_Templates), for the email timeline. */
	emailTypes: Record< string, string >;
	/** Why the plugin may not touch an account that has other roles (Account_Policy). */
	accountProtectedMessage: string;
	/** Whether the premium license is active (import, export, measurements). */
	premium?: boolean;
	/** The Physical tab, or null: premium and the Settings → General switch (Measurement_Service). */
	measurements?: MeasurementSettings | null;
	settings: Partial< SiteSettings >;
	locale: string;
	timezone: string;
	currency: string;
}

declare global {
	interface Window {
		joolwebspSettings?: ClientSettings;
	}
}

const FALLBACK: ClientSettings = {
	version: '',
	restRoot: '/wp-json/',
	restNamespace: 'joolwebsp/v1',
	nonce: '',
	adminUrl: '/wp-admin/',
	screens: {},
	user: { id: 0, displayName: '' },
	capabilities: {},
	reachesEveryone: false,
	emailTypes: {},
	accountProtectedMessage: '',
	settings: {},
	locale: 'en_US',
	timezone: 'UTC',
	currency: 'EUR',
};

/**
 * The settings of the current page (a safe fallback when the script runs elsewhere, e.g. in tests).
 */
export function getSettings(): ClientSettings {
	return window.joolwebspSettings ?? FALLBACK;
}

/**
 * Whether the current user has a plugin capability. The server decides again on every request.
 *
 * @param cap Capability name.
 */
export function can( cap: Capability ): boolean {
	return getSettings().capabilities[ cap ] === true;
}

/**
 * Whether the premium license is active, as the server decided it (`License::has( 'premium' )`,
 * printed by Admin\Assets). It only hides what the premium routes refuse anyway.
 */
export function hasPremium(): boolean {
	return getSettings().premium === true;
}

/**
 * URL of one of the plugin's admin screens, with optional query arguments.
 *
 * @param screen Screen.
 * @param args   Extra query arguments.
 */
export function screenUrl(
	screen: ScreenName,
	args: Record< string, string | number > = {}
): string {
	const base =
		getSettings().screens[ screen ] ??
		`admin.php?page=joolwebsp-${ screen }`;
	const query = Object.entries( args )
		.map(
			( [ key, value ] ) =>
				`${ encodeURIComponent( key ) }=${ encodeURIComponent( String( value ) ) }`
		)
		.join( '&' );
	return query ? `${ base }&${ query }` : base;
}
