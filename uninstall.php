<?php
/**
 * Uninstall: removes tables, options, roles and capabilities, only when the admin opted in
 * (Settings → "Delete all data when the plugin is uninstalled", default off). Multisite-aware.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

spl_autoload_register(
	static function ( $class_name ) {
		$prefix = 'Joolweb\\SessionsPro\\';
		if ( 0 === strpos( $class_name, $prefix ) ) {
			$file = __DIR__ . '/includes/' . str_replace( '\\', '/', substr( $class_name, strlen( $prefix ) ) ) . '.php';
			if ( is_readable( $file ) ) {
				require $file;
			}
		}
	}
);

$joolwebsp_uninstall_site = static function (): void {
	$settings = get_option( 'joolwebsp_settings', array() );
	if ( ! is_array( $settings ) || empty( $settings['delete_data_on_uninstall'] ) ) {
		return;
		// Default: keep everything, so a reinstall finds the practice as it was.
	}
	foreach ( Joolweb\SessionsPro\Database\Schemas::all() as $schema ) {
		$schema->drop();
	}
	Joolweb\SessionsPro\Security\Capabilities::uninstall();
	global $wpdb;
	// Every remaining option of ours (settings, versions, flags).
	$names = $wpdb->get_col( $wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s", $wpdb->esc_like( 'joolwebsp_' ) . '%' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- one-off cleanup of our own options.
	foreach ( $names as $name ) {
		delete_option( $name );
	}
};

if ( ! is_multisite() ) {
	$joolwebsp_uninstall_site();
	return;
}
$joolwebsp_page = 1;
do {
	$joolwebsp_sites = get_sites(
		array(
			'fields' => 'ids',
			'number' => 100,
			'offset' => ( $joolwebsp_page - 1 ) * 100,
		)
	);
	foreach ( $joolwebsp_sites as $joolwebsp_site ) {
		switch_to_blog( (int) $joolwebsp_site );
		$joolwebsp_uninstall_site();
		restore_current_blog();
	}
	++$joolwebsp_page;
	$joolwebsp_more = count( $joolwebsp_sites ) === 100;
} while ( $joolwebsp_more );
