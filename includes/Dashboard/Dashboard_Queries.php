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
// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- Only table names and the scope clause are interpolated.
// phpcs:disable WordPress.DB.PreparedSQL.NotPrepared -- Built from placeholders whose values are in $params.
// phpcs:disable WordPress.DB.PreparedSQLPlaceholders.ReplacementsWrongNumber, WordPress.DB.PreparedSQLPlaceholders.UnfinishedPrepare -- The scope clause brings its placeholder and appends its value to $params; the sniff cannot count through it.

/**
 * A read-only reporting model over the sessions and clients tables: counts and sums only, each one
 * indexed query whatever the number of rows (Sessions_Schema v2 and Clients_Schema v2 indexes), never
 * a query per row. The repositories stay the only code that writes those tables.
 *
 * `$coach_id` scopes every figure: null for every coach, else the sessions that coach leads and the
 * clients they reach (`client_coaches`).
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
		$sums   = array();
		$params = array();
		$days   = count( $bounds ) - 1;
		for ( $i = 0; $i < $days; $i++ ) {
			$sums[]   = "SUM(start_gmt >= %s AND start_gmt < %s) AS d{$i}";
			$params[] = $bounds[ $i ];
			$params[] = $bounds[ $i + 1 ];
		}
		if ( ! $sums ) {
			return array();
		}
		$params[] = $bounds[0];
		$params[] = $bounds[ $days ];
		$scope    = $this->coach_clause( $coach_id, $params );
		$row      = $wpdb->get_row(
			$wpdb->prepare(
				'SELECT ' . implode( ', ', $sums ) . " FROM {$this->table( Sessions_Schema::SESSIONS )} WHERE start_gmt >= %s AND start_gmt < %s{$scope}",
				$params
			),
			ARRAY_N
		);
		$out      = array();
		foreach ( array_keys( $sums ) as $i ) {
			$out[] = (int) ( $row[ $i ] ?? 0 );
		}
		return $out;
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
		$params = array();
		$scope  = $this->coach_clause( $coach_id, $params );
		$row    = $wpdb->get_row(
			$this->prepare(
				"SELECT COUNT(*) AS n, SUM(price_cents) AS amount FROM {$this->table( Sessions_Schema::SESSIONS )} WHERE payment_status = 'pending' AND status = 'completed' AND price_cents > 0{$scope}",
				$params
			)
		);
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
		$params   = array();
		$scope    = $this->coach_clause( $coach_id, $params );
		$params[] = $limit;
		$rows     = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT * FROM {$this->table( Sessions_Schema::SESSIONS )} WHERE payment_status = 'pending' AND status = 'completed' AND price_cents > 0{$scope} ORDER BY start_gmt DESC, id DESC LIMIT %d",
				$params
			)
		);
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
		$table     = $this->table( Sessions_Schema::SESSIONS );
		$params    = array( $this_start, $last_start, $next_start );
		$scope     = $this->coach_clause( $coach_id, $params );
		$completed = $wpdb->get_row(
			$wpdb->prepare( "SELECT SUM(start_gmt >= %s) AS this_month, COUNT(*) AS both_months FROM {$table} WHERE status = 'completed' AND start_gmt >= %s AND start_gmt < %s{$scope}", $params )
		);
		// Listing every status lets the index range over (paid, status, month) for each status.
		$statuses   = implode( ',', array_fill( 0, count( Session::STATUSES ), '%s' ) );
		$params     = array_merge( array( $this_start, $this_start ), Session::STATUSES, array( $last_start, $next_start ) );
		$scope      = $this->coach_clause( $coach_id, $params );
		$paid       = $wpdb->get_row(
			$wpdb->prepare(
				"SELECT SUM(CASE WHEN start_gmt >= %s THEN price_cents ELSE 0 END) AS this_month, SUM(CASE WHEN start_gmt < %s THEN price_cents ELSE 0 END) AS last_month FROM {$table} WHERE payment_status = 'paid' AND status IN ({$statuses}) AND start_gmt >= %s AND start_gmt < %s{$scope}",
				$params
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
	 * Clients who never received their login details: how many, and the newest few.
	 *
	 * @since 0.1.0
	 *
	 * @param int|null $coach_id Scope: clients the coach reaches.
	 * @param int      $limit    How many to list.
	 * @return array{count: int, items: list<array{id: int, name: string, email: string, created_at_gmt: string}>}
	 */
	public function clients_without_login( ?int $coach_id, int $limit ): array {
		global $wpdb;
		$clients = $this->table( Clients_Schema::CLIENTS );
		if ( null === $coach_id ) {
			$count = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$clients} WHERE login_sent_at_gmt IS NULL" );
			$rows  = $count ? $wpdb->get_results( $wpdb->prepare( "SELECT id, first_name, last_name, email, created_at_gmt FROM {$clients} WHERE login_sent_at_gmt IS NULL ORDER BY created_at_gmt DESC, id DESC LIMIT %d", $limit ) ) : array();
		} else {
			$from  = "FROM {$this->table( Clients_Schema::COACHES )} cc INNER JOIN {$clients} c ON c.id = cc.client_id WHERE cc.coach_id = %d AND c.login_sent_at_gmt IS NULL";
			$count = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) {$from}", $coach_id ) );
			$rows  = $count ? $wpdb->get_results( $wpdb->prepare( "SELECT c.id, c.first_name, c.last_name, c.email, c.created_at_gmt {$from} ORDER BY c.created_at_gmt DESC, c.id DESC LIMIT %d", $coach_id, $limit ) ) : array();
		}
		$items = array();
		foreach ( $rows as $row ) {
			$items[] = array(
				'id'             => (int) $row->id,
				'name'           => trim( $row->first_name . ' ' . $row->last_name ),
				'email'          => (string) $row->email,
				'created_at_gmt' => (string) $row->created_at_gmt,
			);
		}
		return array(
			'count' => $count,
			'items' => $items,
		);
	}

	/**
	 * Prepares a query, or returns it as is when it has no values.
	 *
	 * @since 0.1.0
	 *
	 * @param string           $sql    Query with placeholders.
	 * @param list<int|string> $params Values.
	 */
	private function prepare( string $sql, array $params ): string {
		global $wpdb;
		return $params ? (string) $wpdb->prepare( $sql, $params ) : $sql;
	}

	/**
	 * The coach condition, its value appended to $params.
	 *
	 * @since 0.1.0
	 *
	 * @param int|null         $coach_id Scope.
	 * @param list<int|string> $params   Query values (added to).
	 */
	private function coach_clause( ?int $coach_id, array &$params ): string {
		if ( null === $coach_id ) {
			return '';
		}
		$params[] = $coach_id;
		return ' AND coach_id = %d';
	}
}
