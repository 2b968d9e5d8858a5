<?php
/**
 * REST: /joolwebsp/v1/clients/{id}/notes.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Notes\REST;

use Joolweb\SessionsPro\Notes\Notes_Service;
use Joolweb\SessionsPro\REST\Abstract_Controller;
use Joolweb\SessionsPro\Security\Capabilities;
use Joolweb\SessionsPro\Sessions\Schedule;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * A client's coach notes: read with `view_clients`, write with `edit_clients`, both only on a client
 * the caller reaches (404 otherwise). Every coach who reaches the client shares them.
 *
 * @since 0.1.0
 */
final class Notes_Controller extends Abstract_Controller {

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Notes_Service $notes Notes.
	 */
	public function __construct( private Notes_Service $notes ) {
		parent::__construct();
		$this->rest_base = 'clients';
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_routes(): void {
		// The client's coach notes.
		$this->route(
			'/clients/(?P<id>[\d]+)/notes',
			array(
				array( WP_REST_Server::READABLE, 'get_item', 'get_item_permissions_check' ),
				array( WP_REST_Server::EDITABLE, 'update_item', 'update_item_permissions_check', $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ) ),
			),
			self::id_arg( __( 'Unique identifier of the client.', 'joolweb-sessions-pro' ) )
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
	public function get_item_permissions_check( $request ) {
		return $this->client_check( $request, Capabilities::VIEW_CLIENTS, Capabilities::VIEW_CLIENT );
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
	public function update_item_permissions_check( $request ) {
		return $this->client_check( $request, Capabilities::EDIT_CLIENTS, Capabilities::EDIT_CLIENT );
	}

	/**
	 * The notes.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	public function get_item( $request ): WP_REST_Response {
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
	public function update_item( $request ) {
		if ( ! $this->notes->save( $this->route_id( $request ), (string) $request['notes'], get_current_user_id() ) ) {
			return $this->error( 'notes_failed', __( 'The notes could not be saved.', 'joolweb-sessions-pro' ), 500 );
		}
		return $this->get_item( $request );
	}

	/**
	 * {@inheritDoc}
	 */
	protected function build_schema(): array {
		return self::object_schema(
			'joolwebsp-notes',
			array(
				'notes'      => array(
					'description' => __( 'Coach notes (plain text): shared by the coaches who reach the client, never shown to the client.', 'joolweb-sessions-pro' ),
					'type'        => 'string',
					'maxLength'   => Notes_Service::MAX_LENGTH,
					'required'    => true,
					'context'     => array( 'view', 'edit' ),
				),
				'updated_at' => self::field( array( 'string', 'null' ), __( 'Last change, ISO 8601 in UTC, or null.', 'joolweb-sessions-pro' ), array( 'format' => 'date-time' ) ),
			)
		);
	}
}
