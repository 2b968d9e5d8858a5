<?php
/**
 * The only code that touches the bundles and templates tables.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Programs;

use Joolweb\SessionsPro\Database\Abstract_Schema;
use Joolweb\SessionsPro\Sessions\Sessions_Schema;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.DB.DirectDatabaseQuery -- The plugin's own tables; values go through prepare().
// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- Only table names are interpolated.
// phpcs:disable WordPress.DB.PreparedSQL.NotPrepared -- Built from placeholders whose values are in $params.

/**
 * Rows of `{prefix}joolwebsp_bundles` and `{prefix}joolwebsp_templates`, as arrays with typed values.
 *
 * @since 0.1.0
 *
 * @phpstan-type Bundle_Row array{id: int, client_id: int, coach_id: int, template_id: int|null, title: string, sessions_planned: int, sessions_completed: int, price_cents: int, location: string, video_url: string, status: string, created_at_gmt: string}
 * @phpstan-type Template_Row array{id: int, title: string, sessions_planned: int, price_cents: int, location: string, video_url: string, created_at_gmt: string}
 */
final class Bundle_Repository {

	public const STATUSES = array( 'active', 'paused', 'completed' );

	/**
	 * Bundles table.
	 *
	 * @since 0.1.0
	 */
	private function bundles(): string {
		return Abstract_Schema::table( Sessions_Schema::BUNDLES );
	}

	/**
	 * Templates table.
	 *
	 * @since 0.1.0
	 */
	private function templates(): string {
		return Abstract_Schema::table( Sessions_Schema::TEMPLATES );
	}

	/**
	 * Inserts a bundle.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, scalar|null> $row Columns.
	 */
	public function insert_bundle( array $row ): ?int {
		global $wpdb;
		return $wpdb->insert( $this->bundles(), $row ) ? (int) $wpdb->insert_id : null;
	}

	/**
	 * Updates a bundle.
	 *
	 * @since 0.1.0
	 *
	 * @param int                        $id  Bundle.
	 * @param array<string, scalar|null> $row Columns.
	 */
	public function update_bundle( int $id, array $row ): bool {
		global $wpdb;
		return false !== $wpdb->update( $this->bundles(), $row, array( 'id' => $id ) );
	}

	/**
	 * Deletes a bundle row.
	 *
	 * @since 0.1.0
	 *
	 * @param int $id Bundle.
	 */
	public function delete_bundle( int $id ): void {
		global $wpdb;
		$wpdb->delete( $this->bundles(), array( 'id' => $id ) );
	}

