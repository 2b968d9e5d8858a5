<?php
/**
 * What the admin Dashboard shows to a user.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Dashboard;

use Joolweb\SessionsPro\Clients\Client_Access;
use Joolweb\SessionsPro\Contracts\Registrable;
use Joolweb\SessionsPro\Security\Capabilities;
use Joolweb\SessionsPro\Sessions\Session;
use Joolweb\SessionsPro\Sessions\Session_Repository;
use Joolweb\SessionsPro\Settings\Settings;

defined( 'ABSPATH' ) || exit;

/**
 * Today and the next 7 days, alerts and this month's KPIs against last month's, for one user.
 *
 * Scope: users who reach everyone see every coach's sessions, or only their own when the setting
 * `dashboard_scope` is 'mine'; a coach always sees the sessions they lead and the clients they reach.
 * Days and months are the site's (timezone), computed here and turned into GMT bounds for SQL.
 * Session figures need `view_sessions`, client figures `view_clients`; a part the user may not see is null.
 *
 * Today's and the week's lists are read live (a few rows each, from an index). The counts, sums and
 * which sessions and clients the alerts list are kept for CACHE_TTL seconds (a transient per scope
 * and period; session ids only, their rows are read live), and forgotten at once when a session or
 * a client is written (a generation number in an autoloaded option): only time passing can leave an
 * alert up to five minutes behind (a session that just started joins "past, still booked"). The
 * filter `joolwebsp_dashboard_cache_ttl` (0 = no cache) changes it.
 *
 * @since 0.1.0
 *
 * @phpstan-type Session_List array{items: list<Session>, total: int}
 * @phpstan-type Capped_List array{items: list<Session>, total: int, capped: bool}
 * @phpstan-type Day_List array{items: list<Session>, total: int, start_gmt: string, end_gmt: string}
 * @phpstan-type Week_List array{items: list<Session>, total: int, start_gmt: string, end_gmt: string, days: list<array{date: string, start_gmt: string, count: int}>}
 * @phpstan-type Pending_List array{items: list<Session>, total: int, amount_cents: int}
 * @phpstan-type No_Login array{count: int, capped: bool, items: list<array{id: int, name: string, email: string, created_at_gmt: string}>}
 * @phpstan-type Kpi array{month: string, sessions_completed: int|null, revenue_paid_cents: int|null, new_clients: int|null}
 * @phpstan-type Board array{scope: string, now_gmt: string, today: Day_List|null, upcoming: Week_List|null, alerts: array{past_booked: Capped_List|null, pending_payments: Pending_List|null, clients_without_login: No_Login|null}, kpis: array{this_month: Kpi, last_month: Kpi}}
 */
final class Dashboard implements Registrable {

	/** Sessions listed for today, and for the next 7 days. */
	public const LIST_SIZE = 50;

	/** Items listed under each alert. */
	public const ALERT_SIZE = 5;

	/** Alerts that only warn stop counting here ("1,000+"). */
	public const COUNT_CAP = 1000;

	/** Seconds the figures are kept. */
	public const CACHE_TTL = 300;

	public const GENERATION_OPTION = 'joolwebsp_dashboard_generation';

	/** Today and the next 7 days. */
	public const DAYS = 8;

	/**
	 * Open bulk runs.
	 *
	 * @var int
	 */
	private int $held = 0;

	/**
	 * Whether a held `forget()` waits for the end of the bulk run.
	 *
	 * @var bool
	 */
	private bool $forget_on_release = false;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Dashboard_Queries  $queries  Aggregates.
	 * @param Session_Repository $sessions Session lists.
	 * @param Client_Access      $access   Who reaches everyone.
	 * @param Settings           $settings Settings (scope).
	 */
	public function __construct(
		private Dashboard_Queries $queries,
		private Session_Repository $sessions,
		private Client_Access $access,
		private Settings $settings
	) {
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		foreach ( array( 'joolwebsp_session_created', 'joolwebsp_session_updated', 'joolwebsp_session_deleted', 'joolwebsp_client_sessions_deleted', 'joolwebsp_client_created', 'joolwebsp_client_updated', 'joolwebsp_client_deleted', 'joolwebsp_login_sent' ) as $hook ) {
			add_action( $hook, array( $this, 'forget' ), 10, 0 );
		}
		add_action( 'joolwebsp_bulk_begin', array( $this, 'hold' ), 10, 0 );
		add_action( 'joolwebsp_bulk_end', array( $this, 'release' ), 10, 0 );
	}

	/**
	 * Forgets every kept figure (sessions or clients changed) — once at the end of a bulk run.
	 *
	 * @since 0.1.0
	 */
	public function forget(): void {
		if ( $this->held > 0 ) {
			$this->forget_on_release = true;
			return;
		}
		update_option( self::GENERATION_OPTION, (int) get_option( self::GENERATION_OPTION, 0 ) + 1, true );
	}

