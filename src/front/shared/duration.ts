/**
 * Durations told in words ("2 h 30 min").
 */

/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Minutes as hours and minutes.
 *
 * @param minutes Minutes.
 */
export function formatMinutes( minutes: number ): string {
	const hours = Math.floor( minutes / 60 );
	const rest = minutes % 60;
	if ( hours === 0 ) {
		/* translators: %d: number of minutes. */
		return sprintf( __( '%d min', 'joolweb-sessions-pro' ), rest );
	}
	if ( rest === 0 ) {
		/* translators: %d: number of hours. */
		return sprintf( __( '%d h', 'joolweb-sessions-pro' ), hours );
	}
	return sprintf(
		/* translators: 1: number of hours, 2: number of minutes. */
		__( '%1$d h %2$d min', 'joolweb-sessions-pro' ),
		hours,
		rest
	);
}
