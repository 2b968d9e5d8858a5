<?php
/**
 * The dashboard's aggregate queries.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Dashboard;

use Joolweb\SessionsPro\Clients\Clients_Schema;
use Joolweb\SessionsPro\Database\Abstract_Schema;
use Joolweb\SessionsPro\Sessions\Session;
use Joolweb\SessionsPro\Sessions\Sessions_Schema;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.DB.DirectDatabaseQuery -- The plugin's own tables; values go through prepare().
// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- Only table names and clauses built from placeholders are interpolated.
// phpcs:disable WordPress.DB.PreparedSQL.NotPrepared -- Built from placeholders whose values are in $params.
// phpcs:disable WordPress.DB.PreparedSQLPlaceholders.ReplacementsWrongNumber, WordPress.DB.PreparedSQLPlaceholders.UnfinishedPrepare -- The scope clauses bring their placeholders and append their values to $params; the sniff cannot count through them.

/**
 * A read-only reporting model over the sessions and clients tables: counts, sums and a few rows,
 * each one indexed query whatever the number of rows, never a query per row. The repositories stay
 * the only code that writes those tables.
 *
 * `$coach_id` scopes every figure: null for every coach, else the sessions that coach leads and the
 * clients they reach (`client_coaches`).
 *
 * Site-wide, the index `payment_status (payment_status, status, start_gmt, price_cents)` answers from
 * the index alone; a status without a payment status is written `payment_status IN (every one) AND
 * status = …` so the index still applies (one range per payment status). Per coach, `coach_start`
 * bounds the work to the coach's own sessions (see Sessions_Schema for why there is no other index).
 * Counts that can grow without limit and only warn ("past sessions still booked", "clients without
 * login details") stop counting at a cap.
 *
 * @since 0.1.0
 */
final class Dashboard_Queries {

	/**
	 * Table name.
	 *
	 * @since 0.1.0
	 *
	 * @param string $suffix Suffix.
	 */
	private function table( string $suffix ): string {
		return Abstract_Schema::table( $suffix );
	}

	/**
	 * Number of sessions per day, for consecutive day boundaries (GMT), in one query.
	 *
	 * @since 0.1.0
	 *
	 * @param list<string> $bounds   N+1 boundaries (start of each day, then the end of the last).
	 * @param int|null     $coach_id Scope.
	 * @return list<int> N counts.
	 */
	public function sessions_per_day( array $bounds, ?int $coach_id ): array {
		global $wpdb;
		$days = count( $bounds ) - 1;
		if ( $days < 1 ) {
			return array();
		}
		$sums   = array();
		$params = array();
		for ( $i = 0; $i < $days; $i++ ) {
			$sums[]   = "SUM(start_gmt >= %s AND start_gmt < %s) AS d{$i}";
			$params[] = $bounds[ $i ];
			$params[] = $bounds[ $i + 1 ];
		}
		$scope    = null === $coach_id ? '' : 'coach_id = %d AND ';
		$params   = null === $coach_id ? $params : array_merge( $params, array( $coach_id ) );
		$params[] = $bounds[0];
		$params[] = $bounds[ $days ];
		$row      = $wpdb->get_row(
			$wpdb->prepare( 'SELECT ' . implode( ', ', $sums ) . " FROM {$this->sessions()} WHERE {$scope}start_gmt >= %s AND start_gmt < %s", $params ),
			ARRAY_N
		);
		$out      = array();
		for ( $i = 0; $i < $days; $i++ ) {
			$out[] = (int) ( $row[ $i ] ?? 0 );
		}
		return $out;
	}

	/**
	 * Sessions that started before $now_gmt and are still booked: how many (counting stops at $cap).
	 *
	 * @since 0.1.0
	 *
	 * @param string   $now_gmt  Now.
	 * @param int|null $coach_id Scope.
	 * @param int      $cap      Counting stops here.
	 */
	public function past_booked_count( string $now_gmt, ?int $coach_id, int $cap ): int {
		global $wpdb;
		$params   = array();
		$where    = $this->status_clause( 'booked', $coach_id, $params );
		$params[] = $now_gmt;
		$params[] = $cap;
		// At most $cap ids from the index: the same on MariaDB and SQLite, and never a long count.
		return count( $wpdb->get_col( $wpdb->prepare( "SELECT id FROM {$this->sessions()} WHERE {$where} AND start_gmt < %s LIMIT %d", $params ) ) );
	}

