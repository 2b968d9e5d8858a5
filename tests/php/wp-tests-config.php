<?php
/**
 * WordPress configuration of the PHPUnit run, shared by install.php and bootstrap.php.
 * Everything comes from environment variables that scripts/test-php.sh sets.
 *
 * @package Joolweb\SessionsPro
 */

$joolwebsp_env = static function ( string $name, string $fallback ): string {
	$value = getenv( $name );
	return ( false === $value || '' === $value ) ? $fallback : $value;
};

$joolwebsp_core = $joolwebsp_env( 'WP_CORE_DIR', '' );
if ( '' === $joolwebsp_core || ! is_file( $joolwebsp_core . '/wp-settings.php' ) ) {
	fwrite( STDERR, "WP_CORE_DIR must point to a WordPress core folder (npm run test:php sets it).\n" );
	exit( 1 );
}
define( 'ABSPATH', rtrim( $joolwebsp_core, '/' ) . '/' );
define( 'DB_NAME', $joolwebsp_env( 'WP_TESTS_DB_NAME', 'wp_tests' ) );
define( 'DB_USER', $joolwebsp_env( 'WP_TESTS_DB_USER', 'wp' ) );
define( 'DB_PASSWORD', $joolwebsp_env( 'WP_TESTS_DB_PASSWORD', 'wp' ) );
define( 'DB_HOST', $joolwebsp_env( 'WP_TESTS_DB_HOST', '127.0.0.1:3307' ) );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
$GLOBALS['table_prefix'] = 'wptests_';

define( 'WP_TESTS_DOMAIN', 'example.org' );
// WP_TESTS_MULTISITE=1: a network (main site + a second site at /second/), set up by install.php.
define( 'JOOLWEBSP_TESTS_MULTISITE', '1' === getenv( 'WP_TESTS_MULTISITE' ) );
if ( JOOLWEBSP_TESTS_MULTISITE && ! defined( 'JOOLWEBSP_TESTS_SINGLE_SITE_STEP' ) ) {
	define( 'MULTISITE', true );
	define( 'SUBDOMAIN_INSTALL', false );
	define( 'DOMAIN_CURRENT_SITE', WP_TESTS_DOMAIN );
	define( 'PATH_CURRENT_SITE', '/' );
	define( 'SITE_ID_CURRENT_SITE', 1 );
	define( 'BLOG_ID_CURRENT_SITE', 1 );
	$GLOBALS['base'] = '/';
} else {
	define( 'WP_HOME', 'http://example.org' );
	define( 'WP_SITEURL', 'http://example.org' );
}
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', true );
define( 'WP_DEBUG_LOG', false );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_DEFAULT_THEME', 'twentytwentyfive' );
// Content stays inside a scratch folder so the core copy is never written to.
define( 'WP_CONTENT_DIR', $joolwebsp_env( 'WP_TESTS_CONTENT_DIR', ABSPATH . 'wp-content' ) );
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $joolwebsp_key ) {
	define( $joolwebsp_key, 'tests-' . $joolwebsp_key );
}
unset( $joolwebsp_env, $joolwebsp_core, $joolwebsp_key );

$_SERVER['HTTP_HOST']       = WP_TESTS_DOMAIN;
$_SERVER['SERVER_NAME']     = WP_TESTS_DOMAIN;
$_SERVER['SERVER_PORT']     = '80';
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['REMOTE_ADDR']     = '127.0.0.1';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
$_SERVER['PHP_SELF']        = '/index.php';
$_SERVER['REQUEST_URI']     = '/';
