<?php
/**
 * Bench case: CSV import of as many rows as the site has clients (at most 100,000), MariaDB only.
 *
 * Runs scripts/bench/imports.php in its own PHP process against the bench database (the same
 * environment), so its peak memory is the import's alone: a French Windows-1252 file, batches of 500,
 * rows/s of the staging and of the batches. It adds that many clients: it runs after the list cases.
 * BENCH_IMPORT=0 leaves it out.
 *
 * @package Joolweb\SessionsPro
 */

// phpcs:disable WordPress.NamingConventions.PrefixAllGlobals -- A development script, run by hand.

return static function ( array $context ): array {
	if ( 'mariadb' !== $context['db_name'] || '0' === getenv( 'BENCH_IMPORT' ) ) {
		return array();
	}
	$rows = min( 100000, (int) $context['n_clients'] );
	return array(
		"CSV import of {$rows} rows" => array(
			'run' => static function () use ( $rows ): array {
				$script = escapeshellarg( __DIR__ . '/../imports.php' );
				$output = (string) shell_exec( 'php -d memory_limit=256M ' . $script . ' --json --rows=' . $rows . ' 2>&1' );
				$lines  = array_values( array_filter( explode( "\n", trim( $output ) ) ) );
				$result = json_decode( (string) end( $lines ), true );
				if ( ! is_array( $result ) ) {
					fwrite( STDERR, "CSV import failed:\n{$output}\n" );
					exit( 1 );
				}
				return $result;
			},
		),
	);
};
