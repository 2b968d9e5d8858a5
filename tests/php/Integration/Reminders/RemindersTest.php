<?php
/**
 * Reminders: when, once, again after a move, never for cancelled sessions, overlapping runs, big
 * backlogs, and the cron event.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Reminders;

use Joolweb\SessionsPro\Clients\Client;
use Joolweb\SessionsPro\Lifecycle\Activator;
use Joolweb\SessionsPro\Lifecycle\Deactivator;
use Joolweb\SessionsPro\Plugin;
use Joolweb\SessionsPro\Reminders\Reminders;
use Joolweb\SessionsPro\Settings\Settings;
use Joolweb\SessionsPro\Tests\TestCase;

final class RemindersTest extends TestCase {

	private int $coach;
	private Client $client;

	protected function setUp(): void {
		parent::setUp();
		$this->coach  = $this->create_user( 'joolwebsp_coach' );
		$this->client = $this->make_client(
			array(
				'first_name' => 'Ana',
				'email'      => 'ana@example.org',
			),
			$this->coach
		);
		wp_set_current_user( $this->coach );
	}

	private function reminders(): Reminders {
		return Plugin::instance()->get( Reminders::class );
	}

	/**
	 * Creates a session starting in $seconds, through REST.
	 *
	 * @param int                  $seconds From now.
	 * @param array<string, mixed> $fields  Overrides.
	 */
	private function session_in( int $seconds, array $fields = array() ): int {
		$response = $this->rest(
			'POST',
			'/joolwebsp/v1/sessions',
			array_merge(
				array(
					'client_id' => $this->client->id,
					'start'     => gmdate( 'Y-m-d\TH:i:s\Z', time() + $seconds ),
				),
				$fields
			)
		);
		$this->assertSame( 201, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		return (int) $response->get_data()['id'];
	}

	/**
	 * Session ids of the reminders in the email log.
	 *
	 * @return list<int>
	 */
	private function reminded(): array {
		global $wpdb;
		return array_map( 'intval', $wpdb->get_col( "SELECT session_id FROM {$wpdb->prefix}joolwebsp_email_log WHERE type = 'session_reminder' ORDER BY id" ) );
	}

	public function test_sent_within_the_delay_never_early_never_for_past_or_cancelled_sessions(): void {
		$due       = $this->session_in( 23 * HOUR_IN_SECONDS );
		$early     = $this->session_in( 25 * HOUR_IN_SECONDS );
		$past      = $this->session_in( -HOUR_IN_SECONDS );
		$cancelled = $this->session_in( 2 * HOUR_IN_SECONDS, array( 'status' => 'cancelled' ) );
		$completed = $this->session_in( 2 * HOUR_IN_SECONDS, array( 'status' => 'completed' ) );
		$available = $this->session_in( 2 * HOUR_IN_SECONDS, array( 'status' => 'available' ) );

		$result = $this->reminders()->run();
		$this->assertSame( 'done', $result['status'] );
		$this->assertSame( 1, $result['sent'] );
		$this->assertSame( array( $due ), $this->reminded() );
		$this->assertCount( 1, $this->mails );
		$this->assertSame( 'ana@example.org', $this->mails[0]['to'] );
		$this->assertStringContainsString( 'Reminder', $this->mails[0]['subject'] );

		// Two hours later the 25-hour session is within the 24 hours.
		$later = gmdate( 'Y-m-d H:i:s', time() + 2 * HOUR_IN_SECONDS );
		$this->assertSame( 1, $this->reminders()->run( array( 'now' => $later ) )['sent'] );
		$this->assertSame( array( $due, $early ), $this->reminded() );
		unset( $past, $cancelled, $completed, $available );
	}

	public function test_a_session_is_reminded_once(): void {
		$id = $this->session_in( HOUR_IN_SECONDS );
		$this->assertSame( 1, $this->reminders()->run()['sent'] );
		$this->assertSame( 0, $this->reminders()->run()['sent'] );
		$this->assertSame( 0, $this->reminders()->run( array( 'now' => gmdate( 'Y-m-d H:i:s', time() + 1800 ) ) )['sent'] );
		$this->assertSame( array( $id ), $this->reminded() );
	}

	public function test_a_session_moved_after_its_reminder_gets_one_for_the_new_time(): void {
		$id = $this->session_in( 2 * HOUR_IN_SECONDS );
		$this->reminders()->run();
		$new_start = time() + 5 * HOUR_IN_SECONDS;
		$this->assertSame( 200, $this->rest( 'PATCH', '/joolwebsp/v1/sessions/' . $id, array( 'start' => gmdate( 'Y-m-d\TH:i:s\Z', $new_start ) ) )->get_status() );

		$this->assertSame( 1, $this->reminders()->run()['sent'] );
		$this->assertSame( array( $id, $id ), $this->reminded() );
		$this->assertStringContainsString( wp_date( (string) get_option( 'time_format' ), $new_start ), $this->mails[1]['subject'], 'About the new time' );
		$this->assertSame( 0, $this->reminders()->run()['sent'], 'And once for that time' );

		// Moved beyond the delay: nothing until it is due.
		$this->rest( 'PATCH', '/joolwebsp/v1/sessions/' . $id, array( 'start' => gmdate( 'Y-m-d\TH:i:s\Z', time() + 30 * HOUR_IN_SECONDS ) ) );
		$this->assertSame( 0, $this->reminders()->run()['sent'] );
		$this->assertSame( 1, $this->reminders()->run( array( 'now' => gmdate( 'Y-m-d H:i:s', time() + 7 * HOUR_IN_SECONDS ) ) )['sent'] );
	}

	public function test_a_session_cancelled_or_completed_before_its_reminder_gets_none(): void {
		$id = $this->session_in( 2 * HOUR_IN_SECONDS );
		$this->rest( 'PATCH', '/joolwebsp/v1/sessions/' . $id, array( 'status' => 'cancelled' ) );
		$this->assertSame( 0, $this->reminders()->run()['sent'] );
		$this->assertSame( array(), $this->reminded() );
	}

	public function test_the_delay_setting_and_the_switch_are_honoured(): void {
		$settings = Plugin::instance()->get( Settings::class );
		$this->session_in( 5 * HOUR_IN_SECONDS );

		$settings->update( array( 'reminder_hours' => 2 ) );
		$this->assertSame( 0, $this->reminders()->run()['sent'], 'Five hours ahead, two-hour delay' );

		$settings->update( array( 'reminder_hours' => 0 ) );
		$this->assertSame( 'off', $this->reminders()->run( array( 'now' => gmdate( 'Y-m-d H:i:s', time() + 4 * HOUR_IN_SECONDS ) ) )['status'] );

		$settings->update(
			array(
				'reminder_hours' => 12,
				'emails'         => array( 'reminder' => array( 'enabled' => false ) ),
			)
		);
		$this->assertSame( 'disabled', $this->reminders()->run()['status'] );
		$this->assertSame( array(), $this->mails );

		$settings->update( array( 'emails' => array( 'reminder' => array( 'enabled' => true ) ) ) );
		$this->assertSame( 1, $this->reminders()->run()['sent'], 'Not lost while switched off' );
	}

	public function test_two_overlapping_runs_send_once(): void {
		$ids = array();
		for ( $i = 1; $i <= 5; $i++ ) {
			$ids[] = $this->session_in( $i * HOUR_IN_SECONDS );
		}
		// A second run starts after the first has read its batch, and finishes before it claims anything.
		$inner  = null;
		$nested = function () use ( &$inner, &$nested ): void {
			remove_action( 'joolwebsp_reminders_batch', $nested );
			$inner = $this->reminders()->run();
		};
		add_action( 'joolwebsp_reminders_batch', $nested );

		$outer = $this->reminders()->run();

		$this->assertSame( 5, $inner['sent'] );
		$this->assertSame( 0, $outer['sent'] );
		$this->assertSame( 5, $outer['skipped'], 'The first run read the same sessions but could not claim them' );
		$this->assertCount( 5, $this->mails );
		$this->assertEqualsCanonicalizing( $ids, $this->reminded() );
	}

	public function test_a_backlog_of_ten_thousand_is_sent_in_bounded_runs(): void {
		global $wpdb;
		$table = $wpdb->prefix . 'joolwebsp_sessions';
		$now   = time();
		$rows  = array();
		for ( $i = 0; $i < 10000; $i++ ) {
			$start  = gmdate( 'Y-m-d H:i:s', $now + 600 + $i * 7 );
			$rows[] = $wpdb->prepare( "(%d, %d, 'Backlog', %s, 60, '', '', 0, 'EUR', 'booked', 'pending', '', 0, %s, %s)", $this->client->id, $this->coach, $start, $start, $start );
			if ( count( $rows ) === 1000 ) {
				$wpdb->query( "INSERT INTO {$table} (client_id, coach_id, title, start_gmt, duration_minutes, location, video_url, price_cents, currency, status, payment_status, notes, created_by, created_at_gmt, updated_at_gmt) VALUES " . implode( ',', $rows ) ); // phpcs:ignore -- test fixture.
				$rows = array();
			}
		}

		$started = microtime( true );
		$first   = $this->reminders()->run();
		$elapsed = microtime( true ) - $started;
		$this->assertSame( Reminders::PER_RUN, $first['sent'] );
		$this->assertTrue( $first['more'] );
		$this->assertLessThan( Reminders::TIME_BUDGET, $elapsed );

		$second = $this->reminders()->run( array( 'limit' => 120 ) );
		$this->assertSame( 120, $second['sent'] );
		$reminded = $this->reminded();
		$this->assertCount( Reminders::PER_RUN + 120, $reminded );
		$this->assertCount( count( $reminded ), array_unique( $reminded ), 'No session twice' );
		$this->assertSame( 10000 - count( $reminded ), (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$table} WHERE title = 'Backlog' AND reminded_for_gmt IS NULL" ) ); // phpcs:ignore -- test check.

		// Soonest first: the earliest sessions were reminded.
		$latest_reminded = $wpdb->get_var( "SELECT MAX(start_gmt) FROM {$table} WHERE title = 'Backlog' AND reminded_for_gmt IS NOT NULL" ); // phpcs:ignore -- test check.
		$earliest_left   = $wpdb->get_var( "SELECT MIN(start_gmt) FROM {$table} WHERE title = 'Backlog' AND reminded_for_gmt IS NULL" ); // phpcs:ignore -- test check.
		$this->assertLessThan( $earliest_left, $latest_reminded );
	}

	public function test_cron_runs_every_15_minutes_from_activation_to_deactivation(): void {
		$this->assertSame( 900, wp_get_schedules()[ Reminders::SCHEDULE ]['interval'] );
		$this->assertSame( 10, has_action( 'init', array( Reminders::class, 'schedule' ) ), 'Self-heals on every request' );
		$this->assertNotFalse( has_action( Reminders::HOOK ) );

		Deactivator::deactivate();
		$this->assertFalse( wp_next_scheduled( Reminders::HOOK ) );
		Activator::activate();
		$next = wp_next_scheduled( Reminders::HOOK );
		$this->assertIsInt( $next );
		$this->assertSame( Reminders::SCHEDULE, wp_get_schedule( Reminders::HOOK ) );
		Activator::activate();
		$this->assertSame( $next, wp_next_scheduled( Reminders::HOOK ), 'Scheduled once' );

		wp_clear_scheduled_hook( Reminders::HOOK );
		Reminders::schedule();
		$this->assertIsInt( wp_next_scheduled( Reminders::HOOK ), 'A lost event comes back' );
	}

	public function test_the_cron_callback_sends_and_records_its_run(): void {
		$this->session_in( HOUR_IN_SECONDS );
		do_action( Reminders::HOOK );
		$this->assertCount( 1, $this->mails );
		$last = get_option( Reminders::LAST_RUN_OPTION );
		$this->assertSame( 'cron', $last['source'] );
		$this->assertSame( 1, $last['sent'] );
		$this->assertFalse( $this->reminders()->status()['stale'] );

		$this->reminders()->run();
		$this->assertSame( 'cron', get_option( Reminders::LAST_RUN_OPTION )['source'], 'A manual run is not a cron run' );
	}
}
