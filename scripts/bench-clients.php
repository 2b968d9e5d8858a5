<?php
/**
 * Benchmark of the client list queries at scale (run through scripts/bench.sh).
 *
 * Seeds N clients (default 100,000; BENCH_CLIENTS) with their WordPress users and coach links by
 * bulk SQL, then times the repository's list queries and a full REST request: medians of 11 runs,
 * the admin Dashboard (GET /dashboard) with median and p95 of 60 runs, peak memory, and the index
 * MariaDB chose (EXPLAIN).
 *
 * @package Joolweb\SessionsPro
 */

// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL, WordPress.WP.GlobalVariablesOverride, WordPress.NamingConventions.PrefixAllGlobals -- A benchmark: bulk SQL into a throwaway database, run by hand.

use Joolweb\SessionsPro\Clients\Client_Accounts;
use Joolweb\SessionsPro\Clients\Client_Repository;
use Joolweb\SessionsPro\Plugin;
use Joolweb\SessionsPro\Support\Text;

global $wpdb;
require dirname( __DIR__ ) . '/tests/php/wp-tests-config.php';
$GLOBALS['wp_filter']['muplugins_loaded'][10]['joolwebsp_load'] = array(
	'function'      => static function () {
		require dirname( __DIR__ ) . '/joolweb-sessions-pro.php';
	},
	'accepted_args' => 0,
);
require_once ABSPATH . 'wp-settings.php';

$n_clients = getenv( 'BENCH_CLIENTS' ) ? (int) getenv( 'BENCH_CLIENTS' ) : 100000;
$n_coaches = 50;
$clients   = $wpdb->prefix . 'joolwebsp_clients';
$links     = $wpdb->prefix . 'joolwebsp_client_coaches';
$firsts    = array( 'Ana', 'Émile', 'brown', 'Lucía', 'Noah', 'Mia', 'Liam', 'Zoé', 'Oliver', 'Sofia', 'Yuki', 'Ben', 'Chloé', 'Hugo', 'Inès', 'Jules', 'Léa', 'Marc', 'Nina', 'Oscar' );
$lasts     = array( 'Zed', 'Durand', 'adams', 'García', 'Carter', 'Okafor', 'Schmidt', 'Martin', 'Brown', 'Rossi', 'Tanaka', 'Élie', 'Bernard', 'Petit', 'Moreau', 'Lefèvre', 'Roux', 'Fournier', 'Girard', 'Bonnet' );

