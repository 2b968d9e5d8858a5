<?php
/**
 * Templates and bundles.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Programs;

use Joolweb\SessionsPro\Clients\Client;
use Joolweb\SessionsPro\Tests\TestCase;

final class Programs_ControllerTest extends TestCase {

	private int $admin;
	private int $coach;
	private Client $client;

	protected function setUp(): void {
		parent::setUp();
		$this->admin  = $this->create_user( 'administrator' );
		$this->coach  = $this->create_user( 'joolwebsp_coach' );
		$this->client = $this->make_client(
			array(
				'first_name' => 'Ana',
				'last_name'  => 'Zed',
			),
			$this->coach
		);
		wp_set_current_user( $this->admin );
	}

	public function test_a_bundle_from_a_template_generates_its_sessions_with_an_exact_split(): void {
		$template = $this->rest(
			'POST',
			'/joolwebsp/v1/templates',
			array(
				'title'            => '3-session pack',
				'sessions_planned' => 3,
				'price'            => '100',
				'location'         => 'Studio',
				'video_url'        => 'https://meet.example.com/pack',
			)
		);
		$this->assertSame( 201, $template->get_status() );

		$response = $this->rest(
			'POST',
			'/joolwebsp/v1/bundles',
			array(
				'client_id'   => $this->client->id,
				'coach_id'    => $this->coach,
				'template_id' => $template->get_data()['id'],
				'schedule'    => array(
					'pattern' => array(
						'first_date' => '2027-01-04',
						'weekdays'   => array( 1, 3 ),
						'time'       => '18:30',
						'count'      => 3,
					),
				),
			)
		);
		$this->assertSame( 201, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$bundle = $response->get_data();
		$this->assertSame( '3-session pack', $bundle['title'] );
		$this->assertSame( 0.0, (float) $bundle['progress'] );
		$this->assertSame( array( '33.34', '33.33', '33.33' ), wp_list_pluck( $bundle['sessions'], 'price' ) );
		$this->assertSame( array( '3-session pack — 1/3', '3-session pack — 2/3', '3-session pack — 3/3' ), wp_list_pluck( $bundle['sessions'], 'title' ) );
		$this->assertSame( array( 'Studio', 'Studio', 'Studio' ), wp_list_pluck( $bundle['sessions'], 'location' ) );
		$this->assertSame( $this->coach, $bundle['sessions'][0]['coach_id'] );
		$this->assertSame( array(), $this->mails, 'No email without an explicit send' );

		// Progress and completion.
		foreach ( $bundle['sessions'] as $i => $session ) {
			$this->rest( 'PATCH', '/joolwebsp/v1/sessions/' . $session['id'], array( 'status' => 'completed' ) );
			$now = $this->rest( 'GET', '/joolwebsp/v1/bundles/' . $bundle['id'] )->get_data();
			$this->assertSame( $i + 1, $now['sessions_completed'] );
		}
		$this->assertSame( 'completed', $now['status'] );
		$this->assertSame( 1.0, (float) $now['progress'] );

		// Editing a session does not rewrite the bundle.
		$this->rest( 'PATCH', '/joolwebsp/v1/sessions/' . $bundle['sessions'][0]['id'], array( 'location' => 'Park' ) );
		$this->assertSame( 'Studio', $this->rest( 'GET', '/joolwebsp/v1/bundles/' . $bundle['id'] )->get_data()['location'] );
	}

	public function test_explicit_starts_must_match_n_and_nothing_is_created_otherwise(): void {
		$response = $this->rest(
			'POST',
			'/joolwebsp/v1/bundles',
			array(
				'client_id'        => $this->client->id,
				'title'            => 'Pack',
				'sessions_planned' => 3,
				'price'            => '90',
				'schedule'         => array( 'starts' => array( '2027-01-04T10:00', '2027-01-05T10:00' ) ),
			)
		);
		$this->assertSame( 400, $response->get_status() );
		$this->assertArrayHasKey( 'schedule', $response->get_data()['data']['params'] );
		$this->assertSame( '0', $this->rest( 'GET', '/joolwebsp/v1/bundles' )->get_headers()['X-WP-Total'] );
	}

	public function test_bundle_creation_is_all_or_nothing(): void {
		global $wpdb;
		$table = $wpdb->prefix . 'joolwebsp_sessions';
		$calls = 0;
		$break = static function ( string $query ) use ( $table, &$calls ): string {
			if ( str_starts_with( $query, "INSERT INTO `{$table}`" ) && 3 === ++$calls ) {
				return 'INSERT INTO joolwebsp_no_such_table VALUES (1)';
			}
			return $query;
		};
		add_filter( 'query', $break );
		$wpdb->suppress_errors( true );
		$response = $this->rest(
			'POST',
			'/joolwebsp/v1/bundles',
			array(
				'client_id'        => $this->client->id,
				'title'            => 'Pack',
				'sessions_planned' => 4,
				'price'            => '100',
				'schedule'         => array(
					'pattern' => array(
						'first_date' => '2027-01-04',
						'weekdays'   => array( 1 ),
						'time'       => '10:00',
						'count'      => 4,
					),
				),
			)
		);
		$wpdb->suppress_errors( false );
		remove_filter( 'query', $break );
		$this->assertSame( 500, $response->get_status() );
		$this->assertSame( '0', $this->rest( 'GET', '/joolwebsp/v1/bundles' )->get_headers()['X-WP-Total'] );
		$this->assertSame( '0', $this->rest( 'GET', '/joolwebsp/v1/sessions' )->get_headers()['X-WP-Total'] );
	}

	public function test_deleting_a_bundle_keeps_held_sessions_unlinked(): void {
		$bundle = $this->rest(
			'POST',
			'/joolwebsp/v1/bundles',
			array(
				'client_id'        => $this->client->id,
				'title'            => 'Pack',
				'sessions_planned' => 3,
				'price'            => '30',
				'schedule'         => array( 'starts' => array( '2020-01-06T10:00', '2030-01-07T10:00', '2030-01-08T10:00' ) ),
			)
		)->get_data();
		$this->rest( 'PATCH', '/joolwebsp/v1/sessions/' . $bundle['sessions'][0]['id'], array( 'status' => 'completed' ) );
		$deleted = $this->rest( 'DELETE', '/joolwebsp/v1/bundles/' . $bundle['id'] )->get_data();
		$this->assertTrue( $deleted['deleted'] );
		$this->assertSame( $bundle['id'], $deleted['previous']['id'] );
		$this->assertCount( 3, $deleted['previous']['sessions'] );
		$kept = $this->rest( 'GET', '/joolwebsp/v1/sessions/' . $bundle['sessions'][0]['id'] )->get_data();
		$this->assertNull( $kept['bundle_id'] );
		$this->assertSame( 404, $this->rest( 'GET', '/joolwebsp/v1/sessions/' . $bundle['sessions'][1]['id'] )->get_status() );
		$this->assertSame( 404, $this->rest( 'GET', '/joolwebsp/v1/sessions/' . $bundle['sessions'][2]['id'] )->get_status() );
	}

	public function test_preview_schedule_saves_nothing(): void {
		update_option( 'timezone_string', 'Europe/Paris' );
		$response = $this->rest(
			'POST',
			'/joolwebsp/v1/bundles/preview-schedule',
			array(
				'pattern' => array(
					'first_date' => '2026-10-23',
					'weekdays'   => array( 5, 1 ),
					'time'       => '09:00',
					'count'      => 3,
				),
			)
		);
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( array( '2026-10-23T07:00:00Z', '2026-10-26T08:00:00Z', '2026-10-30T08:00:00Z' ), $response->get_data()['starts'], 'DST ends on 2026-10-25' );
		$this->assertSame( '0', $this->rest( 'GET', '/joolwebsp/v1/sessions' )->get_headers()['X-WP-Total'] );
	}

	public function test_programs_need_manage_programs(): void {
		$template = $this->rest(
			'POST',
			'/joolwebsp/v1/templates',
			array(
				'title'            => 'T',
				'sessions_planned' => 1,
				'price'            => '1',
			)
		)->get_data();
		foreach ( array(
			0                      => 401,
			$this->coach           => 403,
			$this->client->user_id => 403,
		) as $user => $status ) {
			wp_set_current_user( $user );
			$this->assertSame( $status, $this->rest( 'GET', '/joolwebsp/v1/templates' )->get_status() );
			$this->assertSame( $status, $this->rest( 'DELETE', '/joolwebsp/v1/templates/' . $template['id'] )->get_status() );
			$this->assertSame( $status, $this->rest( 'POST', '/joolwebsp/v1/bundles', array( 'client_id' => $this->client->id ) )->get_status() );
		}
		wp_set_current_user( $this->admin );
		$this->assertSame( 200, $this->rest( 'GET', '/joolwebsp/v1/templates/' . $template['id'] )->get_status() );
		$this->assertSame(
			400,
			$this->rest(
				'POST',
				'/joolwebsp/v1/templates',
				array(
					'title'            => '',
					'sessions_planned' => 101,
					'price'            => '-1',
				)
			)->get_status()
		);
	}

	public function test_send_confirmations_notifies_each_booked_session_once(): void {
		$bundle = $this->rest(
			'POST',
			'/joolwebsp/v1/bundles',
			array(
				'client_id'        => $this->client->id,
				'title'            => 'Pack',
				'sessions_planned' => 3,
				'price'            => '30',
				'schedule'         => array( 'starts' => array( '2030-01-06T10:00', '2030-01-07T10:00', '2030-01-08T10:00' ) ),
			)
		)->get_data();
		$this->rest( 'PATCH', '/joolwebsp/v1/sessions/' . $bundle['sessions'][2]['id'], array( 'status' => 'available' ) );
		$first = $this->rest( 'POST', '/joolwebsp/v1/bundles/' . $bundle['id'] . '/send-confirmations' )->get_data();
		$this->assertSame(
			array(
				'sent'   => 2,
				'failed' => 0,
			),
			$first
		);
		$this->assertCount( 2, $this->mails );
		$again = $this->rest( 'POST', '/joolwebsp/v1/bundles/' . $bundle['id'] . '/send-confirmations' )->get_data();
		$this->assertSame(
			array(
				'sent'   => 0,
				'failed' => 0,
			),
			$again,
			'Already confirmed sessions are not emailed twice'
		);
		wp_set_current_user( $this->coach );
		$this->assertSame( 403, $this->rest( 'POST', '/joolwebsp/v1/bundles/' . $bundle['id'] . '/send-confirmations' )->get_status() );
	}
}
