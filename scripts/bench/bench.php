<?php
/**
 * `npm run bench` (through bench.sh): times the REST routes on a seeded site, against the WordPress way.
 *
 * Each case is a full `rest_do_request()`, timed around that call only, after the object cache was
 * emptied (as at the start of a real request): 3 warm-up requests, then BENCH_RUNS (default 50);
 * median and p95. The baseline is the same client list done the WordPress way (WP_User_Query on the
 * client role, search over the user fields, sorted by the last_name meta), each query capped at 5 s
 * (MariaDB max_statement_time; on SQLite a run over 5 s stops that case), at most BENCH_BASELINE_BUDGET
 * seconds per case (at least 5 runs).
 *
 * More cases: every `scripts/bench/cases/*.php` returns a callable( array $context ): array of
 * name => array( 'run' => callable, 'runs' => int, 'extra' => callable|null ) (see README, Performance).
 *
 * Writes bench/results/<date>-<db>.json (one entry per size, merged with earlier sizes of the same
 * day) and prints a table.
 *
 * @package Joolweb\SessionsPro
 */

// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL, WordPress.WP.GlobalVariablesOverride, WordPress.PHP.DisallowShortTernary, WordPress.NamingConventions.PrefixAllGlobals, WordPress.WP.AlternativeFunctions -- A development script, run by hand on a throwaway database.

require __DIR__ . '/wordpress.php';
global $wpdb;

$db_name   = defined( 'DB_ENGINE' ) && 'sqlite' === DB_ENGINE ? 'sqlite' : 'mariadb';
$runs      = max( 5, (int) ( getenv( 'BENCH_RUNS' ) ?: 50 ) );
$budget    = (float) ( getenv( 'BENCH_BASELINE_BUDGET' ) ?: 15 );
$clients_t = $wpdb->prefix . 'joolwebsp_clients';
$n_clients = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$clients_t}" );
$n_sess    = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->prefix}joolwebsp_sessions" );
$coach     = get_user_by( 'login', 'coach1' );
if ( ! $coach || $n_clients < 1 ) {
	fwrite( STDERR, "The site is not seeded (npm run seed).\n" );
	exit( 1 );
}
$coach_id = (int) $coach->ID;
$admin_id = 1;
$rare     = (string) $wpdb->get_var( $wpdb->prepare( "SELECT email FROM {$clients_t} WHERE id = %d", max( 1, (int) ( $n_clients * 0.77 ) ) ) );
$rare     = (string) preg_replace( '/^.*[.]/', '', strstr( $rare, '@', true ) ?: $rare );
$monday   = gmdate( 'Y-m-d\T00:00:00', strtotime( 'monday this week' ) );
$next_mon = gmdate( 'Y-m-d\T00:00:00', strtotime( 'monday next week' ) );

/**
 * Median and p95 of a sorted list of times.
 *
 * @param list<float> $times Milliseconds.
 * @return array{median: float, p95: float, n: int}
 */
$stats = static function ( array $times ): array {
	sort( $times );
	$n = count( $times );
	return array(
		'median' => round( $n % 2 ? $times[ intdiv( $n, 2 ) ] : ( $times[ $n / 2 - 1 ] + $times[ $n / 2 ] ) / 2, 2 ),
		'p95'    => round( $times[ max( 0, (int) ceil( 0.95 * $n ) - 1 ) ], 2 ),
		'n'      => $n,
	);
};

/**
 * A REST request as a user; the timed callable returns the response.
 *
 * @param string               $method Method.
 * @param string               $route  Route.
 * @param array<string, mixed> $params Query or body parameters.
 * @param int                  $user   User.
 */
$rest = static function ( string $method, string $route, array $params, int $user ) {
	return static function () use ( $method, $route, $params, $user ) {
		wp_set_current_user( $user );
		$request = new WP_REST_Request( $method, $route );
		if ( 'GET' === $method ) {
			$request->set_query_params( $params );
		} else {
			$request->set_body_params( is_callable( $params['body'] ?? null ) ? $params['body']() : $params );
		}
		return $request;
	};
};

