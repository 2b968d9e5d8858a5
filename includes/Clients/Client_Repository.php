<?php
/**
 * The only code that touches the clients tables.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Clients;

use Joolweb\SessionsPro\Database\Abstract_Schema;
use Joolweb\SessionsPro\Support\Text;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.DB.DirectDatabaseQuery -- The plugin's own tables; every value goes through prepare().
// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- Only WHERE/JOIN fragments built from constants, id placeholders and allow-listed ORDER BY clauses are interpolated.

/**
 * Rows of `{prefix}joolwebsp_clients` and `{prefix}joolwebsp_client_coaches`. Lists are scoped and
 * paged in SQL: one query for the page, one COUNT(*), one query for the page's coach ids.
 *
 * @since 0.1.0
 *
 * @phpstan-type Client_Fields array{first_name?: string, last_name?: string, email?: string, phone?: string}
 * @phpstan-type Client_Query array{search?: string, orderby?: string, order?: string, page?: int, per_page?: int, reach_coach_id?: int|null, coach_id?: int|null}
 */
final class Client_Repository {

	/** Allow-listed ORDER BY clauses per `orderby` value, ascending. */
	private const ORDER_BY = array(
		'last_name'  => array( 'c.sort_last_name', 'c.sort_first_name', 'c.id' ),
		'first_name' => array( 'c.sort_first_name', 'c.sort_last_name', 'c.id' ),
		'email'      => array( 'c.email', 'c.id' ),
		'created_at' => array( 'c.created_at_gmt', 'c.id' ),
	);

	/**
	 * Allowed `orderby` values.
	 *
	 * @since 0.1.0
	 *
	 * @return list<string>
	 */
	public static function orderby_values(): array {
		return array_keys( self::ORDER_BY );
	}

	/**
	 * Clients table name.
	 *
	 * @since 0.1.0
	 */
	private function clients(): string {
		return Abstract_Schema::table( Clients_Schema::CLIENTS );
	}

	/**
	 * Client–coach links table name.
	 *
	 * @since 0.1.0
	 */
	private function links(): string {
		return Abstract_Schema::table( Clients_Schema::COACHES );
	}

	/**
	 * Whether this site has the clients tables. On a network, user hooks can fire while switched to a
	 * site where the plugin is not active; the per-site version option answers without a query.
	 *
	 * @since 0.1.0
	 */
	public function is_installed(): bool {
		return ( new Clients_Schema() )->installed_version() > 0;
	}

	/**
	 * Inserts a client row.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $user_id    WordPress user.
	 * @param array  $fields     first_name, last_name, email, phone.
	 * @param int    $created_by Acting user.
	 * @param string $now_gmt    Creation time.
	 * @phpstan-param array{first_name: string, last_name: string, email: string, phone: string} $fields
	 * @return int|null New id, or null when the insert failed.
	 */
	public function insert( int $user_id, array $fields, int $created_by, string $now_gmt ): ?int {
		global $wpdb;
		$row = array_merge(
			$this->with_derived( $fields, null ),
			array(
				'user_id'        => $user_id,
				'created_by'     => $created_by,
				'created_at_gmt' => $now_gmt,
				'updated_at_gmt' => $now_gmt,
			)
		);
		$ok  = $wpdb->insert( $this->clients(), $row );
		return $ok ? (int) $wpdb->insert_id : null;
	}

	/**
	 * Updates some fields of a client row (derived sort and search columns follow).
	 *
	 * @since 0.1.0
	 *
	 * @param Client $client  Current client.
	 * @param array  $fields  Changed fields.
	 * @param string $now_gmt Update time.
	 * @phpstan-param Client_Fields $fields
	 */
	public function update( Client $client, array $fields, string $now_gmt ): bool {
		global $wpdb;
		$row                   = $this->with_derived( $fields, $client );
		$row['updated_at_gmt'] = $now_gmt;
		return false !== $wpdb->update( $this->clients(), $row, array( 'id' => $client->id ) );
	}

	/**
	 * Records when login details were last sent.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $client_id Client.
	 * @param string $when_gmt  Time.
	 */
	public function set_login_sent( int $client_id, string $when_gmt ): void {
		global $wpdb;
		$wpdb->update( $this->clients(), array( 'login_sent_at_gmt' => $when_gmt ), array( 'id' => $client_id ) );
	}

