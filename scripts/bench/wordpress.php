<?php
/**
 * Loads WordPress with the plugin for the seed and bench scripts, on MariaDB or SQLite.
 *
 * BENCH_DB=mariadb: the private MariaDB of scripts/lib/services.sh (WP_TESTS_DB_* from bench.sh).
 * BENCH_DB=sqlite: the same SQLite drop-in as `npm start` (Playground's sqlite-database-integration,
 * unpacked by bench.sh into BENCH_CONTENT_DIR), run by the PHP CLI with pdo_sqlite.
 *
 * @package Joolweb\SessionsPro
 */

// phpcs:disable WordPress.NamingConventions.PrefixAllGlobals, WordPress.WP.GlobalVariablesOverride -- A development script, run by hand.

if ( 'sqlite' === getenv( 'BENCH_DB' ) ) {
	define( 'DB_DIR', (string) getenv( 'BENCH_SQLITE_DIR' ) );
	define( 'DB_FILE', 'bench.sqlite' );
}
require dirname( __DIR__, 2 ) . '/tests/php/wp-tests-config.php';
if ( defined( 'BENCH_INSTALL' ) ) {
	return;
}
$GLOBALS['wp_filter']['muplugins_loaded'][10]['joolwebsp_load'] = array(
	'function'      => static function () {
		require dirname( __DIR__, 2 ) . '/joolweb-sessions-pro.php';
	},
	'accepted_args' => 0,
);
require_once ABSPATH . 'wp-settings.php';