$client_list = array(
	'clients: page 1 (last name)'      => array(),
	'clients: first name asc'          => array( 'orderby' => 'first_name' ),
	'clients: last name desc'          => array( 'order' => 'desc' ),
	'clients: email asc'               => array( 'orderby' => 'email' ),
	'clients: created desc'            => array(
		'orderby' => 'created_at',
		'order'   => 'desc',
	),
	'clients: deep page 2000'          => array( 'page' => 2000 ),
	'clients: search common "ana"'     => array( 'search' => 'ana' ),
	'clients: search common "durand"'  => array( 'search' => 'durand' ),
	'clients: search "lucia garc"'     => array( 'search' => 'lucia garc' ),
	"clients: search rare \"{$rare}\"" => array( 'search' => $rare ),
	'clients: search no match "zzyzx"' => array( 'search' => 'zzyzx' ),
);
$cases       = array();
foreach ( $client_list as $name => $params ) {
	$cases[ $name ] = array(
		'request'  => $rest( 'GET', '/joolwebsp/v1/clients', $params + array( 'per_page' => 20 ), $admin_id ),
		'baseline' => $params,
	);
}
if ( ( 2000 - 1 ) * 20 >= $n_clients ) {
	$deep                                  = max( 1, intdiv( $n_clients, 20 ) - 5 );
	$cases[ "clients: deep page {$deep}" ] = $cases['clients: deep page 2000'];
	$cases[ "clients: deep page {$deep}" ]['request']  = $rest( 'GET', '/joolwebsp/v1/clients', array( 'page' => $deep ), $admin_id );
	$cases[ "clients: deep page {$deep}" ]['baseline'] = array( 'page' => $deep );
	unset( $cases['clients: deep page 2000'] );
}
$cases += array(
	'coach: clients page 1'          => array( 'request' => $rest( 'GET', '/joolwebsp/v1/clients', array(), $coach_id ) ),
	'coach: clients search "mart"'   => array( 'request' => $rest( 'GET', '/joolwebsp/v1/clients', array( 'search' => 'mart' ), $coach_id ) ),
	'sessions: page 1 (admin)'       => array( 'request' => $rest( 'GET', '/joolwebsp/v1/sessions', array(), $admin_id ) ),
	'sessions: coach\'s week'        => array(
		'request' => $rest(
			'GET',
			'/joolwebsp/v1/sessions',
			array(
				'after'    => $monday,
				'before'   => $next_mon,
				'per_page' => 100,
			),
			$coach_id
		),
	),
	'dashboard (admin)'              => array( 'request' => $rest( 'GET', '/joolwebsp/v1/dashboard', array(), $admin_id ) ),
	'dashboard (coach)'              => array( 'request' => $rest( 'GET', '/joolwebsp/v1/dashboard', array(), $coach_id ) ),
	'client overview (200 sessions)' => array( 'request' => $rest( 'GET', '/joolwebsp/v1/clients/1/overview', array(), $admin_id ) ),
	'client finances (200 sessions)' => array( 'request' => $rest( 'GET', '/joolwebsp/v1/clients/1/finances', array(), $admin_id ) ),
	'POST /clients'                  => array(
		'request' => $rest(
			'POST',
			'/joolwebsp/v1/clients',
			array(
				'body' => static function (): array {
					static $n = 0;
					++$n;
					return array(
						'first_name' => 'Bénédicte',
						'last_name'  => 'Bench' . $n,
						'email'      => 'bench-post-' . $n . '-' . getmypid() . '@example.org',
						'phone'      => '+33 6 00 00 00 00',
					);
				},
			),
			$admin_id
		),
	),
);

/**
 * The WordPress way: WP_User_Query for the same list (page of 20 + total).
 *
 * @param array<string, mixed> $params Our list parameters.
 */
