/**
 * Dates, times and money in the site's locale, timezone and currency.
 */

/**
 * WordPress dependencies
 */
import { dateI18n, getSettings as getDateSettings } from '@wordpress/date';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { BundleStatus, PaymentStatus, SessionStatus } from '../rules';
import { getSettings } from '../settings';

/**
 * Money like "€1,234.50" in the site locale.
 *
 * @param amount   Amount with two decimals, as the API returns it.
 * @param currency ISO 4217 code; the site's by default.
 */
export function formatMoney(
	amount: string | number,
	currency?: string
): string {
	const locale = getSettings().locale.replace( '_', '-' );
	try {
		return new Intl.NumberFormat( locale, {
			style: 'currency',
			currency: currency || getSettings().currency,
		} ).format( Number( amount ) );
	} catch {
		return `${ amount } ${ currency || getSettings().currency }`;
	}
}

/**
 * A number in the site locale, with up to two decimals.
 *
 * @param value Number.
 */
export function formatNumber( value: number ): string {
	try {
		return new Intl.NumberFormat(
			getSettings().locale.replace( '_', '-' ),
			{
				maximumFractionDigits: 2,
			}
		).format( value );
	} catch {
		return String( value );
	}
}

/**
 * Date and time of an ISO instant, in the site timezone and formats.
 *
 * @param iso ISO 8601.
 */
export function formatDateTime( iso: string ): string {
	return dateI18n( getDateSettings().formats.datetime, iso, undefined );
}

/**
 * Date of an ISO instant, in the site timezone and format.
 *
 * @param iso ISO 8601.
 */
export function formatDate( iso: string ): string {
	return dateI18n( getDateSettings().formats.date, iso, undefined );
}

/**
 * A calendar day (`YYYY-MM-DD`, already in site time) in the site locale, never shifted by a
 * timezone.
 *
 * @param day Day.
 */
export function formatDay( day: string ): string {
	const time = Date.parse( `${ day }T00:00:00Z` );
	if ( Number.isNaN( time ) ) {
		return day;
	}
	const locale = getSettings().locale.replace( '_', '-' );
	try {
		return new Intl.DateTimeFormat( locale, {
			dateStyle: 'medium',
			timeZone: 'UTC',
		} ).format( time );
	} catch {
		return day;
	}
}

/**
 * Today in the site timezone, `YYYY-MM-DD`.
 */
export function todayInSite(): string {
	return dateI18n( 'Y-m-d', new Date().toISOString(), undefined );
}

/**
 * `YYYY-MM-DDTHH:MM` of an ISO instant in the site timezone (for datetime-local inputs).
 *
 * @param iso ISO 8601.
 */
export function toLocalInput( iso: string ): string {
	return dateI18n( 'Y-m-d\\TH:i', iso, undefined );
}

export function sessionStatusLabel( status: SessionStatus ): string {
	return {
		booked: __( 'Booked', 'joolweb-sessions-pro' ),
		completed: __( 'Completed', 'joolweb-sessions-pro' ),
		cancelled: __( 'Cancelled', 'joolweb-sessions-pro' ),
		available: __( 'Available', 'joolweb-sessions-pro' ),
	}[ status ];
}

export function paymentStatusLabel( status: PaymentStatus ): string {
	return {
		pending: __( 'Payment pending', 'joolweb-sessions-pro' ),
		paid: __( 'Paid', 'joolweb-sessions-pro' ),
		refunded: __( 'Refunded', 'joolweb-sessions-pro' ),
		cancelled: __( 'Payment cancelled', 'joolweb-sessions-pro' ),
	}[ status ];
}

export function bundleStatusLabel( status: BundleStatus ): string {
	return {
		active: __( 'Active', 'joolweb-sessions-pro' ),
		paused: __( 'Paused', 'joolweb-sessions-pro' ),
		completed: __( 'Completed', 'joolweb-sessions-pro' ),
	}[ status ];
}

// The status lists live in src/rules.ts (one source, checked against PHP); re-exported for callers.
export { BUNDLE_STATUSES, PAYMENT_STATUSES, SESSION_STATUSES } from '../rules';

/**
 * Select options of a list of codes, told in words.
 *
 * @param codes Codes, in order.
 * @param label The words for a code.
 */
export function optionsOf< T extends string >(
	codes: readonly T[],
	label: ( code: T ) => string
): Array< { value: T; label: string } > {
	return codes.map( ( value ) => ( { value, label: label( value ) } ) );
}
