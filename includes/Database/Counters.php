<?php
/**
 * Row counts kept on write.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Database;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.DB.DirectDatabaseQuery -- The plugin's own table; values go through prepare().

/**
 * A named count, changed atomically in the database by the repository that inserts or deletes rows.
 * A missing counter (a new site, or one reset by hand) is counted once, then kept.
 *
 * @since 0.1.0
 */
final class Counters {

	/**
	 * The table.
	 *
	 * @since 0.1.0
	 */
	private function table(): string {
		return Abstract_Schema::table( Counters_Schema::COUNTERS );
	}

	/**
	 * The count, computed once by `$count` when it is not kept yet.
	 *
	 * @since 0.1.0
	 *
	 * @param string          $name  Counter.
	 * @param callable(): int $count Exact count, for the first read.
	 */
	public function get( string $name, callable $count ): int {
		global $wpdb;
		$value = $wpdb->get_var( $wpdb->prepare( 'SELECT value FROM %i WHERE name = %s', $this->table(), $name ) );
		if ( null !== $value ) {
			return (int) $value;
		}
		$value = $count();
		$wpdb->query( $wpdb->prepare( 'INSERT IGNORE INTO %i (name, value) VALUES (%s, %d)', $this->table(), $name, $value ) );
		return $value;
	}

	/**
	 * Adds to a counter (atomic; nothing when it is not kept yet: the first read counts).
	 *
	 * @since 0.1.0
	 *
	 * @param string $name  Counter.
	 * @param int    $delta Change.
	 */
	public function add( string $name, int $delta ): void {
		global $wpdb;
		if ( 0 !== $delta ) {
			$wpdb->query( $wpdb->prepare( 'UPDATE %i SET value = value + %d WHERE name = %s', $this->table(), $delta, $name ) );
		}
	}

	/**
	 * Forgets a counter: the next read counts again.
	 *
	 * @since 0.1.0
	 *
	 * @param string $name Counter.
	 */
	public function reset( string $name ): void {
		global $wpdb;
		$wpdb->delete( $this->table(), array( 'name' => $name ) );
	}
}
