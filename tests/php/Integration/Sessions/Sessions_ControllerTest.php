<?php
/**
 * /joolwebsp/v1/sessions: rules, permissions, emails, KPIs and the profile endpoints.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Sessions;

use Joolweb\SessionsPro\Clients\Client;
use Joolweb\SessionsPro\Clients\Client_Repository;
use Joolweb\SessionsPro\Plugin;
use Joolweb\SessionsPro\Tests\TestCase;

final class Sessions_ControllerTest extends TestCase {

	private int $admin;
	private int $coach_a;
	private int $coach_b;
	private Client $client;

	protected function setUp(): void {
		parent::setUp();
		$this->admin   = $this->create_user( 'administrator' );
		$this->coach_a = $this->create_user( 'joolwebsp_coach' );
		$this->coach_b = $this->create_user( 'joolwebsp_coach' );
		$this->client  = $this->make_client(
			array(
				'first_name' => 'Ana',
				'last_name'  => 'Zed',
			),
			$this->coach_a
		);
	}

	/**
	 * @param array<string, mixed> $fields Overrides.
	 * @return array<string, mixed>
	 */
	private function create( array $fields = array(), ?int $as = null, bool $notify = false ): array {
		wp_set_current_user( $as ?? $this->coach_a );
		$response = $this->rest(
			'POST',
			'/joolwebsp/v1/sessions',
			array_merge(
				array(
					'client_id' => $this->client->id,
					'start'     => gmdate( 'Y-m-d\TH:i:s\Z', time() + DAY_IN_SECONDS ),
					'price'     => '60',
					'notify'    => $notify,
				),
				$fields
			)
		);
		$this->assertSame( 201, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		return $response->get_data();
	}

	public function test_create_defaults_title_money_and_location(): void {
		$session = $this->create(
			array(
				'location'  => 'Studio',
				'video_url' => 'https://meet.example.com/x',
			)
		);
		$this->assertSame( 'Session with Ana Zed', $session['title'] );
		$this->assertSame( $this->coach_a, $session['coach_id'] );
		$this->assertSame( '60.00', $session['price'] );
		$this->assertSame( 'EUR', $session['currency'] );
		$this->assertSame( 60, $session['duration_minutes'] );
		$this->assertSame( 'booked', $session['status'] );
		$this->assertSame( 'pending', $session['payment_status'] );
		$this->assertMatchesRegularExpression( '/Z$/', $session['start'] );
		$this->assertSame( array(), $this->mails, 'No email on a plain save' );
	}

	/**
	 * @return array<string, array{0: array<string, mixed>, 1: string}>
	 */
	public function provide_invalid(): array {
		return array(
			'negative price' => array( array( 'price' => '-5' ), 'price' ),
			'three decimals' => array( array( 'price' => '1.005' ), 'price' ),
			'over a million' => array( array( 'price' => '1000000.01' ), 'price' ),
			'bad status'     => array( array( 'status' => 'done' ), 'status' ),
			'bad payment'    => array( array( 'payment_status' => 'free' ), 'payment_status' ),
			'bad url'        => array( array( 'video_url' => 'javascript:alert(1)' ), 'video_url' ),
			'ftp url'        => array( array( 'video_url' => 'ftp://example.com/x' ), 'video_url' ),
			'bad start'      => array( array( 'start' => 'soon' ), 'start' ),
			'tiny duration'  => array( array( 'duration_minutes' => 1 ), 'duration_minutes' ),
		);
	}

	/**
	 * @dataProvider provide_invalid
	 *
	 * @param array<string, mixed> $fields Fields.
	 * @param string               $field  Field named.
	 */
	public function test_invalid_input_is_400_naming_the_field( array $fields, string $field ): void {
		wp_set_current_user( $this->coach_a );
		$response = $this->rest(
			'POST',
			'/joolwebsp/v1/sessions',
			array_merge(
				array(
					'client_id' => $this->client->id,
					'start'     => '2027-01-01T10:00',
				),
				$fields
			)
		);
		$this->assertSame( 400, $response->get_status() );
		$this->assertArrayHasKey( $field, (array) $response->get_data()['data']['params'] );
		$this->assertSame( 0, $this->rest( 'GET', '/joolwebsp/v1/sessions' )->get_headers()['X-WP-Total'] + 0 );
	}

	public function test_coach_rules_and_reachability(): void {
		wp_set_current_user( $this->coach_b );
		$unreachable = $this->rest(
			'POST',
			'/joolwebsp/v1/sessions',
			array(
				'client_id' => $this->client->id,
				'start'     => '2027-01-01T10:00',
			)
		);
		$this->assertSame( 404, $unreachable->get_status() );
		$this->assertArrayHasKey( 'client_id', $unreachable->get_data()['data']['params'] );

		wp_set_current_user( $this->coach_a );
		$other_coach = $this->rest(
			'POST',
			'/joolwebsp/v1/sessions',
			array(
				'client_id' => $this->client->id,
				'coach_id'  => $this->coach_b,
				'start'     => '2027-01-01T10:00',
			)
		);
		$this->assertSame( 403, $other_coach->get_status() );

		// The admin books coach B with this client: coach B now reaches the client, and only that session.
		$by_admin = $this->create( array( 'coach_id' => $this->coach_b ), $this->admin );
		$mine     = $this->create();
		wp_set_current_user( $this->coach_b );
		$this->assertSame( 200, $this->rest( 'GET', '/joolwebsp/v1/clients/' . $this->client->id )->get_status() );
		$this->assertSame( array( $by_admin['id'] ), wp_list_pluck( $this->rest( 'GET', '/joolwebsp/v1/sessions' )->get_data(), 'id' ) );
		$this->assertSame( 404, $this->rest( 'GET', '/joolwebsp/v1/sessions/' . $mine['id'] )->get_status() );
		$this->assertSame( 404, $this->rest( 'PATCH', '/joolwebsp/v1/sessions/' . $mine['id'], array( 'status' => 'completed' ) )->get_status() );
		$this->assertSame( 404, $this->rest( 'DELETE', '/joolwebsp/v1/sessions/' . $mine['id'] )->get_status() );
		$this->assertSame( 403, $this->rest( 'GET', '/joolwebsp/v1/sessions', null, array( 'coach_id' => $this->coach_a ) )->get_status() );

		// Deleting coach B's only session: coach B no longer reaches the client.
		wp_set_current_user( $this->admin );
		$this->assertSame( 200, $this->rest( 'DELETE', '/joolwebsp/v1/sessions/' . $by_admin['id'] )->get_status() );
		Plugin::instance()->get( \Joolweb\SessionsPro\Clients\Client_Access::class )->flush();
		wp_set_current_user( $this->coach_b );
		$this->assertSame( 404, $this->rest( 'GET', '/joolwebsp/v1/clients/' . $this->client->id )->get_status() );
	}

	public function test_permission_matrix_for_anonymous_subscriber_and_client(): void {
		$session = $this->create();
		foreach ( array(
			null         => 401,
			'subscriber' => 403,
		) as $role => $status ) {
			wp_set_current_user( $role ? $this->create_user( $role ) : 0 );
			$this->assertSame( $status, $this->rest( 'GET', '/joolwebsp/v1/sessions' )->get_status() );
			$this->assertSame( $status, $this->rest( 'GET', '/joolwebsp/v1/sessions/' . $session['id'] )->get_status() );
			$this->assertSame(
				$status,
				$this->rest(
					'POST',
					'/joolwebsp/v1/sessions',
					array(
						'client_id' => $this->client->id,
						'start'     => '2027-01-01T10:00',
					)
				)->get_status()
			);
		}
		wp_set_current_user( $this->client->user_id );
		$this->assertSame( 403, $this->rest( 'GET', '/joolwebsp/v1/sessions/' . $session['id'] )->get_status() );
		$this->assertSame( 403, $this->rest( 'GET', '/joolwebsp/v1/clients/' . $this->client->id . '/notes' )->get_status(), 'Clients never see coach notes' );
	}

	public function test_notify_rules(): void {
		$session = $this->create( array(), null, true );
		$this->assertCount( 1, $this->mails );
		$this->assertStringContainsString( 'Session booked', $this->mails[0]['subject'] );

		wp_set_current_user( $this->coach_a );
		$route = '/joolwebsp/v1/sessions/' . $session['id'];
		$this->rest(
			'PATCH',
			$route,
			array(
				'notes'  => 'Knee',
				'price'  => '70',
				'notify' => true,
			)
		);
		$this->assertCount( 1, $this->mails, 'Notes or price only: nothing' );
		$this->rest( 'PATCH', $route, array( 'location' => 'Park' ) );
		$this->assertCount( 1, $this->mails, 'A plain save sends nothing' );
		$this->rest(
			'PATCH',
			$route,
			array(
				'start'  => '2027-02-01T10:00',
				'notify' => true,
			)
		);
		$this->assertCount( 2, $this->mails );
		$this->assertStringContainsString( 'Session updated', $this->mails[1]['subject'] );

		$cancelled = $this->rest( 'PATCH', $route, array( 'status' => 'cancelled' ) )->get_data();
		$this->assertCount( 3, $this->mails, 'Cancellation always emails' );
		$this->assertStringContainsString( 'Session cancelled', $this->mails[2]['subject'] );
		$this->assertSame( 'cancelled', $cancelled['payment_status'], 'A pending payment is cancelled with the session' );

		$log = $this->rest( 'GET', '/joolwebsp/v1/clients/' . $this->client->id . '/emails' )->get_data();
		$this->assertSame( array( 'session_cancellation', 'session_update', 'session_confirmation' ), wp_list_pluck( $log, 'type' ) );
		$this->assertSame( $session['id'], $log[0]['session_id'] );
	}

	public function test_first_notify_on_update_sends_the_confirmation(): void {
		$session = $this->create();
		wp_set_current_user( $this->coach_a );
		$this->rest( 'PATCH', '/joolwebsp/v1/sessions/' . $session['id'], array( 'notify' => true ) );
		$this->assertCount( 1, $this->mails );
		$this->assertStringContainsString( 'Session booked', $this->mails[0]['subject'] );
	}

	public function test_kpis_overview_and_finances(): void {
		$now = time();
		$this->create(
			array(
				'start' => gmdate( 'c', $now + 3600 ),
				'price' => '50',
			)
		);                                         // upcoming, pending 50.
		$this->create(
			array(
				'start'          => gmdate( 'c', $now - 86400 ),
				'price'          => '40',
				'status'         => 'completed',
				'payment_status' => 'paid',
			)
		);
		$this->create(
			array(
				'start'          => gmdate( 'c', $now - 86400 * 40 ),
				'price'          => '30',
				'status'         => 'completed',
				'payment_status' => 'refunded',
			)
		);
		$this->create(
			array(
				'start'  => gmdate( 'c', $now + 7200 ),
				'price'  => '20',
				'status' => 'cancelled',
			)
		);                // not billable, payment cancelled.
		$this->create(
			array(
				'start' => gmdate( 'c', $now + 9000 ),
				'price' => '0',
			)
		);                                          // free: not billable.

		wp_set_current_user( $this->coach_a );
		$overview = $this->rest( 'GET', '/joolwebsp/v1/clients/' . $this->client->id . '/overview' )->get_data();
		$this->assertSame( 5, $overview['kpis']['sessions_total'] );
		$this->assertSame( 2, $overview['kpis']['sessions_completed'] );
		$this->assertSame( 2, $overview['kpis']['sessions_upcoming'] );
		$this->assertSame( '50.00', $overview['kpis']['amount_pending'] );
		$this->assertSame( '40.00', $overview['kpis']['amount_paid'] );
		$this->assertSame( 2, $overview['upcoming']['total'] );
		$this->assertSame( 3, $overview['past']['total'], 'Cancelled future sessions are not upcoming' );
		$this->assertSame( $overview['upcoming']['items'][0]['start'], $overview['kpis']['next_session'] );

		$finances = $this->rest( 'GET', '/joolwebsp/v1/clients/' . $this->client->id . '/finances' )->get_data();
		$this->assertSame(
			array(
				'total_billed'      => '120.00',
				'paid'              => '40.00',
				'pending'           => '50.00',
				'refunded'          => '30.00',
				'billable_sessions' => 3,
			),
			$finances['kpis']
		);
		$this->assertSame( '20.00', $finances['by_payment_status']['cancelled'] );
		$this->assertSame( 4, $finances['payments']['total'], 'Priced sessions' );
		$this->assertNotEmpty( $finances['monthly'] );
		$this->assertSame( '40.00', array_sum( array_map( 'floatval', wp_list_pluck( $finances['monthly'], 'paid' ) ) ) . '.00' );
	}

	public function test_a_session_starting_exactly_now_is_upcoming(): void {
		wp_set_current_user( $this->coach_a );
		$repo = Plugin::instance()->get( \Joolweb\SessionsPro\Sessions\Session_Repository::class );
		$now  = current_time( 'mysql', true );
		$id   = $this->create()['id'];
		$repo->update( $id, array( 'start_gmt' => $now ) );
		$totals = $repo->client_totals( $this->client->id, $now );
		$this->assertSame( 1, $totals['sessions_upcoming'] );
		$past = $repo->query(
			array(
				'client_id' => $this->client->id,
				'timeline'  => 'past',
				'now'       => $now,
			)
		);
		$this->assertSame( 0, $past['total'] );
	}

	public function test_notes_are_private_to_those_who_reach_the_client(): void {
		wp_set_current_user( $this->coach_a );
		$saved = $this->rest( 'PUT', '/joolwebsp/v1/clients/' . $this->client->id . '/notes', array( 'notes' => "Knee injury.\n<b>Careful</b>" ) );
		$this->assertSame( 200, $saved->get_status() );
		$this->assertSame( "Knee injury.\nCareful", $saved->get_data()['notes'] );
		wp_set_current_user( $this->coach_b );
		$this->assertSame( 404, $this->rest( 'GET', '/joolwebsp/v1/clients/' . $this->client->id . '/notes' )->get_status() );
		$this->assertSame( 404, $this->rest( 'PUT', '/joolwebsp/v1/clients/' . $this->client->id . '/notes', array( 'notes' => 'x' ) )->get_status() );
	}

	public function test_deleting_the_client_deletes_its_sessions(): void {
		$this->create();
		wp_set_current_user( $this->admin );
		$this->rest( 'DELETE', '/joolwebsp/v1/clients/' . $this->client->id, null, array( 'force' => true ) );
		$this->assertSame( '0', $this->rest( 'GET', '/joolwebsp/v1/sessions' )->get_headers()['X-WP-Total'] );
		$this->assertNull( Plugin::instance()->get( Client_Repository::class )->find( $this->client->id ) );
	}

	public function test_list_filters_and_pagination(): void {
		$this->create(
			array(
				'start'          => '2027-01-10T10:00',
				'status'         => 'completed',
				'payment_status' => 'paid',
			)
		);
		$this->create( array( 'start' => '2027-01-20T10:00' ) );
		$this->create( array( 'start' => '2027-02-10T10:00' ) );
		wp_set_current_user( $this->admin );
		$list = $this->rest(
			'GET',
			'/joolwebsp/v1/sessions',
			null,
			array(
				'after'    => '2027-01-15T00:00',
				'per_page' => 1,
			)
		);
		$this->assertSame( '2', $list->get_headers()['X-WP-Total'] );
		$this->assertSame( '2', $list->get_headers()['X-WP-TotalPages'] );
		$this->assertSame( 1, count( $this->rest( 'GET', '/joolwebsp/v1/sessions', null, array( 'payment_status' => 'paid' ) )->get_data() ) );
		$this->assertSame( 'Ana Zed', $list->get_data()[0]['client_name'] );
		$this->assertSame( 400, $this->rest( 'GET', '/joolwebsp/v1/sessions', null, array( 'status' => 'nope' ) )->get_status() );
		$this->assertSame( 400, $this->rest( 'GET', '/joolwebsp/v1/sessions', null, array( 'orderby' => 'price' ) )->get_status() );
	}

	public function test_next_sessions_of_a_page_of_clients(): void {
		$other = $this->make_client( array(), $this->coach_b );
		$this->create( array( 'start' => '2030-05-02T10:00' ) );
		$this->create(
			array(
				'start'  => '2030-05-01T10:00',
				'status' => 'cancelled',
			)
		);
		$this->create( array( 'start' => '2030-05-03T10:00' ) );
		wp_set_current_user( $this->coach_a );
		$response = $this->rest( 'GET', '/joolwebsp/v1/clients/next-sessions', null, array( 'include' => array( $this->client->id, $other->id ) ) );
		$this->assertSame( 200, $response->get_status() );
		$data = (array) $response->get_data();
		$this->assertSame( array( (string) $this->client->id ), array_map( 'strval', array_keys( $data ) ), 'Unreachable clients are left out' );
		$this->assertSame( '2030-05-02T10:00:00Z', $data[ $this->client->id ] ?? $data[ (string) $this->client->id ], 'Cancelled sessions are not next' );
	}

	public function test_profile_routes_permission_matrix(): void {
		$routes = array(
			array( 'GET', '/overview', null ),
			array( 'GET', '/finances', null ),
			array( 'GET', '/notes', null ),
			array( 'PUT', '/notes', array( 'notes' => 'x' ) ),
		);
		$actors = array(
			'anonymous'  => array( 0, 401 ),
			'subscriber' => array( $this->create_user( 'subscriber' ), 403 ),
			'client'     => array( $this->client->user_id, 403 ),
			'coach A'    => array( $this->coach_a, 200 ),
			'coach B'    => array( $this->coach_b, 404 ),
			'admin'      => array( $this->admin, 200 ),
		);
		foreach ( $routes as list( $method, $suffix, $body ) ) {
			foreach ( $actors as $name => list( $user, $status ) ) {
				wp_set_current_user( $user );
				$response = $this->rest( $method, '/joolwebsp/v1/clients/' . $this->client->id . $suffix, $body );
				$this->assertSame( $status, $response->get_status(), "{$name}: {$method} {$suffix}" );
			}
		}
		wp_set_current_user( 0 );
		$this->assertSame( 401, $this->rest( 'GET', '/joolwebsp/v1/clients/next-sessions', null, array( 'include' => array( $this->client->id ) ) )->get_status() );
		wp_set_current_user( $this->client->user_id );
		$this->assertSame( 403, $this->rest( 'GET', '/joolwebsp/v1/clients/next-sessions', null, array( 'include' => array( $this->client->id ) ) )->get_status() );
	}

	public function test_a_coach_sees_only_their_sessions_in_a_shared_clients_figures(): void {
		$this->create( array( 'price' => '50' ) );
		$this->create(
			array(
				'price'    => '70',
				'coach_id' => $this->coach_b,
			),
			$this->admin
		);
		wp_set_current_user( $this->coach_a );
		$this->assertSame( '50.00', $this->rest( 'GET', '/joolwebsp/v1/clients/' . $this->client->id . '/finances' )->get_data()['kpis']['pending'] );
		wp_set_current_user( $this->admin );
		$this->assertSame( '120.00', $this->rest( 'GET', '/joolwebsp/v1/clients/' . $this->client->id . '/finances' )->get_data()['kpis']['pending'] );
	}
}
