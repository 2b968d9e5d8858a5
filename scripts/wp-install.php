<?php
/**
 * Installs WordPress into a folder with a wp-config.php and activates plugins (no wp-cli here).
 * Usage: php scripts/wp-install.php /path/to/site [plugin/file.php ...]
 * Never name a global `$wp` in this file: WordPress owns it.
 *
 * @package Joolweb\SessionsPro
 */

$joolwebsp_site = rtrim( $argv[1], '/' );
define( 'WP_INSTALLING', true );
$_SERVER['HTTP_HOST']   = '127.0.0.1';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
require $joolwebsp_site . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
add_filter( 'pre_wp_mail', static fn() => true ); // No mail server: skip the install notification.
if ( ! is_blog_installed() ) {
	wp_install( 'Joolweb Sessions Pro', 'admin', 'admin@example.com', true, '', 'password' );
}
update_option( 'permalink_structure', '/%postname%/' );
flush_rewrite_rules( false );
foreach ( array_slice( $argv, 2 ) as $joolwebsp_plugin ) {
	$joolwebsp_result = activate_plugin( $joolwebsp_plugin );
	if ( is_wp_error( $joolwebsp_result ) ) {
		fwrite( STDERR, $joolwebsp_plugin . ': ' . $joolwebsp_result->get_error_message() . "\n" );
		exit( 1 );
	}
}