$baseline_query      = static function ( array $params ): WP_User_Query {
	$orderby = $params['orderby'] ?? 'last_name';
	$args    = array(
		'role'        => 'joolwebsp_client',
		'number'      => 20,
		'paged'       => $params['page'] ?? 1,
		'order'       => strtoupper( $params['order'] ?? 'asc' ),
		'count_total' => true,
		'fields'      => 'all',
	);
	if ( in_array( $orderby, array( 'last_name', 'first_name' ), true ) ) {
		$args['meta_key'] = $orderby; // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_key -- The WordPress way, measured.
		$args['orderby']  = 'meta_value';
	} else {
		$args['orderby'] = 'email' === $orderby ? 'email' : 'registered';
	}
	if ( isset( $params['search'] ) ) {
		$args['search']         = '*' . $params['search'] . '*';
		$args['search_columns'] = array( 'user_login', 'user_email', 'user_nicename', 'display_name' );
	}
	$query = new WP_User_Query( $args );
	$query->get_total();
	return $query;
};
$cap_filter          = static fn( string $sql ): string => 'mariadb' === $GLOBALS['bench_db'] && preg_match( '/^\s*SELECT/i', $sql ) ? 'SET STATEMENT max_statement_time=5 FOR ' . $sql : $sql;
$GLOBALS['bench_db'] = $db_name;

// Extra cases (import/export…), each file: return static function ( array $context ): array.
$context = compact( 'db_name', 'n_clients', 'n_sess', 'coach_id', 'admin_id', 'runs' );
$extra   = array();
foreach ( glob( __DIR__ . '/cases/*.php' ) ?: array() as $file ) {
	$make = require $file;
	if ( is_callable( $make ) ) {
		$extra += $make( $context );
	}
}

$results = array();
$load    = sys_getloadavg();
printf( "\n%s, %s clients, %s sessions, %d runs per case\n", 'sqlite' === $db_name ? 'SQLite' : 'MariaDB', number_format( $n_clients ), number_format( $n_sess ), $runs );
printf( "%-40s %9s %9s %7s %11s %11s %8s\n", 'case', 'median ms', 'p95 ms', 'queries', 'WP median', 'WP p95', 'ratio' );
foreach ( $cases as $name => $case ) {
	$times   = array();
	$queries = 0;
	$status  = 0;
	for ( $r = -3; $r < $runs; $r++ ) {
		wp_cache_flush();
		$request = $case['request']();
		$q0      = get_num_queries();
		$start   = hrtime( true );
		$resp    = rest_do_request( $request );
		$elapsed = ( hrtime( true ) - $start ) / 1e6;
		$status  = $resp->get_status();
		if ( $status >= 300 ) {
			fwrite( STDERR, "{$name}: HTTP {$status} " . wp_json_encode( $resp->get_data() ) . "\n" );
			exit( 1 );
		}
		if ( $r >= 0 ) {
			$times[] = $elapsed;
			$queries = get_num_queries() - $q0;
		}
	}
	$ours = $stats( $times ) + array(
		'queries' => $queries,
		'total'   => (int) ( $resp->get_headers()['X-WP-Total'] ?? 0 ),
	);
	$base = null;
	if ( isset( $case['baseline'] ) ) {
		$btimes  = array();
		$spent   = 0.0;
		$timeout = false;
		$errors  = 0;
		add_filter( 'query', $cap_filter );
		for ( $r = -1; $r < $runs && ( $r < 5 || $spent < $budget ); $r++ ) {
			wp_cache_flush();
			$wpdb->last_error = '';
			$start            = hrtime( true );
			$baseline_query( $case['baseline'] );
			$elapsed = ( hrtime( true ) - $start ) / 1e6;
			if ( $elapsed >= 5000 || str_contains( (string) $wpdb->last_error, 'max_statement_time' ) || str_contains( (string) $wpdb->last_error, 'interrupted' ) ) {
				$timeout = true;
				break;
			}
			if ( '' !== (string) $wpdb->last_error ) {
				++$errors;
			}
			if ( $r >= 0 ) {
				$btimes[] = $elapsed;
				$spent   += $elapsed / 1000;
			}
		}
		remove_filter( 'query', $cap_filter );
		$base = $timeout ? array(
			'timeout' => true,
			'median'  => 5000,
			'p95'     => 5000,
			'n'       => count( $btimes ),
		) : $stats( $btimes ?: array( 0.0 ) ) + array( 'errors' => $errors );
	}
	$ratio            = $base ? round( $base['median'] / max( 0.01, $ours['median'] ), 1 ) : null;
	$results[ $name ] = array(
		'ours'     => $ours,
		'baseline' => $base,
		'ratio'    => $ratio,
	);
	printf(
		"%-40s %9.2f %9.2f %7d %11s %11s %8s%s\n",
		$name,
		$ours['median'],
		$ours['p95'],
		$ours['queries'],
		$base ? ( ! empty( $base['timeout'] ) ? '>5000' : sprintf( '%.1f', $base['median'] ) ) : '-',
		$base ? ( ! empty( $base['timeout'] ) ? '>5000' : sprintf( '%.1f', $base['p95'] ) ) : '-',
		null === $ratio ? '-' : ( ! empty( $base['timeout'] ) ? '>' : '' ) . $ratio . '×',
		$ours['p95'] > 20 && ! str_starts_with( $name, 'POST' ) ? '  over 20 ms' : ''
	);
}
foreach ( $extra as $name => $case ) {
	$results[ $name ] = $case['run']();
	printf( "%-40s %s\n", $name, wp_json_encode( $results[ $name ] ) );
}

