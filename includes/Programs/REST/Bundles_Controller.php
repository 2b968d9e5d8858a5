<?php
/**
 * REST: /joolwebsp/v1/bundles, /bundles/preview-schedule, /bundles/{id}/send-confirmations.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Programs\REST;

use Joolweb\SessionsPro\Clients\Client_Repository;
use Joolweb\SessionsPro\Programs\Bundle;
use Joolweb\SessionsPro\Programs\Bundle_Access;
use Joolweb\SessionsPro\Programs\Bundle_Repository;
use Joolweb\SessionsPro\Programs\Bundle_Service;
use Joolweb\SessionsPro\REST\Abstract_Controller;
use Joolweb\SessionsPro\Security\Capabilities;
use Joolweb\SessionsPro\Sessions\REST\Session_Presenter;
use Joolweb\SessionsPro\Sessions\Schedule;
use Joolweb\SessionsPro\Sessions\Session_Repository;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Client bundles. Everything needs `manage_programs`; a bundle is reached by its coach and by users
 * who reach everyone (Bundle_Access; 404 otherwise), in the list as in the item routes.
 *
 * @since 0.1.0
 */
final class Bundles_Controller extends Abstract_Controller {

	/** Fields a create may write. */
	private const CREATABLE = array( 'client_id', 'coach_id', 'template_id', 'title', 'sessions_planned', 'price', 'location', 'video_url', 'schedule' );