	/**
	 * The most recent sessions that started before $now_gmt and are still booked.
	 *
	 * @since 0.1.0
	 *
	 * @param string   $now_gmt  Now.
	 * @param int|null $coach_id Scope.
	 * @param int      $limit    How many.
	 * @return list<Session>
	 */
	public function past_booked( string $now_gmt, ?int $coach_id, int $limit ): array {
		global $wpdb;
		if ( null !== $coach_id ) {
			$rows = $wpdb->get_results(
				$wpdb->prepare( "SELECT * FROM {$this->sessions()} WHERE coach_id = %d AND status = 'booked' AND start_gmt < %s ORDER BY start_gmt DESC, id DESC LIMIT %d", $coach_id, $now_gmt, $limit )
			);
			return array_values( array_map( array( Session::class, 'from_row' ), $rows ) );
		}
		// The newest of each payment status from the index (one small query each), then the newest of those.
		$found = array();
		foreach ( Session::PAYMENT_STATUSES as $payment ) {
			$rows = $wpdb->get_results(
				$wpdb->prepare( "SELECT id, start_gmt FROM {$this->sessions()} WHERE payment_status = %s AND status = 'booked' AND start_gmt < %s ORDER BY start_gmt DESC LIMIT %d", $payment, $now_gmt, $limit )
			);
			foreach ( $rows as $row ) {
				$found[] = array( (string) $row->start_gmt, (int) $row->id );
			}
		}
		rsort( $found );
		return $this->by_ids( array_column( array_slice( $found, 0, $limit ), 1 ) );
	}

	/**
	 * Completed sessions whose payment is pending: how many, and the amount due (cents).
	 *
	 * @since 0.1.0
	 *
	 * @param int|null $coach_id Scope.
	 * @return array{count: int, amount_cents: int}
	 */
	public function pending_payments( ?int $coach_id ): array {
		global $wpdb;
		$sql = "SELECT COUNT(*) AS n, SUM(price_cents) AS amount FROM {$this->sessions()} WHERE payment_status = 'pending' AND status = 'completed' AND price_cents > 0";
		$row = null === $coach_id ? $wpdb->get_row( $sql ) : $wpdb->get_row( $wpdb->prepare( $sql . ' AND coach_id = %d', $coach_id ) );
		return array(
			'count'        => (int) ( $row->n ?? 0 ),
			'amount_cents' => (int) ( $row->amount ?? 0 ),
		);
	}

	/**
	 * The most recent completed sessions whose payment is pending.
	 *
	 * @since 0.1.0
	 *
	 * @param int|null $coach_id Scope.
	 * @param int      $limit    How many.
	 * @return list<Session>
	 */
	public function pending_payment_sessions( ?int $coach_id, int $limit ): array {
		global $wpdb;
		$sql  = "SELECT * FROM {$this->sessions()} WHERE payment_status = 'pending' AND status = 'completed' AND price_cents > 0";
		$rows = null === $coach_id
			? $wpdb->get_results( $wpdb->prepare( $sql . ' ORDER BY start_gmt DESC LIMIT %d', $limit ) )
			: $wpdb->get_results( $wpdb->prepare( $sql . ' AND coach_id = %d ORDER BY start_gmt DESC LIMIT %d', $coach_id, $limit ) );
		return array_values( array_map( array( Session::class, 'from_row' ), $rows ) );
	}

