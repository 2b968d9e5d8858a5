<?php
/**
 * Plugin Name:       Joolweb Sessions Pro
 * Plugin URI:        https://joolweb.com/sessions-pro
 * Description:       Clients, sessions, programs and payments for coaches: a desk workspace in wp-admin, field pages for coaches, a client area.
 * Version:           0.1.0
 * Requires at least: 6.8
 * Requires PHP:      8.1
 * Author:            Joolweb
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       joolweb-sessions-pro
 * Domain Path:       /languages
 *
 * @package Joolweb\SessionsPro
 */

defined( 'ABSPATH' ) || exit;

define( 'JOOLWEBSP_VERSION', '0.1.0' );
define( 'JOOLWEBSP_FILE', __FILE__ );
define( 'JOOLWEBSP_DIR', plugin_dir_path( __FILE__ ) );
define( 'JOOLWEBSP_URL', plugin_dir_url( __FILE__ ) );
define( 'JOOLWEBSP_MIN_PHP', '8.1' );
define( 'JOOLWEBSP_MIN_WP', '6.8' );

// Requirement checks: a notice, never a fatal error. This file must stay PHP 7.0-parsable.
$joolwebsp_problems = array();
if ( version_compare( PHP_VERSION, JOOLWEBSP_MIN_PHP, '<' ) ) {
	/* translators: 1: required PHP version, 2: current PHP version. */
	$joolwebsp_problems[] = sprintf( __( 'Joolweb Sessions Pro needs PHP %1$s or newer; this site runs PHP %2$s.', 'joolweb-sessions-pro' ), JOOLWEBSP_MIN_PHP, PHP_VERSION );
}
if ( version_compare( get_bloginfo( 'version' ), JOOLWEBSP_MIN_WP, '<' ) ) {
	/* translators: 1: required WordPress version, 2: current WordPress version. */
	$joolwebsp_problems[] = sprintf( __( 'Joolweb Sessions Pro needs WordPress %1$s or newer; this site runs WordPress %2$s.', 'joolweb-sessions-pro' ), JOOLWEBSP_MIN_WP, get_bloginfo( 'version' ) );
}
if ( $joolwebsp_problems ) {
	add_action(
		'admin_notices',
		static function () use ( $joolwebsp_problems ) {
			foreach ( $joolwebsp_problems as $problem ) {
				echo '<div class="notice notice-error"><p>' . esc_html( $problem ) . '</p></div>';
			}
		}
	);
	return;
}
unset( $joolwebsp_problems );

spl_autoload_register(
	static function ( $class_name ) {
		$prefix = 'Joolweb\\SessionsPro\\';
		if ( 0 !== strpos( $class_name, $prefix ) ) {
			return;
		}
		$file = JOOLWEBSP_DIR . 'includes/' . str_replace( '\\', '/', substr( $class_name, strlen( $prefix ) ) ) . '.php';
		if ( is_readable( $file ) ) {
			require $file;
		}
	}
);

register_activation_hook( __FILE__, array( 'Joolweb\\SessionsPro\\Lifecycle\\Activator', 'activate' ) );
register_deactivation_hook( __FILE__, array( 'Joolweb\\SessionsPro\\Lifecycle\\Deactivator', 'deactivate' ) );

Joolweb\SessionsPro\Plugin::instance()->boot();
