<?php
/**
 * Plugin deactivation.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Lifecycle;

use Joolweb\SessionsPro\Imports\Batch_Runner;
use Joolweb\SessionsPro\Imports\Import_Service;
use Joolweb\SessionsPro\Reminders\Reminders;

defined( 'ABSPATH' ) || exit;

/**
 * Deactivation leaves every table, option, role and capability alone: only uninstall removes data.
 *
 * @since 0.1.0
 */
final class Deactivator {

	/**
	 * Deactivation hook callback: clears scheduled events only (on every site when network-wide).
	 *
	 * @since 0.1.0
	 *
	 * @param bool $network_wide Whether the plugin is being network-deactivated.
	 */
	public static function deactivate( $network_wide = false ): void {
		if ( is_multisite() && $network_wide ) {
			foreach ( get_sites(
				array(
					'fields' => 'ids',
					'number' => 0,
				)
			) as $site_id ) {
				switch_to_blog( (int) $site_id );
				self::clear();
				restore_current_blog();
			}
			return;
		}
		self::clear();
	}

	/**
	 * Clears the plugin's events on the current site.
	 *
	 * @since 0.1.0
	 */
	private static function clear(): void {
		wp_clear_scheduled_hook( 'joolwebsp_daily' );
		Reminders::unschedule();
		wp_clear_scheduled_hook( Import_Service::CLEANUP );
		wp_unschedule_hook( Batch_Runner::ACTION );
	}
}
