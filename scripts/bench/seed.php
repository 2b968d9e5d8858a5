<?php
/**
 * `npm run seed -- --clients 100000 --sessions 1000000 --coaches 50`: fills the bench site in bulk.
 *
 * Coaches are created with wp_insert_user(); clients (their WordPress users with the client role and
 * first/last name meta, the client rows, coach links and search tokens through
 * Client_Repository::write_tokens()) and sessions are written in multi-row statements inside
 * transactions. The row counters are reset afterwards (the next read counts once). The data is
 * deterministic (seeded generator): French and international names with accents, realistic emails and
 * phones, 50 coaches sharing the clients, and client 1 with 200 sessions (the overview/finances case).
 *
 * Arguments come from the environment (bench.sh passes them): SEED_CLIENTS, SEED_SESSIONS, SEED_COACHES.
 *
 * @package Joolweb\SessionsPro
 */

// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL, WordPress.WP.GlobalVariablesOverride, WordPress.PHP.DisallowShortTernary, WordPress.NamingConventions.PrefixAllGlobals, WordPress.WP.AlternativeFunctions.rand_mt_rand, WordPress.WP.AlternativeFunctions.rand_seeding_mt_srand -- A development script, run by hand on a throwaway database.

use Joolweb\SessionsPro\Clients\Client_Repository;
use Joolweb\SessionsPro\Database\Counters;
use Joolweb\SessionsPro\Plugin;
use Joolweb\SessionsPro\Sessions\Session_Repository;
use Joolweb\SessionsPro\Support\Text;

require __DIR__ . '/wordpress.php';
global $wpdb;

$n_clients  = max( 1, (int) ( getenv( 'SEED_CLIENTS' ) ?: 100000 ) );
$n_sessions = max( 0, (int) ( getenv( 'SEED_SESSIONS' ) ?: $n_clients * 10 ) );
$n_coaches  = max( 1, (int) ( getenv( 'SEED_COACHES' ) ?: 50 ) );
$is_sqlite  = defined( 'DB_ENGINE' ) && 'sqlite' === DB_ENGINE;
$batch_rows = $is_sqlite ? 500 : 2000;

