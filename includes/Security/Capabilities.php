<?php
/**
 * Every capability and role of the plugin, defined in this one place.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Security;

defined( 'ABSPATH' ) || exit;

/**
 * Capability and role names, default grants, and grant/revoke helpers.
 *
 * @since 0.1.0
 */
final class Capabilities {

	public const VIEW_CLIENTS    = 'view_clients';
	public const CREATE_CLIENTS  = 'create_clients';
	public const EDIT_CLIENTS    = 'edit_clients';
	public const DELETE_CLIENTS  = 'delete_clients';
	public const VIEW_SESSIONS   = 'view_sessions';
	public const EDIT_SESSIONS   = 'edit_sessions';
	public const MANAGE_PROGRAMS = 'manage_programs';
	public const IMPORT_CLIENTS  = 'import_clients';
	public const EXPORT_CLIENTS  = 'export_clients';

	/** Capability of the plugin's settings screen (a core capability). */
	public const MANAGE_SETTINGS = 'manage_options';

	/** Users with this (core) capability reach every client; everyone else only their own. */
	public const REACH_EVERYONE = 'manage_options';

	/**
	 * Meta capabilities on one client, checked as `current_user_can( Capabilities::EDIT_CLIENT, $client_id )`
	 * and resolved by Clients\Client_Access in `map_meta_cap`.
	 */
	public const VIEW_CLIENT   = 'view_client';
	public const EDIT_CLIENT   = 'edit_client';
	public const DELETE_CLIENT = 'delete_client';

	/** Meta capabilities on one session (argument: session id), resolved by Sessions\Session_Access. */
	public const VIEW_SESSION   = 'view_session';
	public const EDIT_SESSION   = 'edit_session';
	public const DELETE_SESSION = 'delete_session';

	public const ROLE_COACH  = 'joolwebsp_coach';
	public const ROLE_CLIENT = 'joolwebsp_client';

	/**
	 * Bumped whenever the default grants change, so an update re-applies them without re-activation.
	 */
	public const VERSION = 1;

	public const VERSION_OPTION = 'joolwebsp_caps_version';

	/**
	 * All plugin capabilities.
	 *
	 * @since 0.1.0
	 *
	 * @return list<string>
	 */
	public static function all(): array {
		return array(
			self::VIEW_CLIENTS,
			self::CREATE_CLIENTS,
			self::EDIT_CLIENTS,
			self::DELETE_CLIENTS,
			self::VIEW_SESSIONS,
			self::EDIT_SESSIONS,
			self::MANAGE_PROGRAMS,
			self::IMPORT_CLIENTS,
			self::EXPORT_CLIENTS,
		);
	}

	/**
	 * Default grants per role. Administrators get every plugin capability.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, list<string>>
	 */
	public static function default_grants(): array {
		return array(
			'administrator'   => self::all(),
			self::ROLE_COACH  => array(
				'read',
				self::VIEW_CLIENTS,
				self::CREATE_CLIENTS,
				self::EDIT_CLIENTS,
				self::VIEW_SESSIONS,
				self::EDIT_SESSIONS,
				'upload_files',
			),
			self::ROLE_CLIENT => array( 'read' ),
		);
	}

	/**
	 * Role display names (translated at call time).
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, string>
	 */
	public static function role_names(): array {
		return array(
			self::ROLE_COACH  => __( 'Coach', 'joolweb-sessions-pro' ),
			self::ROLE_CLIENT => __( 'Client', 'joolweb-sessions-pro' ),
		);
	}

	/**
	 * Creates the plugin roles and grants default capabilities. Idempotent.
	 *
	 * @since 0.1.0
	 */
	public static function install(): void {
		foreach ( self::role_names() as $role => $name ) {
			if ( ! get_role( $role ) ) {
				add_role( $role, $name, array() );
			}
		}
		foreach ( self::default_grants() as $role_name => $caps ) {
			$role = get_role( $role_name );
			if ( ! $role ) {
				continue;
				// A site may have removed the administrator role.
			}
			foreach ( $caps as $cap ) {
				if ( ! $role->has_cap( $cap ) ) {
					$role->add_cap( $cap );
				}
			}
		}
		update_option( self::VERSION_OPTION, self::VERSION, true );
	}

	/**
	 * Re-applies the default grants after an update that changed them.
	 *
	 * @since 0.1.0
	 */
	public static function maybe_upgrade(): void {
		if ( (int) get_option( self::VERSION_OPTION, 0 ) < self::VERSION ) {
			self::install();
		}
	}

	/**
	 * Removes the plugin roles and every plugin capability from all roles.
	 *
	 * @since 0.1.0
	 */
	public static function uninstall(): void {
		foreach ( array_keys( self::role_names() ) as $role ) {
			remove_role( $role );
		}
		foreach ( wp_roles()->role_objects as $role ) {
			foreach ( self::all() as $cap ) {
				if ( $role->has_cap( $cap ) ) {
					$role->remove_cap( $cap );
				}
			}
		}
		delete_option( self::VERSION_OPTION );
	}

	/**
	 * The current user's plugin capabilities, for the screens (which only hide what the server refuses anyway).
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, bool>
	 */
	public static function for_current_user(): array {
		$caps = array();
		foreach ( array_merge( self::all(), array( self::MANAGE_SETTINGS ) ) as $cap ) {
			$caps[ $cap ] = current_user_can( $cap );
		}
		return $caps;
	}
}
