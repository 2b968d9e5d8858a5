<?php
/**
 * REST: /joolwebsp/v1/sessions.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Sessions\REST;

use Joolweb\SessionsPro\REST\Abstract_Controller;
use Joolweb\SessionsPro\Security\Capabilities;
use Joolweb\SessionsPro\Sessions\Schedule;
use Joolweb\SessionsPro\Sessions\Session;
use Joolweb\SessionsPro\Sessions\Session_Access;
use Joolweb\SessionsPro\Sessions\Session_Repository;
use Joolweb\SessionsPro\Sessions\Session_Service;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Sessions: list (filters, pagination headers), create, read, update, delete; `notify` on writes.
 * Coaches reach their own sessions; 404 for what the caller cannot reach.
 *
 * @since 0.1.0
 */
final class Sessions_Controller extends Abstract_Controller {

	/** Fields a request may write. */
	private const WRITABLE = array( 'client_id', 'coach_id', 'bundle_id', 'title', 'start', 'duration_minutes', 'location', 'video_url', 'price', 'status', 'payment_status', 'notes' );

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Session_Repository $sessions  Sessions.
	 * @param Session_Service    $service   Rules.
	 * @param Session_Access     $access    Reachability.
	 * @param Session_Presenter  $presenter Shapes sessions.
	 */
	public function __construct(
		private Session_Repository $sessions,
		private Session_Service $service,
		private Session_Access $access,
		private Session_Presenter $presenter
	) {
		parent::__construct();
		$this->rest_base = 'sessions';
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_routes(): void {
		$notify = array(
			'notify' => array(
				'description' => __( 'Email the client: booking confirmation, or an update when the date, time, place or link changed.', 'joolweb-sessions-pro' ),
				'type'        => 'boolean',
				'default'     => false,
			),
		);
		// List and create sessions.
		$this->route(
			'/sessions',
			array(
				array( WP_REST_Server::READABLE, 'get_items', 'get_items_permissions_check', $this->get_collection_params() ),
				array( WP_REST_Server::CREATABLE, 'create_item', 'create_item_permissions_check', array_merge( $this->get_endpoint_args_for_item_schema( WP_REST_Server::CREATABLE ), $notify ) ),
			)
		);
		// One session.
		$this->route(
			'/sessions/(?P<id>[\d]+)',
			array(
				array( WP_REST_Server::READABLE, 'get_item', 'get_item_permissions_check' ),
				array( WP_REST_Server::EDITABLE, 'update_item', 'update_item_permissions_check', array_merge( $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ), $notify ) ),
				array( WP_REST_Server::DELETABLE, 'delete_item', 'delete_item_permissions_check' ),
			),
			self::id_arg( __( 'Unique identifier of the session.', 'joolweb-sessions-pro' ) )
		);
	}

