<?php
/**
 * GET /joolwebsp/v1/dashboard: the figures for an administrator (all or mine) and for a coach,
 * site-timezone days and months, permissions, and no query per row.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Dashboard;

use Joolweb\SessionsPro\Clients\Client;
use Joolweb\SessionsPro\Clients\Client_Repository;
use Joolweb\SessionsPro\Dashboard\Dashboard;
use Joolweb\SessionsPro\Plugin;
use Joolweb\SessionsPro\Sessions\Session;
use Joolweb\SessionsPro\Sessions\Session_Service;
use Joolweb\SessionsPro\Settings\Settings;
use Joolweb\SessionsPro\Tests\TestCase;

final class Dashboard_ControllerTest extends TestCase {

	private const NOW = '2031-05-15 12:00:00';

	private int $admin;
	private int $coach_a;
	private int $coach_b;

	/**
	 * Session ids by fixture name.
	 *
	 * @var array<string, int>
	 */
	private array $s = array();

	/**
	 * Clients by fixture name.
	 *
	 * @var array<string, Client>
	 */
	private array $c = array();

	protected function setUp(): void {
		parent::setUp();
		update_option( 'timezone_string', 'Europe/Paris' );
		$this->admin   = $this->create_user( 'administrator' );
		$this->coach_a = $this->create_user( 'joolwebsp_coach' );
		$this->coach_b = $this->create_user( 'joolwebsp_coach' );
	}

	/**
	 * The fixture of the figures tests (times GMT; "now" is 2031-05-15 12:00 GMT, 14:00 in Paris).
	 */
	private function seed(): void {
		$this->c['a1'] = $this->make_client( array( 'first_name' => 'Ana' ), $this->coach_a );
		$this->c['a2'] = $this->make_client( array( 'first_name' => 'Alba' ), $this->coach_a );
		$this->c['b1'] = $this->make_client( array( 'first_name' => 'Bea' ), $this->coach_b );
		global $wpdb;
		$table = $wpdb->prefix . 'joolwebsp_clients';
		foreach ( array(
			'a1' => '2031-05-03 09:00:00',
			'a2' => '2031-04-15 09:00:00',
			'b1' => '2031-05-10 09:00:00',
		) as $key => $created ) {
			$wpdb->update( $table, array( 'created_at_gmt' => $created ), array( 'id' => $this->c[ $key ]->id ) );
		}
		Plugin::instance()->get( Client_Repository::class )->set_login_sent( $this->c['a1']->id, '2031-05-03 10:00:00' );

		$plan    = array(
			// name => coach, client, start, status, payment, price.
			's1'  => array( $this->coach_a, 'a1', '2031-05-15 08:00:00', 'booked', 'pending', '60' ),
			's2'  => array( $this->coach_a, 'a1', '2031-05-15 16:00:00', 'booked', 'pending', '60' ),
			's9'  => array( $this->coach_a, 'a2', '2031-05-15 19:00:00', 'cancelled', 'cancelled', '60' ),
			's3'  => array( $this->coach_a, 'a2', '2031-05-18 09:00:00', 'booked', 'pending', '60' ),
			's4'  => array( $this->coach_a, 'a2', '2031-05-25 09:00:00', 'booked', 'pending', '60' ),
			's5'  => array( $this->coach_a, 'a1', '2031-05-02 09:00:00', 'completed', 'pending', '80' ),
			's6'  => array( $this->coach_a, 'a1', '2031-05-03 09:00:00', 'completed', 'paid', '50' ),
			's7'  => array( $this->coach_a, 'a2', '2031-04-10 09:00:00', 'completed', 'paid', '70' ),
			's8'  => array( $this->coach_a, 'a2', '2031-04-20 09:00:00', 'booked', 'pending', '60' ),
			'sx'  => array( $this->coach_a, 'a2', '2031-05-06 09:00:00', 'completed', 'pending', '0' ),
			't1'  => array( $this->coach_b, 'b1', '2031-05-15 10:00:00', 'booked', 'pending', '60' ),
			't2'  => array( $this->coach_b, 'b1', '2031-05-05 09:00:00', 'completed', 'pending', '100' ),
			't3'  => array( $this->coach_b, 'b1', '2031-04-01 10:00:00', 'completed', 'paid', '40' ),
			't4'  => array( $this->coach_b, 'b1', '2031-03-31 22:30:00', 'completed', 'paid', '1000' ),
			's10' => array( $this->admin, 'a1', '2031-05-15 11:00:00', 'booked', 'pending', '60' ),
		);
		$service = Plugin::instance()->get( Session_Service::class );
		foreach ( $plan as $name => $row ) {
			$result = $service->create(
				array(
					'client_id'      => $this->c[ $row[1] ]->id,
					'coach_id'       => $row[0],
					'start'          => str_replace( ' ', 'T', $row[2] ) . 'Z',
					'status'         => $row[3],
					'payment_status' => $row[4],
					'price'          => $row[5],
				),
				$this->admin
			);
			$this->assertIsArray( $result, is_wp_error( $result ) ? $result->get_error_message() : '' );
			$this->s[ $name ] = $result['session']->id;
		}
	}

	/**
	 * Ids of a list of sessions.
	 *
	 * @param list<Session> $sessions Sessions.
	 * @return list<int>
	 */
	private function ids( array $sessions ): array {
		return array_map( static fn( Session $s ): int => $s->id, $sessions );
	}

	/**
	 * Ids of fixture names.
	 *
	 * @param string ...$names Names.
	 * @return list<int>
	 */
	private function named( string ...$names ): array {
		return array_map( fn( string $n ): int => $this->s[ $n ], $names );
	}

	private function dashboard(): Dashboard {
		return Plugin::instance()->get( Dashboard::class );
	}

	public function test_figures_for_an_administrator_of_every_coach(): void {
		$this->seed();
		$d = $this->dashboard()->for_user( $this->admin, self::NOW );

		$this->assertSame( 'all', $d['scope'] );
		// Today in Paris: 2031-05-14 22:00 to 2031-05-15 22:00 GMT.
		$this->assertSame( '2031-05-14 22:00:00', $d['today']['start_gmt'] );
		$this->assertSame( $this->named( 's1', 't1', 's10', 's2', 's9' ), $this->ids( $d['today']['items'] ) );
		$this->assertSame( 5, $d['today']['total'] );
		$this->assertSame( $this->named( 's3' ), $this->ids( $d['upcoming']['items'] ), 'Tomorrow to 7 days on; not the 25th' );
		$this->assertSame( '2031-05-22 22:00:00', $d['upcoming']['end_gmt'] );
		$this->assertSame( array( 5, 0, 0, 1, 0, 0, 0, 0 ), array_column( $d['upcoming']['days'], 'count' ) );
		$this->assertSame( '2031-05-15', $d['upcoming']['days'][0]['date'] );

		$this->assertSame( 4, $d['alerts']['past_booked']['total'] );
		$this->assertSame( $this->named( 's10', 't1', 's1', 's8' ), $this->ids( $d['alerts']['past_booked']['items'] ), 'Newest first' );
		$this->assertSame( 2, $d['alerts']['pending_payments']['total'], 'Free completed sessions owe nothing' );
		$this->assertSame( 18000, $d['alerts']['pending_payments']['amount_cents'] );
		$this->assertSame( $this->named( 't2', 's5' ), $this->ids( $d['alerts']['pending_payments']['items'] ) );
		$this->assertSame( 2, $d['alerts']['clients_without_login']['count'] );
		$this->assertSame( array( $this->c['b1']->id, $this->c['a2']->id ), array_column( $d['alerts']['clients_without_login']['items'], 'id' ) );

		// May against April, in Paris: t4 (31 March 22:30 GMT) is 1 April 00:30 there.
		$this->assertSame(
			array(
				'month'              => '2031-05',
				'sessions_completed' => 4,
				'revenue_paid_cents' => 5000,
				'new_clients'        => 2,
			),
			$d['kpis']['this_month']
		);
		$this->assertSame(
			array(
				'month'              => '2031-04',
				'sessions_completed' => 3,
				'revenue_paid_cents' => 111000,
				'new_clients'        => 1,
			),
			$d['kpis']['last_month']
		);
	}

	public function test_figures_for_a_coach_are_their_own(): void {
		$this->seed();
		$d = $this->dashboard()->for_user( $this->coach_a, self::NOW );

		$this->assertSame( 'mine', $d['scope'] );
		$this->assertSame( $this->named( 's1', 's2', 's9' ), $this->ids( $d['today']['items'] ) );
		$this->assertSame( array( 3, 0, 0, 1, 0, 0, 0, 0 ), array_column( $d['upcoming']['days'], 'count' ) );
		$this->assertSame( $this->named( 's1', 's8' ), $this->ids( $d['alerts']['past_booked']['items'] ) );
		$this->assertSame( 1, $d['alerts']['pending_payments']['total'] );
		$this->assertSame( 8000, $d['alerts']['pending_payments']['amount_cents'] );
		$this->assertSame( array( $this->c['a2']->id ), array_column( $d['alerts']['clients_without_login']['items'], 'id' ), 'Only clients the coach reaches' );
		$this->assertSame( 3, $d['kpis']['this_month']['sessions_completed'] );
		$this->assertSame( 5000, $d['kpis']['this_month']['revenue_paid_cents'] );
		$this->assertSame( 1, $d['kpis']['this_month']['new_clients'] );
		$this->assertSame( 1, $d['kpis']['last_month']['sessions_completed'] );
		$this->assertSame( 7000, $d['kpis']['last_month']['revenue_paid_cents'] );
		$this->assertSame( 1, $d['kpis']['last_month']['new_clients'] );

		$b = $this->dashboard()->for_user( $this->coach_b, self::NOW );
		$this->assertSame( $this->named( 't1' ), $this->ids( $b['today']['items'] ) );
		$this->assertSame( 10000, $b['alerts']['pending_payments']['amount_cents'] );
		$this->assertSame( 1, $b['alerts']['clients_without_login']['count'] );
	}

	public function test_an_administrator_can_choose_only_mine(): void {
		$this->seed();
		Plugin::instance()->get( Settings::class )->update( array( 'dashboard_scope' => 'mine' ) );
		$d = $this->dashboard()->for_user( $this->admin, self::NOW );
		$this->assertSame( 'mine', $d['scope'] );
		$this->assertSame( $this->named( 's10' ), $this->ids( $d['today']['items'] ) );
		$this->assertSame( 1, $d['alerts']['past_booked']['total'] );
		$this->assertSame( 0, $d['alerts']['pending_payments']['total'] );
		$this->assertSame( 0, $d['kpis']['this_month']['sessions_completed'] );
		$this->assertSame( 0, $d['alerts']['clients_without_login']['count'], 'Only the clients linked to the administrator (a1, whose login was sent)' );

		$this->assertSame( 'mine', $this->dashboard()->for_user( $this->coach_a, self::NOW )['scope'], 'The setting never widens a coach' );
	}

	public function test_figures_are_kept_until_a_session_or_client_changes(): void {
		$this->seed();
		$before = $this->dashboard()->for_user( $this->coach_b, self::NOW );
		$this->assertSame( 10000, $before['alerts']['pending_payments']['amount_cents'] );

		// Written around the services (no hook): the kept figure stays.
		global $wpdb;
		$wpdb->update( $wpdb->prefix . 'joolwebsp_sessions', array( 'payment_status' => 'paid' ), array( 'id' => $this->s['t2'] ) );
		$this->assertSame( 10000, $this->dashboard()->for_user( $this->coach_b, self::NOW )['alerts']['pending_payments']['amount_cents'] );
		add_filter( 'joolwebsp_dashboard_cache_ttl', '__return_zero' );
		$this->assertSame( 0, $this->dashboard()->for_user( $this->coach_b, self::NOW )['alerts']['pending_payments']['amount_cents'], 'Not kept with a TTL of 0' );
		remove_filter( 'joolwebsp_dashboard_cache_ttl', '__return_zero' );

		// Through the service: forgotten at once.
		$session = Plugin::instance()->get( \Joolweb\SessionsPro\Sessions\Session_Repository::class )->find( $this->s['t3'] );
		Plugin::instance()->get( Session_Service::class )->update( $session, array( 'payment_status' => 'pending' ), $this->admin );
		$after = $this->dashboard()->for_user( $this->coach_b, self::NOW );
		$this->assertSame( 4000, $after['alerts']['pending_payments']['amount_cents'] );
		$this->assertSame( 2, $after['kpis']['last_month']['sessions_completed'], 't3 and t4' );
		$this->assertSame( 100000, $after['kpis']['last_month']['revenue_paid_cents'], 'Only t4 is still paid in April' );

		// Sending login details forgets the clients figures.
		wp_set_current_user( $this->admin );
		$this->assertSame( 200, $this->rest( 'POST', '/joolwebsp/v1/clients/' . $this->c['b1']->id . '/send-login' )->get_status() );
		$this->assertSame( 0, $this->dashboard()->for_user( $this->coach_b, self::NOW )['alerts']['clients_without_login']['count'] );
	}

	public function test_warning_counts_stop_at_the_cap(): void {
		$client = $this->make_client( array(), $this->coach_a );
		global $wpdb;
		$rows = array();
		for ( $i = 1; $i <= Dashboard::COUNT_CAP + 5; $i++ ) {
			$start  = gmdate( 'Y-m-d H:i:s', strtotime( self::NOW . ' UTC' ) - $i * 3600 );
			$rows[] = $wpdb->prepare( "(%d, %d, 'Old', %s, 60, '', '', 0, 'EUR', 'booked', 'pending', '', 0, %s, %s)", $client->id, $this->coach_a, $start, $start, $start );
		}
		$wpdb->query( "INSERT INTO {$wpdb->prefix}joolwebsp_sessions (client_id, coach_id, title, start_gmt, duration_minutes, location, video_url, price_cents, currency, status, payment_status, notes, created_by, created_at_gmt, updated_at_gmt) VALUES " . implode( ',', $rows ) ); // phpcs:ignore -- test fixture.

		foreach ( array( $this->admin, $this->coach_a ) as $user ) {
			$past = $this->dashboard()->for_user( $user, self::NOW )['alerts']['past_booked'];
			$this->assertSame( Dashboard::COUNT_CAP, $past['total'] );
			$this->assertTrue( $past['capped'] );
			$this->assertCount( Dashboard::ALERT_SIZE, $past['items'] );
			$this->assertSame( '2031-05-15 11:00:00', $past['items'][0]->start_gmt, 'Newest first' );
			$this->assertSame( '2031-05-15 07:00:00', $past['items'][4]->start_gmt );
		}
		$this->assertFalse( $this->dashboard()->for_user( $this->coach_b, self::NOW )['alerts']['past_booked']['capped'] );
	}

	public function test_rest_shape_for_the_screen(): void {
		$client = $this->make_client( array( 'first_name' => 'Zoé' ), $this->coach_a );
		wp_set_current_user( $this->coach_a );
		$response = $this->rest(
			'POST',
			'/joolwebsp/v1/sessions',
			array(
				'client_id' => $client->id,
				'start'     => gmdate( 'Y-m-d\TH:i:s\Z', time() - HOUR_IN_SECONDS ),
				'price'     => '45.50',
				'status'    => 'completed',
			)
		);
		$this->assertSame( 201, $response->get_status() );

		$response = $this->rest( 'GET', '/joolwebsp/v1/dashboard' );
		$this->assertSame( 200, $response->get_status() );
		$data = $response->get_data();
		$this->assertSame( array( 'scope', 'currency', 'now', 'today', 'upcoming', 'alerts', 'kpis' ), array_keys( $data ) );
		$this->assertSame( 'EUR', $data['currency'] );
		$this->assertMatchesRegularExpression( '/Z$/', $data['today']['start'] );
		$this->assertCount( 8, $data['upcoming']['days'] );
		$this->assertSame( '45.50', $data['alerts']['pending_payments']['amount'] );
		$item = $data['alerts']['pending_payments']['items'][0];
		foreach ( array( 'id', 'client_id', 'client_name', 'coach_id', 'title', 'start', 'duration_minutes', 'status', 'payment_status', 'price', 'currency' ) as $key ) {
			$this->assertArrayHasKey( $key, $item, 'Same shape as /sessions' );
		}
		$this->assertSame( $client->full_name(), $item['client_name'] );
		$this->assertSame( 1, $data['alerts']['clients_without_login']['total'] );
		$this->assertSame( $client->id, $data['alerts']['clients_without_login']['items'][0]['id'] );
		$this->assertMatchesRegularExpression( '/^\d{4}-\d\d$/', $data['kpis']['this_month']['month'] );

		$schema = $this->rest( 'OPTIONS', '/joolwebsp/v1/dashboard' )->get_data()['schema'];
		$this->assertSame( array( 'all', 'mine' ), $schema['properties']['scope']['enum'] );
	}

	public function test_permissions(): void {
		$this->assertSame( 401, $this->rest( 'GET', '/joolwebsp/v1/dashboard' )->get_status() );
		foreach ( array( 'subscriber', 'joolwebsp_client' ) as $role ) {
			wp_set_current_user( $this->create_user( $role ) );
			$this->assertSame( 403, $this->rest( 'GET', '/joolwebsp/v1/dashboard' )->get_status(), $role );
		}

		// Each part needs its own capability.
		get_role( 'joolwebsp_coach' )->remove_cap( 'view_sessions' );
		wp_set_current_user( 0 );
		wp_set_current_user( $this->coach_a );
		$data = $this->rest( 'GET', '/joolwebsp/v1/dashboard' )->get_data();
		$this->assertNull( $data['today'] );
		$this->assertNull( $data['alerts']['pending_payments'] );
		$this->assertNull( $data['kpis']['this_month']['revenue_paid'] );
		$this->assertSame( 0, $data['alerts']['clients_without_login']['total'] );

		get_role( 'joolwebsp_coach' )->remove_cap( 'view_clients' );
		wp_set_current_user( 0 );
		wp_set_current_user( $this->coach_a );
		$this->assertSame( 403, $this->rest( 'GET', '/joolwebsp/v1/dashboard' )->get_status() );
	}

	public function test_the_number_of_queries_does_not_grow_with_the_rows(): void {
		wp_set_current_user( $this->admin );
		$count = function (): int {
			wp_cache_flush();
			$before = get_num_queries();
			$this->assertSame( 200, $this->rest( 'GET', '/joolwebsp/v1/dashboard' )->get_status() );
			return get_num_queries() - $before;
		};
		$add   = function ( int $n ): void {
			$service = Plugin::instance()->get( Session_Service::class );
			for ( $i = 0; $i < $n; $i++ ) {
				$client = $this->make_client( array(), $this->coach_a );
				foreach ( array( array( 'booked', 3600 ), array( 'booked', -7200 ), array( 'completed', -86400 ) ) as $plan ) {
					$service->create(
						array(
							'client_id' => $client->id,
							'start'     => gmdate( 'Y-m-d\TH:i:s\Z', time() + $plan[1] ),
							'status'    => $plan[0],
							'price'     => '10',
						),
						$this->coach_a
					);
				}
			}
		};
		$add( 2 );
		$few = $count();
		$add( 8 );
		$this->assertSame( $few, $count() );
	}
}
