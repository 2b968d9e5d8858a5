/**
 * REST calls and types of the Settings and Dashboard screens (issue 11) and the License tab
 * (issue 12). Types mirror includes/Settings/Settings_Controller.php,
 * includes/Dashboard/REST/Dashboard_Controller.php and `settingsMeta` printed by
 * includes/Admin/Assets.php.
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import { NAMESPACE, isApiError } from './client';
import type { Session } from './types';

export type EmailType =
	| 'welcome'
	| 'password_reset'
	| 'booking_confirmation'
	| 'session_update'
	| 'cancellation'
	| 'reminder'
	| 'client_cancelled';

export interface EmailTemplate {
	enabled: boolean;
	subject: string;
	body: string;
}

export interface Colors {
	accent: string;
	text: string;
	background: string;
}

/** GET /settings (every field), the body of POST /settings (any subset). */
export interface FullSettings {
	cancellation_window_hours: number;
	measurements_enabled: boolean;
	dashboard_scope: 'all' | 'mine';
	currency: string;
	delete_data_on_uninstall: boolean;
	sender_name: string;
	sender_email: string;
	reminder_hours: number;
	emails: Record< string, EmailTemplate >;
	coach_capabilities: string[];
	colors: Colors;
}

/** A partial settings object; emails and colours may be partial too (the server merges). */
export type SettingsChanges = Partial<
	Omit< FullSettings, 'emails' | 'colors' >
> & {
	emails?: Record< string, Partial< EmailTemplate > >;
	colors?: Partial< Colors >;
};

/** GET /settings/reminders. */
export interface RemindersStatus {
	last_run: string | null;
	stale: boolean;
	next_run: string | null;
	wp_cron_disabled: boolean;
	cron_url: string;
	reminder_hours: number;
	last_result: {
		at: string;
		source: string;
		status: string;
		sent: number;
		failed: number;
		skipped: number;
		more: boolean;
	} | null;
}

/** `joolwebspSettings.settingsMeta`: the lists written once in PHP. */
export interface SettingsMeta {
	emailTypes: Array< {
		type: EmailType;
		label: string;
		recipient: 'client' | 'coach';
		placeholders: string[];
		defaults: { subject: string; body: string };
	} >;
	placeholders: Record< string, string >;
	capabilities: Array< { name: string; label: string; description: string } >;
	cancellationWindows: number[];
	reminderHours: number[];
	dashboardScopes: string[];
	defaultColors: Colors;
	senderDefaults: { name: string; email: string };
	reminders: RemindersStatus | null;
}

export interface EmailPreview {
	type: EmailType;
	subject: string;
	body: string;
	format: 'text' | 'html';
}

/** The license (issue 12). */
export type LicenseStatus =
	'active' | 'expired' | 'invalid' | 'wrong_site' | 'none' | string;

export interface License {
	status: LicenseStatus;
	features?: string[];
	expires?: string | null;
	site?: string;
	key?: string;
	id?: string;
}

/** GET /dashboard. */
export interface Dashboard {
	scope: 'all' | 'mine';
	currency: string;
	now: string;
	today: {
		start: string;
		end: string;
		items: Session[];
		total: number;
	} | null;
	upcoming: {
		start: string;
		end: string;
		items: Session[];
		total: number;
		days: Array< { date: string; start: string; count: number } >;
	} | null;
	alerts: {
		past_booked: {
			items: Session[];
			total: number;
			capped: boolean;
		} | null;
		pending_payments: {
			items: Session[];
			total: number;
			amount: string;
		} | null;
		clients_without_login: {
			items: Array< {
				id: number;
				name: string;
				email: string;
				created_at: string;
			} >;
			total: number;
			capped: boolean;
		} | null;
	};
	kpis: Record< 'this_month' | 'last_month', MonthKpis >;
}

export interface MonthKpis {
	month: string;
	sessions_completed: number | null;
	revenue_paid: string | null;
	new_clients: number | null;
}

/**
 * The meta printed on the Settings screen (empty lists elsewhere, e.g. in tests).
 */
export function getSettingsMeta(): SettingsMeta {
	const printed = (
		window.joolwebspSettings as unknown as
			{ settingsMeta?: SettingsMeta } | undefined
	 )?.settingsMeta;
	return (
		printed ?? {
			emailTypes: [],
			placeholders: {},
			capabilities: [],
			cancellationWindows: [ 0, 12, 24, 48, 72 ],
			reminderHours: [ 0, 2, 12, 24, 48 ],
			dashboardScopes: [ 'all', 'mine' ],
			defaultColors: {
				accent: '#2271b1',
				text: '#1e1e1e',
				background: '#ffffff',
			},
			senderDefaults: { name: 'WordPress', email: '' },
			reminders: null,
		}
	);
}

/**
 * Field errors of a 400 `rest_invalid_param`, by field path (`currency`, `emails.welcome.subject`).
 *
 * @param error Thrown value.
 */
export function fieldErrors( error: unknown ): Record< string, string > {
	if ( ! isApiError( error ) || ! error.data?.params ) {
		return {};
	}
	return { ...error.data.params };
}

/**
 * Whether a thrown value is "no such route" (the License backend not installed yet).
 *
 * @param error Thrown value.
 */
export function isMissingRoute( error: unknown ): boolean {
	return (
		isApiError( error ) &&
		( error.code === 'rest_no_route' || error.data?.status === 404 )
	);
}

export const settingsApi = {
	get: (): Promise< FullSettings > =>
		apiFetch< FullSettings >( { path: `${ NAMESPACE }/settings` } ),
	update: ( changes: SettingsChanges ): Promise< FullSettings > =>
		apiFetch< FullSettings >( {
			path: `${ NAMESPACE }/settings`,
			method: 'POST',
			data: changes,
		} ),
	previewEmail: ( data: {
		type: EmailType;
		subject?: string;
		body?: string;
	} ): Promise< EmailPreview > =>
		apiFetch< EmailPreview >( {
			path: `${ NAMESPACE }/settings/emails/preview`,
			method: 'POST',
			data,
		} ),
	testEmail: ( data: {
		type: EmailType;
		subject?: string;
		body?: string;
	} ): Promise< { sent: boolean; to: string } > =>
		apiFetch( {
			path: `${ NAMESPACE }/settings/emails/test`,
			method: 'POST',
			data,
		} ),
	reminders: (): Promise< RemindersStatus > =>
		apiFetch< RemindersStatus >( {
			path: `${ NAMESPACE }/settings/reminders`,
		} ),
};

export const licenseApi = {
	get: (): Promise< License > =>
		apiFetch< License >( { path: `${ NAMESPACE }/license` } ),
	activate: ( key: string ): Promise< License > =>
		apiFetch< License >( {
			path: `${ NAMESPACE }/license`,
			method: 'POST',
			data: { key },
		} ),
	deactivate: (): Promise< unknown > =>
		apiFetch( { path: `${ NAMESPACE }/license`, method: 'DELETE' } ),
};

export const dashboardApi = {
	get: (): Promise< Dashboard > =>
		apiFetch< Dashboard >( { path: `${ NAMESPACE }/dashboard` } ),
};
