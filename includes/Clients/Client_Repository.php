<?php
/**
 * The only code that touches the clients tables.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Clients;

use Joolweb\SessionsPro\Database\Abstract_Schema;
use Joolweb\SessionsPro\Database\Counters;
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

	/** Name of the clients counter. */
	public const COUNTER = 'clients';

	/**
	 * Row counts kept on write.
	 *
	 * @var Counters
	 */
	private Counters $counters;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Counters|null $counters Row counts kept on write.
	 */
	public function __construct( ?Counters $counters = null ) {
		$this->counters = $counters ?? new Counters();
	}

	/** Index that serves each sort order (its columns end with the id tie-breaker). */
	private const SORT_INDEX = array(
		'last_name'  => 'sort_last_name',
		'first_name' => 'sort_first_name',
		'email'      => 'email_id',
		'created_at' => 'created_at_gmt',
	);

	/**
	 * Up to this many matches, a search page sorts the matches themselves; above, it walks the sort
	 * index (a common word fills a page within a few hundred rows).
	 */
	public const SORT_MATCHES_MAX = 3000;

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
	 * Search tokens table name.
	 *
	 * @since 0.1.0
	 */
	private function tokens(): string {
		return Abstract_Schema::table( Clients_Schema::TOKENS );
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
		if ( ! $ok ) {
			return null;
		}
		$id = (int) $wpdb->insert_id;
		$this->counters->add( self::COUNTER, 1 );
		$this->write_tokens( array( $id => Text::tokens( $fields['first_name'], $fields['last_name'], $fields['email'], $fields['phone'] ) ) );
		return $id;
	}

	/**
	 * Inserts many client rows at once (imports): multi-row statements for the rows, their search
	 * tokens and their assigned coaches; the counter moves once.
	 *
	 * @since 0.2.0
	 *
	 * @param array<int, array{first_name: string, last_name: string, email: string, phone: string}> $rows       User id => fields.
	 * @param array<int, list<int>>                                                                  $coach_ids  User id => assigned coaches.
	 * @param int                                                                                    $created_by Acting user.
	 * @param string                                                                                 $now_gmt    Creation time.
	 * @return array<int, int> User id => new client id (a user missing here got no row).
	 */
	public function insert_many( array $rows, array $coach_ids, int $created_by, string $now_gmt ): array {
		global $wpdb;
		if ( ! $rows ) {
			return array();
		}
		$values = array();
		foreach ( $rows as $user_id => $fields ) {
			$row      = $this->with_derived( $fields, null );
			$values[] = $wpdb->prepare( '(%d, %s, %s, %s, %s, %s, %s, %d, %s, %s)', $user_id, $row['first_name'], $row['last_name'], $row['email'], $row['phone'], $row['sort_first_name'], $row['sort_last_name'], $created_by, $now_gmt, $now_gmt );
		}
		foreach ( array_chunk( $values, 500 ) as $chunk ) {
			$wpdb->query( $wpdb->prepare( 'INSERT INTO %i (user_id, first_name, last_name, email, phone, sort_first_name, sort_last_name, created_by, created_at_gmt, updated_at_gmt) VALUES ', $this->clients() ) . implode( ',', $chunk ) );
		}
		$ids = array();
		foreach ( array_chunk( array_keys( $rows ), 500 ) as $chunk ) {
			$in = implode( ',', array_fill( 0, count( $chunk ), '%d' ) );
			// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- One %d per id.
			foreach ( $wpdb->get_results( $wpdb->prepare( "SELECT id, user_id FROM %i WHERE user_id IN ({$in})", array_merge( array( $this->clients() ), $chunk ) ) ) as $found ) {
				$ids[ (int) $found->user_id ] = (int) $found->id;
			}
		}
		$this->counters->add( self::COUNTER, count( $ids ) );
		$tokens = array();
		$links  = array();
		foreach ( $ids as $user_id => $client_id ) {
			$fields               = $rows[ $user_id ];
			$tokens[ $client_id ] = Text::tokens( $fields['first_name'], $fields['last_name'], $fields['email'], $fields['phone'] );
			foreach ( array_unique( $coach_ids[ $user_id ] ?? array() ) as $coach_id ) {
				$links[] = $wpdb->prepare( '(%d, %d, 1, 0, %s)', $client_id, $coach_id, $now_gmt );
			}
		}
		$this->write_tokens( $tokens );
		foreach ( array_chunk( $links, 500 ) as $chunk ) {
			$wpdb->query( $wpdb->prepare( 'INSERT INTO %i (client_id, coach_id, is_assigned, session_count, assigned_at_gmt) VALUES ', $this->links() ) . implode( ',', $chunk ) );
		}
		return $ids;
	}

	/**
	 * Clients by id, in the order given (two queries, whatever the number).
	 *
	 * @since 0.2.0
	 *
	 * @param list<int> $ids Client ids.
	 * @return list<Client>
	 */
	public function find_many( array $ids ): array {
		return $this->clients_in_order( $ids );
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
		if ( false === $wpdb->update( $this->clients(), $row, array( 'id' => $client->id ) ) ) {
			return false;
		}
		if ( array_intersect_key( $fields, array_flip( array( 'first_name', 'last_name', 'email', 'phone' ) ) ) ) {
			$wpdb->delete( $this->tokens(), array( 'client_id' => $client->id ) );
			$this->write_tokens(
				array(
					$client->id => Text::tokens(
						$fields['first_name'] ?? $client->first_name,
						$fields['last_name'] ?? $client->last_name,
						$fields['email'] ?? $client->email,
						$fields['phone'] ?? $client->phone
					),
				)
			);
		}
		return true;
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
		$wpdb->delete( $this->tokens(), array( 'client_id' => $client_id ) );
		$this->counters->add( self::COUNTER, - (int) $wpdb->delete( $this->clients(), array( 'id' => $client_id ) ) );
	}

	/**
	 * Stores the search tokens of clients (rows of `client_tokens`), a few hundred rows per statement.
	 *
	 * @since 0.1.0
	 *
	 * @param array<int, list<string>> $tokens Client id => tokens.
	 */
	public function write_tokens( array $tokens ): void {
		global $wpdb;
		$values = array();
		foreach ( $tokens as $client_id => $words ) {
			foreach ( $words as $word ) {
				$values[] = $wpdb->prepare( '(%s, %d)', $word, $client_id );
			}
		}
		foreach ( array_chunk( $values, 500 ) as $chunk ) {
			$wpdb->query( $wpdb->prepare( 'INSERT IGNORE INTO %i (token, client_id) VALUES ', $this->tokens() ) . implode( ',', $chunk ) );
		}
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
	 * The clients with any of these emails, in one query (imports look a batch up at once).
	 *
	 * @since 0.2.0
	 *
	 * @param list<string> $emails Emails (any case).
	 * @return array<string, Client> Lower-case email => client.
	 */
	public function find_by_emails( array $emails ): array {
		global $wpdb;
		$emails = array_values( array_unique( array_map( static fn( string $email ): string => strtolower( trim( $email ) ), $emails ) ) );
		if ( ! $emails ) {
			return array();
		}
		$in   = implode( ',', array_fill( 0, count( $emails ), '%s' ) );
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM %i WHERE email IN ({$in})", array_merge( array( $this->clients() ), $emails ) ) );
		if ( ! $rows ) {
			return array();
		}
		$coaches = $this->coach_ids_for( array_values( array_map( static fn( object $row ): int => (int) get_object_vars( $row )['id'], $rows ) ) );
		$out     = array();
		foreach ( $rows as $row ) {
			$client                              = Client::from_row( $row, $coaches[ (int) $row->id ] ?? array() );
			$out[ strtolower( $client->email ) ] = $client;
		}
		return $out;
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
		$coach     = $args['reach_coach_id'] ?? $args['coach_id'] ?? null;
		$order_sql = $this->order_sql( (string) ( $args['orderby'] ?? 'last_name' ), 'desc' === strtolower( (string) ( $args['order'] ?? 'asc' ) ) );
		$per_page  = max( 1, (int) ( $args['per_page'] ?? 20 ) );
		$offset    = ( max( 1, (int) ( $args['page'] ?? 1 ) ) - 1 ) * $per_page;
		$search    = trim( (string) ( $args['search'] ?? '' ) );
		$words     = Text::search_words( $search );
		$none      = array(
			'items' => array(),
			'total' => 0,
		);
		if ( '' !== $search && ! $words ) {
			// Only punctuation: it starts no word of anyone.
			return $none;
		}
		if ( $words ) {
			$scope = null === $coach ? null : (int) $coach;
			// One word for everyone (the common case, "ana"): the database counts its range of the
			// tokens' primary key; the ids are only read when the page sorts them itself.
			$matches = 1 === count( $words ) && null === $scope ? null : $this->matching_ids( $words, $scope );
			$total   = null === $matches ? $this->count_matches( $words[0] ) : count( $matches );
			if ( 0 === $total || $offset >= $total ) {
				return array(
					'items' => array(),
					'total' => $total,
				);
			}
			/**
			 * Filters how many search matches a page sorts itself before it walks the sort index.
			 *
			 * @since 0.1.0
			 *
			 * @param int $max Matches.
			 */
			$sort_max = (int) apply_filters( 'joolwebsp_search_sort_matches_max', self::SORT_MATCHES_MAX );
			$ids      = $total <= $sort_max || $offset > $sort_max
				? $this->page_of_ids( array_keys( $matches ?? $this->matching_ids( $words, $scope ) ), $order_sql, $per_page, $offset )
				: $this->page_by_sort_index( $words, $scope, (string) ( $args['orderby'] ?? 'last_name' ), $order_sql, $per_page, $offset );
		} else {
			$total = null === $coach ? $this->count_all() : $this->count_for_coach( (int) $coach );
			if ( 0 === $total || $offset >= $total ) {
				return array(
					'items' => array(),
					'total' => $total,
				);
			}
			$ids = $this->page_of_list( null === $coach ? null : (int) $coach, $order_sql, $per_page, $offset );
		}
		return array(
			'items' => $this->clients_in_order( $ids ),
			'total' => $total,
		);
	}

	/**
	 * Walks every client of a list (same search and scope as `query()`) in pages of `$size`, for
	 * exports; memory stays flat.
	 *
	 * Without `orderby` the walk is by id (creation order: keyset on the primary key). With an
	 * allow-listed `orderby` (and `order`) it follows the list's own ORDER BY, keyset on the sort
	 * index (each page starts after the last row's sort values, never with an OFFSET); a search with
	 * up to `SORT_MATCHES_MAX` matches sorts the matches in one query, a larger one walks the sort
	 * index and keeps the matches.
	 *
	 * @since 0.2.0
	 *
	 * @param array                        $args Query: search, orderby, order, reach_coach_id, coach_id.
	 * @param callable(list<Client>): void $emit Receives each page.
	 * @param int                          $size Page size.
	 * @phpstan-param Client_Query $args
	 */
	public function each_page( array $args, callable $emit, int $size = 1000 ): void {
		global $wpdb;
		$size    = max( 1, $size );
		$coach   = $args['reach_coach_id'] ?? $args['coach_id'] ?? null;
		$coach   = null === $coach ? null : (int) $coach;
		$search  = trim( (string) ( $args['search'] ?? '' ) );
		$words   = Text::search_words( $search );
		$orderby = isset( $args['orderby'] ) && isset( self::ORDER_BY[ $args['orderby'] ] ) ? (string) $args['orderby'] : null;
		$desc    = 'desc' === strtolower( (string) ( $args['order'] ?? 'asc' ) );
		if ( '' !== $search && ! $words ) {
			return;
		}
		if ( $words ) {
			$matches = $this->matching_ids( $words, $coach );
			if ( null === $orderby ) {
				$ids = array_keys( $matches );
				sort( $ids );
				foreach ( array_chunk( $ids, $size ) as $chunk ) {
					$emit( $this->clients_in_order( array_values( array_map( 'intval', $chunk ) ) ) );
				}
				return;
			}
			/** This filter is documented in includes/Clients/Client_Repository.php (query()). */
			$sort_max = (int) apply_filters( 'joolwebsp_search_sort_matches_max', self::SORT_MATCHES_MAX );
			if ( count( $matches ) <= $sort_max ) {
				$sorted = $matches ? $this->page_of_ids( array_keys( $matches ), $this->order_sql( $orderby, $desc ), count( $matches ), 0 ) : array();
				foreach ( array_chunk( $sorted, $size ) as $chunk ) {
					$emit( $this->clients_in_order( $chunk ) );
				}
				return;
			}
			$pending = array();
			foreach ( $this->sorted_pages( $coach, $orderby, $desc, $size ) as $ids ) {
				foreach ( $ids as $id ) {
					if ( isset( $matches[ $id ] ) ) {
						$pending[] = $id;
					}
				}
				// Full pages out; the rest waits for the next ids.
				$full = intdiv( count( $pending ), $size ) * $size;
				foreach ( array_chunk( array_slice( $pending, 0, $full ), $size ) as $chunk ) {
					$emit( $this->clients_in_order( $chunk ) );
				}
				$pending = array_slice( $pending, $full );
			}
			if ( $pending ) {
				$emit( $this->clients_in_order( $pending ) );
			}
			return;
		}
		if ( null !== $orderby ) {
			foreach ( $this->sorted_pages( $coach, $orderby, $desc, $size ) as $ids ) {
				$emit( $this->clients_in_order( $ids ) );
			}
			return;
		}
		$after = 0;
		do {
			$ids   = null === $coach
				? $wpdb->get_col( $wpdb->prepare( 'SELECT id FROM %i WHERE id > %d ORDER BY id LIMIT %d', $this->clients(), $after, $size ) )
				: $wpdb->get_col( $wpdb->prepare( 'SELECT client_id FROM %i WHERE coach_id = %d AND client_id > %d ORDER BY client_id LIMIT %d', $this->links(), $coach, $after, $size ) );
			$ids   = array_values( array_map( 'intval', $ids ) );
			$after = $ids ? (int) end( $ids ) : $after;
			if ( $ids ) {
				$emit( $this->clients_in_order( $ids ) );
			}
			$more = count( $ids ) === $size;
		} while ( $more );
	}

	/**
	 * The allow-listed ORDER BY of a sort.
	 *
	 * @since 0.2.0
	 *
	 * @param string $orderby Allow-listed `orderby`.
	 * @param bool   $desc    Descending.
	 */
	private function order_sql( string $orderby, bool $desc ): string {
		$direction = $desc ? 'DESC' : 'ASC';
		$columns   = self::ORDER_BY[ $orderby ] ?? self::ORDER_BY['last_name'];
		return implode( ', ', array_map( static fn( string $col ): string => "{$col} {$direction}", $columns ) );
	}

	/**
	 * The (coach's) list in a sort order, `$size` ids at a time, by keyset on the sort
	 * columns: each page is `(a, b, id) > (last a, last b, last id)` written as ORs of ANDs (a range
	 * of the sort index on MariaDB and SQLite alike), so deep pages cost what the first one does.
	 * The comparisons run in SQL with the columns' collation, the same one that orders them.
	 *
	 * @since 0.2.0
	 *
	 * @param int|null $coach_id Coach scope.
	 * @param string   $orderby  Allow-listed `orderby`.
	 * @param bool     $desc     Descending.
	 * @param int      $size     Page size.
	 * @return \Generator<int, list<int>, mixed, void> The ids of each page, in order.
	 */
	private function sorted_pages( ?int $coach_id, string $orderby, bool $desc, int $size ): \Generator {
		global $wpdb;
		$columns   = self::ORDER_BY[ $orderby ] ?? self::ORDER_BY['last_name'];
		$compare   = $desc ? '<' : '>';
		$order_sql = $this->order_sql( $orderby, $desc );
		$select    = implode( ', ', $columns );
		$after     = null;
		do {
			if ( null === $coach_id ) {
				$sql    = "SELECT {$select} FROM %i c";
				$params = array( $this->clients() );
				$where  = array();
			} else {
				$sql    = "SELECT {$select} FROM %i cc INNER JOIN %i c ON c.id = cc.client_id";
				$params = array( $this->links(), $this->clients(), $coach_id );
				$where  = array( 'cc.coach_id = %d' );
			}
			if ( null !== $after ) {
				$any = array();
				foreach ( $columns as $i => $column ) {
					$all = array();
					for ( $j = 0; $j < $i; $j++ ) {
						$all[]    = $columns[ $j ] . ' = ' . ( 'c.id' === $columns[ $j ] ? '%d' : '%s' );
						$params[] = $after[ $j ];
					}
					$all[]    = "{$column} {$compare} " . ( 'c.id' === $column ? '%d' : '%s' );
					$params[] = $after[ $i ];
					$any[]    = '(' . implode( ' AND ', $all ) . ')';
				}
				$where[] = '(' . implode( ' OR ', $any ) . ')';
			}
			if ( $where ) {
				$sql .= ' WHERE ' . implode( ' AND ', $where );
			}
			$sql     .= " ORDER BY {$order_sql} LIMIT %d";
			$params[] = $size;
			// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- Columns and ORDER BY are allow-listed; values are placeholders.
			$rows = (array) $wpdb->get_results( $wpdb->prepare( $sql, $params ), ARRAY_N );
			if ( ! $rows ) {
				return;
			}
			$last  = end( $rows );
			$after = array_values( (array) $last );
			$ids   = array_map( static fn( array $row ): int => (int) end( $row ), $rows );
			$more  = count( $rows ) === $size;
			yield array_values( $ids );
		} while ( $more );
	}

	/**
	 * The whole list's count, kept on write (never a full COUNT(*) per request).
	 *
	 * @since 0.1.0
	 */
	private function count_all(): int {
		global $wpdb;
		return $this->counters->get( self::COUNTER, fn(): int => (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i', $this->clients() ) ) );
	}

	/**
	 * How many clients a coach reaches (a range of the links' coach index).
	 *
	 * @since 0.1.0
	 *
	 * @param int $coach_id Coach.
	 */
	private function count_for_coach( int $coach_id ): int {
		global $wpdb;
		return (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE coach_id = %d', $this->links(), $coach_id ) );
	}

	/**
	 * A page of the unsearched list: the ids from the covering sort index (deep pages stay cheap: a
	 * deferred join), optionally within a coach's clients.
	 *
	 * @since 0.1.0
	 *
	 * @param int|null $coach_id  Coach scope.
	 * @param string   $order_sql Allow-listed ORDER BY.
	 * @param int      $per_page  Page size.
	 * @param int      $offset    Offset.
	 * @return list<int>
	 */
	private function page_of_list( ?int $coach_id, string $order_sql, int $per_page, int $offset ): array {
		global $wpdb;
		if ( null === $coach_id ) {
			$sql    = "SELECT c.id FROM %i c ORDER BY {$order_sql} LIMIT %d OFFSET %d";
			$params = array( $this->clients(), $per_page, $offset );
		} else {
			$sql    = "SELECT c.id FROM %i cc INNER JOIN %i c ON c.id = cc.client_id WHERE cc.coach_id = %d ORDER BY {$order_sql} LIMIT %d OFFSET %d";
			$params = array( $this->links(), $this->clients(), $coach_id, $per_page, $offset );
		}
		// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- ORDER BY is allow-listed; values are placeholders.
		return array_values( array_map( 'intval', $wpdb->get_col( $wpdb->prepare( $sql, $params ) ) ) );
	}

	/**
	 * The clients matching every search word (and reached by the coach), as a set of ids: one
	 * covering range of the tokens' primary key per word, intersected here, smallest first.
	 *
	 * @since 0.1.0
	 *
	 * @param list<string> $words    Search words.
	 * @param int|null     $coach_id Coach scope.
	 * @return array<int, true> Client id => true.
	 */
	private function matching_ids( array $words, ?int $coach_id ): array {
		global $wpdb;
		$sets = array();
		foreach ( $words as $word ) {
			$ids    = $wpdb->get_col( $wpdb->prepare( 'SELECT client_id FROM %i WHERE token LIKE %s', $this->tokens(), $wpdb->esc_like( $word ) . '%' ) );
			$sets[] = array_fill_keys( array_map( 'intval', $ids ), true );
		}
		if ( null !== $coach_id ) {
			$ids    = $wpdb->get_col( $wpdb->prepare( 'SELECT client_id FROM %i WHERE coach_id = %d', $this->links(), $coach_id ) );
			$sets[] = array_fill_keys( array_map( 'intval', $ids ), true );
		}
		usort( $sets, static fn( array $a, array $b ): int => count( $a ) <=> count( $b ) );
		$matches = (array) array_shift( $sets );
		foreach ( $sets as $set ) {
			$matches = array_intersect_key( $matches, $set );
		}
		return $matches;
	}

	/**
	 * How many clients have a word starting with `$word`: one range of the tokens' primary key,
	 * counted by the database (a client with several such words counts once).
	 *
	 * @since 0.2.0
	 *
	 * @param string $word Folded search word.
	 */
	private function count_matches( string $word ): int {
		global $wpdb;
		return (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(DISTINCT client_id) FROM %i WHERE token LIKE %s', $this->tokens(), $wpdb->esc_like( $word ) . '%' ) );
	}

	/**
	 * A sorted page of a set of matches: their rows read by primary key, sorted (O(matches)).
	 *
	 * @since 0.1.0
	 *
	 * @param list<int> $ids       Matches.
	 * @param string    $order_sql Allow-listed ORDER BY.
	 * @param int       $per_page  Page size.
	 * @param int       $offset    Offset.
	 * @return list<int>
	 */
	private function page_of_ids( array $ids, string $order_sql, int $per_page, int $offset ): array {
		global $wpdb;
		$in = implode( ',', array_fill( 0, count( $ids ), '%d' ) );
		// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- One %d per id; ORDER BY is allow-listed.
		return array_values( array_map( 'intval', $wpdb->get_col( $wpdb->prepare( "SELECT c.id FROM %i c WHERE c.id IN ({$in}) ORDER BY {$order_sql} LIMIT %d OFFSET %d", array_merge( array( $this->clients() ), $ids, array( $per_page, $offset ) ) ) ) ) );
	}

	/**
	 * A near page of a large set of matches (a common word): walk the sort index and keep the rows
	 * whose tokens match, until the page is full — a few hundred rows, whatever the table size.
	 *
	 * @since 0.1.0
	 *
	 * @param list<string> $words     Search words.
	 * @param int|null     $coach_id  Coach scope.
	 * @param string       $orderby   Allow-listed `orderby`.
	 * @param string       $order_sql Allow-listed ORDER BY.
	 * @param int          $per_page  Page size.
	 * @param int          $offset    Offset.
	 * @return list<int>
	 */
	private function page_by_sort_index( array $words, ?int $coach_id, string $orderby, string $order_sql, int $per_page, int $offset ): array {
		global $wpdb;
		$params = array( $this->clients() );
		$where  = array();
		foreach ( $words as $word ) {
			$where[]  = 'EXISTS (SELECT 1 FROM %i t WHERE t.client_id = c.id AND t.token LIKE %s)';
			$params[] = $this->tokens();
			$params[] = $wpdb->esc_like( $word ) . '%';
		}
		if ( null !== $coach_id ) {
			$where[]  = 'EXISTS (SELECT 1 FROM %i cc WHERE cc.client_id = c.id AND cc.coach_id = %d)';
			$params[] = $this->links();
			$params[] = $coach_id;
		}
		// MariaDB would turn the EXISTS into a semi-join over every match; the sort index stops early.
		$index     = self::SORT_INDEX[ $orderby ] ?? self::SORT_INDEX['last_name'];
		$hint      = self::is_sqlite() ? '' : "FORCE INDEX ({$index})";
		$where_sql = implode( ' AND ', $where );
		$params[]  = $per_page;
		$params[]  = $offset;
		// phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- The hint names an allow-listed index; ORDER BY is allow-listed; values are placeholders.
		return array_values( array_map( 'intval', $wpdb->get_col( $wpdb->prepare( "SELECT c.id FROM %i c {$hint} WHERE {$where_sql} ORDER BY {$order_sql} LIMIT %d OFFSET %d", $params ) ) ) );
	}

	/**
	 * Clients by id, in the order given, with their assigned coaches (two queries).
	 *
	 * @since 0.1.0
	 *
	 * @param list<int> $ids Client ids.
	 * @return list<Client>
	 */
	private function clients_in_order( array $ids ): array {
		$rows    = $this->rows_by_id( $ids );
		$coaches = $this->coach_ids_for( $ids );
		$items   = array();
		foreach ( $ids as $id ) {
			if ( isset( $rows[ $id ] ) ) {
				$items[] = Client::from_row( $rows[ $id ], $coaches[ $id ] ?? array() );
			}
		}
		return $items;
	}

	/**
	 * Whether the database is the SQLite of WordPress Playground (no index hints there).
	 *
	 * @since 0.1.0
	 */
	private static function is_sqlite(): bool {
		return defined( 'DB_ENGINE' ) && 'sqlite' === DB_ENGINE;
	}

	/**
	 * Client rows by id, in one query.
	 *
	 * @since 0.1.0
	 *
	 * @param list<int> $ids Client ids.
	 * @return array<int, object> Id => row.
	 */
	private function rows_by_id( array $ids ): array {
		global $wpdb;
		if ( ! $ids ) {
			return array();
		}
		$in   = implode( ',', array_fill( 0, count( $ids ), '%d' ) );
		$rows = array();
		foreach ( $wpdb->get_results( $wpdb->prepare( "SELECT * FROM %i WHERE id IN ({$in})", array_merge( array( $this->clients() ), $ids ) ) ) as $row ) {
			$rows[ (int) $row->id ] = $row;
		}
		return $rows;
	}

	/**
	 * Which of these clients exist — and, with a coach, which that coach reaches — in one query.
	 *
	 * @since 0.1.0
	 *
	 * @param list<int> $client_ids Clients.
	 * @param int|null  $coach_id   Coach scope, or null for everyone.
	 * @return list<int>
	 */
	public function reachable_ids( array $client_ids, ?int $coach_id ): array {
		global $wpdb;
		$client_ids = array_values( array_unique( array_map( 'intval', $client_ids ) ) );
		if ( ! $client_ids ) {
			return array();
		}
		$in = implode( ',', array_fill( 0, count( $client_ids ), '%d' ) );
		if ( null === $coach_id ) {
			$ids = $wpdb->get_col( $wpdb->prepare( "SELECT id FROM %i WHERE id IN ({$in})", array_merge( array( $this->clients() ), $client_ids ) ) );
		} else {
			$ids = $wpdb->get_col( $wpdb->prepare( "SELECT client_id FROM %i WHERE coach_id = %d AND client_id IN ({$in})", array_merge( array( $this->links(), $coach_id ), $client_ids ) ) );
		}
		return array_values( array_map( 'intval', $ids ) );
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
	 * Adds the derived sort columns to changed fields.
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
		$row   = $fields;
		if ( isset( $row['email'] ) ) {
			$row['email'] = $email;
		}
		$row['sort_first_name'] = Text::limit( Text::fold( $first ), 100 );
		$row['sort_last_name']  = Text::limit( Text::fold( $last ), 100 );
		return $row;
	}
}
