<?php
/**
 * The admin screens: slug, titles, capability and script entry of each.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Admin;

use Joolweb\SessionsPro\Security\Capabilities;

defined( 'ABSPATH' ) || exit;

/**
 * The explicit list of screens. Each renders one React root from `build/admin-{entry}.js`.
 *
 * @since 0.1.0
 *
 * @phpstan-type Screen array{slug: string, page_title: string, menu_title: string, capability: string, entry: string, item_capability?: string}
 */
final class Screens {

	public const PARENT_SLUG = 'joolwebsp';

	/**
	 * All screens, in menu order. The first one is the top-level page.
	 *
	 * @since 0.1.0
	 *
	 * @return list<Screen>
	 */
	public static function all(): array {
		return array(
			array(
				'slug'       => self::PARENT_SLUG,
				'page_title' => __( 'Dashboard', 'joolweb-sessions-pro' ),
				'menu_title' => __( 'Dashboard', 'joolweb-sessions-pro' ),
				'capability' => Capabilities::VIEW_CLIENTS,
				'entry'      => 'dashboard',
			),
			array(
				'slug'       => 'joolwebsp-clients',
				'page_title' => __( 'Customers', 'joolweb-sessions-pro' ),
				'menu_title' => __( 'Customers', 'joolweb-sessions-pro' ),
				'capability' => Capabilities::VIEW_CLIENTS,
				'entry'      => 'clients',
			),
			array(
				'slug'            => 'joolwebsp-add-client',
				'page_title'      => __( 'Add Customer', 'joolweb-sessions-pro' ),
				'menu_title'      => __( 'Add Customer', 'joolweb-sessions-pro' ),
				'capability'      => Capabilities::CREATE_CLIENTS,
				'entry'           => 'add-client',
				// With `client_id` the page is the client's profile: viewing clients is enough.
				'item_capability' => Capabilities::VIEW_CLIENTS,
			),
			array(
				'slug'       => 'joolwebsp-sessions',
				'page_title' => __( 'Sessions', 'joolweb-sessions-pro' ),
				'menu_title' => __( 'Sessions', 'joolweb-sessions-pro' ),
				'capability' => Capabilities::VIEW_SESSIONS,
				'entry'      => 'sessions',
			),
			array(
				'slug'       => 'joolwebsp-programs',
				'page_title' => __( 'Programs', 'joolweb-sessions-pro' ),
				'menu_title' => __( 'Programs', 'joolweb-sessions-pro' ),
				'capability' => Capabilities::MANAGE_PROGRAMS,
				'entry'      => 'programs',
			),
			array(
				'slug'       => 'joolwebsp-import',
				'page_title' => __( 'Import CSV', 'joolweb-sessions-pro' ),
				'menu_title' => __( 'Import CSV', 'joolweb-sessions-pro' ),
				'capability' => Capabilities::IMPORT_CLIENTS,
				'entry'      => 'import',
			),
			array(
				'slug'       => 'joolwebsp-settings',
				'page_title' => __( 'Settings', 'joolweb-sessions-pro' ),
				'menu_title' => __( 'Settings', 'joolweb-sessions-pro' ),
				'capability' => Capabilities::MANAGE_SETTINGS,
				'entry'      => 'settings',
			),
		);
	}

	/**
	 * The capability a request to a screen needs: `item_capability` when the URL names an item
	 * (`client_id`: the profile needs `view_clients`), the screen's capability otherwise (adding a
	 * client needs `create_clients`).
	 *
	 * @since 0.1.0
	 *
	 * @param array{capability: string, item_capability?: string} $screen  Screen.
	 * @param int                                                 $item_id Item id in the URL, or 0.
	 */
	public static function capability_for( array $screen, int $item_id ): string {
		return $item_id > 0 && isset( $screen['item_capability'] ) ? $screen['item_capability'] : $screen['capability'];
	}

	/**
	 * Script entries of all screens (webpack entry names are `admin-{entry}`).
	 *
	 * @since 0.1.0
	 *
	 * @return list<string>
	 */
	public static function entries(): array {
		return array_column( self::all(), 'entry' );
	}
}