$repository = new Client_Repository();
$t0         = microtime( true );
$wpdb->query( 'SET unique_checks = 0' );
$coach_ids = array();
for ( $c = 1; $c <= $n_coaches; $c++ ) {
	$coach_ids[] = wp_insert_user(
		array(
			'user_login' => "benchcoach{$c}",
			'user_pass'  => 'x',
			'user_email' => "benchcoach{$c}@example.org",
			'role'       => 'joolwebsp_coach',
		)
	);
}
$max_user = (int) $wpdb->get_var( "SELECT MAX(ID) FROM {$wpdb->users}" );
$now      = gmdate( 'Y-m-d H:i:s' );
for ( $start = 0; $start < $n_clients; $start += 2000 ) {
	$users  = array();
	$rows   = array();
	$link   = array();
	$tokens = array();
	$end    = min( $n_clients, $start + 2000 );
	for ( $i = $start; $i < $end; $i++ ) {
		$user_id          = $max_user + 1 + $i;
		$first            = $firsts[ $i % 20 ] . ( $i % 7 ? '' : 'ne' );
		$last             = $lasts[ intdiv( $i, 20 ) % 20 ] . ( intdiv( $i, 400 ) % 3 ? '' : 'son' );
		$email            = "client{$i}@example.org";
		$phone            = sprintf( '+33 6 %02d %02d %02d %02d', $i % 97, $i % 89, $i % 83, $i % 79 );
		$created          = gmdate( 'Y-m-d H:i:s', strtotime( '2024-01-01' ) + $i * 300 );
		$users[]          = $wpdb->prepare( '(%d, %s, %s, %s, %s, %s, %s)', $user_id, "client{$i}", 'x', "client{$i}", $email, $created, "{$first} {$last}" );
		$rows[]           = $wpdb->prepare(
			'(%d, %d, %s, %s, %s, %s, %s, %s, %d, %s, %s)',
			$i + 1,
			$user_id,
			$first,
			$last,
			$email,
			$phone,
			Text::fold( $first ),
			Text::fold( $last ),
			1,
			$created,
			$created
		);
		$link[]           = $wpdb->prepare( '(%d, %d, 1, 0, %s)', $i + 1, $coach_ids[ $i % $n_coaches ], $now );
		$tokens[ $i + 1 ] = Text::tokens( $first, $last, $email, $phone );
	}
	$wpdb->query( "INSERT INTO {$wpdb->users} (ID, user_login, user_pass, user_nicename, user_email, user_registered, display_name) VALUES " . implode( ',', $users ) );
	$wpdb->query( "INSERT INTO {$clients} (id, user_id, first_name, last_name, email, phone, sort_first_name, sort_last_name, created_by, created_at_gmt, updated_at_gmt) VALUES " . implode( ',', $rows ) );
	$repository->write_tokens( $tokens );
	$wpdb->query( "INSERT INTO {$links} (client_id, coach_id, is_assigned, session_count, assigned_at_gmt) VALUES " . implode( ',', $link ) );
}
// Sessions: BENCH_SESSIONS per client (default 10, so 1,000,000 for 100,000 clients), ±1 year around now.
$per_client = getenv( 'BENCH_SESSIONS' ) ? (int) getenv( 'BENCH_SESSIONS' ) : 10;
$sessions   = $wpdb->prefix . 'joolwebsp_sessions';
$statuses   = array( 'completed', 'completed', 'booked', 'cancelled', 'booked' );
$payments   = array( 'paid', 'pending', 'pending', 'cancelled', 'paid' );
$batch      = array();
$now_ts     = time();
for ( $i = 0; $i < $n_clients; $i++ ) {
	for ( $k = 0; $k < $per_client; $k++ ) {
		$start   = gmdate( 'Y-m-d H:i:s', $now_ts + ( ( $i * 7 + $k * 37 ) % 730 - 365 ) * 86400 + ( $k % 10 ) * 3600 );
		$batch[] = $wpdb->prepare(
			"(%d, %d, %s, %s, 60, 'Studio', '', 6000, 'EUR', %s, %s, '', 1, %s, %s)",
			$i + 1,
			$coach_ids[ $i % $n_coaches ],
			'Session',
			$start,
			$statuses[ $k % 5 ],
			$payments[ $k % 5 ],
			$now,
			$now
		);
		if ( count( $batch ) >= 5000 ) {
			$wpdb->query( "INSERT INTO {$sessions} (client_id, coach_id, title, start_gmt, duration_minutes, location, video_url, price_cents, currency, status, payment_status, notes, created_by, created_at_gmt, updated_at_gmt) VALUES " . implode( ',', $batch ) );
			$batch = array();
		}
	}
}
if ( $batch ) {
	$wpdb->query( "INSERT INTO {$sessions} (client_id, coach_id, title, start_gmt, duration_minutes, location, video_url, price_cents, currency, status, payment_status, notes, created_by, created_at_gmt, updated_at_gmt) VALUES " . implode( ',', $batch ) );
}
$wpdb->query( "UPDATE {$links} SET session_count = {$per_client}" );
$wpdb->query( "ANALYZE TABLE {$clients}, {$links}, {$wpdb->users}, {$sessions}" );
printf(
	"Seeded %s clients, %d coaches, %s sessions in %.1f s\n\n",
	number_format( $n_clients ),
	$n_coaches,
	number_format( (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$sessions}" ) ),
	microtime( true ) - $t0
);

if ( getenv( 'BENCH_SEED_ONLY' ) ) {
	return;
	// Leave the seeded database for profiling by hand.
}

$repo     = Plugin::instance()->get( Client_Repository::class );
$accounts = new Client_Accounts();
$coach    = $coach_ids[0];
$median   = static function ( callable $fn ): float {
	$times = array();
	for ( $r = 0; $r < 11; $r++ ) {
		$start = hrtime( true );
		$fn();
		$times[] = ( hrtime( true ) - $start ) / 1e6;
	}
	sort( $times );
	return $times[5];
};
$cases    = array(
	'list, last name asc, page 1'      => array( 'orderby' => 'last_name' ),
	'list, last name asc, page 2000'   => array(
		'orderby' => 'last_name',
		'page'    => 2000,
	),
	'list, first name desc, page 1'    => array(
		'orderby' => 'first_name',
		'order'   => 'desc',
	),
	'list, email asc, page 1'          => array( 'orderby' => 'email' ),
	'list, created desc, page 1'       => array(
		'orderby' => 'created_at',
		'order'   => 'desc',
	),
	'search "lucia garc"'              => array( 'search' => 'lucia garc' ),
	'search "client9999"'              => array( 'search' => 'client9999' ),
	'coach-scoped, last name, page 1'  => array( 'reach_coach_id' => $coach ),
	'coach-scoped, search "mart"'      => array(
		'reach_coach_id' => $coach,
		'search'         => 'mart',
	),
	'admin coach filter, created desc' => array(
		'coach_id' => $coach,
		'orderby'  => 'created_at',
		'order'    => 'desc',
	),
);
printf( "%-36s %10s %8s\n", 'query (20 per page)', 'median ms', 'total' );
foreach ( $cases as $label => $args ) {
	$total = 0;
	$ms    = $median(
		static function () use ( $repo, $args, &$total ) {
			$total = $repo->query( $args )['total'];
		}
	);
	printf( "%-36s %10.2f %8d\n", $label, $ms, $total );
}
wp_set_current_user( 1 );
$ms = $median(
	static function () {
		$request = new WP_REST_Request( 'GET', '/joolwebsp/v1/clients' );
		$request->set_query_params( array( 'search' => 'ana' ) );
		rest_get_server()->dispatch( $request );
	}
);
printf( "%-36s %10.2f\n", 'REST GET /clients?search=ana (admin)', $ms );
$ms = $median( static fn() => $accounts->email_in_use( 'CLIENT77777@example.org' ) );
printf( "%-36s %10.2f\n", 'email_in_use (indexed, any case)', $ms );
$ms = $median( static fn() => $repo->find( 54321 ) );
printf( "%-36s %10.2f\n", 'find one client', $ms );

$session_repo  = Plugin::instance()->get( \Joolweb\SessionsPro\Sessions\Session_Repository::class );
$now_gmt       = current_time( 'mysql', true );
$session_cases = array(
	'sessions, all, start desc, page 1' => array( 'order' => 'desc' ),
	'sessions, coach-scoped, page 1'    => array(
		'scope_coach_id' => $coach,
		'order'          => 'desc',
	),
	'sessions, coach + status + month'  => array(
		'scope_coach_id' => $coach,
		'status'         => 'booked',
		'after'          => gmdate( 'Y-m-d H:i:s', $now_ts ),
		'before'         => gmdate( 'Y-m-d H:i:s', $now_ts + 30 * 86400 ),
	),
	'client overview, upcoming page'    => array(
		'client_id' => 54321,
		'timeline'  => 'upcoming',
		'now'       => $now_gmt,
	),
);
foreach ( $session_cases as $label => $args ) {
	$total = 0;
	$ms    = $median(
		static function () use ( $session_repo, $args, &$total ) {
			$total = $session_repo->query( $args )['total'];
		}
	);
	printf( "%-36s %10.2f %8d\n", $label, $ms, $total );
}
$ms = $median( static fn() => $session_repo->client_totals( 54321, $now_gmt ) );
printf( "%-36s %10.2f\n", 'client KPIs (one aggregate query)', $ms );
$ms = $median( static fn() => $session_repo->next_starts( range( 1000, 1019 ), $now_gmt ) );
printf( "%-36s %10.2f\n", 'next sessions of a 20-client page', $ms );
wp_set_current_user( 1 );
$ms = $median(
	static function () {
		rest_get_server()->dispatch( new WP_REST_Request( 'GET', '/joolwebsp/v1/clients/54321/overview' ) );
	}
);
printf( "%-36s %10.2f\n", 'REST GET /clients/{id}/overview', $ms );
// Dashboard: 60 full REST requests each (admin, every coach; one coach), median and p95; with its
// figures kept (the default: after the first request they come from a transient until a write), and
// with nothing kept (every figure computed on every request).
$percentiles = static function ( callable $fn, int $runs = 60 ): array {
	$times = array();
	$fn();
	for ( $r = 0; $r < $runs; $r++ ) {
		$start = hrtime( true );
		$fn();
		$times[] = ( hrtime( true ) - $start ) / 1e6;
	}
	sort( $times );
	return array( $times[ intdiv( $runs, 2 ) ], $times[ (int) ceil( 0.95 * $runs ) - 1 ] );
};
$dashboard   = static function (): void {
	$response = rest_get_server()->dispatch( new WP_REST_Request( 'GET', '/joolwebsp/v1/dashboard' ) );
	if ( 200 !== $response->get_status() ) {
		throw new RuntimeException( 'dashboard: ' . $response->get_status() );
	}
};
printf( "\n%-36s %10s %8s %8s\n", 'dashboard (REST, 60 runs)', 'median ms', 'p95 ms', 'queries' );
// "kept, fresh request": the object cache emptied before each request, as on a site without a
// persistent object cache (options and transients read from the database again).
$fresh = static function () use ( $dashboard ): void {
	wp_cache_flush();
	$dashboard();
};
$modes = array(
	'kept'                => array( null, $dashboard ),
	'kept, fresh request' => array( null, $fresh ),
	'computed'            => array( '__return_zero', $fresh ),
);
foreach ( $modes as $mode => $spec ) {
	list( $filter, $run ) = $spec;
	if ( $filter ) {
		add_filter( 'joolwebsp_dashboard_cache_ttl', $filter );
	}
	foreach ( array(
		"admin, all coaches, {$mode}" => 1,
		"coach, {$mode}"              => $coach,
	) as $label => $user ) {
		wp_set_current_user( $user );
		$run();
		$q0 = get_num_queries();
		$run();
		$queries           = get_num_queries() - $q0;
		list( $p50, $p95 ) = $percentiles( $run );
		printf( "%-36s %10.2f %8.2f %8d\n", $label, $p50, $p95, $queries );
	}
	if ( $filter ) {
		remove_filter( 'joolwebsp_dashboard_cache_ttl', $filter );
	}
}
$counts = Plugin::instance()->get( \Joolweb\SessionsPro\Dashboard\Dashboard::class )->for_user( 1, $now_gmt );
printf(
	"  (admin figures: %d today, %d past still booked, %d completed unpaid = %s, %d without login details)\n",
	$counts['today']['total'] ?? 0,
	$counts['alerts']['past_booked']['total'] ?? 0,
	$counts['alerts']['pending_payments']['total'] ?? 0,
	\Joolweb\SessionsPro\Sessions\Money::format( $counts['alerts']['pending_payments']['amount_cents'] ?? 0 ),
	$counts['alerts']['clients_without_login']['count'] ?? 0
);

printf( "\nPeak memory: %.1f MB\n\nEXPLAIN (key chosen):\n", memory_get_peak_usage( true ) / 1048576 );
foreach (
	array(
		'last name page'             => "SELECT c.* FROM {$clients} c WHERE 1=1 ORDER BY c.sort_last_name ASC, c.sort_first_name ASC, c.id ASC LIMIT 20 OFFSET 0",
		'created desc'               => "SELECT c.* FROM {$clients} c WHERE 1=1 ORDER BY c.created_at_gmt DESC, c.id DESC LIMIT 20 OFFSET 0",
		'coach scope'                => $wpdb->prepare( "SELECT c.* FROM {$clients} c INNER JOIN {$links} cc ON cc.client_id = c.id AND cc.coach_id = %d WHERE 1=1 ORDER BY c.sort_last_name ASC LIMIT 20", $coach ),
		'email_in_use'               => "SELECT ID FROM {$wpdb->users} WHERE user_email = 'client77777@example.org' LIMIT 1",
		'dash: unpaid'               => "SELECT COUNT(*), SUM(price_cents) FROM {$sessions} WHERE payment_status = 'pending' AND status = 'completed' AND price_cents > 0",
		'dash: past'                 => $wpdb->prepare( "SELECT id FROM {$sessions} WHERE payment_status IN ('pending','paid','refunded','cancelled') AND status = 'booked' AND start_gmt < %s LIMIT 1000", $now_gmt ),
		'dash: revenue'              => $wpdb->prepare( "SELECT SUM(price_cents) FROM {$sessions} WHERE payment_status = 'paid' AND status IN ('booked','completed','cancelled','available') AND start_gmt >= %s AND start_gmt < %s", gmdate( 'Y-m-01 00:00:00', $now_ts - 40 * 86400 ), gmdate( 'Y-m-01 00:00:00', $now_ts + 20 * 86400 ) ),
		'dash: coach'                => $wpdb->prepare( "SELECT COUNT(*), SUM(price_cents) FROM {$sessions} WHERE payment_status = 'pending' AND status = 'completed' AND price_cents > 0 AND coach_id = %d", $coach ),
		'dash: no login'             => "SELECT id FROM {$clients} WHERE login_sent_at_gmt IS NULL LIMIT 1000",
		'list: booked, past, newest' => $wpdb->prepare( "SELECT * FROM {$sessions} WHERE 1=1 AND status = 'booked' AND start_gmt < %s ORDER BY start_gmt DESC, id DESC LIMIT 20", $now_gmt ),
		'list: coach, newest'        => $wpdb->prepare( "SELECT * FROM {$sessions} WHERE 1=1 AND coach_id = %d ORDER BY start_gmt DESC, id DESC LIMIT 20", $coach ),
	) as $label => $sql
) {
	$plan = $wpdb->get_results( 'EXPLAIN ' . $sql );
	printf( "  %-16s %s\n", $label, implode( ' | ', array_map( static fn( $p ) => "{$p->table}: " . ( $p->key ?? 'none' ) . " ({$p->rows} rows" . ( get_object_vars( $p )['Extra'] ? ', ' . get_object_vars( $p )['Extra'] : '' ) . ')', $plan ) ) );
}
