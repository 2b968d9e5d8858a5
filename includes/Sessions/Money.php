<?php
/**
 * Money in integer minor units.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Sessions;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Parses prices typed by people into cents, formats cents as "12.50", splits totals exactly.
 * Computed on the server only; floats never touch money.
 *
 * @since 0.1.0
 */
final class Money {

	/** The largest price: one million, in cents. */
	public const MAX_CENTS = 100000000;

	/**
	 * Cents of a price: a number or a string with at most two decimals, 0 to 1,000,000.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed  $value Input ("12", "12.5", "12.50", 12.5).
	 * @param string $field Field name for the error.
	 * @return int|WP_Error
	 */
	public static function parse( $value, string $field = 'price' ) {
		if ( is_int( $value ) ) {
			$value = (string) $value;
		} elseif ( is_float( $value ) ) {
			$value = rtrim( rtrim( number_format( $value, 6, '.', '' ), '0' ), '.' );
		}
		$text = is_string( $value ) ? trim( $value ) : '';
		if ( ! preg_match( '/^(\d{1,7})(?:\.(\d{1,2}))?$/', $text, $m ) ) {
			return self::invalid( $field );
		}
		$cents = (int) $m[1] * 100 + (int) str_pad( $m[2] ?? '0', 2, '0' );
		return $cents > self::MAX_CENTS ? self::invalid( $field ) : $cents;
	}

	/**
	 * "1234.50" from 123450.
	 *
	 * @since 0.1.0
	 *
	 * @param int $cents Cents.
	 */
	public static function format( int $cents ): string {
		$sign  = $cents < 0 ? '-' : '';
		$cents = abs( $cents );
		return sprintf( '%s%d.%02d', $sign, intdiv( $cents, 100 ), $cents % 100 );
	}

	/**
	 * Splits a total into N parts that add up exactly; leftover cents go to the first parts
	 * (100.00 over 3 → 33.34, 33.33, 33.33).
	 *
	 * @since 0.1.0
	 *
	 * @param int $total_cents Total.
	 * @param int $parts       Number of parts (≥ 1).
	 * @return list<int>
	 */
	public static function split( int $total_cents, int $parts ): array {
		$parts = max( 1, $parts );
		$base  = intdiv( $total_cents, $parts );
		$extra = $total_cents - $base * $parts;
		$split = array();
		for ( $i = 0; $i < $parts; $i++ ) {
			$split[] = $base + ( $i < $extra ? 1 : 0 );
		}
		return $split;
	}

	/**
	 * The error for an invalid price.
	 *
	 * @since 0.1.0
	 *
	 * @param string $field Field.
	 */
	private static function invalid( string $field ): WP_Error {
		$message = __( 'Enter an amount from 0 to 1,000,000 with at most two decimals.', 'joolweb-sessions-pro' );
		return new WP_Error(
			'rest_invalid_param',
			/* translators: %s: field name. */
			sprintf( __( 'Invalid parameter(s): %s', 'joolweb-sessions-pro' ), $field ),
			array(
				'status' => 400,
				'params' => array( $field => $message ),
			)
		);
	}
}
