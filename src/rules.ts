/**
 * Every rule the screens check before sending, as written once in PHP. The server checks again;
 * these only save a round trip. `src/test/rules.test.ts` compares them with
 * `tests/fixtures/rules.json`, which `tests/php/Integration/RulesExportTest.php` writes from the PHP
 * constants and schemas (it fails when the committed file differs), so a drift fails CI.
 */

/** Client fields (`Clients\Client_Service`, `Clients\REST\Client_Schema`). */
export const CLIENT_RULES = {
	nameMax: 100,
	emailMax: 100,
	phoneMax: 40,
	/** Allowed characters of a phone, anchored. */
	phonePattern: '^[0-9 +\\-.()]+$',
	phoneDigitsMin: 6,
	phoneDigitsMax: 20,
	coachesMax: 50,
} as const;

/** Session fields (`Sessions\REST\Session_Schema`). */
export const SESSION_RULES = {
	durationMin: 5,
	durationMax: 1440,
} as const;

/** Offer fields of models and bundles (`Programs\REST\Template_Schema`, `Sessions\Schedule`). */
export const OFFER_RULES = {
	titleMax: 200,
	sessionsMin: 1,
	sessionsMax: 100,
} as const;

/** `Sessions\Session::STATUSES`. */
export const SESSION_STATUSES = [
	'booked',
	'completed',
	'cancelled',
	'available',
] as const;
export type SessionStatus = ( typeof SESSION_STATUSES )[ number ];

/** `Sessions\Session::PAYMENT_STATUSES`. */
export const PAYMENT_STATUSES = [
	'pending',
	'paid',
	'refunded',
	'cancelled',
] as const;
export type PaymentStatus = ( typeof PAYMENT_STATUSES )[ number ];

/** `Programs\Bundle::STATUSES`. */
export const BUNDLE_STATUSES = [ 'active', 'paused', 'completed' ] as const;
export type BundleStatus = ( typeof BUNDLE_STATUSES )[ number ];

/** `Emails\Email_Templates::types()` (their labels come from the server: `joolwebspSettings.emailTypes`). */
export const EMAIL_TYPES = [
	'welcome',
	'password_reset',
	'booking_confirmation',
	'session_update',
	'cancellation',
	'reminder',
	'client_cancelled',
] as const;
export type EmailType = ( typeof EMAIL_TYPES )[ number ];

/**
 * Whether a phone number passes the same loose rule as the server (`Client_Service::is_valid_phone`).
 *
 * @param phone Phone.
 */
export function isValidPhone( phone: string ): boolean {
	if (
		phone.length > CLIENT_RULES.phoneMax ||
		! new RegExp( CLIENT_RULES.phonePattern ).test( phone )
	) {
		return false;
	}
	const digits = phone.replace( /\D/g, '' ).length;
	return (
		digits >= CLIENT_RULES.phoneDigitsMin &&
		digits <= CLIENT_RULES.phoneDigitsMax
	);
}