mt_srand( 13 );
$firsts  = array( 'Émile', 'Léa', 'Chloé', 'Zoé', 'Inès', 'Hélène', 'Jérôme', 'François', 'Gaëlle', 'Noël', 'Anaïs', 'Loïc', 'Céline', 'Amélie', 'Mathéo', 'Raphaël', 'Thaïs', 'Maëlle', 'Jules', 'Hugo', 'Louis', 'Gabriel', 'Arthur', 'Lucas', 'Adam', 'Nathan', 'Camille', 'Manon', 'Sarah', 'Julie', 'Pauline', 'Marie', 'Anne', 'Claire', 'Nicolas', 'Pierre', 'Thomas', 'Antoine', 'Julien', 'Sophie', 'Ana', 'Anabel', 'Lucía', 'José', 'María', 'Sofía', 'Jürgen', 'Björn', 'Søren', 'Yuki', 'Noah', 'Mia', 'Liam', 'Oliver', 'Emma', 'Olivia', 'Ben', 'Marc', 'Nina', 'Oscar' );
$lasts   = array( 'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Lefebvre', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry', 'Roussel', 'Nicolas', 'Perrin', 'Morin', 'Mathieu', 'Clément', 'Gauthier', 'Dumont', 'Lopez', 'Fontaine', 'Chevalier', 'Robin', 'Masson', 'Sánchez', 'Gérard', 'Nguyen', 'Boyer', 'Denis', 'Lemaire', 'Duval', 'Joly', 'Gautier', 'Roger', 'Roche', 'Roy', 'Noël', 'Meyer', 'Lucas', 'Meunier', 'Jean', 'Pérez', 'Marchand', 'Dufour', 'Blanchard', 'Gillet', 'Barbier', 'Brun', 'Dumas', 'Brunet', 'Schmitt', 'Leroux', 'Colin', 'Fernández', 'Pierre', 'Renard', 'Arnaud', 'Rolland', 'Caron', 'Aubert', 'Giraud', 'Leclerc', 'Vidal', 'Bourgeois', 'Renaud', 'Lemoine', 'Picard', 'Gaillard', 'Philippe', 'Leclercq', 'Lacroix', 'Fabre', 'García', 'Müller', 'Schäfer', "O'Brien", 'Da Silva', 'Le Gall', 'Tanaka', 'Okafor', 'Rossi', 'Kowalski', 'Østergaard' );
$domains = array( 'gmail.com', 'orange.fr', 'free.fr', 'laposte.net', 'outlook.fr', 'yahoo.fr', 'sfr.fr', 'proton.me', 'icloud.com', 'hotmail.com' );
$titles  = array( 'Séance individuelle', 'Bilan', 'Suivi', 'Coaching', 'Première séance', 'Session' );

$t0         = microtime( true );
$clients    = $wpdb->prefix . 'joolwebsp_clients';
$links      = $wpdb->prefix . 'joolwebsp_client_coaches';
$sessions   = $wpdb->prefix . 'joolwebsp_sessions';
$repo       = Plugin::instance()->get( Client_Repository::class );
$cap_key    = $wpdb->prefix . 'capabilities';
$client_cap = serialize( array( 'joolwebsp_client' => true ) ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.serialize_serialize -- The format WordPress stores.
if ( ! $is_sqlite ) {
	$wpdb->query( 'SET unique_checks = 0' );
}

// The coaches' passwords are hashed at the lowest bcrypt cost: a seed, not a login speed test.
add_filter( 'wp_hash_password_options', static fn(): array => array( 'cost' => 4 ) );
$coach_ids = array();
for ( $c = 1; $c <= $n_coaches; $c++ ) {
	$coach_ids[] = (int) wp_insert_user(
		array(
			'user_login' => "coach{$c}",
			'user_pass'  => 'password',
			'user_email' => "coach{$c}@example.org",
			'first_name' => $firsts[ $c % count( $firsts ) ],
			'last_name'  => $lasts[ ( $c * 7 ) % count( $lasts ) ],
			'role'       => 'joolwebsp_coach',
		)
	);
}
$max_user = (int) $wpdb->get_var( "SELECT MAX(ID) FROM {$wpdb->users}" );
$max_meta = (int) $wpdb->get_var( "SELECT MAX(umeta_id) FROM {$wpdb->usermeta}" );
$now      = gmdate( 'Y-m-d H:i:s' );
$base_ts  = strtotime( '2023-01-01' );
$span     = max( 1, time() - $base_ts );

for ( $start = 0; $start < $n_clients; $start += $batch_rows ) {
	$users  = array();
	$meta   = array();
	$rows   = array();
	$link   = array();
	$tokens = array();
	$end    = min( $n_clients, $start + $batch_rows );
	for ( $i = $start; $i < $end; $i++ ) {
		$id            = $i + 1;
		$user_id       = $max_user + $id;
		$first         = $firsts[ mt_rand( 0, count( $firsts ) - 1 ) ];
		$last          = $lasts[ mt_rand( 0, count( $lasts ) - 1 ) ];
		$local         = trim( (string) preg_replace( '/[^a-z0-9]+/', '.', Text::fold( $first . '.' . $last ) ), '.' );
		$email         = $local . ( $id > 50 ? $id : '' ) . '@' . $domains[ $id % count( $domains ) ];
		$phone         = 0 === $id % 5 ? '' : sprintf( '+33 6 %02d %02d %02d %02d', mt_rand( 0, 99 ), mt_rand( 0, 99 ), mt_rand( 0, 99 ), mt_rand( 0, 99 ) );
		$created       = gmdate( 'Y-m-d H:i:s', $base_ts + (int) ( $span * $i / $n_clients ) );
		$login         = "client{$id}";
		$users[]       = $wpdb->prepare( '(%d, %s, %s, %s, %s, %s, %s)', $user_id, $login, '$P$Bbench', $login, $email, $created, "{$first} {$last}" );
		$m             = $max_meta + ( $id - 1 ) * 3;
		$meta[]        = $wpdb->prepare( '(%d, %d, %s, %s), (%d, %d, %s, %s), (%d, %d, %s, %s)', $m + 1, $user_id, $cap_key, $client_cap, $m + 2, $user_id, 'first_name', $first, $m + 3, $user_id, 'last_name', $last );
		$rows[]        = $wpdb->prepare( '(%d, %d, %s, %s, %s, %s, %s, %s, %d, %s, %s)', $id, $user_id, $first, $last, $email, $phone, Text::fold( $first ), Text::fold( $last ), 1, $created, $created );
		$link[]        = $wpdb->prepare( '(%d, %d, 1, 0, %s)', $id, $coach_ids[ $i % $n_coaches ], $created );
		$tokens[ $id ] = Text::tokens( $first, $last, $email, $phone );
	}
	$wpdb->query( 'START TRANSACTION' );
	$wpdb->query( "INSERT INTO {$wpdb->users} (ID, user_login, user_pass, user_nicename, user_email, user_registered, display_name) VALUES " . implode( ',', $users ) );
	$wpdb->query( "INSERT INTO {$wpdb->usermeta} (umeta_id, user_id, meta_key, meta_value) VALUES " . implode( ',', $meta ) );
	$wpdb->query( "INSERT INTO {$clients} (id, user_id, first_name, last_name, email, phone, sort_first_name, sort_last_name, created_by, created_at_gmt, updated_at_gmt) VALUES " . implode( ',', $rows ) );
	$repo->write_tokens( $tokens );
	$wpdb->query( "INSERT INTO {$links} (client_id, coach_id, is_assigned, session_count, assigned_at_gmt) VALUES " . implode( ',', $link ) );
	$wpdb->query( 'COMMIT' );
}
printf( "  %s clients in %.1f s\n", number_format( $n_clients ), microtime( true ) - $t0 );

// Sessions: client 1 gets 200 (the overview/finances case); the rest are spread evenly, ±1 year around now.
$statuses = array( 'completed', 'completed', 'booked', 'cancelled', 'booked', 'completed' );
$payments = array( 'paid', 'pending', 'pending', 'cancelled', 'paid', 'paid' );
$now_ts   = time();
$batch    = array();
$written  = 0;
$columns  = '(client_id, coach_id, title, start_gmt, duration_minutes, location, video_url, price_cents, currency, status, payment_status, notes, created_by, created_at_gmt, updated_at_gmt)';
$flush    = static function () use ( &$batch, $wpdb, $sessions, $columns ): void {
	if ( $batch ) {
		$wpdb->query( "INSERT INTO {$sessions} {$columns} VALUES " . implode( ',', $batch ) );
		$batch = array();
	}
};
$wpdb->query( 'START TRANSACTION' );
$rest = max( 0, $n_sessions - min( 200, $n_sessions ) );
for ( $s = 0; $s < $n_sessions; $s++ ) {
	$client  = $s < 200 ? 1 : 1 + ( ( $s - 200 ) % max( 1, $n_clients ) );
	$k       = $s < 200 ? $s : intdiv( $s - 200, max( 1, $n_clients ) );
	$day     = ( $client * 7 + $k * 37 + ( $s < 200 ? $s * 3 : 0 ) ) % 730 - 365;
	$when    = gmdate( 'Y-m-d H:i:s', $now_ts - $now_ts % 3600 + $day * 86400 + ( 8 + $s % 10 ) * 3600 - 86400 * 0 );
	$batch[] = $wpdb->prepare(
		"(%d, %d, %s, %s, 60, 'Cabinet', '', %d, 'EUR', %s, %s, '', 1, %s, %s)",
		$client,
		$coach_ids[ ( $client - 1 ) % $n_coaches ],
		$titles[ $s % count( $titles ) ],
		$when,
		( 5 + $s % 8 ) * 1000,
		$day > 0 ? 'booked' : $statuses[ $s % count( $statuses ) ],
		$payments[ $s % count( $payments ) ],
		$now,
		$now
	);
	if ( count( $batch ) >= ( $is_sqlite ? 500 : 5000 ) ) {
		$flush();
		++$written;
		if ( 0 === $written % 20 ) {
			$wpdb->query( 'COMMIT' );
			$wpdb->query( 'START TRANSACTION' );
		}
	}
}
$flush();
$wpdb->query( 'COMMIT' );
unset( $rest );
// Each link counts the sessions of its pair (the coach of a client is the coach of its sessions here).
$wpdb->query( "UPDATE {$links} SET session_count = (SELECT COUNT(*) FROM {$sessions} s WHERE s.client_id = {$links}.client_id AND s.coach_id = {$links}.coach_id)" );
$counters = new Counters();
$counters->reset( Client_Repository::COUNTER );
$counters->reset( Session_Repository::COUNTER );
// Fresh statistics for the planner (the SQLite driver translates MySQL's ANALYZE TABLE too).
$wpdb->query( "ANALYZE TABLE {$clients}, {$links}, {$wpdb->users}, {$wpdb->usermeta}, {$sessions}, {$wpdb->prefix}joolwebsp_client_tokens" );
wp_cache_flush();
printf(
	"Seeded %s clients, %d coaches, %s sessions in %.1f s (%s, peak memory %.0f MB)\n",
	number_format( $n_clients ),
	$n_coaches,
	number_format( (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$sessions}" ) ),
	microtime( true ) - $t0,
	$is_sqlite ? 'SQLite' : 'MariaDB',
	memory_get_peak_usage( true ) / 1048576
);