	/**
	 * Deletes a client row and its coach links.
	 *
	 * @since 0.1.0
	 *
	 * @param int $client_id Client.
	 */
	public function delete( int $client_id ): void {
		global $wpdb;
		$wpdb->delete( $this->links(), array( 'client_id' => $client_id ) );
		$wpdb->delete( $this->clients(), array( 'id' => $client_id ) );
	}

	/**
	 * One client.
	 *
	 * @since 0.1.0
	 *
	 * @param int $client_id Client.
	 */
	public function find( int $client_id ): ?Client {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM %i WHERE id = %d', $this->clients(), $client_id ) );
		return $row ? Client::from_row( $row, $this->coach_ids_for( array( $client_id ) )[ $client_id ] ?? array() ) : null;
	}

	/**
	 * The client of a WordPress user.
	 *
	 * @since 0.1.0
	 *
	 * @param int $user_id WordPress user.
	 */
	public function find_by_user_id( int $user_id ): ?Client {
		global $wpdb;
		$id = $wpdb->get_var( $wpdb->prepare( 'SELECT id FROM %i WHERE user_id = %d', $this->clients(), $user_id ) );
		return $id ? $this->find( (int) $id ) : null;
	}

	/**
	 * The client with an email (any case).
	 *
	 * @since 0.1.0
	 *
	 * @param string $email Email.
	 */
	public function find_by_email( string $email ): ?Client {
		global $wpdb;
		$id = $wpdb->get_var( $wpdb->prepare( 'SELECT id FROM %i WHERE email = %s', $this->clients(), strtolower( trim( $email ) ) ) );
		return $id ? $this->find( (int) $id ) : null;
	}

	/**
	 * A page of clients and the total, scoped and sorted in SQL.
	 *
	 * `reach_coach_id` limits to the clients that coach reaches (assignment or sessions); `coach_id`
	 * is the same filter chosen by someone who reaches everyone. `orderby` and `order` must be
	 * allow-listed values (the REST schema enforces it; anything else falls back to the default).
	 *
	 * @since 0.1.0
	 *
	 * @param array $args Query.
	 * @phpstan-param Client_Query $args
	 * @return array{items: list<Client>, total: int}
	 */
	public function query( array $args ): array {
		global $wpdb;
		$where  = array( '1=1' );
		$params = array( $this->clients() );
		$join   = '';
		$coach  = $args['reach_coach_id'] ?? $args['coach_id'] ?? null;
		if ( null !== $coach ) {
			$join     = 'INNER JOIN %i cc ON cc.client_id = c.id AND cc.coach_id = %d';
			$params[] = $this->links();
			$params[] = $coach;
		}
		$search = Text::fold( (string) ( $args['search'] ?? '' ) );
		if ( '' !== $search ) {
			$where[]  = 'c.search_text LIKE %s';
			$params[] = '%' . $wpdb->esc_like( $search ) . '%';
		}
		$columns   = self::ORDER_BY[ $args['orderby'] ?? 'last_name' ] ?? self::ORDER_BY['last_name'];
		$direction = 'desc' === strtolower( (string) ( $args['order'] ?? 'asc' ) ) ? 'DESC' : 'ASC';
		$order_sql = implode( ', ', array_map( static fn( string $col ): string => "{$col} {$direction}", $columns ) );
		$per_page  = max( 1, (int) ( $args['per_page'] ?? 20 ) );
		$offset    = ( max( 1, (int) ( $args['page'] ?? 1 ) ) - 1 ) * $per_page;
		$where_sql = implode( ' AND ', $where );

		$count_sql = "SELECT COUNT(*) FROM %i c {$join} WHERE {$where_sql}";
		// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- $params holds the values of the placeholders in $join and $where_sql, built from constants above.
		$total = (int) $wpdb->get_var( $wpdb->prepare( $count_sql, $params ) );
		if ( 0 === $total || $offset >= $total ) {
			return array(
				'items' => array(),
				'total' => $total,
			);
		}
		$page_sql = "SELECT c.* FROM %i c {$join} WHERE {$where_sql} ORDER BY {$order_sql} LIMIT %d OFFSET %d";
		// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- $params holds the values of the placeholders in $join and $where_sql; ORDER BY is allow-listed.
		$rows    = $wpdb->get_results( $wpdb->prepare( $page_sql, array_merge( $params, array( $per_page, $offset ) ) ) );
		$ids     = array_values( array_map( 'intval', wp_list_pluck( $rows, 'id' ) ) );
		$coaches = $this->coach_ids_for( $ids );
		$items   = array();
		foreach ( $rows as $index => $row ) {
			$items[] = Client::from_row( $row, $coaches[ $ids[ $index ] ] ?? array() );
		}
		return array(
			'items' => $items,
			'total' => $total,
		);
	}

