<?php
/**
 * Bench cases: the CSV export of every client as an administrator (the service behind
 * `GET /clients/export`, whose premium gate is in the REST controller) — in creation order (WP-CLI's
 * `wp joolwebsp export`) and by last name (the Customers screen's Export CSV with no search: the
 * list's default sort, keyset on its sort index) — streamed to a temporary file: median of 3 runs,
 * rows/s, peak PHP memory above the start.
 *
 * @package Joolweb\SessionsPro
 */

// phpcs:disable WordPress.NamingConventions.PrefixAllGlobals, WordPress.WP.AlternativeFunctions -- A development script, run by hand.

use Joolweb\SessionsPro\Imports\Client_Export;
use Joolweb\SessionsPro\Plugin;

return static function ( array $context ): array {
	$case = static function ( array $filters ) use ( $context ): array {
		return array(
			'run' => static function () use ( $context, $filters ): array {
				$export = Plugin::instance()->get( Client_Export::class );
				$times  = array();
				$peaks  = array();
				$bytes  = 0;
				for ( $r = 0; $r < 3; $r++ ) {
					wp_cache_flush();
					gc_collect_cycles();
					memory_reset_peak_usage();
					$base   = memory_get_usage();
					$handle = fopen( 'php://temp/maxmemory:0', 'w+b' );
					$start  = hrtime( true );
					$export->csv( (int) $context['admin_id'], $filters )->write( $handle );
					$times[] = ( hrtime( true ) - $start ) / 1e9;
					$peaks[] = ( memory_get_peak_usage() - $base ) / 1048576;
					$bytes   = (int) ftell( $handle );
					fclose( $handle );
				}
				sort( $times );
				sort( $peaks );
				return array(
					'rows'          => (int) $context['n_clients'],
					'median_s'      => round( $times[1], 2 ),
					'rows_per_s'    => (int) round( $context['n_clients'] / max( 1e-6, $times[1] ) ),
					'peak_extra_mb' => round( $peaks[1], 1 ),
					'peak_total_mb' => round( memory_get_peak_usage() / 1048576, 1 ),
					'file_mb'       => round( $bytes / 1048576, 1 ),
				);
			},
		);
	};
	return array(
		'CSV export of every client'               => $case( array() ),
		'CSV export of every client, by last name' => $case(
			array(
				'orderby' => 'last_name',
				'order'   => 'asc',
			)
		),
	);
};
