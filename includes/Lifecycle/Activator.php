<?php
/**
 * Plugin activation.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Lifecycle;

use Joolweb\SessionsPro\Front\Pages;
use Joolweb\SessionsPro\Plugin;
use Joolweb\SessionsPro\Reminders\Reminders;

defined( 'ABSPATH' ) || exit;

/**
 * Creates roles, capabilities and tables, schedules the reminders, and creates the front pages
 * (rewrite rules flushed here only). Idempotent; network
 * activation covers every site.
 *
 * @since 0.1.0
 */
final class Activator {

	/**
	 * Activation hook callback.
	 *
	 * @since 0.1.0
	 *
	 * @param bool $network_wide Whether the plugin is being network-activated.
	 */
	public static function activate( $network_wide = false ): void {
		if ( is_multisite() && $network_wide ) {
			$current = get_current_blog_id();
			foreach ( get_sites(
				array(
					'fields' => 'ids',
					'number' => 0,
				)
			) as $site_id ) {
				switch_to_blog( (int) $site_id );
				Upgrader::maybe_upgrade();
				Reminders::schedule();
				Plugin::instance()->get( Pages::class )->install( (int) $site_id !== $current );
				restore_current_blog();
			}
			return;
		}
		Upgrader::maybe_upgrade();
		Reminders::schedule();
		Plugin::instance()->get( Pages::class )->install();
	}
}
