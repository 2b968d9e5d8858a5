<?php
/**
 * Tools → Export / Erase Personal Data.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Privacy;

use Joolweb\SessionsPro\Clients\Client;
use Joolweb\SessionsPro\Plugin;
use Joolweb\SessionsPro\Privacy\Privacy;
use Joolweb\SessionsPro\Sessions\Session_Repository;
use Joolweb\SessionsPro\Sessions\Session_Service;
use Joolweb\SessionsPro\Tests\TestCase;

final class PrivacyTest extends TestCase {

	private int $coach;
	private Client $client;

	protected function setUp(): void {
		parent::setUp();
		$this->coach  = $this->create_user( 'joolwebsp_coach' );
		$this->client = $this->make_client(
			array(
				'first_name' => 'Ana',
				'last_name'  => 'Zed',
				'email'      => 'ana@example.org',
				'phone'      => '0612345678',
			),
			$this->coach
		);
	}

	/**
	 * Calls the plugin's exporter through WordPress's registry.
	 *
	 * @param string $email Email.
	 * @param int    $page  Page.
	 * @return array{data: list<array<string, mixed>>, done: bool}
	 */
	private function export( string $email, int $page ): array {
		$exporters = apply_filters( 'wp_privacy_personal_data_exporters', array() );
		return call_user_func( $exporters['joolweb-sessions-pro']['callback'], $email, $page );
	}

	/**
	 * Every page of the export, as WordPress's tool walks it.
	 *
	 * @param string $email Email.
	 * @return array{items: list<array<string, mixed>>, pages: int}
	 */
	private function export_all( string $email ): array {
		$items = array();
		$page  = 1;
		do {
			$result = $this->export( $email, $page );
			$items  = array_merge( $items, $result['data'] );
			++$page;
			$this->assertLessThan( 100, $page, 'The exporter ends' );
		} while ( ! $result['done'] );
		return array(
			'items' => $items,
			'pages' => $page - 1,
		);
	}

	/**
	 * Items of a group, as name => value maps.
	 *
	 * @param list<array<string, mixed>> $items Items.
	 * @param string                     $group Group id.
	 * @return list<array<string, string>>
	 */
	private static function group( array $items, string $group ): array {
		$out = array();
		foreach ( $items as $item ) {
			if ( $group === $item['group_id'] ) {
				$out[] = array_column( $item['data'], 'value', 'name' );
			}
		}
		return $out;
	}

	public function test_the_export_holds_profile_sessions_bundles_notes_and_emails(): void {
		wp_set_current_user( $this->coach );
		$session = $this->rest(
			'POST',
			'/joolwebsp/v1/sessions',
			array(
				'client_id'        => $this->client->id,
				'start'            => '2030-01-10T09:30:00Z',
				'duration_minutes' => 45,
				'location'         => 'Studio 4',
				'video_url'        => 'https://meet.example.com/ana',
				'price'            => '60',
				'payment_status'   => 'paid',
				'title'            => 'Kick-off',
				'notify'           => true,
			)
		);
		$this->assertSame( 201, $session->get_status() );
		$this->rest( 'PUT', '/joolwebsp/v1/clients/' . $this->client->id . '/notes', array( 'notes' => 'Knee injury in 2024' ) );
		wp_set_current_user( $this->create_user( 'administrator' ) );
		$bundle = $this->rest(
			'POST',
			'/joolwebsp/v1/bundles',
			array(
				'client_id'        => $this->client->id,
				'coach_id'         => $this->coach,
				'title'            => 'Spring pack',
				'sessions_planned' => 2,
				'price'            => '100',
			)
		);
		$this->assertSame( 201, $bundle->get_status() );

		$export  = $this->export_all( 'ANA@example.org' )['items'];
		$profile = self::group( $export, 'joolwebsp-client' );
		$this->assertSame( 'Ana', $profile[0]['First name'] );
		$this->assertSame( '0612345678', $profile[0]['Phone'] );
		$this->assertSame( 'Knee injury in 2024', self::group( $export, 'joolwebsp-notes' )[0]['Notes'] );
		$this->assertSame( 'Spring pack', self::group( $export, 'joolwebsp-bundles' )[0]['Title'] );
		$sessions = self::group( $export, 'joolwebsp-sessions' );
		$this->assertCount( 1, $sessions );
		$this->assertSame(
			array(
				'Title'              => 'Kick-off',
				'Date (UTC)'         => '2030-01-10 09:30:00',
				'Duration (minutes)' => '45',
				'Location'           => 'Studio 4',
				'Video link'         => 'https://meet.example.com/ana',
				'Status'             => 'Booked',
				'Price'              => '60.00 EUR',
				'Payment status'     => 'Paid',
			),
			$sessions[0]
		);
		$emails = self::group( $export, 'joolwebsp-emails' );
		$this->assertCount( 1, $emails, 'The booking confirmation' );
		$this->assertSame( 'ana@example.org', $emails[0]['Recipient'] );

		$this->assertSame( array(), $this->export( 'nobody@example.org', 1 )['data'] );
	}

	public function test_two_thousand_sessions_export_a_page_at_a_time(): void {
		global $wpdb;
		$table = $wpdb->prefix . 'joolwebsp_sessions';
		$rows  = array();
		for ( $i = 0; $i < 2000; $i++ ) {
			$rows[] = $wpdb->prepare( '(%d, %d, %s, %s, %s, %s, %s, %s)', $this->client->id, $this->coach, 'S' . $i, gmdate( 'Y-m-d H:i:s', 1900000000 + $i * 3600 ), 'completed', 'paid', '2026-01-01 00:00:00', '2026-01-01 00:00:00' );
		}
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQL.NotPrepared -- Rows prepared above.
		$wpdb->query( "INSERT INTO {$table} (client_id, coach_id, title, start_gmt, status, payment_status, created_at_gmt, updated_at_gmt) VALUES " . implode( ',', $rows ) );

		$all = $this->export_all( 'ana@example.org' );
		$this->assertCount( 2000, self::group( $all['items'], 'joolwebsp-sessions' ) );
		$this->assertSame( 1 + (int) ceil( 2000 / Privacy::SESSIONS_PER_PAGE ) + 1, $all['pages'], 'Profile page, session pages, email page' );
		$this->assertLessThanOrEqual( Privacy::SESSIONS_PER_PAGE, count( $this->export( 'ana@example.org', 2 )['data'] ) );
	}

	public function test_erasure_removes_the_person_and_keeps_the_coachs_accounts(): void {
		$created = Plugin::instance()->get( Session_Service::class )->create(
			array(
				'client_id'      => $this->client->id,
				'start'          => '2030-01-10T09:30:00Z',
				'price'          => '60',
				'payment_status' => 'paid',
				'location'       => 'Ana home, 3 rue X',
				'notes'          => 'Private',
			),
			$this->coach,
			true
		);
		$this->assertIsArray( $created );
		wp_set_current_user( $this->coach );
		$this->rest( 'PUT', '/joolwebsp/v1/clients/' . $this->client->id . '/notes', array( 'notes' => 'Knee' ) );

		$erasers = apply_filters( 'wp_privacy_personal_data_erasers', array() );
		$result  = call_user_func( $erasers['joolweb-sessions-pro']['callback'], 'ana@example.org', 1 );
		$this->assertTrue( $result['items_removed'] );
		$this->assertTrue( $result['items_retained'], 'Sessions are kept, detached' );
		$this->assertTrue( $result['done'] );
		$this->assertNotEmpty( $result['messages'] );

		$this->assertSame( array(), $this->export( 'ana@example.org', 1 )['data'], 'Nothing left to export' );
		$session = Plugin::instance()->get( Session_Repository::class )->find( $created['session']->id );
		$this->assertNotNull( $session );
		$this->assertSame( 0, $session->client_id );
		$this->assertSame( $this->coach, $session->coach_id );
		$this->assertSame( 6000, $session->price_cents );
		$this->assertSame( 'paid', $session->payment_status );
		$this->assertSame( '', $session->location );
		$this->assertSame( '', $session->notes );
		$this->assertStringNotContainsString( 'Ana', $session->title );

		// The coach still sees it in the Sessions list, as "Erased client", and no longer reaches a client.
		$list = $this->rest( 'GET', '/joolwebsp/v1/sessions' )->get_data();
		$this->assertSame( array( 'Erased client' ), wp_list_pluck( $list, 'client_name' ) );
		$this->assertSame( '0', $this->rest( 'GET', '/joolwebsp/v1/clients' )->get_headers()['X-WP-Total'] );

		// Nothing to erase the second time.
		$again = call_user_func( $erasers['joolweb-sessions-pro']['callback'], 'ana@example.org', 1 );
		$this->assertFalse( $again['items_removed'] );
	}
}
