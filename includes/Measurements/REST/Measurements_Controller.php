<?php
/**
 * REST: /clients/{id}/measurements and /measurements/{id}.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Measurements\REST;

use Joolweb\SessionsPro\Measurements\Measurement_Repository;
use Joolweb\SessionsPro\Measurements\Measurement_Service;
use Joolweb\SessionsPro\REST\Abstract_Controller;
use Joolweb\SessionsPro\Security\Capabilities;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Physical measurements of a client, for coaches who reach the client (premium, and switched on in
 * Settings → General). Order of the answers: 401/403 capability → 403 premium or switched off →
 * 404 client or measurement not reached.
 *
 * @since 0.2.0
 *
 * @phpstan-import-type Measurement from Measurement_Repository
 */
final class Measurements_Controller extends Abstract_Controller {

	/**
	 * Constructor.
	 *
	 * @since 0.2.0
	 *
	 * @param Measurement_Service $measurements Measurements.
	 */
	public function __construct( private Measurement_Service $measurements ) {
		parent::__construct();
		$this->rest_base = 'measurements';
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_routes(): void {
		// A client's measurements: list, add.
		$this->route(
			'/clients/(?P<id>[\d]+)/measurements',
			array(
				array( WP_REST_Server::READABLE, 'get_items', 'get_items_permissions_check' ),
				array( WP_REST_Server::CREATABLE, 'create_item', 'create_item_permissions_check', $this->get_endpoint_args_for_item_schema( WP_REST_Server::CREATABLE ) ),
			),
			self::id_arg( __( 'Unique identifier of the client.', 'joolweb-sessions-pro' ) )
		);
		// One measurement: change, delete.
		$this->route(
			'/measurements/(?P<id>[\d]+)',
			array(
				array( WP_REST_Server::EDITABLE, 'update_item', 'update_item_permissions_check', $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ) ),
				array( WP_REST_Server::DELETABLE, 'delete_item', 'update_item_permissions_check' ),
			),
			self::id_arg( __( 'Unique identifier of the measurement.', 'joolweb-sessions-pro' ) )
		);
	}

	/**
	 * `view_clients`, available, reaching the client.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		return $this->check( $request, Capabilities::VIEW_CLIENTS, Capabilities::VIEW_CLIENT, $this->route_id( $request ) );
	}

	/**
	 * `edit_clients`, available, reaching the client.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function create_item_permissions_check( $request ) {
		return $this->check( $request, Capabilities::EDIT_CLIENTS, Capabilities::EDIT_CLIENT, $this->route_id( $request ) );
	}

	/**
	 * `edit_clients`, available, reaching the measurement's client.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function update_item_permissions_check( $request ) {
		$measurement = $this->measurements->find( $this->route_id( $request ) );
		return $this->check( $request, Capabilities::EDIT_CLIENTS, Capabilities::EDIT_CLIENT, $measurement ? $measurement['client_id'] : 0, true );
	}

	/**
	 * The client's measurements, oldest first.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	public function get_items( $request ): WP_REST_Response {
		return new WP_REST_Response( array_map( array( $this, 'present' ), $this->measurements->for_client( $this->route_id( $request ) ) ) );
	}

	/**
	 * Adds a measurement.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		$measurement = $this->measurements->create( $this->route_id( $request ), $this->writable( $request, self::writable_fields() ) + $this->nulls( $request ), get_current_user_id() );
		return is_wp_error( $measurement ) ? $measurement : $this->created( $this->present( $measurement ), 'measurements', $measurement['id'] );
	}

	/**
	 * Changes a measurement.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		$current = $this->measurements->find( $this->route_id( $request ) );
		if ( ! $current ) {
			return $this->not_found();
		}
		$measurement = $this->measurements->update( $current, $this->writable( $request, self::writable_fields() ) + $this->nulls( $request ) );
		return is_wp_error( $measurement ) ? $measurement : new WP_REST_Response( $this->present( $measurement ) );
	}

	/**
	 * Deletes a measurement.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function delete_item( $request ) {
		$current = $this->measurements->find( $this->route_id( $request ) );
		if ( ! $current || ! $this->measurements->delete( $current ) ) {
			return $this->not_found();
		}
		return $this->deleted( $this->present( $current ) );
	}

	/**
	 * The shared permission order.
	 *
	 * @param WP_REST_Request $request     Request.
	 * @param string          $primitive   Capability.
	 * @param string          $meta        Meta capability on the client.
	 * @param int             $client_id   Client.
	 * @param bool            $measurement Whether the route names a measurement (its 404).
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	private function check( WP_REST_Request $request, string $primitive, string $meta, int $client_id, bool $measurement = false ) {
		unset( $request );
		if ( ! current_user_can( $primitive ) ) {
			return $this->forbidden();
		}
		$unavailable = $this->measurements->unavailable();
		if ( $unavailable ) {
			return $unavailable;
		}
		if ( $client_id > 0 && current_user_can( $meta, $client_id ) ) {
			return true;
		}
		return $measurement ? $this->not_found() : $this->client_not_found();
	}

	/**
	 * Fields a request may write.
	 *
	 * @return list<string>
	 */
	private static function writable_fields(): array {
		return array_merge( array( 'date', 'notes' ), Measurement_Repository::VALUES );
	}

