<?php
/**
 * REST: /joolwebsp/v1/clients/{id}/overview, /finances, /notes.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Finances\REST;

use Joolweb\SessionsPro\REST\Abstract_Controller;
use Joolweb\SessionsPro\Security\Capabilities;
use Joolweb\SessionsPro\Sessions\Money;
use Joolweb\SessionsPro\Sessions\Notes_Repository;
use Joolweb\SessionsPro\Sessions\REST\Sessions_Controller;
use Joolweb\SessionsPro\Sessions\Schedule;
use Joolweb\SessionsPro\Sessions\Session;
use Joolweb\SessionsPro\Sessions\Session_Access;
use Joolweb\SessionsPro\Sessions\Session_Repository;
use Joolweb\SessionsPro\Settings\Settings;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * What the client profile shows: KPIs and session lists (Overview), money (Finances), private
 * coach notes. Money is computed here, on the server, from integer cents.
 *
 * Reach: the client (Client_Access); a coach sees, within it, only the sessions they lead.
 *
 * @since 0.1.0
 */
final class Client_Insights_Controller extends Abstract_Controller {

	private const LIST_SIZE = 10;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Session_Repository  $sessions   Sessions.
	 * @param Session_Access      $access     Session reach (coach scope).
	 * @param Notes_Repository    $notes      Notes.
	 * @param Sessions_Controller $presenter  Shapes sessions.
	 * @param Settings            $settings   Settings (currency).
	 */
	public function __construct(
		private Session_Repository $sessions,
		private Session_Access $access,
		private Notes_Repository $notes,
		private Sessions_Controller $presenter,
		private Settings $settings
	) {
		parent::__construct();
		$this->rest_base = 'clients';
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_routes(): void {
		$id   = array(
			'id' => array(
				'type'    => 'integer',
				'minimum' => 1,
			),
		);
		$page = array(
			'type'    => 'integer',
			'minimum' => 1,
			'default' => 1,
		);
		// Overview KPIs with upcoming and past sessions.
		register_rest_route(
			self::REST_NAMESPACE,
			'/clients/(?P<id>[\d]+)/overview',
			array(
				'args' => $id,
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'overview' ),
					'permission_callback' => array( $this, 'view_check' ),
					'args'                => array(
						'upcoming_page' => $page,
						'past_page'     => $page,
					),
				),
			)
		);
		// Next booked session of several clients (the Customers list column), in one query.
		register_rest_route(
			self::REST_NAMESPACE,
			'/clients/next-sessions',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'next_sessions' ),
					'permission_callback' => array( $this, 'list_check' ),
					'args'                => array(
						'include' => array(
							'type'     => 'array',
							'items'    => array(
								'type'    => 'integer',
								'minimum' => 1,
							),
							'maxItems' => 100,
							'required' => true,
						),
					),
				),
			)
		);
		// Money of the client.
		register_rest_route(
			self::REST_NAMESPACE,
			'/clients/(?P<id>[\d]+)/finances',
			array(
				'args' => $id,
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'finances' ),
					'permission_callback' => array( $this, 'view_check' ),
					'args'                => array(
						'page'           => $page,
						'payment_status' => array(
							'type' => 'string',
							'enum' => Session::PAYMENT_STATUSES,
						),
					),
				),
			)
		);
		// Private coach notes.
		register_rest_route(
			self::REST_NAMESPACE,
			'/clients/(?P<id>[\d]+)/notes',
			array(
				'args' => $id,
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_notes' ),
					'permission_callback' => array( $this, 'view_check' ),
				),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_notes' ),
					'permission_callback' => array( $this, 'edit_check' ),
					'args'                => array(
						'notes' => array(
							'type'      => 'string',
							'required'  => true,
							'maxLength' => 20000,
						),
					),
				),
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
	 * Client id => ISO start of the next booked session (a coach sees their own sessions only);
	 * ids the caller does not reach are left out.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	public function next_sessions( $request ): WP_REST_Response {
		$ids  = array_values( array_filter( array_map( 'intval', (array) $request['include'] ), static fn( int $id ): bool => current_user_can( Capabilities::VIEW_CLIENT, $id ) ) );
		$next = $this->sessions->next_starts( $ids, current_time( 'mysql', true ), $this->access->scope_for( get_current_user_id() ) );
		$out  = array();
		foreach ( $next as $client_id => $gmt ) {
			$out[ (string) $client_id ] = Schedule::iso( $gmt );
		}
		return new WP_REST_Response( (object) $out );
	}

	/**
	 * `edit_clients` and reaching the client.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function edit_check( $request ) {
		return $this->client_check( $request, Capabilities::EDIT_CLIENTS, Capabilities::EDIT_CLIENT );
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
		$client_id = $this->route_id( $request );
		$now       = current_time( 'mysql', true );
		$scope     = $this->access->scope_for( get_current_user_id() );
		$totals    = $this->totals( $client_id, $now, $scope );
		$lists     = array();
		foreach ( array( 'upcoming', 'past' ) as $timeline ) {
			$page               = (int) $request[ $timeline . '_page' ];
			$result             = $this->sessions->query(
				array(
					'client_id'      => $client_id,
					'scope_coach_id' => $scope,
					'timeline'       => $timeline,
					'now'            => $now,
					'order'          => 'upcoming' === $timeline ? 'asc' : 'desc',
					'page'           => $page,
					'per_page'       => self::LIST_SIZE,
				)
			);
			$lists[ $timeline ] = array(
				'items'       => $this->presenter->present( $result['items'] ),
				'total'       => $result['total'],
				'total_pages' => (int) ceil( $result['total'] / self::LIST_SIZE ),
				'page'        => $page,
			);
		}
		$next = $lists['upcoming']['items'][0]['start'] ?? null;
		if ( (int) $request['upcoming_page'] > 1 ) {
			$first = $this->sessions->query(
				array(
					'client_id'      => $client_id,
					'scope_coach_id' => $scope,
					'timeline'       => 'upcoming',
					'now'            => $now,
					'per_page'       => 1,
				)
			);
			$next  = $first['items'] ? Schedule::iso( $first['items'][0]->start_gmt ) : null;
		}
		return new WP_REST_Response(
			array(
				'kpis'     => array(
					'sessions_total'     => $totals['sessions_total'],
					'sessions_completed' => $totals['sessions_completed'],
					'sessions_upcoming'  => $totals['sessions_upcoming'],
					'next_session'       => $next,
					'amount_pending'     => Money::format( $totals['pending'] ),
					'amount_paid'        => Money::format( $totals['paid'] ),
				),
				'currency' => $this->currency(),
				'upcoming' => $lists['upcoming'],
				'past'     => $lists['past'],
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
		$client_id = $this->route_id( $request );
		$scope     = $this->access->scope_for( get_current_user_id() );
		$totals    = $this->totals( $client_id, current_time( 'mysql', true ), $scope );
		$page      = (int) $request['page'];
		$payments  = $this->sessions->query(
			array(
				'client_id'      => $client_id,
				'scope_coach_id' => $scope,
				'priced'         => true,
				'payment_status' => null === $request['payment_status'] ? null : (string) $request['payment_status'],
				'order'          => 'desc',
				'page'           => $page,
				'per_page'       => 20,
			)
		);
		$monthly   = array_map(
			static fn( array $m ): array => array(
				'month'  => $m['month'],
				'billed' => Money::format( $m['billed'] ),
				'paid'   => Money::format( $m['paid'] ),
			),
			$this->sessions->client_monthly( $client_id, $scope )
		);
		return new WP_REST_Response(
			array(
				'kpis'              => array(
					'total_billed'      => Money::format( $totals['total_billed'] ),
					'paid'              => Money::format( $totals['paid'] ),
					'pending'           => Money::format( $totals['pending'] ),
					'refunded'          => Money::format( $totals['refunded'] ),
					'billable_sessions' => $totals['billable_sessions'],
				),
				'currency'          => $this->currency(),
				'by_payment_status' => array(
					'pending'   => Money::format( $totals['pending'] ),
					'paid'      => Money::format( $totals['paid'] ),
					'refunded'  => Money::format( $totals['refunded'] ),
					'cancelled' => Money::format( $totals['cancelled_payments'] ),
				),
				'monthly'           => $monthly,
				'payments'          => array(
					'items'       => $this->presenter->present( $payments['items'] ),
					'total'       => $payments['total'],
					'total_pages' => (int) ceil( $payments['total'] / 20 ),
					'page'        => $page,
				),
			)
		);
	}

	/**
	 * The client's private coach notes.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	public function get_notes( $request ): WP_REST_Response {
		$notes = $this->notes->get( $this->route_id( $request ) );
		return new WP_REST_Response(
			array(
				'notes'      => $notes['notes'],
				'updated_at' => $notes['updated_at_gmt'] ? Schedule::iso( $notes['updated_at_gmt'] ) : null,
			)
		);
	}

	/**
	 * Saves the notes.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_notes( $request ) {
		$text = sanitize_textarea_field( (string) $request['notes'] );
		if ( ! $this->notes->save( $this->route_id( $request ), $text, get_current_user_id() ) ) {
			return $this->error( 'notes_failed', __( 'The notes could not be saved.', 'joolweb-sessions-pro' ), 500 );
		}
		return $this->get_notes( $request );
	}

	/**
	 * {@inheritDoc}
	 */
	protected function build_schema(): array {
		return array(
			'$schema' => 'http://json-schema.org/draft-04/schema#',
			'title'   => 'joolwebsp-client-insights',
			'type'    => 'object',
		);
	}

	/**
	 * Totals of a client's sessions (a coach counts only theirs).
	 *
	 * @since 0.1.0
	 *
	 * @param int      $client_id Client.
	 * @param string   $now       Now (GMT).
	 * @param int|null $scope     Coach scope.
	 * @return array{sessions_total: int, sessions_completed: int, sessions_upcoming: int, total_billed: int, paid: int, pending: int, refunded: int, billable_sessions: int, cancelled_payments: int}
	 */
	private function totals( int $client_id, string $now, ?int $scope ): array {
		return $this->sessions->client_totals( $client_id, $now, $scope );
	}

	/**
	 * The site currency.
	 *
	 * @since 0.1.0
	 */
	private function currency(): string {
		return $this->settings->all()['currency'];
	}

	/**
	 * Capability then reachability.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request   Request.
	 * @param string          $primitive Capability.
	 * @param string          $meta      Meta capability.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	private function client_check( WP_REST_Request $request, string $primitive, string $meta ) {
		if ( ! current_user_can( $primitive ) ) {
			return $this->forbidden();
		}
		return current_user_can( $meta, $this->route_id( $request ) ) ? true : $this->error( 'client_not_found', __( 'Client not found.', 'joolweb-sessions-pro' ), 404 );
	}

}
