<?php
/**
 * PHPUnit bootstrap: installs WordPress (subprocess), loads the plugin like a must-use plugin
 * would, then boots WordPress. There is no wp-phpunit package in this machine's Packagist copy,
 * so this small harness stands in for WordPress's test library.
 *
 * @package Joolweb\SessionsPro
 */

// PHPUnit includes this file inside a function: declare WordPress's globals.
global $wpdb, $current_site, $current_blog, $wp_rewrite, $shortcode_tags, $wp, $phpmailer, $wp_theme_directories, $table_prefix, $wp_roles;

require dirname( __DIR__, 2 ) . '/vendor/autoload.php';
require __DIR__ . '/wp-tests-config.php';

// License keys verify with the tests' own key pair (tests/php/Premium.php).
define( 'JOOLWEBSP_LICENSE_PUBLIC_KEY', \Joolweb\SessionsPro\Tests\Premium::public_key() );

passthru( escapeshellarg( PHP_BINARY ) . ' ' . escapeshellarg( __DIR__ . '/install.php' ), $joolwebsp_rc );
if ( 0 === $joolwebsp_rc && JOOLWEBSP_TESTS_MULTISITE ) {
	passthru( escapeshellarg( PHP_BINARY ) . ' ' . escapeshellarg( __DIR__ . '/install-site.php' ), $joolwebsp_rc );
}
if ( 0 !== $joolwebsp_rc ) {
	fwrite( STDERR, "WordPress test install failed\n" );
	exit( 1 );
}

// Like tests_add_filter(): load the plugin on muplugins_loaded.
$GLOBALS['wp_filter']['muplugins_loaded'][10]['joolwebsp_load'] = array(
	'function'      => static function () {
		require dirname( __DIR__, 2 ) . '/joolweb-sessions-pro.php';
	},
	'accepted_args' => 0,
);

require_once ABSPATH . 'wp-settings.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';

// Tests create many accounts: cheap bcrypt (the default cost is for real passwords).
add_filter(
	'wp_hash_password_options',
	static function ( $options ) {
		return array_merge( (array) $options, array( 'cost' => 4 ) );
	}
);
