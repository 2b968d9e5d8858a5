<?php
/**
 * The only SQL on the measurements table.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Measurements;

use Joolweb\SessionsPro\Database\Abstract_Schema;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.DB.DirectDatabaseQuery -- The plugin's own table; values go through prepare().

/**
 * Measurements by client and by id.
 *
 * @since 0.2.0
 *
 * @phpstan-type Measurement array{id: int, client_id: int, date: string, weight_kg: float|null, body_fat_pct: float|null, waist_cm: float|null, hips_cm: float|null, chest_cm: float|null, arm_cm: float|null, thigh_cm: float|null, notes: string, created_by: int, created_at_gmt: string, updated_at_gmt: string}
 */
final class Measurement_Repository {

	/** The value columns. */
	public const VALUES = array( 'weight_kg', 'body_fat_pct', 'waist_cm', 'hips_cm', 'chest_cm', 'arm_cm', 'thigh_cm' );

	/**
	 * Table.
	 */
	private function table(): string {
		return Abstract_Schema::table( Measurements_Schema::MEASUREMENTS );
	}

	/**
	 * A client's measurements, oldest first.
	 *
	 * @since 0.2.0
	 *
	 * @param int $client_id Client.
	 * @param int $limit     At most.
	 * @return list<Measurement>
	 */
	public function for_client( int $client_id, int $limit = 1000 ): array {
		global $wpdb;
		$rows = $wpdb->get_results( $wpdb->prepare( 'SELECT * FROM %i WHERE client_id = %d ORDER BY measured_on, id LIMIT %d', $this->table(), $client_id, $limit ), ARRAY_A );
		return array_values( array_map( array( self::class, 'shape' ), (array) $rows ) );
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
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM %i WHERE id = %d', $this->table(), $id ), ARRAY_A );
		return is_array( $row ) ? self::shape( $row ) : null;
	}

	/**
	 * Inserts; the new id.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed> $fields Columns (measured_on, values, notes, client_id, created_by).
	 */
	public function insert( array $fields ): ?int {
		global $wpdb;
		$now = current_time( 'mysql', true );
		$ok  = $wpdb->insert(
			$this->table(),
			array_merge(
				$fields,
				array(
					'created_at_gmt' => $now,
					'updated_at_gmt' => $now,
				)
			)
		);
		return false === $ok ? null : (int) $wpdb->insert_id;
	}

	/**
	 * Updates columns.
	 *
	 * @since 0.2.0
	 *
	 * @param int                  $id     Id.
	 * @param array<string, mixed> $fields Columns.
	 */
	public function update( int $id, array $fields ): bool {
		global $wpdb;
		$fields['updated_at_gmt'] = current_time( 'mysql', true );
		return false !== $wpdb->update( $this->table(), $fields, array( 'id' => $id ) );
	}

	/**
	 * Deletes one.
	 *
	 * @since 0.2.0
	 *
	 * @param int $id Id.
	 */
	public function delete( int $id ): bool {
		global $wpdb;
		return (bool) $wpdb->delete( $this->table(), array( 'id' => $id ) );
	}

	/**
	 * Deletes a client's measurements; how many.
	 *
	 * @since 0.2.0
	 *
	 * @param int $client_id Client.
	 */
	public function delete_for_client( int $client_id ): int {
		global $wpdb;
		return (int) $wpdb->delete( $this->table(), array( 'client_id' => $client_id ) );
	}

	/**
	 * A measurement from its row.
	 *
	 * @param array<string, mixed> $row Row.
	 * @return Measurement
	 */
	private static function shape( array $row ): array {
		$number = static fn( $value ): ?float => null === $value ? null : (float) $value;
		return array(
			'id'             => (int) $row['id'],
			'client_id'      => (int) $row['client_id'],
			'date'           => (string) $row['measured_on'],
			'weight_kg'      => $number( $row['weight_kg'] ),
			'body_fat_pct'   => $number( $row['body_fat_pct'] ),
			'waist_cm'       => $number( $row['waist_cm'] ),
			'hips_cm'        => $number( $row['hips_cm'] ),
			'chest_cm'       => $number( $row['chest_cm'] ),
			'arm_cm'         => $number( $row['arm_cm'] ),
			'thigh_cm'       => $number( $row['thigh_cm'] ),
			'notes'          => (string) $row['notes'],
			'created_by'     => (int) $row['created_by'],
			'created_at_gmt' => (string) $row['created_at_gmt'],
			'updated_at_gmt' => (string) $row['updated_at_gmt'],
		);
	}
}