	/**
	 * Whether a coach reaches a client (assigned, or sessions together).
	 *
	 * @since 0.1.0
	 *
	 * @param int $client_id Client.
	 * @param int $coach_id  Coach user.
	 */
	public function is_reachable( int $client_id, int $coach_id ): bool {
		global $wpdb;
		return (bool) $wpdb->get_var(
			$wpdb->prepare( 'SELECT 1 FROM %i WHERE client_id = %d AND coach_id = %d', $this->links(), $client_id, $coach_id )
		);
	}

	/**
	 * Assigned coach ids of several clients, in one query.
	 *
	 * @since 0.1.0
	 *
	 * @param list<int> $client_ids Clients.
	 * @return array<int, list<int>>
	 */
	public function coach_ids_for( array $client_ids ): array {
		global $wpdb;
		if ( ! $client_ids ) {
			return array();
		}
		$placeholders = implode( ',', array_fill( 0, count( $client_ids ), '%d' ) );
		$rows         = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT client_id, coach_id FROM %i WHERE is_assigned = 1 AND client_id IN ({$placeholders}) ORDER BY coach_id",
				array_merge( array( $this->links() ), $client_ids )
			)
		);
		$map          = array();
		foreach ( $rows as $row ) {
			$map[ (int) $row->client_id ][] = (int) $row->coach_id;
		}
		return $map;
	}

	/**
	 * "First Last" of several clients, in one query.
	 *
	 * @since 0.1.0
	 *
	 * @param list<int> $client_ids Clients.
	 * @return array<int, string>
	 */
	public function names_for( array $client_ids ): array {
		global $wpdb;
		$client_ids = array_values( array_unique( $client_ids ) );
		if ( ! $client_ids ) {
			return array();
		}
		$placeholders = implode( ',', array_fill( 0, count( $client_ids ), '%d' ) );
		$rows         = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT id, first_name, last_name FROM %i WHERE id IN ({$placeholders})",
				array_merge( array( $this->clients() ), $client_ids )
			)
		);
		$names        = array();
		foreach ( $rows as $row ) {
			$names[ (int) $row->id ] = trim( $row->first_name . ' ' . $row->last_name );
		}
		return $names;
	}

	/**
	 * Makes exactly these coaches the assigned ones (links through sessions stay).
	 *
	 * @since 0.1.0
	 *
	 * @param int       $client_id Client.
	 * @param list<int> $coach_ids Coaches.
	 * @param string    $now_gmt   Assignment time for new ones.
	 * @return bool Whether every write succeeded.
	 */
	public function set_assigned_coaches( int $client_id, array $coach_ids, string $now_gmt ): bool {
		global $wpdb;
		$ok        = true;
		$coach_ids = array_values( array_unique( array_map( 'intval', $coach_ids ) ) );
		$existing  = $wpdb->get_results( $wpdb->prepare( 'SELECT coach_id, is_assigned FROM %i WHERE client_id = %d', $this->links(), $client_id ) );
		$current   = array();
		foreach ( $existing as $row ) {
			$current[ (int) $row->coach_id ] = (int) $row->is_assigned;
		}
		foreach ( $current as $coach_id => $assigned ) {
			if ( $assigned && ! in_array( $coach_id, $coach_ids, true ) ) {
				$ok = false !== $wpdb->update(
					$this->links(),
					array(
						'is_assigned'     => 0,
						'assigned_at_gmt' => null,
					),
					array(
						'client_id' => $client_id,
						'coach_id'  => $coach_id,
					)
				) && $ok;
			}
		}
		foreach ( $coach_ids as $coach_id ) {
			if ( ! isset( $current[ $coach_id ] ) ) {
				$ok = false !== $wpdb->insert(
					$this->links(),
					array(
						'client_id'       => $client_id,
						'coach_id'        => $coach_id,
						'is_assigned'     => 1,
						'session_count'   => 0,
						'assigned_at_gmt' => $now_gmt,
					)
				) && $ok;
			} elseif ( ! $current[ $coach_id ] ) {
				$ok = false !== $wpdb->update(
					$this->links(),
					array(
						'is_assigned'     => 1,
						'assigned_at_gmt' => $now_gmt,
					),
					array(
						'client_id' => $client_id,
						'coach_id'  => $coach_id,
					)
				) && $ok;
			}
		}
		$this->prune_links( $client_id );
		return $ok;
	}

	/**
	 * Counts sessions between a client and a coach (the sessions domain calls this on every write),
	 * which keeps the client reachable by that coach while the count is positive.
	 *
	 * @since 0.1.0
	 *
	 * @param int $client_id Client.
	 * @param int $coach_id  Coach.
	 * @param int $delta     +1 / -1.
	 */
	public function add_session_link( int $client_id, int $coach_id, int $delta ): void {
		global $wpdb;
		if ( 0 === $delta ) {
			return;
		}
		$n = abs( $delta );
		if ( $delta < 0 ) {
			// Atomic in the database (never read-modify-write in PHP), and never below zero.
			$wpdb->query(
				$wpdb->prepare(
					'UPDATE %i SET session_count = CASE WHEN session_count > %d THEN session_count - %d ELSE 0 END WHERE client_id = %d AND coach_id = %d',
					$this->links(),
					$n,
					$n,
					$client_id,
					$coach_id
				)
			);
			$this->prune_links( $client_id );
			return;
		}
		// Increment the row if it exists; otherwise insert it. If another writer inserted it between the
		// two statements, the INSERT IGNORE changes nothing and the UPDATE is tried again.
		for ( $attempt = 0; $attempt < 3; $attempt++ ) {
			$updated = $wpdb->query(
				$wpdb->prepare( 'UPDATE %i SET session_count = session_count + %d WHERE client_id = %d AND coach_id = %d', $this->links(), $n, $client_id, $coach_id )
			);
			if ( $updated ) {
				return;
			}
			$inserted = $wpdb->query(
				$wpdb->prepare(
					'INSERT IGNORE INTO %i (client_id, coach_id, is_assigned, session_count) VALUES (%d, %d, 0, %d)',
					$this->links(),
					$client_id,
					$coach_id,
					$n
				)
			);
			if ( $inserted ) {
				return;
			}
		}
	}

	/**
	 * The session count between a client and a coach (0 when they have no link).
	 *
	 * @since 0.1.0
	 *
	 * @param int $client_id Client.
	 * @param int $coach_id  Coach.
	 */
	public function session_link_count( int $client_id, int $coach_id ): int {
		global $wpdb;
		return (int) $wpdb->get_var( $wpdb->prepare( 'SELECT session_count FROM %i WHERE client_id = %d AND coach_id = %d', $this->links(), $client_id, $coach_id ) );
	}

	/**
	 * Removes every link of a coach (the coach's account was deleted).
	 *
	 * @since 0.1.0
	 *
	 * @param int $coach_id Coach.
	 */
	public function delete_coach_links( int $coach_id ): void {
		global $wpdb;
		$wpdb->delete( $this->links(), array( 'coach_id' => $coach_id ) );
	}

	/**
	 * Deletes links that no longer make the client reachable.
	 *
	 * @since 0.1.0
	 *
	 * @param int $client_id Client.
	 */
	private function prune_links( int $client_id ): void {
		global $wpdb;
		$wpdb->query( $wpdb->prepare( 'DELETE FROM %i WHERE client_id = %d AND is_assigned = 0 AND session_count = 0', $this->links(), $client_id ) );
	}

	/**
	 * Adds the derived sort and search columns to changed fields.
	 *
	 * @since 0.1.0
	 *
	 * @param array       $fields Changed fields.
	 * @param Client|null $client Current values, null on insert.
	 * @phpstan-param Client_Fields $fields
	 * @return array<string, string>
	 */
	private function with_derived( array $fields, ?Client $client ): array {
		$first = $fields['first_name'] ?? $client->first_name ?? '';
		$last  = $fields['last_name'] ?? $client->last_name ?? '';
		$email = strtolower( $fields['email'] ?? $client->email ?? '' );
		$phone = $fields['phone'] ?? $client->phone ?? '';
		$row   = $fields;
		if ( isset( $row['email'] ) ) {
			$row['email'] = $email;
		}
		$row['sort_first_name'] = Text::limit( Text::fold( $first ), 100 );
		$row['sort_last_name']  = Text::limit( Text::fold( $last ), 100 );
		$row['search_text']     = Text::limit( Text::fold( "{$first} {$last} {$email} {$phone}" ), 400 );
		return $row;
	}
}
