<?php
/**
 * The only code that touches the coach notes table.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Notes;

use Joolweb\SessionsPro\Database\Abstract_Schema;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.DB.DirectDatabaseQuery -- The plugin's own table; values go through prepare().

/**
 * Coach notes, one document per client (shared by the coaches who reach the client; never shown to
 * the client).
 *
 * @since 0.1.0
 */
final class Notes_Repository {

	/**
	 * Table.
	 *
	 * @since 0.1.0
	 */
	private function table(): string {
		return Abstract_Schema::table( Notes_Schema::NOTES );
	}

	/**
	 * A client's notes.
	 *
	 * @since 0.1.0
	 *
	 * @param int $client_id Client.
	 * @return array{notes: string, updated_at_gmt: string|null, updated_by: int}
	 */
	public function get( int $client_id ): array {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT notes, updated_at_gmt, updated_by FROM %i WHERE client_id = %d', $this->table(), $client_id ) );
		return array(
			'notes'          => $row ? (string) $row->notes : '',
			'updated_at_gmt' => $row ? (string) $row->updated_at_gmt : null,
			'updated_by'     => $row ? (int) $row->updated_by : 0,
		);
	}

	/**
	 * Saves a client's notes.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $client_id Client.
	 * @param string $notes     Text.
	 * @param int    $user_id   Author.
	 */
	public function save( int $client_id, string $notes, int $user_id ): bool {
		global $wpdb;
		$row = array(
			'notes'          => $notes,
			'updated_by'     => $user_id,
			'updated_at_gmt' => current_time( 'mysql', true ),
		);
		if ( $wpdb->get_var( $wpdb->prepare( 'SELECT 1 FROM %i WHERE client_id = %d', $this->table(), $client_id ) ) ) {
			return false !== $wpdb->update( $this->table(), $row, array( 'client_id' => $client_id ) );
		}
		return (bool) $wpdb->insert( $this->table(), array( 'client_id' => $client_id ) + $row );
	}

	/**
	 * Deletes a client's notes.
	 *
	 * @since 0.1.0
	 *
	 * @param int $client_id Client.
	 */
	public function delete( int $client_id ): void {
		global $wpdb;
		$wpdb->delete( $this->table(), array( 'client_id' => $client_id ) );
	}
}
