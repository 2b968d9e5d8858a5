<?php
/**
 * JSON Schema and shape of the session object.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Sessions\REST;

use Joolweb\SessionsPro\Sessions\Money;
use Joolweb\SessionsPro\Sessions\Schedule;
use Joolweb\SessionsPro\Sessions\Session;

defined( 'ABSPATH' ) || exit;

/**
 * The public contract of a session (src/api/types.ts mirrors it).
 *
 * @since 0.1.0
 */
final class Session_Schema {

	/**
	 * The session as returned by the API.
	 *
	 * @since 0.1.0
	 *
	 * @param Session $session     Session.
	 * @param string  $client_name Client's name, for lists.
	 * @return array<string, mixed>
	 */
	public static function to_array( Session $session, string $client_name = '' ): array {
		return array(
			'id'               => $session->id,
			'client_id'        => $session->client_id,
			'client_name'      => 0 === $session->client_id ? __( 'Erased client', 'joolweb-sessions-pro' ) : $client_name,
			'coach_id'         => $session->coach_id,
			'bundle_id'        => $session->bundle_id,
			'title'            => $session->title,
			'start'            => Schedule::iso( $session->start_gmt ),
			'duration_minutes' => $session->duration_minutes,
			'location'         => $session->location,
			'video_url'        => $session->video_url,
			'price'            => Money::format( $session->price_cents ),
			'currency'         => $session->currency,
			'status'           => $session->status,
			'payment_status'   => $session->payment_status,
			'notes'            => $session->notes,
			'created_at'       => Schedule::iso( $session->created_at_gmt ),
		);
	}

	/**
	 * The item schema.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function get(): array {
		$string = static fn( string $description, int $max ): array => array(
			'description' => $description,
			'type'        => 'string',
			'maxLength'   => $max,
			'context'     => array( 'view', 'edit' ),
		);
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'joolwebsp-session',
			'type'       => 'object',
			'properties' => array(
				'id'               => array(
					'type'     => 'integer',
					'readonly' => true,
					'context'  => array( 'view', 'edit' ),
				),
				'client_id'        => array(
					'description' => __( 'Client of the session.', 'joolweb-sessions-pro' ),
					'type'        => 'integer',
					'minimum'     => 1,
					'required'    => true,
					'context'     => array( 'view', 'edit' ),
				),
				'client_name'      => array(
					'type'     => 'string',
					'readonly' => true,
					'context'  => array( 'view', 'edit' ),
				),
				'coach_id'         => array(
					'description' => __( 'Coach leading the session. Coaches can only give themselves.', 'joolweb-sessions-pro' ),
					'type'        => 'integer',
					'minimum'     => 1,
					'context'     => array( 'view', 'edit' ),
				),
				'bundle_id'        => array(
					'description' => __( 'Bundle the session belongs to.', 'joolweb-sessions-pro' ),
					'type'        => array( 'integer', 'null' ),
					'context'     => array( 'view', 'edit' ),
				),
				'title'            => $string( __( 'Title; generated when empty.', 'joolweb-sessions-pro' ), 200 ),
				'start'            => array(
					'description' => __( 'Start: ISO 8601 in UTC in responses; a time without offset is read in the site timezone.', 'joolweb-sessions-pro' ),
					'type'        => 'string',
					'required'    => true,
					'context'     => array( 'view', 'edit' ),
				),
				'duration_minutes' => array(
					'type'    => 'integer',
					'minimum' => 5,
					'maximum' => 1440,
					'context' => array( 'view', 'edit' ),
				),
				'location'         => $string( __( 'Location.', 'joolweb-sessions-pro' ), 255 ),
				'video_url'        => array(
					'description' => __( 'Video link (http or https).', 'joolweb-sessions-pro' ),
					'type'        => 'string',
					'maxLength'   => 500,
					'context'     => array( 'view', 'edit' ),
				),
				'price'            => array(
					'description' => __( 'Price in the site currency, with two decimals ("60.00").', 'joolweb-sessions-pro' ),
					'type'        => array( 'string', 'number' ),
					'context'     => array( 'view', 'edit' ),
				),
				'currency'         => array(
					'type'     => 'string',
					'readonly' => true,
					'context'  => array( 'view', 'edit' ),
				),
				'status'           => array(
					'type'    => 'string',
					'enum'    => Session::STATUSES,
					'context' => array( 'view', 'edit' ),
				),
				'payment_status'   => array(
					'type'    => 'string',
					'enum'    => Session::PAYMENT_STATUSES,
					'context' => array( 'view', 'edit' ),
				),
				'notes'            => array(
					'description' => __( 'Private coach notes.', 'joolweb-sessions-pro' ),
					'type'        => 'string',
					'maxLength'   => 10000,
					'context'     => array( 'view', 'edit' ),
				),
				'created_at'       => array(
					'type'     => 'string',
					'format'   => 'date-time',
					'readonly' => true,
					'context'  => array( 'view', 'edit' ),
				),
				'email'            => array(
					'description' => __( 'After a write that emailed the client: whether the email went out.', 'joolweb-sessions-pro' ),
					'type'        => 'object',
					'readonly'    => true,
					'context'     => array( 'view', 'edit' ),
					'properties'  => array(
						'sent'  => array( 'type' => 'boolean' ),
						'error' => array( 'type' => 'string' ),
					),
				),
			),
		);
	}
}
