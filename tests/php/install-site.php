<?php
/**
 * Multisite runs only: adds the network's second site (/second/), where the plugin is not active and
 * has no tables. Runs in a subprocess, before the plugin is loaded by the bootstrap.
 *
 * @package Joolweb\SessionsPro
 */

define( 'WP_INSTALLING', true );
require __DIR__ . '/wp-tests-config.php';
require_once ABSPATH . 'wp-settings.php';

add_filter( 'pre_wp_mail', static fn() => true );
$joolwebsp_site = wp_insert_site(
	array(
		'domain'  => WP_TESTS_DOMAIN,
		'path'    => '/second/',
		'title'   => 'Second site',
		'user_id' => 1,
	)
);
if ( is_wp_error( $joolwebsp_site ) ) {
	fwrite( STDERR, 'wp_insert_site failed: ' . $joolwebsp_site->get_error_message() . "\n" );
	exit( 1 );
}
