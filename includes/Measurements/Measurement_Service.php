<?php
/**
 * Rules of the physical measurements.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Measurements;

use Joolweb\SessionsPro\Clients\Client;
use Joolweb\SessionsPro\Clients\Client_Service;
use Joolweb\SessionsPro\Contracts\Registrable;
use Joolweb\SessionsPro\License\License;
use Joolweb\SessionsPro\Settings\Settings;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Validation (a date, at least one value, each within a plausible range), create, update, delete;
 * a client's measurements go with the client. Available with premium and the Settings → General
 * switch.
 *
 * @since 0.2.0
 *
 * @phpstan-import-type Measurement from Measurement_Repository
 */
final class Measurement_Service implements Registrable {

	public const NOTES_MAX = 2000;

	/**
	 * Constructor.
	 *
	 * @since 0.2.0
	 *
	 * @param Measurement_Repository $measurements Measurements.
	 * @param Settings               $settings     Settings (the switch).
	 */
	public function __construct( private Measurement_Repository $measurements, private Settings $settings ) {
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'joolwebsp_client_deleting', array( $this, 'delete_for_client' ) );
	}

	/**
	 * Plausible range of each value: [min, max, unit].
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, array{0: float, 1: float, 2: string}>
	 */
	public static function ranges(): array {
		return array(
			'weight_kg'    => array( 20.0, 400.0, 'kg' ),
			'body_fat_pct' => array( 2.0, 70.0, '%' ),
			'waist_cm'     => array( 30.0, 250.0, 'cm' ),
			'hips_cm'      => array( 40.0, 250.0, 'cm' ),
			'chest_cm'     => array( 40.0, 250.0, 'cm' ),
			'arm_cm'       => array( 10.0, 80.0, 'cm' ),
			'thigh_cm'     => array( 20.0, 120.0, 'cm' ),
		);
	}

	/**
	 * Precision a value is stored with (weight to the 10 g, the others to the millimetre).
	 *
	 * @since 0.2.0
	 *
	 * @param string $key Value key.
	 */
	public static function step( string $key ): float {
		return 'weight_kg' === $key ? 0.01 : 0.1;
	}

	/**
	 * Null when measurements are available, else the 403 to answer.
	 *
	 * @since 0.2.0
	 */
	public function unavailable(): ?WP_Error {
		if ( ! License::has( License::PREMIUM ) ) {
			return License::premium_required();
		}
		if ( ! $this->settings->measurements_enabled() ) {
			return new WP_Error( 'joolwebsp_measurements_disabled', __( 'Physical measurements are switched off (Settings > General).', 'joolweb-sessions-pro' ), array( 'status' => 403 ) );
		}
		return null;
	}

	/**
	 * A client's measurements, oldest first.
	 *
	 * @since 0.2.0
	 *
	 * @param int $client_id Client.
	 * @return list<Measurement>
	 */
	public function for_client( int $client_id ): array {
		return $this->measurements->for_client( $client_id );
	}

	/**
	 * One measurement.
	 *
	 * @since 0.2.0
	 *
	 * @param int $id Id.
	 * @return Measurement|null
	 */
	public function find( int $id ): ?array {
		return $this->measurements->find( $id );
	}

	/**
	 * Adds a measurement.
	 *
	 * @since 0.2.0
	 *
	 * @param int                  $client_id Client.
	 * @param array<string, mixed> $input     date, values, notes.
	 * @param int                  $actor_id  Acting user.
	 * @return Measurement|WP_Error
	 */
	public function create( int $client_id, array $input, int $actor_id ) {
		$fields = $this->validate( $input, null );
		if ( is_wp_error( $fields ) ) {
			return $fields;
		}
		$id  = $this->measurements->insert(
			array_merge(
				array(
					'notes'      => '',
					'client_id'  => $client_id,
					'created_by' => $actor_id,
				),
				$fields
			)
		);
		$row = null === $id ? null : $this->measurements->find( $id );
		return $row ?? new WP_Error( 'joolwebsp_measurement_failed', __( 'The measurement could not be saved.', 'joolweb-sessions-pro' ), array( 'status' => 500 ) );
	}

	/**
	 * Changes a measurement.
	 *
	 * @since 0.2.0
	 *
	 * @param Measurement          $measurement Current.
	 * @param array<string, mixed> $input       Changed fields.
	 * @return Measurement|WP_Error
	 */
	public function update( array $measurement, array $input ) {
		$fields = $this->validate( $input, $measurement );
		if ( is_wp_error( $fields ) ) {
			return $fields;
		}
		if ( $fields && ! $this->measurements->update( $measurement['id'], $fields ) ) {
			return new WP_Error( 'joolwebsp_measurement_failed', __( 'The measurement could not be saved.', 'joolweb-sessions-pro' ), array( 'status' => 500 ) );
		}
		return $this->measurements->find( $measurement['id'] ) ?? $measurement;
	}

	/**
	 * Deletes a measurement.
	 *
	 * @since 0.2.0
	 *
	 * @param Measurement $measurement Measurement.
	 */
	public function delete( array $measurement ): bool {
		return $this->measurements->delete( $measurement['id'] );
	}

	/**
	 * Removes a client's measurements (the client is being deleted).
	 *
	 * @since 0.2.0
	 *
	 * @param Client $client Client.
	 */
	public function delete_for_client( Client $client ): void {
		$this->measurements->delete_for_client( $client->id );
	}

	/**
	 * Validates and normalises: the date (YYYY-MM-DD, not after today), each value in its range
	 * (rounded to its column), notes; at least one value once merged with $current.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed> $input   Input.
	 * @param Measurement|null     $current The measurement being changed, or null on create.
	 * @return array<string, mixed>|WP_Error Columns.
	 */
	public function validate( array $input, ?array $current ) {
		$fields = array();
		$errors = array();
		if ( array_key_exists( 'date', $input ) || null === $current ) {
			$date = is_string( $input['date'] ?? null ) ? $input['date'] : '';
			$time = \DateTimeImmutable::createFromFormat( '!Y-m-d', $date, wp_timezone() );
			if ( ! $time || $time->format( 'Y-m-d' ) !== $date ) {
				$errors['date'] = __( 'Enter a date as YYYY-MM-DD.', 'joolweb-sessions-pro' );
			} elseif ( $date > wp_date( 'Y-m-d' ) || $date < '1900-01-01' ) {
				$errors['date'] = __( 'The date cannot be in the future.', 'joolweb-sessions-pro' );
			} else {
				$fields['measured_on'] = $date;
			}
		}
		foreach ( self::ranges() as $key => list( $min, $max, $unit ) ) {
			if ( ! array_key_exists( $key, $input ) ) {
				continue;
			}
			$value = $input[ $key ];
			if ( null === $value || '' === $value ) {
				$fields[ $key ] = null;
				continue;
			}
			$number = is_numeric( $value ) ? (float) $value : ( is_string( $value ) && is_numeric( str_replace( ',', '.', $value ) ) ? (float) str_replace( ',', '.', $value ) : null );
			if ( null === $number || $number < $min || $number > $max ) {
				/* translators: 1: minimum, 2: maximum, 3: unit. */
				$errors[ $key ] = sprintf( __( 'Enter a value from %1$s to %2$s %3$s.', 'joolweb-sessions-pro' ), number_format_i18n( $min ), number_format_i18n( $max ), $unit );
				continue;
			}
			$fields[ $key ] = round( $number, (int) round( -log10( self::step( $key ) ) ) );
		}
		if ( array_key_exists( 'notes', $input ) ) {
			$notes = is_scalar( $input['notes'] ) ? sanitize_textarea_field( (string) $input['notes'] ) : '';
			if ( mb_strlen( $notes ) > self::NOTES_MAX ) {
				/* translators: %d: maximum number of characters. */
				$errors['notes'] = sprintf( __( 'Use at most %d characters.', 'joolweb-sessions-pro' ), self::NOTES_MAX );
			} else {
				$fields['notes'] = $notes;
			}
		}
		if ( ! $errors ) {
			$any = false;
			foreach ( Measurement_Repository::VALUES as $key ) {
				$value = array_key_exists( $key, $fields ) ? $fields[ $key ] : ( $current[ $key ] ?? null );
				$any   = $any || null !== $value;
			}
			if ( ! $any ) {
				$errors['weight_kg'] = __( 'Enter at least one measurement.', 'joolweb-sessions-pro' );
			}
		}
		return $errors ? Client_Service::invalid( $errors ) : $fields;
	}
}
