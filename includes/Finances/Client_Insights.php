<?php
/**
 * What the client profile shows: KPIs, session lists, money.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Finances;

use Joolweb\SessionsPro\Sessions\Session;
use Joolweb\SessionsPro\Sessions\Session_Repository;
use Joolweb\SessionsPro\Settings\Settings;

defined( 'ABSPATH' ) || exit;

/**
 * Figures of one client, computed on the server from integer cents. `$coach_scope` is the coach a
 * figure is limited to (a coach sees, within a client, the sessions they lead), or null for all.
 *
 * @since 0.1.0
 *
 * @phpstan-type Totals array{sessions_total: int, sessions_completed: int, sessions_upcoming: int, total_billed: int, paid: int, pending: int, refunded: int, billable_sessions: int, cancelled_payments: int}
 * @phpstan-type Session_Page array{items: list<Session>, total: int, page: int, per_page: int}
 */
final class Client_Insights {

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Session_Repository $sessions Sessions.
	 * @param Settings           $settings Settings (currency).
	 */
	public function __construct( private Session_Repository $sessions, private Settings $settings ) {
	}

	/**
	 * KPIs, the next session, and a page of upcoming and of past sessions.
	 *
	 * Upcoming: starts now or later and still to happen; past: everything else (a cancelled future
	 * session is past).
	 *
	 * @since 0.1.0
	 *
	 * @param int                   $client_id   Client.
	 * @param int|null              $coach_scope Coach scope.
	 * @param array{0: int, 1: int} $upcoming Page and page size of the upcoming list.
	 * @param array{0: int, 1: int} $past     Page and page size of the past list.
	 * @return array{totals: Totals, next_start: string|null, upcoming: Session_Page, past: Session_Page}
	 */
	public function overview( int $client_id, ?int $coach_scope, array $upcoming, array $past ): array {
		$now  = current_time( 'mysql', true );
		$list = $this->timeline( $client_id, $coach_scope, 'upcoming', $now, $upcoming[0], $upcoming[1] );
		$next = 1 === $upcoming[0] ? ( $list['items'][0] ?? null ) : ( $this->timeline( $client_id, $coach_scope, 'upcoming', $now, 1, 1 )['items'][0] ?? null );
		return array(
			'totals'     => $this->sessions->client_totals( $client_id, $now, $coach_scope ),
			'next_start' => $next?->start_gmt,
			'upcoming'   => $list,
			'past'       => $this->timeline( $client_id, $coach_scope, 'past', $now, $past[0], $past[1] ),
		);
	}

	/**
	 * Money KPIs, billed and paid per month, and a page of the billable sessions (the payments).
	 *
	 * @since 0.1.0
	 *
	 * @param int         $client_id      Client.
	 * @param int|null    $coach_scope    Coach scope.
	 * @param int         $page           Page of payments.
	 * @param int         $per_page       Payments per page.
	 * @param string|null $payment_status Only payments with this status.
	 * @return array{totals: Totals, monthly: list<array{month: string, billed: int, paid: int}>, payments: Session_Page}
	 */
	public function finances( int $client_id, ?int $coach_scope, int $page, int $per_page, ?string $payment_status ): array {
		$payments = $this->sessions->query(
			array(
				'client_id'      => $client_id,
				'scope_coach_id' => $coach_scope,
				'priced'         => true,
				'payment_status' => $payment_status,
				'order'          => 'desc',
				'page'           => $page,
				'per_page'       => $per_page,
			)
		);
		return array(
			'totals'   => $this->sessions->client_totals( $client_id, current_time( 'mysql', true ), $coach_scope ),
			'monthly'  => $this->sessions->client_monthly( $client_id, $coach_scope ),
			'payments' => $payments + array(
				'page'     => $page,
				'per_page' => $per_page,
			),
		);
	}

	/**
	 * The next booked session start of several clients, in one query.
	 *
	 * @since 0.1.0
	 *
	 * @param list<int> $client_ids  Clients (already filtered by reach).
	 * @param int|null  $coach_scope Coach scope.
	 * @return array<int, string> Client id => GMT start.
	 */
	public function next_starts( array $client_ids, ?int $coach_scope ): array {
		return $this->sessions->next_starts( $client_ids, current_time( 'mysql', true ), $coach_scope );
	}

	/**
	 * The site's currency (ISO 4217).
	 *
	 * @since 0.1.0
	 */
	public function currency(): string {
		return $this->settings->all()['currency'];
	}

	/**
	 * A page of upcoming or past sessions.
	 *
	 * @since 0.1.0
	 *
	 * @param int      $client_id   Client.
	 * @param int|null $coach_scope Coach scope.
	 * @param string   $timeline    'upcoming' or 'past'.
	 * @param string   $now         Now (GMT).
	 * @param int      $page        Page.
	 * @param int      $per_page    Page size.
	 * @return Session_Page
	 */
	private function timeline( int $client_id, ?int $coach_scope, string $timeline, string $now, int $page, int $per_page ): array {
		return $this->sessions->query(
			array(
				'client_id'      => $client_id,
				'scope_coach_id' => $coach_scope,
				'timeline'       => $timeline,
				'now'            => $now,
				'order'          => 'upcoming' === $timeline ? 'asc' : 'desc',
				'page'           => $page,
				'per_page'       => $per_page,
			)
		) + array(
			'page'     => $page,
			'per_page' => $per_page,
		);
	}
}