$cpu  = is_readable( '/proc/cpuinfo' ) && preg_match( '/model name\s*:\s*(.+)/', (string) file_get_contents( '/proc/cpuinfo' ), $m ) ? trim( $m[1] ) : php_uname( 'm' );
$dir  = dirname( __DIR__, 2 ) . '/bench/results';
$file = $dir . '/' . gmdate( 'Y-m-d' ) . '-' . $db_name . '.json';
wp_mkdir_p( $dir );
$all                                 = is_readable( $file ) ? (array) json_decode( (string) file_get_contents( $file ), true ) : array();
$all                                 = array_merge(
	$all,
	array(
		'db'      => 'sqlite' === $db_name ? 'SQLite ' . ( class_exists( 'SQLite3' ) ? SQLite3::version()['versionString'] : '' ) . ' (sqlite-database-integration)' : 'MariaDB ' . $wpdb->db_server_info(),
		'php'     => PHP_VERSION,
		'wp'      => get_bloginfo( 'version' ),
		'machine' => array(
			'cpu'   => $cpu,
			'cores' => (int) trim( (string) shell_exec( 'nproc' ) ),
			'os'    => php_uname( 's' ) . ' ' . php_uname( 'r' ),
			'load'  => 'load average (1 min) at start ' . round( (float) ( $load[0] ?? 0 ), 1 ) . ', at end ' . round( (float) ( sys_getloadavg()[0] ?? 0 ), 1 ),
		),
		'method'  => "rest_do_request() timed alone, object cache emptied before each request; 3 warm-up then {$runs} runs; baseline WP_User_Query capped at 5 s per query",
	)
);
$all['sizes'][ (string) $n_clients ] = array(
	'clients'  => $n_clients,
	'sessions' => $n_sess,
	'runs'     => $runs,
	'at'       => gmdate( 'c' ),
	'cases'    => $results,
);
file_put_contents( $file, wp_json_encode( $all, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ) . "\n" );
printf( "\nWritten to %s (peak memory %.0f MB)\n", substr( $file, strlen( dirname( __DIR__, 2 ) ) + 1 ), memory_get_peak_usage( true ) / 1048576 );