	/**
	 * Values explicitly sent as null (clearing them).
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return array<string, null>
	 */
	private function nulls( WP_REST_Request $request ): array {
		$body  = $request->get_json_params();
		$nulls = array();
		foreach ( Measurement_Repository::VALUES as $key ) {
			if ( is_array( $body ) && array_key_exists( $key, $body ) && null === $body[ $key ] ) {
				$nulls[ $key ] = null;
			}
		}
		return $nulls;
	}

	/**
	 * 404 of a measurement.
	 */
	private function not_found(): WP_Error {
		return $this->error( 'measurement_not_found', __( 'Measurement not found.', 'joolweb-sessions-pro' ), 404 );
	}

	/**
	 * The response of a measurement.
	 *
	 * @param Measurement $measurement Measurement.
	 * @return array<string, mixed>
	 */
	public function present( array $measurement ): array {
		$data = array(
			'id'        => $measurement['id'],
			'client_id' => $measurement['client_id'],
			'date'      => $measurement['date'],
		);
		foreach ( Measurement_Repository::VALUES as $key ) {
			$data[ $key ] = $measurement[ $key ];
		}
		return $data + array(
			'notes'      => $measurement['notes'],
			'created_at' => self::iso_utc( $measurement['created_at_gmt'] ),
			'updated_at' => self::iso_utc( $measurement['updated_at_gmt'] ),
		);
	}

	/**
	 * {@inheritDoc}
	 */
	protected function build_schema(): array {
		$properties = array(
			'id'        => self::field( 'integer', __( 'Unique identifier of the measurement.', 'joolweb-sessions-pro' ) ),
			'client_id' => self::field( 'integer', __( 'The client.', 'joolweb-sessions-pro' ) ),
			'date'      => array(
				'description' => __( 'Day of the measurement (YYYY-MM-DD, site time), not in the future.', 'joolweb-sessions-pro' ),
				'type'        => 'string',
				'pattern'     => '^\d{4}-\d{2}-\d{2}$',
				'context'     => array( 'view', 'edit', 'embed' ),
				'required'    => true,
			),
		);
		$labels     = array(
			'weight_kg'    => __( 'Weight in kg.', 'joolweb-sessions-pro' ),
			'body_fat_pct' => __( 'Body fat in %.', 'joolweb-sessions-pro' ),
			'waist_cm'     => __( 'Waist in cm.', 'joolweb-sessions-pro' ),
			'hips_cm'      => __( 'Hips in cm.', 'joolweb-sessions-pro' ),
			'chest_cm'     => __( 'Chest in cm.', 'joolweb-sessions-pro' ),
			'arm_cm'       => __( 'Arm in cm.', 'joolweb-sessions-pro' ),
			'thigh_cm'     => __( 'Thigh in cm.', 'joolweb-sessions-pro' ),
		);
		foreach ( Measurement_Service::ranges() as $key => list( $min, $max ) ) {
			$properties[ $key ] = array(
				/* translators: 1: what is measured, 2: minimum, 3: maximum. */
				'description' => sprintf( __( '%1$s From %2$s to %3$s, or null.', 'joolweb-sessions-pro' ), $labels[ $key ], $min, $max ),
				'type'        => array( 'number', 'null' ),
				'context'     => array( 'view', 'edit', 'embed' ),
			);
		}
		$properties['notes']      = array(
			'description' => __( 'Notes (plain text).', 'joolweb-sessions-pro' ),
			'type'        => 'string',
			'maxLength'   => Measurement_Service::NOTES_MAX,
			'context'     => array( 'view', 'edit', 'embed' ),
		);
		$properties['created_at'] = self::field( array( 'string', 'null' ), __( 'When it was recorded (UTC).', 'joolweb-sessions-pro' ) );
		$properties['updated_at'] = self::field( array( 'string', 'null' ), __( 'When it last changed (UTC).', 'joolweb-sessions-pro' ) );
		return self::object_schema( 'joolwebsp-measurement', $properties );
	}
}