	/**
	 * Listing needs `view_sessions`; `coach_id` is for users who reach everyone.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		if ( ! current_user_can( Capabilities::VIEW_SESSIONS ) ) {
			return $this->forbidden();
		}
		if ( null !== $request['coach_id'] && null !== $this->access->scope_for( get_current_user_id() ) ) {
			return new WP_Error( 'rest_forbidden', __( 'Sorry, you are not allowed to filter by coach.', 'joolweb-sessions-pro' ), array( 'status' => 403 ) );
		}
		return true;
	}

	/**
	 * The sessions the caller reaches.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_items( $request ) {
		$bounds = array();
		foreach ( array( 'after', 'before' ) as $key ) {
			if ( null !== $request[ $key ] ) {
				$gmt = Schedule::parse_start( $request[ $key ], $key );
				if ( is_wp_error( $gmt ) ) {
					return $gmt;
				}
				$bounds[ $key ] = $gmt;
			}
		}
		$page     = (int) $request['page'];
		$per_page = (int) $request['per_page'];
		$result   = $this->sessions->query(
			array(
				'client_id'      => null === $request['client_id'] ? null : (int) $request['client_id'],
				'coach_id'       => null === $request['coach_id'] ? null : (int) $request['coach_id'],
				'scope_coach_id' => $this->access->scope_for( get_current_user_id() ),
				'bundle_id'      => null === $request['bundle_id'] ? null : (int) $request['bundle_id'],
				'status'         => null === $request['status'] ? null : (string) $request['status'],
				'payment_status' => null === $request['payment_status'] ? null : (string) $request['payment_status'],
				'after'          => $bounds['after'] ?? null,
				'before'         => $bounds['before'] ?? null,
				'order'          => (string) $request['order'],
				'page'           => $page,
				'per_page'       => $per_page,
			)
		);
		return $this->paginated( $this->presenter->present( $result['items'] ), $result['total'], $page, $per_page, $request );
	}

	/**
	 * Creating needs `edit_sessions` (the client and coach rules are checked by the service).
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function create_item_permissions_check( $request ) {
		return current_user_can( Capabilities::EDIT_SESSIONS ) ? true : $this->forbidden();
	}

	/**
	 * Creates a session; 201 + Location.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		$result = $this->service->create( $this->session_fields( $request ), get_current_user_id(), (bool) $request['notify'] );
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		$response = $this->respond( $result['session'], $result['email'] );
		$response->set_status( 201 );
		$response->header( 'Location', rest_url( sprintf( '%s/sessions/%d', self::REST_NAMESPACE, $result['session']->id ) ) );
		return $response;
	}

	/**
	 * Reading needs `view_sessions` and reaching the session.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		return $this->item_check( $request, Capabilities::VIEW_SESSIONS, Capabilities::VIEW_SESSION, $this->not_found() );
	}

	/**
	 * One session.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		$session = $this->sessions->find( $this->route_id( $request ) );
		return $session ? $this->respond( $session, null ) : $this->not_found();
	}

	/**
	 * Updating needs `edit_sessions` and reaching the session.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function update_item_permissions_check( $request ) {
		return $this->item_check( $request, Capabilities::EDIT_SESSIONS, Capabilities::EDIT_SESSION, $this->not_found() );
	}

	/**
	 * Partial update.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		$session = $this->sessions->find( $this->route_id( $request ) );
		if ( ! $session ) {
			return $this->not_found();
		}
		$result = $this->service->update( $session, $this->session_fields( $request ), get_current_user_id(), (bool) $request['notify'] );
		return is_wp_error( $result ) ? $result : $this->respond( $result['session'], $result['email'] );
	}

	/**
	 * Deleting needs `edit_sessions` and reaching the session.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function delete_item_permissions_check( $request ) {
		return $this->item_check( $request, Capabilities::EDIT_SESSIONS, Capabilities::DELETE_SESSION, $this->not_found() );
	}

	/**
	 * Deletes a session.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function delete_item( $request ) {
		$session = $this->sessions->find( $this->route_id( $request ) );
		if ( ! $session ) {
			return $this->not_found();
		}
		$previous = $this->presenter->present_one( $session );
		if ( ! $this->service->delete( $session ) ) {
			return $this->error( 'delete_failed', __( 'The session could not be deleted.', 'joolweb-sessions-pro' ), 500 );
		}
		return new WP_REST_Response(
			array(
				'deleted'  => true,
				'previous' => $previous,
			)
		);
	}

	/**
	 * Collection parameters.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public function get_collection_params(): array {
		return array(
			'client_id'      => array(
				'type'    => 'integer',
				'minimum' => 1,
			),
			'coach_id'       => array(
				'type'    => 'integer',
				'minimum' => 1,
			),
			'bundle_id'      => array(
				'type'    => 'integer',
				'minimum' => 1,
			),
			'status'         => array(
				'type' => 'string',
				'enum' => Session::STATUSES,
			),
			'payment_status' => array(
				'type' => 'string',
				'enum' => Session::PAYMENT_STATUSES,
			),
			'after'          => array(
				'description' => __( 'Sessions starting at or after this time.', 'joolweb-sessions-pro' ),
				'type'        => 'string',
			),
			'before'         => array(
				'description' => __( 'Sessions starting before this time.', 'joolweb-sessions-pro' ),
				'type'        => 'string',
			),
			'orderby'        => array(
				'type'    => 'string',
				'enum'    => array( 'start' ),
				'default' => 'start',
			),
			'order'          => array(
				'type'    => 'string',
				'enum'    => array( 'asc', 'desc' ),
				'default' => 'asc',
			),
		) + self::page_args();
	}

	/**
	 * {@inheritDoc}
	 */
	protected function build_schema(): array {
		return Session_Schema::get();
	}

	/**
	 * A session response; a failed email is reported without undoing the save.
	 *
	 * @since 0.1.0
	 *
	 * @param Session            $session Session.
	 * @param true|WP_Error|null $email   Email outcome.
	 */
	private function respond( Session $session, $email ): WP_REST_Response {
		$response = new WP_REST_Response( $this->presenter->present_one( $session, $email ) );
		$response->add_link( 'self', rest_url( sprintf( '%s/sessions/%d', self::REST_NAMESPACE, $session->id ) ) );
		return $response;
	}

	/**
	 * The allow-listed fields present in the request.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return array<string, mixed>
	 */
	private function session_fields( WP_REST_Request $request ): array {
		$body   = $request->get_json_params() ? $request->get_json_params() : $request->get_body_params();
		$fields = array();
		foreach ( self::WRITABLE as $key ) {
			if ( array_key_exists( $key, (array) $body ) || null !== $request->get_param( $key ) ) {
				$fields[ $key ] = $request->get_param( $key );
			}
		}
		return $fields;
	}

	/**
	 * 404 for a missing or unreachable session.
	 *
	 * @since 0.1.0
	 */
	private function not_found(): WP_Error {
		return $this->error( 'session_not_found', __( 'Session not found.', 'joolweb-sessions-pro' ), 404 );
	}
}
