<?php
/**
 * REST: /joolwebsp/v1/clients/{id}/overview, /clients/{id}/finances, /clients/next-sessions.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Finances\REST;

use Joolweb\SessionsPro\Finances\Client_Insights;
use Joolweb\SessionsPro\REST\Abstract_Controller;
use Joolweb\SessionsPro\Security\Capabilities;
use Joolweb\SessionsPro\Sessions\Money;
use Joolweb\SessionsPro\Sessions\REST\Session_Presenter;
use Joolweb\SessionsPro\Sessions\REST\Session_Schema;
use Joolweb\SessionsPro\Sessions\Schedule;
use Joolweb\SessionsPro\Sessions\Session;
use Joolweb\SessionsPro\Sessions\Session_Access;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * HTTP for Client_Insights: reach of the client first (Client_Access; 404 otherwise), then a coach
 * sees, within the client, the sessions they lead. Money leaves as strings with two decimals.
 *
 * @since 0.1.0
 *
 * @phpstan-import-type Session_Page from Client_Insights
 */
final class Client_Insights_Controller extends Abstract_Controller {

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Client_Insights   $insights  Figures.
	 * @param Session_Access    $access    Session reach (coach scope).
	 * @param Session_Presenter $presenter Shapes sessions.
	 */
	public function __construct(
		private Client_Insights $insights,
		private Session_Access $access,
		private Session_Presenter $presenter
	) {
		parent::__construct();
		$this->rest_base = 'clients';
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_routes(): void {
		$id = self::id_arg( __( 'Unique identifier of the client.', 'joolweb-sessions-pro' ) );
		// Overview KPIs with upcoming and past sessions.
		$this->route(
			'/clients/(?P<id>[\d]+)/overview',
			array( array( WP_REST_Server::READABLE, 'overview', 'view_check', self::page_args( 10, 'upcoming_' ) + self::page_args( 10, 'past_' ) ) ),
			$id,
			array( self::class, 'overview_schema' )
		);
		// Money of the client.
		$this->route(
			'/clients/(?P<id>[\d]+)/finances',
			array(
				array(
					WP_REST_Server::READABLE,
					'finances',
					'view_check',
					self::page_args() + array(
						'payment_status' => array(
							'description' => __( 'Only payments with this status.', 'joolweb-sessions-pro' ),
							'type'        => 'string',
							'enum'        => Session::PAYMENT_STATUSES,
						),
					),
				),
			),
			$id,
			array( self::class, 'finances_schema' )
		);
		// Next booked session of several clients (the Customers list column), in one query.
		$this->route(
			'/clients/next-sessions',
			array(
				array(
					WP_REST_Server::READABLE,
					'next_sessions',
					'list_check',
					array(
						'include' => array(
							'description' => __( 'Client ids.', 'joolweb-sessions-pro' ),
							'type'        => 'array',
							'items'       => array(
								'type'    => 'integer',
								'minimum' => 1,
							),
							'maxItems'    => 100,
							'required'    => true,
						),
					),
				),
			),
			array(),
			static fn(): array => array_merge(
				self::object_schema( 'joolwebsp-next-sessions', array() ),
				array(
					'description'          => __( 'Client id => start of its next booked session, ISO 8601 in UTC; clients without one, or not reached, are left out.', 'joolweb-sessions-pro' ),
					'additionalProperties' => array(
						'type'   => 'string',
						'format' => 'date-time',
					),
				)
			)
		);
	}

	/**
	 * `view_clients` and reaching the client.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function view_check( $request ) {
		return $this->client_check( $request, Capabilities::VIEW_CLIENTS, Capabilities::VIEW_CLIENT );
	}

	/**
	 * `view_clients` (each id is then filtered by reach).
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function list_check( $request ) {
		return current_user_can( Capabilities::VIEW_CLIENTS ) ? true : $this->forbidden();
	}

	/**
	 * KPIs and the upcoming / past session lists.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	public function overview( $request ): WP_REST_Response {
		$data   = $this->insights->overview(
			$this->route_id( $request ),
			$this->access->scope_for( get_current_user_id() ),
			array( (int) $request['upcoming_page'], (int) $request['upcoming_per_page'] ),
			array( (int) $request['past_page'], (int) $request['past_per_page'] )
		);
		$totals = $data['totals'];
		return new WP_REST_Response(
			array(
				'kpis'     => array(
					'sessions_total'     => $totals['sessions_total'],
					'sessions_completed' => $totals['sessions_completed'],
					'sessions_upcoming'  => $totals['sessions_upcoming'],
					'next_session'       => null === $data['next_start'] ? null : Schedule::iso( $data['next_start'] ),
					'amount_pending'     => Money::format( $totals['pending'] ),
					'amount_paid'        => Money::format( $totals['paid'] ),
				),
				'currency' => $this->insights->currency(),
				'upcoming' => $this->session_page( $data['upcoming'] ),
				'past'     => $this->session_page( $data['past'] ),
			)
		);
	}

	/**
	 * Money KPIs, amounts by payment status, monthly billed vs paid, and the payments list.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	public function finances( $request ): WP_REST_Response {
		$data   = $this->insights->finances(
			$this->route_id( $request ),
			$this->access->scope_for( get_current_user_id() ),
			(int) $request['page'],
			(int) $request['per_page'],
			null === $request['payment_status'] ? null : (string) $request['payment_status']
		);
		$totals = $data['totals'];
		return new WP_REST_Response(
			array(
				'kpis'              => array(
					'total_billed'      => Money::format( $totals['total_billed'] ),
					'paid'              => Money::format( $totals['paid'] ),
					'pending'           => Money::format( $totals['pending'] ),
					'refunded'          => Money::format( $totals['refunded'] ),
					'billable_sessions' => $totals['billable_sessions'],
				),
				'currency'          => $this->insights->currency(),
				'by_payment_status' => array(
					'pending'   => Money::format( $totals['pending'] ),
					'paid'      => Money::format( $totals['paid'] ),
					'refunded'  => Money::format( $totals['refunded'] ),
					'cancelled' => Money::format( $totals['cancelled_payments'] ),
				),
				'monthly'           => array_map(
					static fn( array $m ): array => array(
						'month'  => $m['month'],
						'billed' => Money::format( $m['billed'] ),
						'paid'   => Money::format( $m['paid'] ),
					),
					$data['monthly']
				),
				'payments'          => $this->session_page( $data['payments'] ),
			)
		);
	}

	/**
	 * Client id => ISO start of the next booked session; ids the caller does not reach are left out.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	public function next_sessions( $request ): WP_REST_Response {
		$ids = array_values( array_filter( array_map( 'intval', (array) $request['include'] ), static fn( int $id ): bool => current_user_can( Capabilities::VIEW_CLIENT, $id ) ) );
		$out = array();
		foreach ( $this->insights->next_starts( $ids, $this->access->scope_for( get_current_user_id() ) ) as $client_id => $gmt ) {
			$out[ (string) $client_id ] = Schedule::iso( $gmt );
		}
		return new WP_REST_Response( (object) $out );
	}

	/**
	 * Schema of GET /clients/{id}/overview.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function overview_schema(): array {
		$money = __( 'Amount in the site currency, two decimals.', 'joolweb-sessions-pro' );
		return self::object_schema(
			'joolwebsp-client-overview',
			array(
				'kpis'     => self::field(
					'object',
					__( 'Figures of the client (a coach counts the sessions they lead).', 'joolweb-sessions-pro' ),
					array(
						'properties' => array(
							'sessions_total'     => array( 'type' => 'integer' ),
							'sessions_completed' => array( 'type' => 'integer' ),
							'sessions_upcoming'  => array( 'type' => 'integer' ),
							'next_session'       => array(
								'type'   => array( 'string', 'null' ),
								'format' => 'date-time',
							),
							'amount_pending'     => array(
								'type'        => 'string',
								'description' => $money,
							),
							'amount_paid'        => array(
								'type'        => 'string',
								'description' => $money,
							),
						),
					)
				),
				'currency' => self::field( 'string', __( 'Currency, ISO 4217.', 'joolweb-sessions-pro' ) ),
				'upcoming' => self::session_page_schema( __( 'Upcoming sessions, soonest first.', 'joolweb-sessions-pro' ) ),
				'past'     => self::session_page_schema( __( 'Past and cancelled sessions, latest first.', 'joolweb-sessions-pro' ) ),
			)
		);
	}

	/**
	 * Schema of GET /clients/{id}/finances.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function finances_schema(): array {
		$amount  = array( 'type' => 'string' );
		$amounts = static fn( array $keys ): array => array_fill_keys( $keys, $amount );
		return self::object_schema(
			'joolwebsp-client-finances',
			array(
				'kpis'              => self::field(
					'object',
					__( 'Money figures, amounts in the site currency with two decimals.', 'joolweb-sessions-pro' ),
					array( 'properties' => $amounts( array( 'total_billed', 'paid', 'pending', 'refunded' ) ) + array( 'billable_sessions' => array( 'type' => 'integer' ) ) )
				),
				'currency'          => self::field( 'string', __( 'Currency, ISO 4217.', 'joolweb-sessions-pro' ) ),
				'by_payment_status' => self::field( 'object', __( 'Amount per payment status.', 'joolweb-sessions-pro' ), array( 'properties' => $amounts( Session::PAYMENT_STATUSES ) ) ),
				'monthly'           => self::field(
					'array',
					__( 'Billed and paid per month (site timezone), oldest first.', 'joolweb-sessions-pro' ),
					array(
						'items' => array(
							'type'       => 'object',
							'properties' => $amounts( array( 'month', 'billed', 'paid' ) ),
						),
					)
				),
				'payments'          => self::session_page_schema( __( 'Billable sessions, latest first.', 'joolweb-sessions-pro' ) ),
			)
		);
	}

	/**
	 * {@inheritDoc}
	 */
	protected function build_schema(): array {
		return self::overview_schema();
	}

	/**
	 * A page of sessions as returned.
	 *
	 * @since 0.1.0
	 *
	 * @param array $page Page.
	 * @phpstan-param Session_Page $page
	 * @return array{items: list<array<string, mixed>>, total: int, total_pages: int, page: int}
	 */
	private function session_page( array $page ): array {
		return array(
			'items'       => $this->presenter->present( $page['items'] ),
			'total'       => $page['total'],
			'total_pages' => (int) ceil( $page['total'] / max( 1, $page['per_page'] ) ),
			'page'        => $page['page'],
		);
	}

	/**
	 * Schema of a page of sessions.
	 *
	 * @since 0.1.0
	 *
	 * @param string $description Description.
	 * @return array<string, mixed>
	 */
	private static function session_page_schema( string $description ): array {
		return self::field(
			'object',
			$description,
			array(
				'properties' => array(
					'items'       => array(
						'type'  => 'array',
						'items' => Session_Schema::get(),
					),
					'total'       => array( 'type' => 'integer' ),
					'total_pages' => array( 'type' => 'integer' ),
					'page'        => array( 'type' => 'integer' ),
				),
			)
		);
	}
}
