<?php
/**
 * Benchmark of the CSV client import on MariaDB (run through scripts/bench/imports.sh).
 *
 * Usage: php scripts/bench/imports.php [--rows=100000] [--batch=500] [--encoding=windows-1252|utf-8] [--json]
 *
 * Writes a French-style CSV file (`;`, Windows-1252 by default) of N rows, then imports it the way
 * the screen and WP-CLI do: `Import_Service::upload()` (streamed into the staging table), `start()`,
 * then `run_batch()` until done, as an administrator. Prints the rows per second of the staging, of
 * the batches and overall, and PHP's peak memory. Target (issue 12): ≥ 2,000 rows/s for 100k rows,
 * peak ≤ 64 MB.
 *
 * Needs WordPress installed in the database named by WP_TESTS_DB_* (tests/php/wp-tests-config.php);
 * the wrapper does that on a private MariaDB.
 *
 * @package Joolweb\SessionsPro
 */

// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.WP.AlternativeFunctions, WordPress.WP.GlobalVariablesOverride, WordPress.NamingConventions.PrefixAllGlobals -- A benchmark run by hand against a throwaway database.

use Joolweb\SessionsPro\Imports\Import_Service;
use Joolweb\SessionsPro\License\License;
use Joolweb\SessionsPro\Plugin;

global $wpdb;
$options = getopt( '', array( 'rows::', 'batch::', 'encoding::', 'json' ) );
$rows    = max( 1, (int) ( $options['rows'] ?? ( false !== getenv( 'BENCH_IMPORT_ROWS' ) ? getenv( 'BENCH_IMPORT_ROWS' ) : 100000 ) ) );
$batch   = max( 1, (int) ( $options['batch'] ?? 500 ) );
$cp1252  = 'utf-8' !== strtolower( (string) ( $options['encoding'] ?? 'windows-1252' ) );
$json    = isset( $options['json'] );

require dirname( __DIR__, 2 ) . '/tests/php/wp-tests-config.php';
$GLOBALS['wp_filter']['muplugins_loaded'][10]['joolwebsp_load'] = array(
	'function'      => static function () {
		require dirname( __DIR__, 2 ) . '/joolweb-sessions-pro.php';
	},
	'accepted_args' => 0,
);
require_once ABSPATH . 'wp-settings.php';

// Premium with a throwaway key pair (the built-in public key's private half is not here).
$pair = sodium_crypto_sign_keypair();
if ( ! defined( 'JOOLWEBSP_LICENSE_PUBLIC_KEY' ) ) {
	define( 'JOOLWEBSP_LICENSE_PUBLIC_KEY', base64_encode( sodium_crypto_sign_publickey( $pair ) ) );
}
$payload = (string) wp_json_encode(
	array(
		'id'       => 'BENCH',
		'site'     => '*',
		'features' => array( 'premium' ),
		'expires'  => null,
	)
);
$b64url  = static fn( string $bytes ): string => rtrim( strtr( base64_encode( $bytes ), '+/', '-_' ), '=' );
update_option( License::OPTION, $b64url( $payload ) . '.' . $b64url( sodium_crypto_sign_detached( $payload, sodium_crypto_sign_secretkey( $pair ) ) ) );
if ( ! License::has( License::PREMIUM ) ) {
	fwrite( STDERR, "Premium could not be activated.\n" );
	exit( 1 );
}

$admin = (int) $wpdb->get_var( "SELECT user_id FROM {$wpdb->usermeta} WHERE meta_key = '{$wpdb->prefix}capabilities' AND meta_value LIKE '%administrator%' ORDER BY user_id LIMIT 1" );
wp_set_current_user( $admin );
add_filter( 'joolwebsp_import_batch_size', static fn(): int => $batch );

// The file: a French Excel export.
$file   = (string) tempnam( sys_get_temp_dir(), 'joolwebsp-bench-' );
$handle = fopen( $file, 'wb' );
$enc    = static fn( string $text ): string => $cp1252 ? (string) mb_convert_encoding( $text, 'Windows-1252', 'UTF-8' ) : $text;
fwrite( $handle, $enc( "Prénom;Nom;Adresse e-mail;Téléphone\r\n" ) );
$run    = substr( md5( (string) microtime( true ) ), 0, 6 );
for ( $i = 1; $i <= $rows; $i++ ) {
	fwrite( $handle, $enc( sprintf( "Hélène%d;Lefèvre;bench%s-%d@exemple.fr;06 %02d %02d %02d %02d\r\n", $i, $run, $i, $i % 97, $i % 89, $i % 83, $i % 79 ) ) );
}
fclose( $handle );

$service = Plugin::instance()->get( Import_Service::class );
memory_reset_peak_usage();
$base = memory_get_usage();
$t0   = microtime( true );
$job  = $service->upload( $file, 'bench.csv', $admin );
if ( is_wp_error( $job ) ) {
	fwrite( STDERR, $job->get_error_message() . "\n" );
	exit( 1 );
}
$t1  = microtime( true );
$job = $service->start( $job );
if ( is_wp_error( $job ) ) {
	fwrite( STDERR, $job->get_error_message() . "\n" );
	exit( 1 );
}
$batches = 0;
while ( in_array( $job['status'], array( 'queued', 'running' ), true ) ) {
	$job = $service->run_batch( $job['id'] );
	if ( is_wp_error( $job ) ) {
		fwrite( STDERR, $job->get_error_message() . "\n" );
		exit( 1 );
	}
	++$batches;
	if ( ! $json && 0 === $batches % 20 ) {
		fwrite( STDERR, sprintf( "  %d / %d rows, %.0f rows/s, peak %.1f MB\n", $job['processed_rows'], $rows, $job['processed_rows'] / ( microtime( true ) - $t1 ), memory_get_peak_usage() / 1048576 ) );
	}
}
$t2 = microtime( true );
unlink( $file );

$result = array(
	'rows'                => $rows,
	'batch'               => $batch,
	'encoding'            => $cp1252 ? 'Windows-1252' : 'UTF-8',
	'status'              => $job['status'],
	'created'             => $job['created'],
	'failed'              => $job['failed'],
	'staging_seconds'     => round( $t1 - $t0, 2 ),
	'staging_rows_per_s'  => (int) round( $rows / max( 0.001, $t1 - $t0 ) ),
	'batches_seconds'     => round( $t2 - $t1, 2 ),
	'batches_rows_per_s'  => (int) round( $rows / max( 0.001, $t2 - $t1 ) ),
	'total_seconds'       => round( $t2 - $t0, 2 ),
	'total_rows_per_s'    => (int) round( $rows / max( 0.001, $t2 - $t0 ) ),
	'peak_memory_mb'      => round( memory_get_peak_usage() / 1048576, 1 ),
	'peak_over_start_mb'  => round( ( memory_get_peak_usage() - $base ) / 1048576, 1 ),
	'peak_real_memory_mb' => round( memory_get_peak_usage( true ) / 1048576, 1 ),
);
if ( $json ) {
	echo wp_json_encode( $result ), "\n";
	exit( 0 );
}
foreach ( $result as $key => $value ) {
	printf( "%-20s %s\n", $key, (string) $value );
}