	/**
	 * Holds `forget()` until the bulk run ends (`joolwebsp_bulk_begin`).
	 *
	 * @since 0.2.0
	 */
	public function hold(): void {
		++$this->held;
	}

	/**
	 * Ends a bulk run: forgets once if anything changed during it (`joolwebsp_bulk_end`).
	 *
	 * @since 0.2.0
	 */
	public function release(): void {
		$this->held = max( 0, $this->held - 1 );
		if ( 0 === $this->held && $this->forget_on_release ) {
			$this->forget_on_release = false;
			$this->forget();
		}
	}

	/**
	 * The coach a user's dashboard is limited to, or null for every coach.
	 *
	 * @since 0.1.0
	 *
	 * @param int $user_id User.
	 */
	public function scope_for( int $user_id ): ?int {
		if ( $this->access->reaches_everyone( $user_id ) && 'all' === $this->settings->dashboard_scope() ) {
			return null;
		}
		return $user_id;
	}

	/**
	 * The dashboard of a user.
	 *
	 * @since 0.1.0
	 *
	 * @param int         $user_id User.
	 * @param string|null $now_gmt Now (GMT), for tests.
	 * @return Board
	 */
	public function for_user( int $user_id, ?string $now_gmt = null ): array {
		$now_gmt      = $now_gmt ?? current_time( 'mysql', true );
		$coach_id     = $this->scope_for( $user_id );
		$can_sessions = user_can( $user_id, Capabilities::VIEW_SESSIONS );
		$can_clients  = user_can( $user_id, Capabilities::VIEW_CLIENTS );

		$tz    = wp_timezone();
		$local = ( new \DateTimeImmutable( $now_gmt, new \DateTimeZone( 'UTC' ) ) )->setTimezone( $tz );
		$days  = array();
		$day   = $local->setTime( 0, 0 );
		for ( $i = 0; $i <= self::DAYS; $i++ ) {
			$days[] = $day;
			$day    = $day->modify( '+1 day' );
		}
		$bounds     = array_map( array( self::class, 'gmt' ), $days );
		$this_month = $local->modify( 'first day of this month' )->setTime( 0, 0 );
		$last_month = $this_month->modify( '-1 month' );
		$next_month = $this_month->modify( '+1 month' );
		$months     = array( self::gmt( $last_month ), self::gmt( $this_month ), self::gmt( $next_month ) );
		$scope_key  = null === $coach_id ? 'all' : (string) $coach_id;

		$today    = null;
		$upcoming = null;
		$alerts   = array(
			'past_booked'           => null,
			'pending_payments'      => null,
			'clients_without_login' => null,
		);
		$month    = null;
		if ( $can_sessions ) {
			$today    = array_merge(
				$this->list( $bounds[0], $bounds[1], $coach_id ),
				array(
					'start_gmt' => $bounds[0],
					'end_gmt'   => $bounds[1],
				)
			);
			$per_day  = $this->kept( "days|{$scope_key}|{$bounds[0]}", fn(): array => $this->queries->sessions_per_day( $bounds, $coach_id ) );
			$upcoming = array_merge(
				$this->list( $bounds[1], $bounds[ self::DAYS ], $coach_id ),
				array(
					'start_gmt' => $bounds[1],
					'end_gmt'   => $bounds[ self::DAYS ],
					'days'      => array_map(
						static fn( int $i ): array => array(
							'date'      => $days[ $i ]->format( 'Y-m-d' ),
							'start_gmt' => $bounds[ $i ],
							'count'     => (int) ( $per_day[ $i ] ?? 0 ),
						),
						range( 0, self::DAYS - 1 )
					),
				)
			);

			// The alerts' figures and which sessions they list, kept together (ids only: rows are read live).
			$found                      = $this->kept(
				"alerts|{$scope_key}",
				function () use ( $now_gmt, $coach_id ): array {
					$unpaid = $this->queries->pending_payments( $coach_id );
					$past   = $this->queries->past_booked_count( $now_gmt, $coach_id, self::COUNT_CAP );
					$ids    = static fn( array $sessions ): array => array_map( static fn( Session $s ): int => $s->id, $sessions );
					return array(
						'past'          => $past,
						'past_ids'      => $past ? $ids( $this->queries->past_booked( $now_gmt, $coach_id, self::ALERT_SIZE ) ) : array(),
						'unpaid'        => $unpaid['count'],
						'unpaid_amount' => $unpaid['amount_cents'],
						'unpaid_ids'    => $unpaid['count'] ? $ids( $this->queries->pending_payment_sessions( $coach_id, self::ALERT_SIZE ) ) : array(),
					);
				}
			);
			$rows                       = $this->queries->sessions_by_ids( array_values( array_map( 'intval', array_merge( $found['past_ids'], $found['unpaid_ids'] ) ) ) );
			$pick                       = static fn( array $ids ): array => array_values( array_filter( array_map( static fn( $id ) => $rows[ (int) $id ] ?? null, $ids ) ) );
			$alerts['past_booked']      = array(
				'items'  => $pick( $found['past_ids'] ),
				'total'  => (int) $found['past'],
				'capped' => (int) $found['past'] >= self::COUNT_CAP,
			);
			$alerts['pending_payments'] = array(
				'items'        => $pick( $found['unpaid_ids'] ),
				'total'        => (int) $found['unpaid'],
				'amount_cents' => (int) $found['unpaid_amount'],
			);
			$month                      = $this->kept( "months|{$scope_key}|{$months[1]}", fn(): array => $this->queries->month_figures( $months[0], $months[1], $months[2], $coach_id ) );
		}
		$clients = null;
		if ( $can_clients ) {
			$no_login                        = $this->kept(
				"nologin|{$scope_key}",
				function () use ( $coach_id ): array {
					$count = $this->queries->clients_without_login_count( $coach_id, self::COUNT_CAP );
					return array(
						'count' => $count,
						'items' => $count ? $this->queries->clients_without_login( $coach_id, self::ALERT_SIZE ) : array(),
					);
				}
			);
			$alerts['clients_without_login'] = array(
				'count'  => (int) $no_login['count'],
				'capped' => (int) $no_login['count'] >= self::COUNT_CAP,
				'items'  => $no_login['items'],
			);
			$clients                         = $this->kept( "clients|{$scope_key}|{$months[1]}", fn(): array => $this->queries->new_clients( $months[0], $months[1], $months[2], $coach_id ) );
		}

		return array(
			'scope'    => null === $coach_id ? 'all' : 'mine',
			'now_gmt'  => $now_gmt,
			'today'    => $today,
			'upcoming' => $upcoming,
			'alerts'   => $alerts,
			'kpis'     => array(
				'this_month' => array(
					'month'              => $this_month->format( 'Y-m' ),
					'sessions_completed' => $month ? (int) $month['completed_this'] : null,
					'revenue_paid_cents' => $month ? (int) $month['paid_this'] : null,
					'new_clients'        => $clients ? (int) $clients['this_month'] : null,
				),
				'last_month' => array(
					'month'              => $last_month->format( 'Y-m' ),
					'sessions_completed' => $month ? (int) $month['completed_last'] : null,
					'revenue_paid_cents' => $month ? (int) $month['paid_last'] : null,
					'new_clients'        => $clients ? (int) $clients['last_month'] : null,
				),
			),
		);
	}

