<?php
/**
 * REST: /joolwebsp/v1/templates (program models).
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Programs\REST;

use Joolweb\SessionsPro\Programs\Bundle_Service;
use Joolweb\SessionsPro\Programs\Template_Repository;
use Joolweb\SessionsPro\REST\Abstract_Controller;
use Joolweb\SessionsPro\Security\Capabilities;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Program models ("Models" in the screens), site-wide: list, create, read, update, delete.
 * Everything needs `manage_programs`.
 *
 * @since 0.1.0
 */
final class Templates_Controller extends Abstract_Controller {

	/** Fields a request may write. */
	private const WRITABLE = array( 'title', 'sessions_planned', 'price', 'location', 'video_url' );

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Template_Repository $templates Templates.
	 * @param Bundle_Service      $service   Rules (validation).
	 */
	public function __construct( private Template_Repository $templates, private Bundle_Service $service ) {
		parent::__construct();
		$this->rest_base = 'templates';
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_routes(): void {
		// List and create models.
		$this->route(
			'/templates',
			array(
				array( WP_REST_Server::READABLE, 'get_items', 'permissions_check' ),
				array( WP_REST_Server::CREATABLE, 'create_item', 'permissions_check', $this->get_endpoint_args_for_item_schema( WP_REST_Server::CREATABLE ) ),
			)
		);
		// One model.
		$this->route(
			'/templates/(?P<id>[\d]+)',
			array(
				array( WP_REST_Server::READABLE, 'get_item', 'permissions_check' ),
				array( WP_REST_Server::EDITABLE, 'update_item', 'permissions_check', $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ) ),
				array( WP_REST_Server::DELETABLE, 'delete_item', 'permissions_check' ),
			),
			self::id_arg( __( 'Unique identifier of the model.', 'joolweb-sessions-pro' ) )
		);
	}

	/**
	 * `manage_programs`.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function permissions_check( $request ) {
		return current_user_can( Capabilities::MANAGE_PROGRAMS ) ? true : $this->forbidden();
	}

	/**
	 * Every model, by title.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	public function get_items( $request ): WP_REST_Response {
		return new WP_REST_Response( array_map( array( Template_Schema::class, 'to_array' ), $this->templates->all() ) );
	}

	/**
	 * Creates a model; 201 + Location.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		$template = $this->service->create_template( $this->writable( $request, self::WRITABLE ) );
		if ( is_wp_error( $template ) ) {
			return $template;
		}
		return $this->created( Template_Schema::to_array( $template ), 'templates', $template->id );
	}

	/**
	 * One model.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		$template = $this->templates->find( $this->route_id( $request ) );
		return $template ? new WP_REST_Response( Template_Schema::to_array( $template ) ) : $this->not_found();
	}

	/**
	 * Updates a model.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		if ( ! $this->templates->find( $this->route_id( $request ) ) ) {
			return $this->not_found();
		}
		$template = $this->service->update_template( $this->route_id( $request ), $this->writable( $request, self::WRITABLE ) );
		return is_wp_error( $template ) ? $template : new WP_REST_Response( Template_Schema::to_array( $template ) );
	}

	/**
	 * Deletes a model (bundles made from it keep their copy of its values).
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function delete_item( $request ) {
		$template = $this->service->delete_template( $this->route_id( $request ) );
		return $template ? $this->deleted( Template_Schema::to_array( $template ) ) : $this->not_found();
	}

	/**
	 * {@inheritDoc}
	 */
	protected function build_schema(): array {
		return Template_Schema::get();
	}

	/**
	 * The 404 of a missing model.
	 *
	 * @since 0.1.0
	 */
	private function not_found(): WP_Error {
		return $this->error( 'template_not_found', __( 'Model not found.', 'joolweb-sessions-pro' ), 404 );
	}
}
