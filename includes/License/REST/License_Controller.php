<?php
/**
 * REST: /joolwebsp/v1/license.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\License\REST;

use Joolweb\SessionsPro\License\License;
use Joolweb\SessionsPro\REST\Abstract_Controller;
use Joolweb\SessionsPro\Security\Capabilities;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * The license, for users who can manage options.
 *
 * - `GET /license`: the status of the stored key (verified again, offline).
 * - `POST /license {key}`: 200 with the status, or 400 `joolwebsp_license_invalid|expired|wrong_site`
 *   (nothing stored).
 * - `DELETE /license`: forgets the key; `{deleted: true, previous: status}`.
 *
 * @since 0.2.0
 */
final class License_Controller extends Abstract_Controller {

	/**
	 * Constructor.
	 *
	 * @since 0.2.0
	 */
	public function __construct() {
		parent::__construct();
		$this->rest_base = 'license';
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_routes(): void {
		// The license: status, activate, deactivate.
		$this->route(
			'/license',
			array(
				array( WP_REST_Server::READABLE, 'get_item', 'get_item_permissions_check' ),
				array(
					WP_REST_Server::CREATABLE,
					'create_item',
					'get_item_permissions_check',
					array(
						'key' => array(
							'description' => __( 'License key.', 'joolweb-sessions-pro' ),
							'type'        => 'string',
							'required'    => true,
							'maxLength'   => 4096,
						),
					),
				),
				array( WP_REST_Server::DELETABLE, 'delete_item', 'get_item_permissions_check' ),
			)
		);
	}

	/**
	 * `manage_options`.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		return current_user_can( Capabilities::MANAGE_SETTINGS ) ? true : $this->forbidden();
	}

	/**
	 * The status.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	public function get_item( $request ): WP_REST_Response {
		return new WP_REST_Response( License::status() );
	}

	/**
	 * Activates a key.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		$status = License::activate( (string) $request['key'] );
		if ( is_wp_error( $status ) ) {
			return new WP_Error( $status->get_error_code(), $status->get_error_message(), array( 'status' => 400 ) );
		}
		return new WP_REST_Response( $status );
	}

	/**
	 * Deactivates: forgets the key. `{deleted, previous}` like every DELETE of the namespace.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	public function delete_item( $request ): WP_REST_Response {
		$previous = License::status();
		License::deactivate();
		return $this->deleted( $previous );
	}

	/**
	 * {@inheritDoc}
	 */
	protected function build_schema(): array {
		return self::object_schema(
			'joolwebsp-license',
			array(
				'status'   => self::field( 'string', __( 'State of the stored key.', 'joolweb-sessions-pro' ), array( 'enum' => array( 'none', 'active', 'expired', 'invalid', 'wrong_site' ) ) ),
				'id'       => self::field( array( 'string', 'null' ), __( 'License id.', 'joolweb-sessions-pro' ) ),
				'site'     => self::field( array( 'string', 'null' ), __( 'Host the key is for, or * for any.', 'joolweb-sessions-pro' ) ),
				'features' => self::field( 'array', __( 'Features the key grants.', 'joolweb-sessions-pro' ), array( 'items' => array( 'type' => 'string' ) ) ),
				'expires'  => self::field( array( 'string', 'null' ), __( 'Last valid day (YYYY-MM-DD), or null for no end.', 'joolweb-sessions-pro' ) ),
				'key_hint' => self::field( array( 'string', 'null' ), __( 'The end of the stored key.', 'joolweb-sessions-pro' ) ),
			)
		);
	}
}
