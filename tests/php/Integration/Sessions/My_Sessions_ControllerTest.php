<?php
/**
 * The client area's REST: own sessions only, no coach notes, and the cancellation window.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Sessions;

use Joolweb\SessionsPro\Clients\Client;
use Joolweb\SessionsPro\Plugin;
use Joolweb\SessionsPro\Sessions\Session_Repository;
use Joolweb\SessionsPro\Sessions\Session_Service;
use Joolweb\SessionsPro\Settings\Settings;
use Joolweb\SessionsPro\Tests\TestCase;

final class My_Sessions_ControllerTest extends TestCase {

	private int $coach;

	protected function setUp(): void {
		parent::setUp();
		$this->coach = $this->create_user( 'joolwebsp_coach', array( 'user_email' => 'coach-' . wp_generate_password( 6, false ) . '@example.org' ) );
	}

	/**
	 * Creates a session as the coach.
	 *
	 * @param Client               $client Client.
	 * @param array<string, mixed> $fields Fields.
	 * @return array<string, mixed>
	 */
	private function session( Client $client, array $fields = array() ): array {
		wp_set_current_user( $this->coach );
		$response = $this->rest(
			'POST',
			'/joolwebsp/v1/sessions',
			array_merge(
				array(
					'client_id' => $client->id,
					'start'     => gmdate( 'Y-m-d\TH:i:s\Z', time() + 7 * DAY_IN_SECONDS ),
					'price'     => '50',
					'notes'     => 'Private coach note',
				),
				$fields
			)
		);
		$this->assertSame( 201, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		wp_set_current_user( $client->user_id );
		return $response->get_data();
	}

	public function test_only_own_sessions_and_never_the_notes(): void {
		$me    = $this->make_client( array(), $this->coach );
		$other = $this->make_client( array(), $this->coach );
		$own   = $this->session( $me );
		$this->session(
			$me,
			array(
				'start'            => '2020-01-01T10:00:00Z',
				'status'           => 'completed',
				'payment_status'   => 'paid',
				'duration_minutes' => 45,
			)
		);
		$this->session( $other );

		wp_set_current_user( $me->user_id );
		$response = $this->rest( 'GET', '/joolwebsp/v1/me/sessions' );
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( '2', $response->get_headers()['X-WP-Total'] );
		foreach ( $response->get_data() as $item ) {
			$this->assertSame( $me->id, $item['client_id'] );
			$this->assertArrayNotHasKey( 'notes', $item );
			$this->assertStringNotContainsString( 'Private coach note', (string) wp_json_encode( $item ) );
		}
		$upcoming = $this->rest( 'GET', '/joolwebsp/v1/me/sessions', null, array( 'timeline' => 'upcoming' ) )->get_data();
		$this->assertSame( array( $own['id'] ), array_column( $upcoming, 'id' ) );
		$this->assertTrue( $upcoming[0]['can_cancel'] );
		$this->assertNotEmpty( $upcoming[0]['coach_name'] );
		$pending = $this->rest( 'GET', '/joolwebsp/v1/me/sessions', null, array( 'payment_status' => 'pending' ) )->get_data();
		$this->assertSame( array( $own['id'] ), array_column( $pending, 'id' ) );

		$summary = $this->rest( 'GET', '/joolwebsp/v1/me/summary' )->get_data();
		$this->assertSame( 2, $summary['sessions_total'] );
		$this->assertSame( 1, $summary['sessions_completed'] );
		$this->assertSame( 45, $summary['minutes_completed'] );
		$this->assertSame( '50.00', $summary['total_spent'] );
		$this->assertSame( $own['id'], $summary['next_session']['id'] );
		$this->assertArrayNotHasKey( 'notes', $summary['next_session'] );

		// Another client's session cannot be cancelled (404, no hint).
		$other_session = $this->session( $other );
		wp_set_current_user( $me->user_id );
		$response = $this->rest( 'POST', '/joolwebsp/v1/me/sessions/' . $other_session['id'] . '/cancel' );
		$this->assertSame( 404, $response->get_status() );
		$this->assertSame( 'joolwebsp_session_not_found', $response->get_data()['code'] );
		$this->assertSame( 'booked', Plugin::instance()->get( Session_Repository::class )->find( (int) $other_session['id'] )?->status );
	}

	public function test_who_may_call(): void {
		$this->assertSame( 401, $this->rest( 'GET', '/joolwebsp/v1/me/sessions' )->get_status() );
		wp_set_current_user( $this->coach );
		$this->assertSame( 403, $this->rest( 'GET', '/joolwebsp/v1/me/sessions' )->get_status() );
		$this->assertSame( 403, $this->rest( 'GET', '/joolwebsp/v1/me/summary' )->get_status() );
		$this->assertSame( 403, $this->rest( 'POST', '/joolwebsp/v1/me/sessions/1/cancel' )->get_status() );
	}

	public function test_cancelling_outside_the_window_cancels_the_payment_and_tells_both(): void {
		Plugin::instance()->get( Settings::class )->update( array( 'cancellation_window_hours' => 24 ) );
		$me          = $this->make_client( array(), $this->coach );
		$session     = $this->session( $me );
		$this->mails = array();

		$response = $this->rest( 'POST', '/joolwebsp/v1/me/sessions/' . $session['id'] . '/cancel' );
		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertSame( 'cancelled', $response->get_data()['status'] );
		$this->assertSame( 'cancelled', $response->get_data()['payment_status'], 'The pending payment is cancelled' );
		$this->assertFalse( $response->get_data()['can_cancel'] );
		$recipients = array_map( static fn( array $mail ) => is_array( $mail['to'] ) ? $mail['to'][0] : $mail['to'], $this->mails );
		$this->assertContains( get_userdata( $this->coach )->user_email, $recipients, 'The coach is notified' );
		$this->assertContains( $me->email, $recipients, 'The client gets the cancellation email' );

		// Twice: 409, nothing sent.
		$this->mails = array();
		$again       = $this->rest( 'POST', '/joolwebsp/v1/me/sessions/' . $session['id'] . '/cancel' );
		$this->assertSame( 409, $again->get_status() );
		$this->assertSame( array(), $this->mails );
	}

	public function test_the_window_boundary(): void {
		$settings = Plugin::instance()->get( Settings::class );
		$settings->update( array( 'cancellation_window_hours' => 24 ) );
		$service = Plugin::instance()->get( Session_Service::class );
		$repo    = Plugin::instance()->get( Session_Repository::class );
		$me      = $this->make_client( array(), $this->coach );
		$start   = time() + 3 * DAY_IN_SECONDS;
		$data    = $this->session( $me, array( 'start' => gmdate( 'Y-m-d\TH:i:s\Z', $start ) ) );
		$session = $repo->find( (int) $data['id'] );
		$this->assertNotNull( $session );
		$deadline = $start - 24 * HOUR_IN_SECONDS;
		$this->assertSame( $deadline, $service->cancellation_deadline( $session ) );

		$inside = $service->cancel_by_client( $session, $me, $deadline + 1 );
		$this->assertWPError( $inside );
		$this->assertSame( 'joolwebsp_cancellation_window', $inside->get_error_code() );
		$this->assertSame( 409, $inside->get_error_data()['status'] );
		$this->assertSame( gmdate( 'Y-m-d\TH:i:s\Z', $deadline ), $inside->get_error_data()['deadline'] );
		$this->assertStringContainsString( 'contact your coach', $inside->get_error_message() );
		$this->assertSame( 'booked', $repo->find( $session->id )?->status );

		$exactly = $service->cancel_by_client( $session, $me, $deadline );
		$this->assertIsArray( $exactly, 'Exactly the window before the start is still allowed' );
		$this->assertSame( 'cancelled', $exactly['session']->status );
	}

	public function test_inside_the_window_over_rest_and_a_window_of_zero(): void {
		$settings = Plugin::instance()->get( Settings::class );
		$settings->update( array( 'cancellation_window_hours' => 48 ) );
		$me   = $this->make_client( array(), $this->coach );
		$soon = $this->session( $me, array( 'start' => gmdate( 'Y-m-d\TH:i:s\Z', time() + 10 * HOUR_IN_SECONDS ) ) );
		$this->assertFalse( $this->rest( 'GET', '/joolwebsp/v1/me/sessions', null, array( 'timeline' => 'upcoming' ) )->get_data()[0]['can_cancel'] );
		$refused = $this->rest( 'POST', '/joolwebsp/v1/me/sessions/' . $soon['id'] . '/cancel' );
		$this->assertSame( 409, $refused->get_status() );
		$this->assertSame( 'joolwebsp_cancellation_window', $refused->get_data()['code'] );
		$this->assertSame( 48, $refused->get_data()['data']['window_hours'] );
		$this->assertArrayHasKey( 'deadline', $refused->get_data()['data'] );

		$settings->update( array( 'cancellation_window_hours' => 0 ) );
		$this->assertSame( 200, $this->rest( 'POST', '/joolwebsp/v1/me/sessions/' . $soon['id'] . '/cancel' )->get_status(), '0 = no limit' );
		$started = $this->session( $me, array( 'start' => gmdate( 'Y-m-d\TH:i:s\Z', time() - 60 ) ) );
		$this->assertSame( 409, $this->rest( 'POST', '/joolwebsp/v1/me/sessions/' . $started['id'] . '/cancel' )->get_status(), 'Not once started' );
	}
}