	/** Fields an update may write (the sessions are not rewritten). */
	private const EDITABLE = array( 'title', 'status' );

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Bundle_Repository  $bundles   Bundles.
	 * @param Bundle_Service     $service   Rules.
	 * @param Bundle_Access      $access    Which bundles the user reaches.
	 * @param Session_Repository $sessions  Sessions (of a bundle).
	 * @param Client_Repository  $clients   Clients (names).
	 * @param Session_Presenter  $presenter Shapes sessions.
	 */
	public function __construct(
		private Bundle_Repository $bundles,
		private Bundle_Service $service,
		private Bundle_Access $access,
		private Session_Repository $sessions,
		private Client_Repository $clients,
		private Session_Presenter $presenter
	) {
		parent::__construct();
		$this->rest_base = 'bundles';
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_routes(): void {
		$schema_args = $this->get_endpoint_args_for_item_schema( WP_REST_Server::CREATABLE );
		$schedule    = array(
			'schedule' => array(
				'description' => __( 'Sessions to create with the bundle: {starts: [times]} or {pattern: {first_date, weekdays, time, count}}; as many as sessions_planned.', 'joolweb-sessions-pro' ),
				'type'        => 'object',
			),
		);
		// List and create bundles.
		$this->route(
			'/bundles',
			array(
				array(
					WP_REST_Server::READABLE,
					'get_items',
					'permissions_check',
					array(
						'client_id' => array(
							'description' => __( 'Only the bundles of this client.', 'joolweb-sessions-pro' ),
							'type'        => 'integer',
							'minimum'     => 1,
						),
						'status'    => array(
							'description' => __( 'Only bundles with this status.', 'joolweb-sessions-pro' ),
							'type'        => 'string',
							'enum'        => Bundle::STATUSES,
						),
					) + self::page_args(),
				),
				array( WP_REST_Server::CREATABLE, 'create_item', 'permissions_check', array_intersect_key( $schema_args, array_flip( self::CREATABLE ) ) + $schedule ),
			)
		);
		// Expands a schedule pattern without saving anything.
		$this->route(
			'/bundles/preview-schedule',
			array( array( WP_REST_Server::CREATABLE, 'preview_schedule', 'permissions_check', array( 'pattern' => Schedule::pattern_schema() ) ) ),
			array(),
			static fn(): array => self::object_schema( 'joolwebsp-schedule-preview', array( 'starts' => self::field( 'array', __( 'Start times, ISO 8601 in UTC.', 'joolweb-sessions-pro' ), array( 'items' => array( 'type' => 'string' ) ) ) ) )
		);
		$id = self::id_arg( __( 'Unique identifier of the bundle.', 'joolweb-sessions-pro' ) );
		// Booking confirmations for every booked session of a bundle not confirmed yet.
		$this->route(
			'/bundles/(?P<id>[\d]+)/send-confirmations',
			array( array( WP_REST_Server::CREATABLE, 'send_confirmations', 'item_permissions_check' ) ),
			$id,
			static fn(): array => self::object_schema(
				'joolwebsp-confirmations',
				array(
					'sent'   => self::field( 'integer', __( 'Confirmations sent.', 'joolweb-sessions-pro' ) ),
					'failed' => self::field( 'integer', __( 'Confirmations that could not be sent.', 'joolweb-sessions-pro' ) ),
				)
			)
		);
		// One bundle.
		$this->route(
			'/bundles/(?P<id>[\d]+)',
			array(
				array( WP_REST_Server::READABLE, 'get_item', 'item_permissions_check' ),
				array( WP_REST_Server::EDITABLE, 'update_item', 'item_permissions_check', array_intersect_key( $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ), array_flip( self::EDITABLE ) ) ),
				array( WP_REST_Server::DELETABLE, 'delete_item', 'item_permissions_check' ),
			),
			$id
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
	 * `manage_programs` and reaching the bundle: its coach, or someone who reaches everyone.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function item_permissions_check( $request ) {
		$check = $this->permissions_check( $request );
		if ( true !== $check ) {
			return $check;
		}
		return $this->access->find_reachable( get_current_user_id(), $this->route_id( $request ) ) ? true : $this->not_found();
	}

	/**
	 * The bundles the caller reaches, newest first.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_items( $request ) {
		$client_id = null === $request['client_id'] ? null : (int) $request['client_id'];
		if ( null !== $client_id && ! current_user_can( Capabilities::VIEW_CLIENT, $client_id ) ) {
			return $this->error( 'client_not_found', __( 'Client not found.', 'joolweb-sessions-pro' ), 404 );
		}
		$page     = (int) $request['page'];
		$per_page = (int) $request['per_page'];
		$result   = $this->bundles->query(
			array(
				'client_id'      => $client_id,
				'status'         => null === $request['status'] ? null : (string) $request['status'],
				'scope_coach_id' => $this->access->scope_for( get_current_user_id() ),
				'page'           => $page,
				'per_page'       => $per_page,
			)
		);
		$names    = $this->clients->names_for( array_map( static fn( Bundle $b ): int => $b->client_id, $result['items'] ) );
		$items    = array_map( static fn( Bundle $b ): array => Bundle_Schema::to_array( $b, $names[ $b->client_id ] ?? '' ), $result['items'] );
		return $this->paginated( $items, $result['total'], $page, $per_page, $request );
	}

	/**
	 * Creates a bundle (and its sessions); 201 with the bundle and its sessions.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		$bundle = $this->service->create( $this->writable( $request, self::CREATABLE ), get_current_user_id() );
		if ( is_wp_error( $bundle ) ) {
			return $bundle;
		}
		return $this->created( $this->full( $bundle ), 'bundles', $bundle->id );
	}

	/**
	 * One bundle with its sessions.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		$bundle = $this->bundles->find( $this->route_id( $request ) );
		return $bundle ? new WP_REST_Response( $this->full( $bundle ) ) : $this->not_found();
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
	public function update_item( $request ) {
		$bundle = $this->service->update( $this->route_id( $request ), $this->writable( $request, self::EDITABLE ) );
		return is_wp_error( $bundle ) ? $bundle : new WP_REST_Response( $this->full( $bundle ) );
	}

	/**
	 * Deletes a bundle and its future booked sessions; held sessions stay, unlinked.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function delete_item( $request ) {
		$bundle = $this->bundles->find( $this->route_id( $request ) );
		if ( ! $bundle ) {
			return $this->not_found();
		}
		$previous = $this->full( $bundle );
		$this->service->delete( $bundle->id );
		return $this->deleted( $previous );
	}

	/**
	 * Expands a schedule pattern into start times (ISO 8601 UTC), without saving.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function preview_schedule( $request ) {
		$starts = Schedule::expand( $request['pattern'] );
		if ( is_wp_error( $starts ) ) {
			return $starts;
		}
		return new WP_REST_Response( array( 'starts' => array_map( array( Schedule::class, 'iso' ), $starts ) ) );
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
		return Bundle_Schema::get();
	}

	/**
	 * A bundle with its sessions, as returned by the item routes.
	 *
	 * @since 0.1.0
	 *
	 * @param Bundle $bundle Bundle.
	 * @return array<string, mixed>
	 */
	private function full( Bundle $bundle ): array {
		$names = $this->clients->names_for( array( $bundle->client_id ) );
		return Bundle_Schema::to_array( $bundle, $names[ $bundle->client_id ] ?? '', $this->presenter->present( $this->sessions->for_bundle( $bundle->id ) ) );
	}

	/**
	 * The 404 of a missing or unreachable bundle.
	 *
	 * @since 0.1.0
	 */
	private function not_found(): WP_Error {
		return $this->error( 'bundle_not_found', __( 'Bundle not found.', 'joolweb-sessions-pro' ), 404 );
	}
}
