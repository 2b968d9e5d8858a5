<?php
/**
 * Installs a fresh WordPress into the test database. Runs in a subprocess of the bootstrap,
 * because WP_INSTALLING must be defined before wp-settings.php, which loads only once.
 *
 * With WP_TESTS_MULTISITE=1 it installs a single site, then turns it into a network (like core's test
 * library); `install-site.php` then adds the second site.
 *
 * @package Joolweb\SessionsPro
 */

define( 'WP_INSTALLING', true );
define( 'JOOLWEBSP_TESTS_SINGLE_SITE_STEP', true );
require __DIR__ . '/wp-tests-config.php';
require_once ABSPATH . 'wp-settings.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

global $wpdb;
$wpdb->suppress_errors();
$wpdb->query( 'SET FOREIGN_KEY_CHECKS = 0' );
foreach ( $wpdb->get_col( $wpdb->prepare( 'SHOW TABLES LIKE %s', $wpdb->esc_like( $wpdb->prefix ) . '%' ) ) as $joolwebsp_table ) {
	$wpdb->query( "DROP TABLE IF EXISTS `{$joolwebsp_table}`" ); // phpcs:ignore -- test database reset.
}
$wpdb->suppress_errors( false );
wp_cache_flush();
add_filter( 'pre_wp_mail', static fn() => true ); // No sendmail here; the install mail is not needed.
$joolwebsp_result = wp_install( 'Tests', 'admin', 'admin@example.org', true, '', 'password' );
if ( empty( $joolwebsp_result['user_id'] ) ) {
	fwrite( STDERR, "wp_install failed\n" );
	exit( 1 );
}
update_option( 'permalink_structure', '/%postname%/' );

if ( JOOLWEBSP_TESTS_MULTISITE ) {
	define( 'WP_INSTALLING_NETWORK', true );
	// As wp-admin/network.php does: name the network tables on this single-site $wpdb.
	foreach ( $wpdb->tables( 'ms_global' ) as $joolwebsp_table => $joolwebsp_prefixed ) {
		$wpdb->$joolwebsp_table = $joolwebsp_prefixed;
	}
	install_network();
	$joolwebsp_network = populate_network( 1, WP_TESTS_DOMAIN, 'admin@example.org', 'Tests Network', '/', false );
	if ( is_wp_error( $joolwebsp_network ) ) {
		fwrite( STDERR, 'populate_network failed: ' . $joolwebsp_network->get_error_message() . "\n" );
		exit( 1 );
	}
}
