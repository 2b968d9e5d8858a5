<?php
/**
 * Dates of sessions: input in the site timezone, storage in GMT, schedule patterns.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Sessions;

use DateTimeImmutable;
use DateTimeZone;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Parses start times and expands weekly patterns. A time without an offset is read in the site
 * timezone (what a coach types); each occurrence of a pattern is converted on its own date, so a
 * 10:00 session stays at 10:00 local across a DST change.
 *
 * @since 0.1.0
 *
 * @phpstan-type Pattern array{first_date: string, weekdays: list<int>, time: string, count: int}
 */
final class Schedule {

	public const MAX_COUNT = 100;

	/**
	 * GMT `Y-m-d H:i:s` of a start: ISO 8601 with an offset or Z (absolute), or a local
	 * "YYYY-MM-DD HH:MM[:SS]" / "YYYY-MM-DDTHH:MM" read in the site timezone.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed  $value Input.
	 * @param string $field Field name for the error.
	 * @return string|WP_Error
	 */
	public static function parse_start( $value, string $field = 'start' ) {
		$text = is_string( $value ) ? trim( $value ) : '';
		if ( ! preg_match( '/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i', $text, $m ) ) {
			return self::invalid( $field, __( 'Enter a date and time, e.g. 2026-05-14T09:30.', 'joolweb-sessions-pro' ) );
		}
		$has_offset = ! empty( $m[3] );
		try {
			$date = new DateTimeImmutable( str_replace( ' ', 'T', $text ), $has_offset ? null : wp_timezone() );
		} catch ( \Exception $e ) {
			return self::invalid( $field, __( 'Enter a date and time, e.g. 2026-05-14T09:30.', 'joolweb-sessions-pro' ) );
		}
		$year = (int) $date->format( 'Y' );
		if ( $year < 2000 || $year > 2100 ) {
			return self::invalid( $field, __( 'Enter a date between 2000 and 2100.', 'joolweb-sessions-pro' ) );
		}
		return $date->setTimezone( new DateTimeZone( 'UTC' ) )->format( 'Y-m-d H:i:s' );
	}

	/**
	 * JSON Schema of a weekly pattern (an argument of the bundle routes).
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function pattern_schema(): array {
		return array(
			'description' => __( 'A weekly pattern: from first_date (YYYY-MM-DD), every listed ISO weekday (1 = Monday … 7 = Sunday) at time (HH:MM, site timezone), count times.', 'joolweb-sessions-pro' ),
			'type'        => 'object',
			'properties'  => array(
				'first_date' => array( 'type' => 'string' ),
				'weekdays'   => array(
					'type'  => 'array',
					'items' => array( 'type' => 'integer' ),
				),
				'time'       => array( 'type' => 'string' ),
				'count'      => array( 'type' => 'integer' ),
			),
		);
	}

	/**
	 * Expands a weekly pattern into GMT start times: from `first_date` (inclusive), every day whose
	 * ISO weekday (1 = Monday … 7 = Sunday) is listed, at `time` local, `count` times.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $pattern Pattern.
	 * @return list<string>|WP_Error GMT datetimes.
	 */
	public static function expand( $pattern ) {
		if ( ! is_array( $pattern ) ) {
			return self::invalid( 'schedule', __( 'Give a schedule pattern.', 'joolweb-sessions-pro' ) );
		}
		$first    = is_string( $pattern['first_date'] ?? null ) ? $pattern['first_date'] : '';
		$time     = is_string( $pattern['time'] ?? null ) ? $pattern['time'] : '';
		$count    = is_numeric( $pattern['count'] ?? null ) ? (int) $pattern['count'] : 0;
		$weekdays = array_values( array_unique( array_map( 'intval', is_array( $pattern['weekdays'] ?? null ) ? $pattern['weekdays'] : array() ) ) );
		if ( ! preg_match( '/^\d{4}-\d{2}-\d{2}$/', $first ) || ! wp_checkdate( (int) substr( $first, 5, 2 ), (int) substr( $first, 8, 2 ), (int) substr( $first, 0, 4 ), $first ) ) {
			return self::invalid( 'first_date', __( 'Enter the first date as YYYY-MM-DD.', 'joolweb-sessions-pro' ) );
		}
		if ( ! preg_match( '/^([01]\d|2[0-3]):[0-5]\d$/', $time ) ) {
			return self::invalid( 'time', __( 'Enter the time as HH:MM.', 'joolweb-sessions-pro' ) );
		}
		if ( ! $weekdays || array_diff( $weekdays, range( 1, 7 ) ) ) {
			return self::invalid( 'weekdays', __( 'Choose at least one weekday.', 'joolweb-sessions-pro' ) );
		}
		if ( $count < 1 || $count > self::MAX_COUNT ) {
			return self::invalid( 'count', __( 'Choose from 1 to 100 sessions.', 'joolweb-sessions-pro' ) );
		}
		$tz    = wp_timezone();
		$day   = new DateTimeImmutable( $first . ' 00:00:00', $tz );
		$utc   = new DateTimeZone( 'UTC' );
		$out   = array();
		$guard = 0;
		$found = 0;
		while ( $found < $count && $guard < 800 ) {
			if ( in_array( (int) $day->format( 'N' ), $weekdays, true ) ) {
				$local = new DateTimeImmutable( $day->format( 'Y-m-d' ) . ' ' . $time . ':00', $tz );
				$out[] = $local->setTimezone( $utc )->format( 'Y-m-d H:i:s' );
				++$found;
			}
			$day = $day->modify( '+1 day' );
			++$guard;
		}
		return $out;
	}

	/**
	 * ISO 8601 UTC of a GMT datetime.
	 *
	 * @since 0.1.0
	 *
	 * @param string $gmt `Y-m-d H:i:s`.
	 */
	public static function iso( string $gmt ): string {
		return str_replace( ' ', 'T', $gmt ) . 'Z';
	}

	/**
	 * A 400 naming a field.
	 *
	 * @since 0.1.0
	 *
	 * @param string $field   Field.
	 * @param string $message Message.
	 */
	private static function invalid( string $field, string $message ): WP_Error {
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
