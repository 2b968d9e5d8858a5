<?php
/**
 * REST: /joolwebsp/v1/clients/export.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Imports\REST;

use Joolweb\SessionsPro\Clients\Client_Access;
use Joolweb\SessionsPro\Clients\Client_Repository;
use Joolweb\SessionsPro\Imports\Client_Export;
use Joolweb\SessionsPro\Imports\Csv_Stream;
use Joolweb\SessionsPro\License\License;
use Joolweb\SessionsPro\REST\Abstract_Controller;
use Joolweb\SessionsPro\Security\Capabilities;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * `GET /clients/export`: the clients the user reaches, filtered and sorted by the list's parameters
 * (`search`, `coach`, `orderby`, `order` — the same allow-list as `GET /clients`; without `orderby`,
 * creation order; `page` and `per_page` are accepted and ignored: the file holds every match), as a
 * streamed CSV download. Capability `export_clients`, premium.
 *
 * @since 0.2.0
 */
final class Export_Controller extends Abstract_Controller {

	/**
	 * Constructor.
	 *
	 * @since 0.2.0
	 *
	 * @param Client_Export $export Export.
	 * @param Client_Access $access Reachability.
	 */
	public function __construct( private Client_Export $export, private Client_Access $access ) {
		parent::__construct();
		$this->rest_base = 'clients';
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		parent::register_hooks();
		add_filter( 'rest_pre_serve_request', array( Csv_Stream::class, 'serve' ), 10, 2 );
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_routes(): void {
		// The filtered clients list as CSV.
		$this->route(
			'/clients/export',
			array(
				array(
					WP_REST_Server::READABLE,
					'get_item',
					'get_item_permissions_check',
					array(
						'search'   => array(
							'description' => __( 'Case-insensitive text in the first name, last name, email or phone.', 'joolweb-sessions-pro' ),
							'type'        => 'string',
							'maxLength'   => 200,
							'default'     => '',
						),
						'coach'    => array(
							'description' => __( 'Only clients reached by this coach (user id). For users who reach every client.', 'joolweb-sessions-pro' ),
							'type'        => 'integer',
							'minimum'     => 1,
						),
						'orderby'  => array(
							'description' => __( 'Sort field, as in the list; without it, creation order.', 'joolweb-sessions-pro' ),
							'type'        => 'string',
							'enum'        => Client_Repository::orderby_values(),
						),
						'order'    => array(
							'description' => __( 'Sort direction.', 'joolweb-sessions-pro' ),
							'type'        => 'string',
							'enum'        => array( 'asc', 'desc' ),
							'default'     => 'asc',
						),
						'page'     => array(
							'description' => __( 'Accepted like the list; the file holds every page.', 'joolweb-sessions-pro' ),
							'type'        => 'integer',
							'minimum'     => 1,
						),
						'per_page' => array(
							'description' => __( 'Accepted like the list; the file holds every page.', 'joolweb-sessions-pro' ),
							'type'        => 'integer',
							'minimum'     => 1,
						),
					),
				),
			),
			array(),
			array( Csv_Stream::class, 'schema' )
		);
	}

	/**
	 * `export_clients`, premium; `coach` only from users who reach everyone.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		if ( ! current_user_can( Capabilities::EXPORT_CLIENTS ) ) {
			return $this->forbidden();
		}
		if ( ! License::has( License::PREMIUM ) ) {
			return License::premium_required();
		}
		if ( null !== $request['coach'] && ! $this->access->reaches_everyone( get_current_user_id() ) ) {
			return $this->forbidden();
		}
		return true;
	}

	/**
	 * The CSV.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	public function get_item( $request ): WP_REST_Response {
		return new WP_REST_Response(
			$this->export->csv(
				get_current_user_id(),
				array(
					'search'  => (string) $request['search'],
					'coach'   => null === $request['coach'] ? null : (int) $request['coach'],
					'orderby' => null === $request['orderby'] ? null : (string) $request['orderby'],
					'order'   => (string) $request['order'],
				)
			)
		);
	}

	/**
	 * {@inheritDoc}
	 */
	protected function build_schema(): array {
		return Csv_Stream::schema();
	}
}
