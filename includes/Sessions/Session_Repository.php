<?php
/**
 * The only code that touches the sessions table.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Sessions;

use Joolweb\SessionsPro\Database\Abstract_Schema;
use Joolweb\SessionsPro\Database\Counters;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.DB.DirectDatabaseQuery -- The plugin's own table; values go through prepare().
// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- Only WHERE fragments built from constants and allow-listed ORDER BY directions are interpolated.
// phpcs:disable WordPress.DB.PreparedSQL.NotPrepared -- Built from placeholders whose values are in $params.

/**
 * Rows of `{prefix}joolwebsp_sessions`, lists filtered and paged in SQL, and the money aggregates.
 *
 * @since 0.1.0
 *
 * @phpstan-type Session_Filters array{client_id?: int|null, coach_id?: int|null, scope_coach_id?: int|null, status?: string|null, payment_status?: string|null, bundle_id?: int|null, after?: string|null, before?: string|null, timeline?: string|null, now?: string, priced?: bool, order?: string, page?: int, per_page?: int}
 */
final class Session_Repository {

	/**
	 * Table name.
	 *
	 * @since 0.1.0
	 */
	private function table(): string {
		return Abstract_Schema::table( Sessions_Schema::SESSIONS );
	}

	/** Name of the sessions counter. */
	public const COUNTER = 'sessions';

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

	/**
	 * Inserts a session.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, scalar|null> $row Column values.
	 * @return int|null Id, or null on failure.
	 */
	public function insert( array $row ): ?int {
		global $wpdb;
		if ( ! $wpdb->insert( $this->table(), $row ) ) {
			return null;
		}
		$this->counters->add( self::COUNTER, 1 );
		return (int) $wpdb->insert_id;
	}

	/**
	 * Updates columns of a session.
	 *
	 * @since 0.1.0
	 *
	 * @param int                        $id  Session.
	 * @param array<string, scalar|null> $row Column values.
	 */
	public function update( int $id, array $row ): bool {
		global $wpdb;
		return false !== $wpdb->update( $this->table(), $row, array( 'id' => $id ) );
	}

	/**
	 * Deletes a session.
	 *
	 * @since 0.1.0
	 *
	 * @param int $id Session.
	 */
	public function delete( int $id ): bool {
		global $wpdb;
		$deleted = (int) $wpdb->delete( $this->table(), array( 'id' => $id ) );
		$this->counters->add( self::COUNTER, -$deleted );
		return $deleted > 0;
	}

	/**
	 * One session.
	 *
	 * @since 0.1.0
	 *
	 * @param int $id Session.
	 */
	public function find( int $id ): ?Session {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM %i WHERE id = %d', $this->table(), $id ) );
		return $row ? Session::from_row( $row ) : null;
	}

