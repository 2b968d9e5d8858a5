<?php
/**
 * The only code that touches the bundles table.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Programs;

use Joolweb\SessionsPro\Database\Abstract_Repository;
use Joolweb\SessionsPro\Database\Abstract_Schema;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.DB.DirectDatabaseQuery -- The plugin's own table; values go through prepare().
// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- Only WHERE clauses built from constant fragments are interpolated; their values are placeholders.

/**
 * Rows of `{prefix}joolwebsp_bundles`, as Bundle objects.
 *
 * @since 0.1.0
 */
final class Bundle_Repository extends Abstract_Repository {

	/**
	 * {@inheritDoc}
	 */
	protected function table(): string {
		return Abstract_Schema::table( Programs_Schema::BUNDLES );
	}

	/**
	 * Inserts a bundle.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, scalar|null> $row Columns.
	 * @return int|null Id, or null on failure.
	 */
	public function insert( array $row ): ?int {
		return $this->insert_row( $row );
	}

	/**
	 * Updates a bundle.
	 *
	 * @since 0.1.0
	 *
	 * @param int                        $id  Bundle.
	 * @param array<string, scalar|null> $row Columns.
	 */
	public function update( int $id, array $row ): bool {
		return $this->update_row( $id, $row );
	}

	/**
	 * Deletes a bundle row.
	 *
	 * @since 0.1.0
	 *
	 * @param int $id Bundle.
	 */
	public function delete( int $id ): void {
		$this->delete_row( $id );
	}

	/**
	 * One bundle.
	 *
	 * @since 0.1.0
	 *
	 * @param int $id Bundle.
	 */
	public function find( int $id ): ?Bundle {
		$row = $this->find_row( $id );
		return $row ? Bundle::from_row( $row ) : null;
	}

	/**
	 * A page of bundles, newest first, and the total.
	 *
	 * @since 0.1.0
	 *
	 * @param array{client_id?: int|null, status?: string|null, scope_coach_id?: int|null, page?: int, per_page?: int} $filters Filters.
	 * @return array{items: list<Bundle>, total: int}
	 */
	public function query( array $filters ): array {
		global $wpdb;
		$where  = array( '1=1' );
		$params = array( $this->table() );
		if ( isset( $filters['client_id'] ) ) {
			$where[]  = 'client_id = %d';
			$params[] = (int) $filters['client_id'];
		}
		if ( isset( $filters['scope_coach_id'] ) ) {
			$where[]  = 'coach_id = %d';
			$params[] = (int) $filters['scope_coach_id'];
		}
		if ( ! empty( $filters['status'] ) ) {
			$where[]  = 'status = %s';
			$params[] = (string) $filters['status'];
		}
		$where_sql = implode( ' AND ', $where );
		$per_page  = max( 1, (int) ( $filters['per_page'] ?? 20 ) );
		$offset    = ( max( 1, (int) ( $filters['page'] ?? 1 ) ) - 1 ) * $per_page;
		$total     = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM %i WHERE {$where_sql}", $params ) );
		$rows      = $total ? $wpdb->get_results( $wpdb->prepare( "SELECT * FROM %i WHERE {$where_sql} ORDER BY id DESC LIMIT %d OFFSET %d", array_merge( $params, array( $per_page, $offset ) ) ), ARRAY_A ) : array();
		return array(
			'items' => array_values( array_map( array( Bundle::class, 'from_row' ), $rows ) ),
			'total' => $total,
		);
	}

	/**
	 * Every bundle of a client, newest first (a client has a handful).
	 *
	 * @since 0.1.0
	 *
	 * @param int $client_id Client.
	 * @return list<Bundle>
	 */
	public function for_client( int $client_id ): array {
		return $this->query(
			array(
				'client_id' => $client_id,
				'per_page'  => 1000,
			)
		)['items'];
	}

	/**
	 * Detaches a client's bundles from the person (privacy erasure): client id 0.
	 *
	 * @since 0.1.0
	 *
	 * @param int $client_id Client.
	 * @return int Bundles detached.
	 */
	public function detach_client( int $client_id ): int {
		global $wpdb;
		return (int) $wpdb->query( $wpdb->prepare( 'UPDATE %i SET client_id = 0 WHERE client_id = %d', $this->table(), $client_id ) );
	}

	/**
	 * Deletes a client's bundles.
	 *
	 * @since 0.1.0
	 *
	 * @param int $client_id Client.
	 */
	public function delete_for_client( int $client_id ): void {
		global $wpdb;
		$wpdb->delete( $this->table(), array( 'client_id' => $client_id ) );
	}
}