	/**
	 * One bundle.
	 *
	 * @since 0.1.0
	 *
	 * @param int $id Bundle.
	 * @return Bundle_Row|null
	 */
	public function find_bundle( int $id ): ?array {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$this->bundles()} WHERE id = %d", $id ), ARRAY_A );
		return $row ? self::bundle_from_row( $row ) : null;
	}

	/**
	 * A page of bundles.
	 *
	 * @since 0.1.0
	 *
	 * @param array{client_id?: int|null, status?: string|null, scope_coach_id?: int|null, page?: int, per_page?: int} $filters Filters.
	 * @return array{items: list<Bundle_Row>, total: int}
	 */
	public function query_bundles( array $filters ): array {
		global $wpdb;
		$where  = array( '1=1' );
		$params = array();
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
		$count_sql = "SELECT COUNT(*) FROM {$this->bundles()} WHERE {$where_sql}";
		$total     = (int) $wpdb->get_var( $params ? $wpdb->prepare( $count_sql, $params ) : $count_sql );
		$page_sql  = "SELECT * FROM {$this->bundles()} WHERE {$where_sql} ORDER BY id DESC LIMIT %d OFFSET %d";
		$rows      = $total ? $wpdb->get_results( $wpdb->prepare( $page_sql, array_merge( $params, array( $per_page, $offset ) ) ), ARRAY_A ) : array();
		return array(
			'items' => array_values( array_map( array( self::class, 'bundle_from_row' ), $rows ) ),
			'total' => $total,
		);
	}

	/**
	 * Every bundle of a client, newest first (a client has a handful).
	 *
	 * @since 0.1.0
	 *
	 * @param int $client_id Client.
	 * @return list<Bundle_Row>
	 */
	public function for_client( int $client_id ): array {
		global $wpdb;
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$this->bundles()} WHERE client_id = %d ORDER BY id DESC LIMIT 1000", $client_id ), ARRAY_A );
		return array_values( array_map( array( self::class, 'bundle_from_row' ), $rows ) );
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
		return (int) $wpdb->query( $wpdb->prepare( "UPDATE {$this->bundles()} SET client_id = 0 WHERE client_id = %d", $client_id ) );
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
		$wpdb->delete( $this->bundles(), array( 'client_id' => $client_id ) );
	}

	/**
	 * Inserts a template.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, scalar|null> $row Columns.
	 */
	public function insert_template( array $row ): ?int {
		global $wpdb;
		return $wpdb->insert( $this->templates(), $row ) ? (int) $wpdb->insert_id : null;
	}

	/**
	 * Updates a template.
	 *
	 * @since 0.1.0
	 *
	 * @param int                        $id  Template.
	 * @param array<string, scalar|null> $row Columns.
	 */
	public function update_template( int $id, array $row ): bool {
		global $wpdb;
		return false !== $wpdb->update( $this->templates(), $row, array( 'id' => $id ) );
	}

	/**
	 * Deletes a template (bundles made from it keep their copy of its values).
	 *
	 * @since 0.1.0
	 *
	 * @param int $id Template.
	 */
	public function delete_template( int $id ): void {
		global $wpdb;
		$wpdb->delete( $this->templates(), array( 'id' => $id ) );
	}

	/**
	 * One template.
	 *
	 * @since 0.1.0
	 *
	 * @param int $id Template.
	 * @return Template_Row|null
	 */
	public function find_template( int $id ): ?array {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$this->templates()} WHERE id = %d", $id ), ARRAY_A );
		return $row ? self::template_from_row( $row ) : null;
	}

	/**
	 * Every template by title (a practice has a handful).
	 *
	 * @since 0.1.0
	 *
	 * @return list<Template_Row>
	 */
	public function all_templates(): array {
		global $wpdb;
		$rows = $wpdb->get_results( "SELECT * FROM {$this->templates()} ORDER BY title ASC, id ASC LIMIT 500", ARRAY_A );
		return array_values( array_map( array( self::class, 'template_from_row' ), $rows ) );
	}

	/**
	 * Typed bundle row.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $r Raw row.
	 * @return Bundle_Row
	 */
	public static function bundle_from_row( array $r ): array {
		return array(
			'id'                 => (int) $r['id'],
			'client_id'          => (int) $r['client_id'],
			'coach_id'           => (int) $r['coach_id'],
			'template_id'        => null === $r['template_id'] ? null : (int) $r['template_id'],
			'title'              => (string) $r['title'],
			'sessions_planned'   => (int) $r['sessions_planned'],
			'sessions_completed' => (int) $r['sessions_completed'],
			'price_cents'        => (int) $r['price_cents'],
			'location'           => (string) $r['location'],
			'video_url'          => (string) $r['video_url'],
			'status'             => (string) $r['status'],
			'created_at_gmt'     => (string) $r['created_at_gmt'],
		);
	}

	/**
	 * Typed template row.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $r Raw row.
	 * @return Template_Row
	 */
	public static function template_from_row( array $r ): array {
		return array(
			'id'               => (int) $r['id'],
			'title'            => (string) $r['title'],
			'sessions_planned' => (int) $r['sessions_planned'],
			'price_cents'      => (int) $r['price_cents'],
			'location'         => (string) $r['location'],
			'video_url'        => (string) $r['video_url'],
			'created_at_gmt'   => (string) $r['created_at_gmt'],
		);
	}
}
