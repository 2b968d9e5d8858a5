<?php
/**
 * REST: /joolwebsp/v1/templates, /bundles, /bundles/preview-schedule.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Programs\REST;

use Joolweb\SessionsPro\Clients\Client_Repository;
use Joolweb\SessionsPro\Programs\Bundle_Access;
use Joolweb\SessionsPro\Programs\Bundle_Repository;
use Joolweb\SessionsPro\Programs\Bundle_Service;
use Joolweb\SessionsPro\REST\Abstract_Controller;
use Joolweb\SessionsPro\Security\Capabilities;
use Joolweb\SessionsPro\Sessions\Money;
use Joolweb\SessionsPro\Sessions\REST\Sessions_Controller;
use Joolweb\SessionsPro\Sessions\Schedule;
use Joolweb\SessionsPro\Sessions\Session_Repository;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Programs: templates ("Models", site-wide) and client bundles. Everything needs `manage_programs`;
 * a bundle is reached by its coach and by users who reach everyone (Bundle_Access; 404 otherwise).
 *
 * @since 0.1.0
 *
 * @phpstan-import-type Bundle_Row from Bundle_Repository
 * @phpstan-import-type Template_Row from Bundle_Repository
 */
final class Programs_Controller extends Abstract_Controller {

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Bundle_Repository   $bundles   Bundles and templates.
	 * @param Bundle_Service      $service   Rules.
	 * @param Session_Repository  $sessions  Sessions.
	 * @param Bundle_Access       $access    Which bundles the user reaches.
	 * @param Client_Repository   $clients   Clients (names).
	 * @param Sessions_Controller $presenter Shapes sessions.
	 */
	public function __construct(
		private Bundle_Repository $bundles,
		private Bundle_Service $service,
		private Session_Repository $sessions,
		private Bundle_Access $access,
		private Client_Repository $clients,
		private Sessions_Controller $presenter
	) {
		parent::__construct();
		$this->rest_base = 'bundles';
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_routes(): void {
		$id    = array(
			'id' => array(
				'type'    => 'integer',
				'minimum' => 1,
			),
		);
		$check = array( $this, 'programs_check' );
		// The templates, called Models in the screens.
		register_rest_route(
			self::REST_NAMESPACE,
			'/templates',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'list_templates' ),
					'permission_callback' => $check,
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_template' ),
					'permission_callback' => $check,
				),
			)
		);
		register_rest_route(
			self::REST_NAMESPACE,
			'/templates/(?P<id>[\d]+)',
			array(
				'args' => $id,
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_template' ),
					'permission_callback' => $check,
				),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_template' ),
					'permission_callback' => $check,
				),
				array(
					'methods'             => WP_REST_Server::DELETABLE,
					'callback'            => array( $this, 'delete_template' ),
					'permission_callback' => $check,
				),
			)
		);
		// Expands a schedule pattern without saving anything.
		register_rest_route(
			self::REST_NAMESPACE,
			'/bundles/preview-schedule',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'preview_schedule' ),
					'permission_callback' => $check,
				),
			)
		);
		// Bundles.
		register_rest_route(
			self::REST_NAMESPACE,
			'/bundles',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'list_bundles' ),
					'permission_callback' => $check,
					'args'                => array(
						'client_id' => array(
							'type'    => 'integer',
							'minimum' => 1,
						),
						'status'    => array(
							'type' => 'string',
							'enum' => Bundle_Repository::STATUSES,
						),
						'page'      => array(
							'type'    => 'integer',
							'minimum' => 1,
							'default' => 1,
						),
						'per_page'  => array(
							'type'    => 'integer',
							'minimum' => 1,
							'maximum' => 100,
							'default' => 20,
						),
					),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_bundle' ),
					'permission_callback' => $check,
				),
			)
		);
		// Booking confirmations for every booked session of a bundle not confirmed yet.
		register_rest_route(
			self::REST_NAMESPACE,
			'/bundles/(?P<id>[\d]+)/send-confirmations',
			array(
				'args' => $id,
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'send_confirmations' ),
					'permission_callback' => array( $this, 'bundle_check' ),
				),
			)
		);
		register_rest_route(
			self::REST_NAMESPACE,
			'/bundles/(?P<id>[\d]+)',
			array(
				'args' => $id,
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_bundle' ),
					'permission_callback' => array( $this, 'bundle_check' ),
				),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_bundle' ),
					'permission_callback' => array( $this, 'bundle_check' ),
				),
				array(
					'methods'             => WP_REST_Server::DELETABLE,
					'callback'            => array( $this, 'delete_bundle' ),
					'permission_callback' => array( $this, 'bundle_check' ),
				),
			)
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
	public function programs_check( $request ) {
		return current_user_can( Capabilities::MANAGE_PROGRAMS ) ? true : $this->forbidden();
	}

	/**
	 * `manage_programs` and reaching the bundle: its coach, or someone who reaches everyone.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function bundle_check( $request ) {
		$check = $this->programs_check( $request );
		if ( true !== $check ) {
			return $check;
		}
		if ( ! $this->access->find_reachable( get_current_user_id(), $this->route_id( $request ) ) ) {
			return $this->error( 'bundle_not_found', __( 'Bundle not found.', 'joolweb-sessions-pro' ), 404 );
		}
		return true;
	}

	/**
	 * Every template.
	 *
	 * @since 0.1.0
	 */
	public function list_templates(): WP_REST_Response {
		return new WP_REST_Response( array_map( array( $this, 'template_data' ), $this->bundles->all_templates() ) );
	}

	/**
	 * Creates a template.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_template( $request ) {
		$template = $this->service->create_template( $this->body( $request ) );
		if ( is_wp_error( $template ) ) {
			return $template;
		}
		$response = new WP_REST_Response( $this->template_data( $template ) );
		$response->set_status( 201 );
		$response->header( 'Location', rest_url( sprintf( '%s/templates/%d', self::REST_NAMESPACE, $template['id'] ) ) );
		return $response;
	}

	/**
	 * One template.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_template( $request ) {
		$template = $this->bundles->find_template( $this->route_id( $request ) );
		return $template ? new WP_REST_Response( $this->template_data( $template ) ) : $this->error( 'template_not_found', __( 'Model not found.', 'joolweb-sessions-pro' ), 404 );
	}

	/**
	 * Updates a template.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_template( $request ) {
		if ( ! $this->bundles->find_template( $this->route_id( $request ) ) ) {
			return $this->error( 'template_not_found', __( 'Model not found.', 'joolweb-sessions-pro' ), 404 );
		}
		$template = $this->service->update_template( $this->route_id( $request ), $this->body( $request ) );
		return is_wp_error( $template ) ? $template : new WP_REST_Response( $this->template_data( $template ) );
	}

	/**
	 * Deletes a template.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function delete_template( $request ) {
		$template = $this->bundles->find_template( $this->route_id( $request ) );
		if ( ! $template ) {
			return $this->error( 'template_not_found', __( 'Model not found.', 'joolweb-sessions-pro' ), 404 );
		}
		$this->bundles->delete_template( $template['id'] );
		return new WP_REST_Response(
			array(
				'deleted'  => true,
				'previous' => $this->template_data( $template ),
			)
		);
	}

	/**
	 * Expands a schedule into start times (ISO 8601 UTC), without saving.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function preview_schedule( $request ) {
		$body   = $this->body( $request );
		$starts = Schedule::expand( $body['pattern'] ?? $body );
		if ( is_wp_error( $starts ) ) {
			return $starts;
		}
		return new WP_REST_Response( array( 'starts' => array_map( array( Schedule::class, 'iso' ), $starts ) ) );
	}

	/**
	 * Bundles of the clients the caller reaches.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function list_bundles( $request ) {
		$client_id = null === $request['client_id'] ? null : (int) $request['client_id'];
		if ( null !== $client_id && ! current_user_can( Capabilities::VIEW_CLIENT, $client_id ) ) {
			return $this->error( 'client_not_found', __( 'Client not found.', 'joolweb-sessions-pro' ), 404 );
		}
		$page     = (int) $request['page'];
		$per_page = (int) $request['per_page'];
		$result   = $this->bundles->query_bundles(
			array(
				'client_id'      => $client_id,
				'status'         => null === $request['status'] ? null : (string) $request['status'],
				'scope_coach_id' => $this->access->scope_for( get_current_user_id() ),
				'page'           => $page,
				'per_page'       => $per_page,
			)
		);
		$names    = $this->clients->names_for( array_map( static fn( array $b ): int => $b['client_id'], $result['items'] ) );
		$items    = array_map( fn( array $b ): array => $this->bundle_data( $b, $names[ $b['client_id'] ] ?? '' ), $result['items'] );
		return $this->paginated( $items, $result['total'], $page, $per_page, $request );
	}

	/**
	 * Creates a bundle (and its sessions); 201 with the bundle, its sessions and progress.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_bundle( $request ) {
		$bundle = $this->service->create( $this->body( $request ), get_current_user_id() );
		if ( is_wp_error( $bundle ) ) {
			return $bundle;
		}
		$response = $this->full_bundle( $bundle );
		$response->set_status( 201 );
		$response->header( 'Location', rest_url( sprintf( '%s/bundles/%d', self::REST_NAMESPACE, $bundle['id'] ) ) );
		return $response;
	}

	/**
	 * One bundle with its sessions and progress.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_bundle( $request ) {
		$bundle = $this->bundles->find_bundle( $this->route_id( $request ) );
		return $bundle ? $this->full_bundle( $bundle ) : $this->error( 'bundle_not_found', __( 'Bundle not found.', 'joolweb-sessions-pro' ), 404 );
	}

	/**
	 * Changes title or status.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_bundle( $request ) {
		$body   = array_intersect_key( $this->body( $request ), array_flip( array( 'title', 'status' ) ) );
		$bundle = $this->service->update( $this->route_id( $request ), $body );
		return is_wp_error( $bundle ) ? $bundle : $this->full_bundle( $bundle );
	}

	/**
	 * Deletes a bundle and its future booked sessions; held sessions stay, unlinked.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	public function delete_bundle( $request ): WP_REST_Response {
		$result = $this->service->delete( $this->route_id( $request ) );
		return new WP_REST_Response( array( 'deleted' => true ) + $result );
	}

	/**
	 * Sends the missing booking confirmations of a bundle.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	public function send_confirmations( $request ): WP_REST_Response {
		return new WP_REST_Response( $this->service->send_confirmations( $this->route_id( $request ), get_current_user_id() ) );
	}

	/**
	 * {@inheritDoc}
	 */
	protected function build_schema(): array {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'joolwebsp-bundle',
			'type'       => 'object',
			'properties' => array(
				'id'                 => array( 'type' => 'integer' ),
				'client_id'          => array( 'type' => 'integer' ),
				'coach_id'           => array( 'type' => 'integer' ),
				'template_id'        => array( 'type' => array( 'integer', 'null' ) ),
				'title'              => array( 'type' => 'string' ),
				'sessions_planned'   => array( 'type' => 'integer' ),
				'sessions_completed' => array( 'type' => 'integer' ),
				'progress'           => array( 'type' => 'number' ),
				'price'              => array( 'type' => 'string' ),
				'status'             => array(
					'type' => 'string',
					'enum' => Bundle_Repository::STATUSES,
				),
			),
		);
	}

	/**
	 * A bundle with its sessions.
	 *
	 * @since 0.1.0
	 *
	 * @param array $bundle Bundle.
	 * @phpstan-param Bundle_Row $bundle
	 */
	private function full_bundle( array $bundle ): WP_REST_Response {
		$names            = $this->clients->names_for( array( $bundle['client_id'] ) );
		$data             = $this->bundle_data( $bundle, $names[ $bundle['client_id'] ] ?? '' );
		$data['sessions'] = $this->presenter->present( $this->sessions->for_bundle( $bundle['id'] ) );
		return new WP_REST_Response( $data );
	}

	/**
	 * Bundle as returned.
	 *
	 * @since 0.1.0
	 *
	 * @param array  $bundle      Bundle.
	 * @param string $client_name Client name.
	 * @phpstan-param Bundle_Row $bundle
	 * @return array<string, mixed>
	 */
	private function bundle_data( array $bundle, string $client_name ): array {
		return array(
			'id'                 => $bundle['id'],
			'client_id'          => $bundle['client_id'],
			'client_name'        => $client_name,
			'coach_id'           => $bundle['coach_id'],
			'template_id'        => $bundle['template_id'],
			'title'              => $bundle['title'],
			'sessions_planned'   => $bundle['sessions_planned'],
			'sessions_completed' => $bundle['sessions_completed'],
			'progress'           => round( $bundle['sessions_completed'] / max( 1, $bundle['sessions_planned'] ), 4 ),
			'price'              => Money::format( $bundle['price_cents'] ),
			'location'           => $bundle['location'],
			'video_url'          => $bundle['video_url'],
			'status'             => $bundle['status'],
			'created_at'         => Schedule::iso( $bundle['created_at_gmt'] ),
		);
	}

	/**
	 * Template as returned.
	 *
	 * @since 0.1.0
	 *
	 * @param array $template Template.
	 * @phpstan-param Template_Row $template
	 * @return array<string, mixed>
	 */
	public function template_data( array $template ): array {
		return array(
			'id'               => $template['id'],
			'title'            => $template['title'],
			'sessions_planned' => $template['sessions_planned'],
			'price'            => Money::format( $template['price_cents'] ),
			'location'         => $template['location'],
			'video_url'        => $template['video_url'],
		);
	}

	/**
	 * The JSON body (or form body).
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return array<string, mixed>
	 */
	private function body( WP_REST_Request $request ): array {
		$json = $request->get_json_params();
		return is_array( $json ) && $json ? $json : (array) $request->get_body_params();
	}

}
