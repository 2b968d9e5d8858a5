<?php
/**
 * Plugin deactivation.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Lifecycle;

defined( 'ABSPATH' ) || exit;

/**
 * Deactivation leaves every table, option, role and capability alone: only uninstall removes data.
 *
 * @since 0.1.0
 */
final class Deactivator {

	/**
	 * Deactivation hook callback: clears scheduled events only.
	 *
	 * @since 0.1.0
	 */
	public static function deactivate(): void {
		wp_clear_scheduled_hook( 'joolwebsp_daily' );
	}
}