	/**
	 * A figure kept for CACHE_TTL seconds, until sessions or clients change.
	 *
	 * @since 0.1.0
	 *
	 * @template T of int|array<mixed>
	 * @param string   $key     What, for whom, for when.
	 * @param callable $compute Computes it.
	 * @phpstan-param callable(): T $compute
	 * @return T
	 */
	private function kept( string $key, callable $compute ) {
		/**
		 * Filters how long the dashboard keeps its figures, in seconds (0: never).
		 *
		 * @since 0.1.0
		 *
		 * @param int $ttl Seconds.
		 */
		$ttl = (int) apply_filters( 'joolwebsp_dashboard_cache_ttl', self::CACHE_TTL );
		if ( $ttl <= 0 ) {
			return $compute();
		}
		$name = 'joolwebsp_dash_' . md5( $key . '|' . (int) get_option( self::GENERATION_OPTION, 0 ) );
		$kept = get_transient( $name );
		if ( is_array( $kept ) && array_key_exists( 'v', $kept ) ) {
			return $kept['v'];
		}
		$value = $compute();
		set_transient( $name, array( 'v' => $value ), $ttl );
		return $value;
	}

	/**
	 * Sessions starting in [start, end), by start, at most LIST_SIZE, with the total.
	 *
	 * @since 0.1.0
	 *
	 * @param string   $start_gmt Start.
	 * @param string   $end_gmt   End.
	 * @param int|null $coach_id  Scope.
	 * @return Session_List
	 */
	private function list( string $start_gmt, string $end_gmt, ?int $coach_id ): array {
		return $this->sessions->query(
			array(
				'after'          => $start_gmt,
				'before'         => $end_gmt,
				'scope_coach_id' => $coach_id,
				'order'          => 'asc',
				'per_page'       => self::LIST_SIZE,
			)
		);
	}

	/**
	 * A local time as a GMT MySQL datetime.
	 *
	 * @since 0.1.0
	 *
	 * @param \DateTimeImmutable $time Local time.
	 */
	private static function gmt( \DateTimeImmutable $time ): string {
		return $time->setTimezone( new \DateTimeZone( 'UTC' ) )->format( 'Y-m-d H:i:s' );
	}
}
