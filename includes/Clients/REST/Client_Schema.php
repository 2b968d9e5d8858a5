<?php
/**
 * JSON Schema of the client object, shared by /clients and /me.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Clients\REST;

use Joolweb\SessionsPro\Clients\Client_Service;

defined( 'ABSPATH' ) || exit;

/**
 * The public contract of a client: the source of REST arguments and of the TypeScript types
 * (src/api/types.ts mirrors it).
 *
 * @since 0.1.0
 */
final class Client_Schema {

	/**
	 * The item schema.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function get(): array {
		$name = static fn( string $description ): array => array(
			'description' => $description,
			'type'        => 'string',
			'context'     => array( 'view', 'edit', 'embed' ),
			'required'    => true,
			'minLength'   => 1,
			'maxLength'   => Client_Service::NAME_MAX,
			'pattern'     => '\\S',
		);
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'joolwebsp-client',
			'type'       => 'object',
			'properties' => array(
				'id'                => array(
					'description' => __( 'Unique identifier of the client.', 'joolweb-sessions-pro' ),
					'type'        => 'integer',
					'context'     => array( 'view', 'edit', 'embed' ),
					'readonly'    => true,
				),
				'user_id'           => array(
					'description' => __( 'WordPress user of the client account.', 'joolweb-sessions-pro' ),
					'type'        => 'integer',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'first_name'        => $name( __( 'First name.', 'joolweb-sessions-pro' ) ),
				'last_name'         => $name( __( 'Last name.', 'joolweb-sessions-pro' ) ),
				'email'             => array(
					'description' => __( 'Email address: the login identifier, unique across all accounts.', 'joolweb-sessions-pro' ),
					'type'        => 'string',
					'format'      => 'email',
					'maxLength'   => Client_Service::EMAIL_MAX,
					'context'     => array( 'view', 'edit', 'embed' ),
					'required'    => true,
				),
				'phone'             => array(
					'description' => __( 'Phone number as entered ("" when none).', 'joolweb-sessions-pro' ),
					'type'        => 'string',
					'maxLength'   => Client_Service::PHONE_MAX,
					'pattern'     => '^[0-9 +\\-.()]*$',
					'context'     => array( 'view', 'edit', 'embed' ),
				),
				'coach_ids'         => array(
					'description' => __( 'Coaches assigned to the client. Only users who reach every client may set it.', 'joolweb-sessions-pro' ),
					'type'        => 'array',
					'items'       => array(
						'type'    => 'integer',
						'minimum' => 1,
					),
					'uniqueItems' => true,
					'maxItems'    => 50,
					'context'     => array( 'view', 'edit' ),
				),
				'created_at'        => array(
					'description' => __( 'Creation time, ISO 8601 in UTC.', 'joolweb-sessions-pro' ),
					'type'        => 'string',
					'format'      => 'date-time',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'login_sent_at'     => array(
					'description' => __( 'When login details were last sent, ISO 8601 in UTC, or null.', 'joolweb-sessions-pro' ),
					'type'        => array( 'string', 'null' ),
					'format'      => 'date-time',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'account_managed'   => array(
					'description' => __( 'Whether the WordPress account is just a client account, which the plugin manages. Accounts with other roles are managed from the Users screen.', 'joolweb-sessions-pro' ),
					'type'        => 'boolean',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'account_protected' => array(
					'description' => __( 'Whether the current user may not change the account\'s email or names, send it login details or a password reset, or delete it through the plugin.', 'joolweb-sessions-pro' ),
					'type'        => 'boolean',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
			),
		);
	}
}
