<?php
/**
 * REST: GET/POST /joolwebsp/v1/settings.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Settings;

use Joolweb\SessionsPro\REST\Abstract_Controller;
use Joolweb\SessionsPro\Security\Capabilities;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Site settings, for users who can manage options.
 *
 * @since 0.1.0
 */
final class Settings_Controller extends Abstract_Controller {

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Settings $settings Settings store.
	 */
	public function __construct( private Settings $settings ) {
		parent::__construct();
		$this->rest_base = 'settings';
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_routes(): void {
		// The plugin's site settings.
		$this->route(
			'/settings',
			array(
				array( WP_REST_Server::READABLE, 'get_item', 'get_item_permissions_check' ),
				array( WP_REST_Server::EDITABLE, 'update_item', 'update_item_permissions_check', $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ) ),
			)
		);
	}

	/**
	 * Only users who manage the site read settings.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		return current_user_can( Capabilities::MANAGE_SETTINGS ) ? true : $this->forbidden();
	}

	/**
	 * Only users who manage the site change settings.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function update_item_permissions_check( $request ) {
		return $this->get_item_permissions_check( $request );
	}

	/**
	 * Returns the settings.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function get_item( $request ): WP_REST_Response {
		return rest_ensure_response( $this->settings->all() );
	}

	/**
	 * Updates the settings given in the request body.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function update_item( $request ): WP_REST_Response {
		$changes = array();
		foreach ( array_keys( Settings::defaults() ) as $key ) {
			if ( $request->has_param( $key ) ) {
				$changes[ $key ] = $request->get_param( $key );
			}
		}
		return rest_ensure_response( $this->settings->update( $changes ) );
	}

	/**
	 * {@inheritDoc}
	 */
	protected function build_schema(): array {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'joolwebsp-settings',
			'type'       => 'object',
			'properties' => array(
				'delete_data_on_uninstall' => array(
					'description' => __( 'Delete all data when the plugin is uninstalled.', 'joolweb-sessions-pro' ),
					'type'        => 'boolean',
					'context'     => array( 'view', 'edit' ),
				),
				'currency'                 => array(
					'description' => __( 'Currency of prices (ISO 4217 code, e.g. EUR).', 'joolweb-sessions-pro' ),
					'type'        => 'string',
					'pattern'     => '^[A-Z]{3}$',
					'context'     => array( 'view', 'edit' ),
				),
			),
		);
	}
}