	/**
	 * A page of sessions and the total, filtered in SQL, by start.
	 *
	 * @since 0.1.0
	 *
	 * @param array $filters Filters.
	 * @phpstan-param Session_Filters $filters
	 * @return array{items: list<Session>, total: int}
	 */
	public function query( array $filters ): array {
		global $wpdb;
		list( $where, $params ) = $this->where( $filters );
		$direction              = 'desc' === ( $filters['order'] ?? 'asc' ) ? 'DESC' : 'ASC';
		$per_page               = max( 1, (int) ( $filters['per_page'] ?? 20 ) );
		$offset                 = ( max( 1, (int) ( $filters['page'] ?? 1 ) ) - 1 ) * $per_page;
		$params                 = array_merge( array( $this->table() ), $params );
		// The whole list: the count kept on write, never a full COUNT(*) of a million rows.
		$total = '1=1' === $where
			? $this->counters->get( self::COUNTER, fn(): int => (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i', $this->table() ) ) )
			: (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM %i WHERE {$where}", $params ) );
		if ( 0 === $total || $offset >= $total ) {
			return array(
				'items' => array(),
				'total' => $total,
			);
		}
		$page_sql = "SELECT * FROM %i WHERE {$where} ORDER BY start_gmt {$direction}, id {$direction} LIMIT %d OFFSET %d";
		$rows     = $wpdb->get_results( $wpdb->prepare( $page_sql, array_merge( $params, array( $per_page, $offset ) ) ) );
		$items    = array();
		foreach ( $rows as $row ) {
			$items[] = Session::from_row( $row );
		}
		return array(
			'items' => $items,
			'total' => $total,
		);
	}

	/**
	 * Every session of a bundle, in order.
	 *
	 * @since 0.1.0
	 *
	 * @param int $bundle_id Bundle.
	 * @return list<Session>
	 */
	public function for_bundle( int $bundle_id ): array {
		global $wpdb;
		$rows = $wpdb->get_results( $wpdb->prepare( 'SELECT * FROM %i WHERE bundle_id = %d ORDER BY start_gmt ASC, id ASC', $this->table(), $bundle_id ) );
		return array_values( array_map( array( Session::class, 'from_row' ), $rows ) );
	}

	/**
	 * Completed sessions of a bundle.
	 *
	 * @since 0.1.0
	 *
	 * @param int $bundle_id Bundle.
	 */
	public function count_completed_in_bundle( int $bundle_id ): int {
		global $wpdb;
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM %i WHERE bundle_id = %d AND status = 'completed'", $this->table(), $bundle_id ) );
	}

	/**
	 * Money and count aggregates of a client's sessions, in one query.
	 *
	 * @since 0.1.0
	 *
	 * @param int      $client_id Client.
	 * @param string   $now_gmt   Now.
	 * @param int|null $coach_id  Only this coach's sessions (coach scope), or null for all.
	 * @return array{sessions_total: int, sessions_completed: int, sessions_upcoming: int, total_billed: int, paid: int, pending: int, refunded: int, billable_sessions: int, cancelled_payments: int}
	 */
	public function client_totals( int $client_id, string $now_gmt, ?int $coach_id = null ): array {
		global $wpdb;
		$row = $wpdb->get_row(
			$wpdb->prepare(
				"SELECT COUNT(*) AS sessions_total,
					SUM(status = 'completed') AS sessions_completed,
					SUM(start_gmt >= %s AND status IN ('booked','available')) AS sessions_upcoming,
					SUM(CASE WHEN price_cents > 0 AND status <> 'cancelled' THEN price_cents ELSE 0 END) AS total_billed,
					SUM(CASE WHEN payment_status = 'paid' THEN price_cents ELSE 0 END) AS paid,
					SUM(CASE WHEN payment_status = 'pending' AND price_cents > 0 AND status <> 'cancelled' THEN price_cents ELSE 0 END) AS pending,
					SUM(CASE WHEN payment_status = 'refunded' THEN price_cents ELSE 0 END) AS refunded,
					SUM(CASE WHEN payment_status = 'cancelled' THEN price_cents ELSE 0 END) AS cancelled_payments,
					SUM(price_cents > 0 AND status <> 'cancelled') AS billable_sessions
				FROM %i WHERE client_id = %d AND ( %d = 0 OR coach_id = %d )",
				$now_gmt,
				$this->table(),
				$client_id,
				(int) $coach_id,
				(int) $coach_id
			),
			ARRAY_A
		);
		$out = array();
		foreach ( array( 'sessions_total', 'sessions_completed', 'sessions_upcoming', 'total_billed', 'paid', 'pending', 'refunded', 'billable_sessions', 'cancelled_payments' ) as $key ) {
			$out[ $key ] = (int) ( $row[ $key ] ?? 0 );
		}
		/** @var array{sessions_total: int, sessions_completed: int, sessions_upcoming: int, total_billed: int, paid: int, pending: int, refunded: int, billable_sessions: int, cancelled_payments: int} $out */
		return $out;
	}

	/**
	 * Minutes spent in a client's completed sessions.
	 *
	 * @since 0.1.0
	 *
	 * @param int $client_id Client.
	 */
	public function completed_minutes( int $client_id ): int {
		global $wpdb;
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COALESCE(SUM(duration_minutes), 0) FROM %i WHERE client_id = %d AND status = 'completed'", $this->table(), $client_id ) );
	}

	/**
	 * Billed and paid per month (months in the site timezone), oldest first.
	 *
	 * @since 0.1.0
	 *
	 * @param int      $client_id Client.
	 * @param int|null $coach_id  Only this coach's sessions, or null for all.
	 * @return list<array{month: string, billed: int, paid: int}>
	 */
	public function client_monthly( int $client_id, ?int $coach_id = null ): array {
		global $wpdb;
		$rows  = $wpdb->get_results(
			$wpdb->prepare(
				'SELECT start_gmt, price_cents, status, payment_status FROM %i WHERE client_id = %d AND ( %d = 0 OR coach_id = %d ) AND price_cents > 0 ORDER BY start_gmt ASC',
				$this->table(),
				$client_id,
				(int) $coach_id,
				(int) $coach_id
			)
		);
		$tz    = wp_timezone();
		$utc   = new \DateTimeZone( 'UTC' );
		$month = array();
		foreach ( $rows as $row ) {
			$key = ( new \DateTimeImmutable( (string) $row->start_gmt, $utc ) )->setTimezone( $tz )->format( 'Y-m' );
			if ( ! isset( $month[ $key ] ) ) {
				$month[ $key ] = array(
					'month'  => $key,
					'billed' => 0,
					'paid'   => 0,
				);
			}
			if ( 'cancelled' !== $row->status ) {
				$month[ $key ]['billed'] += (int) $row->price_cents;
			}
			if ( 'paid' === $row->payment_status ) {
				$month[ $key ]['paid'] += (int) $row->price_cents;
			}
		}
		return array_values( $month );
	}

	/**
	 * The next booked session start of several clients, in one grouped query.
	 *
	 * @since 0.1.0
	 *
	 * @param list<int> $client_ids Clients.
	 * @param string    $now_gmt    Now.
	 * @param int|null  $coach_id   Only this coach's sessions, or null for all.
	 * @return array<int, string> Client id => GMT start.
	 */
	public function next_starts( array $client_ids, string $now_gmt, ?int $coach_id = null ): array {
		global $wpdb;
		if ( ! $client_ids ) {
			return array();
		}
		$in   = implode( ',', array_fill( 0, count( $client_ids ), '%d' ) );
		$sql  = "SELECT client_id, MIN(start_gmt) AS next_start FROM %i WHERE client_id IN ({$in}) AND start_gmt >= %s AND status IN ('booked','available') AND ( %d = 0 OR coach_id = %d ) GROUP BY client_id";
		$rows = $wpdb->get_results( $wpdb->prepare( $sql, array_merge( array( $this->table() ), $client_ids, array( $now_gmt, (int) $coach_id, (int) $coach_id ) ) ) );
		$out  = array();
		foreach ( $rows as $row ) {
			$out[ (int) $row->client_id ] = (string) $row->next_start;
		}
		return $out;
	}

	/**
	 * A page of a client's sessions (every coach), oldest first, and their total.
	 *
	 * @since 0.1.0
	 *
	 * @param int $client_id Client.
	 * @param int $page      Page (1-based).
	 * @param int $per_page  Page size.
	 * @return array{items: list<Session>, total: int}
	 */
	public function for_client( int $client_id, int $page, int $per_page ): array {
		return $this->query(
			array(
				'client_id' => $client_id,
				'order'     => 'asc',
				'page'      => $page,
				'per_page'  => $per_page,
			)
		);
	}

	/**
	 * Detaches a client's sessions from the person (privacy erasure): they keep coach, date, duration,
	 * price, status and payment for the coach's accounts; the client id becomes 0 ("Erased client"),
	 * and the free-text fields that could describe the person are emptied.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $client_id Client.
	 * @param string $title     Neutral title given to every detached session.
	 * @return int Sessions detached.
	 */
	public function detach_client( int $client_id, string $title ): int {
		global $wpdb;
		return (int) $wpdb->query(
			$wpdb->prepare(
				"UPDATE %i SET client_id = 0, title = %s, location = '', video_url = '', notes = '' WHERE client_id = %d",
				$this->table(),
				$title,
				$client_id
			)
		);
	}

	/**
	 * Deletes every session of a client.
	 *
	 * @since 0.1.0
	 *
	 * @param int $client_id Client.
	 */
	public function delete_for_client( int $client_id ): void {
		global $wpdb;
		$this->counters->add( self::COUNTER, - (int) $wpdb->delete( $this->table(), array( 'client_id' => $client_id ) ) );
	}

	/**
	 * Booked sessions whose reminder is due: starting after $now_gmt and at most at $until_gmt, and
	 * not reminded for their current start. Soonest first: a range of the start index (48 hours at most).
	 *
	 * @since 0.1.0
	 *
	 * @param string $now_gmt   Now.
	 * @param string $until_gmt Now + the reminder delay.
	 * @param int    $limit     Batch size.
	 * @return list<Session>
	 */
	public function due_for_reminder( string $now_gmt, string $until_gmt, int $limit ): array {
		global $wpdb;
		$rows = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT * FROM {$this->table()} WHERE status = 'booked' AND start_gmt > %s AND start_gmt <= %s AND ( reminded_for_gmt IS NULL OR reminded_for_gmt <> start_gmt ) ORDER BY start_gmt ASC, id ASC LIMIT %d",
				$now_gmt,
				$until_gmt,
				max( 1, $limit )
			)
		);
		return array_values( array_map( array( Session::class, 'from_row' ), $rows ) );
	}

	/**
	 * Claims the reminder of a session for the start it was read with, in one conditional UPDATE:
	 * of two overlapping runs, exactly one gets true. A session moved since has another start, so it
	 * is not claimed here and gets its reminder for the new time.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $id        Session.
	 * @param string $start_gmt Start it was read with.
	 */
	public function claim_reminder( int $id, string $start_gmt ): bool {
		global $wpdb;
		$updated = $wpdb->query(
			$wpdb->prepare(
				"UPDATE {$this->table()} SET reminded_for_gmt = start_gmt WHERE id = %d AND status = 'booked' AND start_gmt = %s AND ( reminded_for_gmt IS NULL OR reminded_for_gmt <> start_gmt )",
				$id,
				$start_gmt
			)
		);
		return 1 === $updated;
	}

	/**
	 * WHERE clause and values of the list filters.
	 *
	 * @since 0.1.0
	 *
	 * @param array $filters Filters.
	 * @phpstan-param Session_Filters $filters
	 * @return array{0: string, 1: list<int|string>}
	 */
	private function where( array $filters ): array {
		$where  = array( '1=1' );
		$params = array();
		$ints   = array(
			'client_id'      => 'client_id',
			'coach_id'       => 'coach_id',
			'scope_coach_id' => 'coach_id',
			'bundle_id'      => 'bundle_id',
		);
		foreach ( $ints as $key => $column ) {
			if ( isset( $filters[ $key ] ) ) {
				$where[]  = "{$column} = %d";
				$params[] = (int) $filters[ $key ];
			}
		}
		foreach ( array( 'status', 'payment_status' ) as $column ) {
			if ( ! empty( $filters[ $column ] ) ) {
				$where[]  = "{$column} = %s";
				$params[] = (string) $filters[ $column ];
			}
		}
		if ( ! empty( $filters['after'] ) ) {
			$where[]  = 'start_gmt >= %s';
			$params[] = (string) $filters['after'];
		}
		if ( ! empty( $filters['before'] ) ) {
			$where[]  = 'start_gmt < %s';
			$params[] = (string) $filters['before'];
		}
		if ( ! empty( $filters['priced'] ) ) {
			$where[] = 'price_cents > 0';
		}
		// Upcoming: starts now or later and still to happen; past: everything else.
		if ( isset( $filters['timeline'] ) && in_array( $filters['timeline'], array( 'upcoming', 'past' ), true ) ) {
			$upcoming = "(start_gmt >= %s AND status IN ('booked','available'))";
			$where[]  = 'upcoming' === $filters['timeline'] ? $upcoming : "NOT {$upcoming}";
			$params[] = (string) ( $filters['now'] ?? current_time( 'mysql', true ) );
		}
		return array( implode( ' AND ', $where ), $params );
	}
}
