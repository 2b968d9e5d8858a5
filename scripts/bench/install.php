<?php
/**
 * Installs a fresh WordPress for the bench (MariaDB or SQLite, see wordpress.php).
 *
 * @package Joolweb\SessionsPro
 */

// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL, WordPress.WP.GlobalVariablesOverride, WordPress.PHP.DisallowShortTernary, WordPress.NamingConventions.PrefixAllGlobals -- A development script, run by hand on a throwaway database.

define( 'WP_INSTALLING', true );
define( 'BENCH_INSTALL', true );
require __DIR__ . '/wordpress.php';
require_once ABSPATH . 'wp-settings.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
add_filter( 'pre_wp_mail', static fn() => true );
$result = wp_install( 'Bench', 'admin', 'admin@example.org', true, '', 'password' );
if ( empty( $result['user_id'] ) ) {
	fwrite( STDERR, "wp_install failed\n" );
	exit( 1 );
}
echo 'WordPress installed (' . ( defined( 'DB_ENGINE' ) ? DB_ENGINE : 'mysql' ) . ")\n";
