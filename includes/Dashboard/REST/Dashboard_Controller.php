<?php
/**
 * REST: GET /joolwebsp/v1/dashboard.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Dashboard\REST;

use Joolweb\SessionsPro\Dashboard\Dashboard;
use Joolweb\SessionsPro\REST\Abstract_Controller;
use Joolweb\SessionsPro\Security\Capabilities;
use Joolweb\SessionsPro\Sessions\Money;
use Joolweb\SessionsPro\Sessions\REST\Session_Presenter;
use Joolweb\SessionsPro\Sessions\REST\Session_Schema;
use Joolweb\SessionsPro\Sessions\Schedule;
use Joolweb\SessionsPro\Sessions\Session;
use Joolweb\SessionsPro\Settings\Settings;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * The admin Dashboard's data in one request: today and the next 7 days, alerts, KPIs. Sessions have
 * the shape of `/sessions` (so status and payment change in place through `PATCH /sessions/{id}`);
 * amounts are decimal strings in the site currency, computed on the server from cents.
 *
 * @since 0.1.0
 */
final class Dashboard_Controller extends Abstract_Controller {

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Dashboard         $dashboard Dashboard service.
	 * @param Session_Presenter $presenter Shapes sessions like `/sessions`.
	 * @param Settings          $settings  Settings (currency).
	 */
	public function __construct( private Dashboard $dashboard, private Session_Presenter $presenter, private Settings $settings ) {
		parent::__construct();
		$this->rest_base = 'dashboard';
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_routes(): void {
		// The current user's dashboard.
		$this->route( '/dashboard', array( array( WP_REST_Server::READABLE, 'get_item', 'get_item_permissions_check' ) ) );
	}

	/**
	 * Coaches and administrators: `view_sessions` or `view_clients` (each part needs its own).
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		return current_user_can( Capabilities::VIEW_SESSIONS ) || current_user_can( Capabilities::VIEW_CLIENTS ) ? true : $this->forbidden();
	}

	/**
	 * The dashboard.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function get_item( $request ): WP_REST_Response {
		$data = $this->dashboard->for_user( get_current_user_id() );

		// Every session shown, shaped at once (one query for the client names).
		$all = array();
		foreach ( array( $data['today'], $data['upcoming'], $data['alerts']['past_booked'], $data['alerts']['pending_payments'] ) as $part ) {
			foreach ( $part['items'] ?? array() as $session ) {
				$all[ $session->id ] = $session;
			}
		}
		$shaped = array();
		foreach ( $this->presenter->present( array_values( $all ) ) as $item ) {
			$shaped[ (int) $item['id'] ] = $item;
		}
		$items = static fn( array $sessions ): array => array_map( static fn( Session $s ): array => $shaped[ $s->id ], $sessions );

		$today    = $data['today'];
		$upcoming = $data['upcoming'];
		$past     = $data['alerts']['past_booked'];
		$pending  = $data['alerts']['pending_payments'];
		$clients  = $data['alerts']['clients_without_login'];
		$kpis     = array();
		foreach ( $data['kpis'] as $key => $kpi ) {
			$kpis[ $key ] = array(
				'month'              => $kpi['month'],
				'sessions_completed' => $kpi['sessions_completed'],
				'revenue_paid'       => null === $kpi['revenue_paid_cents'] ? null : Money::format( $kpi['revenue_paid_cents'] ),
				'new_clients'        => $kpi['new_clients'],
			);
		}
		return new WP_REST_Response(
			array(
				'scope'    => $data['scope'],
				'currency' => $this->settings->currency(),
				'now'      => Schedule::iso( $data['now_gmt'] ),
				'today'    => null === $today ? null : array(
					'start' => Schedule::iso( $today['start_gmt'] ),
					'end'   => Schedule::iso( $today['end_gmt'] ),
					'items' => $items( $today['items'] ),
					'total' => $today['total'],
				),
				'upcoming' => null === $upcoming ? null : array(
					'start' => Schedule::iso( $upcoming['start_gmt'] ),
					'end'   => Schedule::iso( $upcoming['end_gmt'] ),
					'items' => $items( $upcoming['items'] ),
					'total' => $upcoming['total'],
					'days'  => array_map(
						static fn( array $day ): array => array(
							'date'  => $day['date'],
							'start' => Schedule::iso( $day['start_gmt'] ),
							'count' => $day['count'],
						),
						$upcoming['days']
					),
				),
				'alerts'   => array(
					'past_booked'           => null === $past ? null : array(
						'items'  => $items( $past['items'] ),
						'total'  => $past['total'],
						'capped' => $past['capped'],
					),
					'pending_payments'      => null === $pending ? null : array(
						'items'  => $items( $pending['items'] ),
						'total'  => $pending['total'],
						'amount' => Money::format( $pending['amount_cents'] ),
					),
					'clients_without_login' => null === $clients ? null : array(
						'items'  => array_map(
							static fn( array $c ): array => array(
								'id'         => $c['id'],
								'name'       => $c['name'],
								'email'      => $c['email'],
								'created_at' => Schedule::iso( $c['created_at_gmt'] ),
							),
							$clients['items']
						),
						'total'  => $clients['count'],
						'capped' => $clients['capped'],
					),
				),
				'kpis'     => $kpis,
			)
		);
	}

	/**
	 * {@inheritDoc}
	 */
	protected function build_schema(): array {
		$sessions = array(
			'type'  => 'array',
			'items' => Session_Schema::get(),
		);
		$time     = array(
			'type'   => 'string',
			'format' => 'date-time',
		);
		$list     = static fn( string $description, array $extra = array() ): array => self::field(
			array( 'object', 'null' ),
			$description,
			array(
				'properties' => array_merge(
					array(
						'items' => $sessions,
						'total' => array( 'type' => 'integer' ),
					),
					$extra
				),
			)
		);
		$kpi      = array(
			'type'       => 'object',
			'properties' => array(
				'month'              => array( 'type' => 'string' ),
				'sessions_completed' => array( 'type' => array( 'integer', 'null' ) ),
				'revenue_paid'       => array( 'type' => array( 'string', 'null' ) ),
				'new_clients'        => array( 'type' => array( 'integer', 'null' ) ),
			),
		);
		$capped   = array( 'capped' => array( 'type' => 'boolean' ) );
		return self::object_schema(
			'joolwebsp-dashboard',
			array(
				'scope'    => self::field( 'string', __( 'Whose sessions: every coach\'s, or the current user\'s.', 'joolweb-sessions-pro' ), array( 'enum' => array( 'all', 'mine' ) ) ),
				'currency' => self::field( 'string', __( 'Currency, ISO 4217.', 'joolweb-sessions-pro' ) ),
				'now'      => self::field( 'string', __( 'When the figures were read (UTC).', 'joolweb-sessions-pro' ), array( 'format' => 'date-time' ) ),
				'today'    => $list(
					__( 'Sessions of today (site timezone), soonest first, shaped like /sessions; null without view_sessions.', 'joolweb-sessions-pro' ),
					array(
						'start' => $time,
						'end'   => $time,
					)
				),
				'upcoming' => $list(
					__( 'Sessions of the 7 days after today, soonest first, and the number of sessions of each day from today.', 'joolweb-sessions-pro' ),
					array(
						'start' => $time,
						'end'   => $time,
						'days'  => array(
							'type'  => 'array',
							'items' => array(
								'type'       => 'object',
								'properties' => array(
									'date'  => array( 'type' => 'string' ),
									'start' => $time,
									'count' => array( 'type' => 'integer' ),
								),
							),
						),
					)
				),
				'alerts'   => self::field(
					'object',
					__( 'What needs attention.', 'joolweb-sessions-pro' ),
					array(
						'properties' => array(
							'past_booked'           => $list( __( 'Sessions that started and are still booked, newest first; the count stops at 1,000 (capped).', 'joolweb-sessions-pro' ), $capped ),
							'pending_payments'      => $list( __( 'Completed sessions whose payment is pending, newest first, and the amount due.', 'joolweb-sessions-pro' ), array( 'amount' => array( 'type' => 'string' ) ) ),
							'clients_without_login' => self::field(
								array( 'object', 'null' ),
								__( 'Clients who never received their login details, newest first; the count stops at 1,000 (capped). Null without view_clients.', 'joolweb-sessions-pro' ),
								array(
									'properties' => array(
										'items'  => array(
											'type'  => 'array',
											'items' => array(
												'type' => 'object',
												'properties' => array(
													'id'   => array( 'type' => 'integer' ),
													'name' => array( 'type' => 'string' ),
													'email' => array( 'type' => 'string' ),
													'created_at' => $time,
												),
											),
										),
										'total'  => array( 'type' => 'integer' ),
										'capped' => array( 'type' => 'boolean' ),
									),
								)
							),
						),
					)
				),
				'kpis'     => self::field(
					'object',
					__( 'This month against last month (site timezone): completed sessions, revenue of paid sessions, new clients; null parts the user may not see.', 'joolweb-sessions-pro' ),
					array(
						'properties' => array(
							'this_month' => $kpi,
							'last_month' => $kpi,
						),
					)
				),
			)
		);
	}
}
