<?php
/**
 * JSON Schema and shape of the bundle object.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Programs\REST;

use Joolweb\SessionsPro\Programs\Bundle;
use Joolweb\SessionsPro\REST\Abstract_Controller;
use Joolweb\SessionsPro\Sessions\Money;
use Joolweb\SessionsPro\Sessions\REST\Session_Schema;
use Joolweb\SessionsPro\Sessions\Schedule;

defined( 'ABSPATH' ) || exit;

/**
 * The public contract of a bundle (src/api/types.ts mirrors it). The item routes add its sessions.
 *
 * @since 0.1.0
 */
final class Bundle_Schema {

	/**
	 * The bundle as returned by the API.
	 *
	 * @since 0.1.0
	 *
	 * @param Bundle                          $bundle      Bundle.
	 * @param string                          $client_name Client name.
	 * @param list<array<string, mixed>>|null $sessions    Its sessions, already shaped, on item routes.
	 * @return array<string, mixed>
	 */
	public static function to_array( Bundle $bundle, string $client_name, ?array $sessions = null ): array {
		$data = array(
			'id'                 => $bundle->id,
			'client_id'          => $bundle->client_id,
			'client_name'        => 0 === $bundle->client_id ? __( 'Erased client', 'joolweb-sessions-pro' ) : $client_name,
			'coach_id'           => $bundle->coach_id,
			'template_id'        => $bundle->template_id,
			'title'              => $bundle->title,
			'sessions_planned'   => $bundle->sessions_planned,
			'sessions_completed' => $bundle->sessions_completed,
			'progress'           => $bundle->progress(),
			'price'              => Money::format( $bundle->price_cents ),
			'location'           => $bundle->location,
			'video_url'          => $bundle->video_url,
			'status'             => $bundle->status,
			'created_at'         => Schedule::iso( $bundle->created_at_gmt ),
		);
		if ( null !== $sessions ) {
			$data['sessions'] = $sessions;
		}
		return $data;
	}

	/**
	 * The item schema.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function get(): array {
		$context = array( 'view', 'edit', 'embed' );
		$field   = array( Abstract_Controller::class, 'field' );
		return Abstract_Controller::object_schema(
			'joolwebsp-bundle',
			array(
				'id'                 => $field( 'integer', __( 'Unique identifier of the bundle.', 'joolweb-sessions-pro' ) ),
				'client_id'          => array(
					'description' => __( 'Client of the bundle.', 'joolweb-sessions-pro' ),
					'type'        => 'integer',
					'minimum'     => 1,
					'context'     => $context,
				),
				'client_name'        => $field( 'string', __( 'Name of the client.', 'joolweb-sessions-pro' ) ),
				'coach_id'           => array(
					'description' => __( 'Coach who leads the bundle. Coaches can only give themselves.', 'joolweb-sessions-pro' ),
					'type'        => 'integer',
					'minimum'     => 1,
					'context'     => $context,
				),
				'template_id'        => array(
					'description' => __( 'Model the bundle is made from; its values fill the fields not given.', 'joolweb-sessions-pro' ),
					'type'        => array( 'integer', 'null' ),
					'minimum'     => 1,
					'context'     => $context,
				),
				'sessions_completed' => $field( 'integer', __( 'Completed sessions.', 'joolweb-sessions-pro' ) ),
				'progress'           => $field( 'number', __( 'Share of the planned sessions completed, from 0 to 1.', 'joolweb-sessions-pro' ) ),
				'status'             => array(
					'description' => __( 'Status.', 'joolweb-sessions-pro' ),
					'type'        => 'string',
					'enum'        => Bundle::STATUSES,
					'context'     => $context,
				),
				'created_at'         => $field( 'string', __( 'Creation time, ISO 8601 in UTC.', 'joolweb-sessions-pro' ), array( 'format' => 'date-time' ) ),
				'sessions'           => $field(
					'array',
					__( 'The sessions of the bundle, in order (item routes only).', 'joolweb-sessions-pro' ),
					array( 'items' => Session_Schema::get() )
				),
			) + Template_Schema::offer_properties()
		);
	}
}
