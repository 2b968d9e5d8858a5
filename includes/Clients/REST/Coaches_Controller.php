<?php
/**
 * REST: /joolwebsp/v1/coaches — who can be assigned as a coach.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Clients\REST;

use Joolweb\SessionsPro\Clients\Client_Access;
use Joolweb\SessionsPro\REST\Abstract_Controller;
use Joolweb\SessionsPro\Security\Capabilities;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Users with the Coach role and administrators, for the coach pickers and filters. Only for users who
 * reach every client (the only ones who may choose coaches).
 *
 * @since 0.1.0
 */
final class Coaches_Controller extends Abstract_Controller {

	/** Enough for any practice; the picker is a plain select. */
	private const LIMIT = 500;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Client_Access $access Reachability.
	 */
	public function __construct( private Client_Access $access ) {
		parent::__construct();
		$this->rest_base = 'coaches';
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_routes(): void {
		// Coaches and administrators.
		$this->route( '/coaches', array( array( WP_REST_Server::READABLE, 'get_items', 'get_items_permissions_check' ) ) );
	}

	/**
	 * For users who reach every client.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		if ( ! current_user_can( Capabilities::VIEW_CLIENTS ) || ! $this->access->reaches_everyone( get_current_user_id() ) ) {
			return $this->forbidden();
		}
		return true;
	}

	/**
	 * The coaches, by display name.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	public function get_items( $request ): WP_REST_Response {
		$users = get_users(
			array(
				'role__in' => array( Capabilities::ROLE_COACH, 'administrator' ),
				'orderby'  => 'display_name',
				'order'    => 'ASC',
				'number'   => self::LIMIT,
				'fields'   => array( 'ID', 'display_name' ),
			)
		);
		$items = array();
		foreach ( $users as $user ) {
			$items[] = array(
				'id'   => (int) $user->ID,
				'name' => (string) $user->display_name,
			);
		}
		return new WP_REST_Response( $items );
	}

	/**
	 * {@inheritDoc}
	 */
	protected function build_schema(): array {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'joolwebsp-coach',
			'type'       => 'object',
			'properties' => array(
				'id'   => array(
					'description' => __( 'User id.', 'joolweb-sessions-pro' ),
					'type'        => 'integer',
					'readonly'    => true,
				),
				'name' => array(
					'description' => __( 'Display name.', 'joolweb-sessions-pro' ),
					'type'        => 'string',
					'readonly'    => true,
				),
			),
		);
	}
}
