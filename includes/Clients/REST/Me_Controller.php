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
use Joolweb\SessionsPro\Clients\Email_Change;
use Joolweb\SessionsPro\REST\Abstract_Controller;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * A logged-in client reads its profile and changes its first name, last name and phone at once. A new
 * email is only requested: it applies once confirmed from the new address (Email_Change); `pending_email`
 * shows it meanwhile. Every other field is ignored. Users without a client account get 403.
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
	 * @param Client_Repository $clients   Clients repository.
	 * @param Client_Service    $service   Clients service.
	 * @param Client_Presenter  $presenter Shapes clients as /clients does.
	 * @param Email_Change      $emails    Confirmed email changes.
	 */
	public function __construct( private Client_Repository $clients, private Client_Service $service, private Client_Presenter $presenter, private Email_Change $emails ) {
		parent::__construct();
		$this->rest_base = 'me';
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_routes(): void {
		// The current client's own profile.
		$this->route(
			'/me',
			array(
				array( WP_REST_Server::READABLE, 'get_item', 'get_item_permissions_check' ),
				array( WP_REST_Server::EDITABLE, 'update_item', 'update_item_permissions_check', array_intersect_key( $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ), array_flip( self::SELF_EDITABLE ) ) ),
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
		return $client ? $this->respond( $client, $request ) : $this->not_a_client();
	}

	/**
	 * Updates names and phone of the current client, and asks for a confirmed email change; anything
	 * else in the body is ignored. Everything is validated before anything changes.
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
			if ( 'email' !== $key && null !== $request->get_param( $key ) ) {
				$fields[ $key ] = $request->get_param( $key );
			}
		}
		$valid = $this->service->validate( $fields, false );
		if ( is_wp_error( $valid ) ) {
			return $valid;
		}
		if ( null !== $request->get_param( 'email' ) ) {
			$asked = $this->emails->request( $client, $request->get_param( 'email' ) );
			if ( is_wp_error( $asked ) ) {
				return $asked;
			}
		}
		$updated = $fields ? $this->service->update( $client, $fields, get_current_user_id() ) : $client;
		return is_wp_error( $updated ) ? $updated : $this->respond( $updated, $request );
	}

	/**
	 * The client as /clients shows it, plus the pending email.
	 *
	 * @since 0.1.0
	 *
	 * @param Client          $client  Client.
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	private function respond( Client $client, WP_REST_Request $request ): WP_REST_Response {
		$data                  = $this->filter_response_by_context( $this->presenter->present( $client, get_current_user_id() ), 'view' );
		$data['pending_email'] = $this->emails->pending( $client );
		return new WP_REST_Response( $data );
	}

	/**
	 * {@inheritDoc}
	 */
	protected function build_schema(): array {
		$schema                                = Client_Schema::get();
		$schema['title']                       = 'joolwebsp-me';
		$schema['properties']['pending_email'] = array(
			'description' => __( 'A new email address waiting for confirmation from that address, or null.', 'joolweb-sessions-pro' ),
			'type'        => array( 'string', 'null' ),
			'context'     => array( 'view', 'edit' ),
			'readonly'    => true,
		);
		return $schema;
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