	/**
	 * Completed sessions and paid revenue (cents) of two consecutive months, by session start.
	 *
	 * @since 0.1.0
	 *
	 * @param string   $last_start Start of last month (GMT).
	 * @param string   $this_start Start of this month.
	 * @param string   $next_start Start of next month.
	 * @param int|null $coach_id   Scope.
	 * @return array{completed_this: int, completed_last: int, paid_this: int, paid_last: int}
	 */
	public function month_figures( string $last_start, string $this_start, string $next_start, ?int $coach_id ): array {
		global $wpdb;
		$params    = array( $this_start );
		$where     = $this->status_clause( 'completed', $coach_id, $params );
		$completed = $wpdb->get_row(
			$wpdb->prepare( "SELECT SUM(start_gmt >= %s) AS this_month, COUNT(*) AS both_months FROM {$this->sessions()} WHERE {$where} AND start_gmt >= %s AND start_gmt < %s", array_merge( $params, array( $last_start, $next_start ) ) )
		);
		$params    = array( $this_start, $this_start );
		if ( null === $coach_id ) {
			// Every status listed: one index range per status.
			$where  = "payment_status = 'paid' AND status IN (" . implode( ',', array_fill( 0, count( Session::STATUSES ), '%s' ) ) . ')';
			$params = array_merge( $params, Session::STATUSES );
		} else {
			$where    = "coach_id = %d AND payment_status = 'paid'";
			$params[] = $coach_id;
		}
		$paid       = $wpdb->get_row(
			$wpdb->prepare(
				"SELECT SUM(CASE WHEN start_gmt >= %s THEN price_cents ELSE 0 END) AS this_month, SUM(CASE WHEN start_gmt < %s THEN price_cents ELSE 0 END) AS last_month FROM {$this->sessions()} WHERE {$where} AND start_gmt >= %s AND start_gmt < %s",
				array_merge( $params, array( $last_start, $next_start ) )
			)
		);
		$this_month = (int) ( $completed->this_month ?? 0 );
		return array(
			'completed_this' => $this_month,
			'completed_last' => (int) ( $completed->both_months ?? 0 ) - $this_month,
			'paid_this'      => (int) ( $paid->this_month ?? 0 ),
			'paid_last'      => (int) ( $paid->last_month ?? 0 ),
		);
	}

	/**
	 * New clients of two consecutive months (by creation).
	 *
	 * @since 0.1.0
	 *
	 * @param string   $last_start Start of last month (GMT).
	 * @param string   $this_start Start of this month.
	 * @param string   $next_start Start of next month.
	 * @param int|null $coach_id   Scope: clients the coach reaches.
	 * @return array{this_month: int, last_month: int}
	 */
	public function new_clients( string $last_start, string $this_start, string $next_start, ?int $coach_id ): array {
		global $wpdb;
		$clients = $this->table( Clients_Schema::CLIENTS );
		if ( null === $coach_id ) {
			$row = $wpdb->get_row(
				$wpdb->prepare( "SELECT SUM(created_at_gmt >= %s) AS this_month, COUNT(*) AS both_months FROM {$clients} WHERE created_at_gmt >= %s AND created_at_gmt < %s", $this_start, $last_start, $next_start )
			);
		} else {
			$row = $wpdb->get_row(
				$wpdb->prepare(
					"SELECT SUM(c.created_at_gmt >= %s) AS this_month, COUNT(*) AS both_months FROM {$this->table( Clients_Schema::COACHES )} cc INNER JOIN {$clients} c ON c.id = cc.client_id WHERE cc.coach_id = %d AND c.created_at_gmt >= %s AND c.created_at_gmt < %s",
					$this_start,
					$coach_id,
					$last_start,
					$next_start
				)
			);
		}
		$this_month = (int) ( $row->this_month ?? 0 );
		return array(
			'this_month' => $this_month,
			'last_month' => (int) ( $row->both_months ?? 0 ) - $this_month,
		);
	}

	/**
	 * Clients who never received their login details: how many (counting stops at $cap).
	 *
	 * @since 0.1.0
	 *
	 * @param int|null $coach_id Scope: clients the coach reaches.
	 * @param int      $cap      Counting stops here.
	 */
	public function clients_without_login_count( ?int $coach_id, int $cap ): int {
		global $wpdb;
		$ids = null === $coach_id
			? $wpdb->get_col( $wpdb->prepare( "SELECT id FROM {$this->table( Clients_Schema::CLIENTS )} WHERE login_sent_at_gmt IS NULL LIMIT %d", $cap ) )
			: $wpdb->get_col( $wpdb->prepare( "SELECT c.id {$this->reached_without_login()} LIMIT %d", $coach_id, $cap ) );
		return count( $ids );
	}

