<?php
/**
 * JSON Schema and shape of the template ("model") object.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Programs\REST;

use Joolweb\SessionsPro\Programs\Template;
use Joolweb\SessionsPro\REST\Abstract_Controller;
use Joolweb\SessionsPro\Sessions\Money;
use Joolweb\SessionsPro\Sessions\Schedule;

defined( 'ABSPATH' ) || exit;

/**
 * The public contract of a program model (src/api/types.ts mirrors it).
 *
 * @since 0.1.0
 */
final class Template_Schema {

	/**
	 * The template as returned by the API.
	 *
	 * @since 0.1.0
	 *
	 * @param Template $template Template.
	 * @return array<string, mixed>
	 */
	public static function to_array( Template $template ): array {
		return array(
			'id'               => $template->id,
			'title'            => $template->title,
			'sessions_planned' => $template->sessions_planned,
			'price'            => Money::format( $template->price_cents ),
			'location'         => $template->location,
			'video_url'        => $template->video_url,
		);
	}

	/**
	 * The item schema; its writable properties are the arguments of create and update.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function get(): array {
		return Abstract_Controller::object_schema( 'joolwebsp-template', self::offer_properties() + array( 'id' => Abstract_Controller::field( 'integer', __( 'Unique identifier of the model.', 'joolweb-sessions-pro' ) ) ) );
	}

	/**
	 * The offer fields shared by models and bundles: title, number of sessions, price, location, link.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function offer_properties(): array {
		$context = array( 'view', 'edit', 'embed' );
		return array(
			'title'            => array(
				'description' => __( 'Title.', 'joolweb-sessions-pro' ),
				'type'        => 'string',
				'maxLength'   => 200,
				'context'     => $context,
			),
			'sessions_planned' => array(
				'description' => __( 'Number of sessions.', 'joolweb-sessions-pro' ),
				'type'        => 'integer',
				'minimum'     => 1,
				'maximum'     => Schedule::MAX_COUNT,
				'context'     => $context,
			),
			'price'            => array(
				'description' => __( 'Total price in the site currency, with two decimals ("500.00").', 'joolweb-sessions-pro' ),
				'type'        => array( 'string', 'number' ),
				'context'     => $context,
			),
			'location'         => array(
				'description' => __( 'Default location of the sessions.', 'joolweb-sessions-pro' ),
				'type'        => 'string',
				'maxLength'   => 255,
				'context'     => $context,
			),
			'video_url'        => array(
				'description' => __( 'Default video link of the sessions (http or https).', 'joolweb-sessions-pro' ),
				'type'        => 'string',
				'maxLength'   => 500,
				'context'     => $context,
			),
		);
	}
}
