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
	 * Set once an administrator chose the coach role's plugin capabilities (Settings → Permissions):
	 * from then on, upgrades never re-grant a capability they unchecked.
	 */
	public const COACH_CHOSEN_OPTION = 'joolwebsp_coach_caps_chosen';

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
	 * What each plugin capability allows, for the Permissions screen (translated at call time).
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array{label: string, description: string}>
	 */
	public static function describe(): array {
		return array(
			self::VIEW_CLIENTS    => array(
				'label'       => __( 'View clients', 'joolweb-sessions-pro' ),
				'description' => __( 'See the client list and the profiles of their own clients.', 'joolweb-sessions-pro' ),
			),
			self::CREATE_CLIENTS  => array(
				'label'       => __( 'Create clients', 'joolweb-sessions-pro' ),
				'description' => __( 'Add clients and send them their login details.', 'joolweb-sessions-pro' ),
			),
			self::EDIT_CLIENTS    => array(
				'label'       => __( 'Edit clients', 'joolweb-sessions-pro' ),
				'description' => __( 'Change the contact details of their clients.', 'joolweb-sessions-pro' ),
			),
			self::DELETE_CLIENTS  => array(
				'label'       => __( 'Delete clients', 'joolweb-sessions-pro' ),
				'description' => __( 'Delete clients with their sessions. Give it only to trusted coaches.', 'joolweb-sessions-pro' ),
			),
			self::VIEW_SESSIONS   => array(
				'label'       => __( 'View sessions', 'joolweb-sessions-pro' ),
				'description' => __( 'See the sessions they lead.', 'joolweb-sessions-pro' ),
			),
			self::EDIT_SESSIONS   => array(
				'label'       => __( 'Manage sessions', 'joolweb-sessions-pro' ),
				'description' => __( 'Create, change and cancel the sessions they lead.', 'joolweb-sessions-pro' ),
			),
			self::MANAGE_PROGRAMS => array(
				'label'       => __( 'Manage programs', 'joolweb-sessions-pro' ),
				'description' => __( 'Create program models and bundles of sessions.', 'joolweb-sessions-pro' ),
			),
			self::IMPORT_CLIENTS  => array(
				'label'       => __( 'Import clients', 'joolweb-sessions-pro' ),
				'description' => __( 'Import clients from a CSV file.', 'joolweb-sessions-pro' ),
			),
			self::EXPORT_CLIENTS  => array(
				'label'       => __( 'Export clients', 'joolweb-sessions-pro' ),
				'description' => __( 'Used by CSV export.', 'joolweb-sessions-pro' ),
			),
		);
	}

	/**
	 * The plugin capabilities the coach role has now (read from the role itself, so other role
	 * editors and this plugin see the same truth), in the order of all().
	 *
	 * @since 0.1.0
	 *
	 * @return list<string>
	 */
	public static function coach_capabilities(): array {
		$role = get_role( self::ROLE_COACH );
		if ( ! $role ) {
			return array();
		}
		return array_values( array_filter( self::all(), static fn( string $cap ): bool => $role->has_cap( $cap ) ) );
	}

	/**
	 * Gives the coach role exactly these plugin capabilities (others, like `read`, are left alone)
	 * and makes sure administrators keep every plugin capability.
	 *
	 * @since 0.1.0
	 *
	 * @param list<string> $caps Plugin capabilities; unknown names are ignored (validate first).
	 */
	public static function set_coach_capabilities( array $caps ): void {
		$role = get_role( self::ROLE_COACH );
		if ( ! $role ) {
			$role = add_role( self::ROLE_COACH, self::role_names()[ self::ROLE_COACH ], array( 'read' => true ) );
		}
		if ( $role ) {
			foreach ( self::all() as $cap ) {
				$wanted = in_array( $cap, $caps, true );
				if ( $wanted && ! $role->has_cap( $cap ) ) {
					$role->add_cap( $cap );
				} elseif ( ! $wanted && $role->has_cap( $cap ) ) {
					$role->remove_cap( $cap );
				}
			}
		}
		$admin = get_role( 'administrator' );
		if ( $admin ) {
			foreach ( self::all() as $cap ) {
				if ( ! $admin->has_cap( $cap ) ) {
					$admin->add_cap( $cap );
				}
			}
		}
		update_option( self::COACH_CHOSEN_OPTION, 1, true );
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
		$chosen = (bool) get_option( self::COACH_CHOSEN_OPTION, false );
		foreach ( self::default_grants() as $role_name => $caps ) {
			$role = get_role( $role_name );
			if ( ! $role ) {
				continue;
				// A site may have removed the administrator role.
			}
			if ( $chosen && self::ROLE_COACH === $role_name ) {
				// The administrator chose the coach's plugin capabilities: keep their choice.
				$caps = array_values( array_diff( $caps, self::all() ) );
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
		delete_option( self::COACH_CHOSEN_OPTION );
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