	/**
	 * The newest clients who never received their login details.
	 *
	 * @since 0.1.0
	 *
	 * @param int|null $coach_id Scope: clients the coach reaches.
	 * @param int      $limit    How many.
	 * @return list<array{id: int, name: string, email: string, created_at_gmt: string}>
	 */
	public function clients_without_login( ?int $coach_id, int $limit ): array {
		global $wpdb;
		$rows  = null === $coach_id
			? $wpdb->get_results( $wpdb->prepare( "SELECT c.id, c.first_name, c.last_name, c.email, c.created_at_gmt FROM {$this->table( Clients_Schema::CLIENTS )} c WHERE c.login_sent_at_gmt IS NULL ORDER BY c.created_at_gmt DESC, c.id DESC LIMIT %d", $limit ) )
			: $wpdb->get_results( $wpdb->prepare( "SELECT c.id, c.first_name, c.last_name, c.email, c.created_at_gmt {$this->reached_without_login()} ORDER BY c.created_at_gmt DESC, c.id DESC LIMIT %d", $coach_id, $limit ) );
		$items = array();
		foreach ( $rows as $row ) {
			$items[] = array(
				'id'             => (int) $row->id,
				'name'           => trim( $row->first_name . ' ' . $row->last_name ),
				'email'          => (string) $row->email,
				'created_at_gmt' => (string) $row->created_at_gmt,
			);
		}
		return $items;
	}

	/**
	 * FROM and WHERE of the clients a coach (%d) reaches who never received their login details.
	 *
	 * @since 0.1.0
	 */
	private function reached_without_login(): string {
		return "FROM {$this->table( Clients_Schema::COACHES )} cc INNER JOIN {$this->table( Clients_Schema::CLIENTS )} c ON c.id = cc.client_id WHERE cc.coach_id = %d AND c.login_sent_at_gmt IS NULL";
	}

	/**
	 * Sessions by id (one query by primary key).
	 *
	 * @since 0.1.0
	 *
	 * @param list<int> $ids Ids.
	 * @return array<int, Session> Id => session, for the ids that exist.
	 */
	public function sessions_by_ids( array $ids ): array {
		global $wpdb;
		$ids = array_values( array_unique( array_map( 'intval', $ids ) ) );
		if ( ! $ids ) {
			return array();
		}
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$this->sessions()} WHERE id IN (" . implode( ',', array_fill( 0, count( $ids ), '%d' ) ) . ')', $ids ) );
		$by   = array();
		foreach ( $rows as $row ) {
			$by[ (int) $row->id ] = Session::from_row( $row );
		}
		return $by;
	}

	/**
	 * Sessions by id, in the order of the ids.
	 *
	 * @since 0.1.0
	 *
	 * @param list<int> $ids Ids.
	 * @return list<Session>
	 */
	private function by_ids( array $ids ): array {
		$by = $this->sessions_by_ids( $ids );
		return array_values( array_filter( array_map( static fn( int $id ): ?Session => $by[ $id ] ?? null, $ids ) ) );
	}

	/**
	 * "This status" within the scope, its values appended to $params: site-wide through the payment
	 * index (every payment status listed), per coach through `coach_start`.
	 *
	 * @since 0.1.0
	 *
	 * @param string           $status   Session status.
	 * @param int|null         $coach_id Scope.
	 * @param list<int|string> $params   Query values (added to).
	 */
	private function status_clause( string $status, ?int $coach_id, array &$params ): string {
		if ( null !== $coach_id ) {
			array_push( $params, $coach_id, $status );
			return 'coach_id = %d AND status = %s';
		}
		array_push( $params, ...Session::PAYMENT_STATUSES );
		$params[] = $status;
		return 'payment_status IN (' . implode( ',', array_fill( 0, count( Session::PAYMENT_STATUSES ), '%s' ) ) . ') AND status = %s';
	}

	/**
	 * Sessions table.
	 *
	 * @since 0.1.0
	 */
	private function sessions(): string {
		return $this->table( Sessions_Schema::SESSIONS );
	}
}
