<?php
/**
 * Base of the repositories: row access by primary key on one table.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Database;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.DB.DirectDatabaseQuery -- Repositories are the only code touching the plugin's own tables.

/**
 * Insert, update, delete and find one row by `id`. Subclasses name their table and add their queries;
 * table names always reach SQL through `%i`.
 *
 * @since 0.1.0
 */
abstract class Abstract_Repository {

	/**
	 * Full name of the repository's main table.
	 *
	 * @since 0.1.0
	 */
	abstract protected function table(): string;

	/**
	 * Inserts a row.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, scalar|null> $row Column values.
	 * @return int|null New id, or null when the insert failed.
	 */
	protected function insert_row( array $row ): ?int {
		global $wpdb;
		return $wpdb->insert( $this->table(), $row ) ? (int) $wpdb->insert_id : null;
	}

	/**
	 * Updates columns of a row.
	 *
	 * @since 0.1.0
	 *
	 * @param int                        $id  Row id.
	 * @param array<string, scalar|null> $row Column values.
	 */
	protected function update_row( int $id, array $row ): bool {
		global $wpdb;
		return false !== $wpdb->update( $this->table(), $row, array( 'id' => $id ) );
	}

	/**
	 * Deletes a row.
	 *
	 * @since 0.1.0
	 *
	 * @param int $id Row id.
	 */
	protected function delete_row( int $id ): bool {
		global $wpdb;
		return (bool) $wpdb->delete( $this->table(), array( 'id' => $id ) );
	}

	/**
	 * One row, as an associative array.
	 *
	 * @since 0.1.0
	 *
	 * @param int $id Row id.
	 * @return array<string, mixed>|null
	 */
	protected function find_row( int $id ): ?array {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM %i WHERE id = %d', $this->table(), $id ), ARRAY_A );
		return is_array( $row ) ? $row : null;
	}
}
