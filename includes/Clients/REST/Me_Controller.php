<?php
/**
 * REST: /joolwebsp/v1/me — a client's own profile.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Clients\REST;

use Joolweb\SessionsPro\Clients\Client;
use Joolweb\SessionsPro\Clients\Client_Repository;
use Joolweb\SessionsPro\Clients\Client_Service;
use Joolweb\SessionsPro\REST\Abstract_Controller;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * A logged-in client reads its profile and changes its first name, last name, phone and email
 * (same uniqueness rule). Every other field is ignored. Users without a client account get 403.
 *
 * @since 0.1.0
 */
final class Me_Controller extends Abstract_Controller {

	/** Fields a client may change on itself. */
	private const SELF_EDITABLE = array( 'first_name', 'last_name', 'email', 'phone' );

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Client_Repository  $clients Clients repository.
	 * @param Client_Service     $service Clients service.
	 * @param Clients_Controller $shape   Shapes client responses the same way as /clients.
	 */
	public function __construct( private Client_Repository $clients, private Client_Service $service, private Clients_Controller $shape ) {
		parent::__construct();
		$this->rest_base = 'me';
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_routes(): void {
		// The current client's own profile.
		register_rest_route(
			self::REST_NAMESPACE,
			'/me',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
				),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_item' ),
					'permission_callback' => array( $this, 'update_item_permissions_check' ),
					'args'                => array_intersect_key(
						$this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ),
						array_flip( self::SELF_EDITABLE )
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * Logged in (401) with a client account (403).
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		if ( ! is_user_logged_in() ) {
			return $this->forbidden();
		}
		return $this->current_client() ? true : $this->not_a_client();
	}

	/**
	 * Same rule as reading.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function update_item_permissions_check( $request ) {
		return $this->get_item_permissions_check( $request );
	}

	/**
	 * The current client.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		$client = $this->current_client();
		return $client ? $this->shape->prepare_item_for_response( $client, $request ) : $this->not_a_client();
	}

	/**
	 * Updates the allowed fields of the current client; anything else in the body is ignored.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		$client = $this->current_client();
		if ( ! $client ) {
			return $this->not_a_client();
		}
		$fields = array();
		foreach ( self::SELF_EDITABLE as $key ) {
			if ( null !== $request->get_param( $key ) ) {
				$fields[ $key ] = $request->get_param( $key );
			}
		}
		$updated = $this->service->update( $client, $fields, get_current_user_id() );
		return is_wp_error( $updated ) ? $updated : $this->shape->prepare_item_for_response( $updated, $request );
	}

	/**
	 * {@inheritDoc}
	 */
	protected function build_schema(): array {
		return Client_Schema::get();
	}

	/**
	 * The 403 for users without a client account.
	 *
	 * @since 0.1.0
	 */
	private function not_a_client(): WP_Error {
		return new WP_Error( 'rest_forbidden', __( 'Only client accounts have a client profile.', 'joolweb-sessions-pro' ), array( 'status' => 403 ) );
	}

	/**
	 * The client account of the current user, if any.
	 *
	 * @since 0.1.0
	 */
	private function current_client(): ?Client {
		$user_id = get_current_user_id();
		return $user_id ? $this->clients->find_by_user_id( $user_id ) : null;
	}
}
