<?php
/**
 * Every email type honours Settings → Emails: on/off, subject, body, escaping, sender, logging.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Emails;

use Joolweb\SessionsPro\Clients\Client;
use Joolweb\SessionsPro\Emails\Email_Templates;
use Joolweb\SessionsPro\Plugin;
use Joolweb\SessionsPro\Reminders\Reminders;
use Joolweb\SessionsPro\Sessions\Session_Emails;
use Joolweb\SessionsPro\Sessions\Session_Repository;
use Joolweb\SessionsPro\Settings\Settings;
use Joolweb\SessionsPro\Tests\TestCase;

final class EmailTemplatesTest extends TestCase {

	private int $admin;
	private int $coach;
	private Client $client;

	protected function setUp(): void {
		parent::setUp();
		$this->admin  = $this->create_user( 'administrator' );
		$this->coach  = $this->create_user(
			'joolwebsp_coach',
			array(
				'display_name' => 'Coach Carla',
				'user_email'   => 'carla@example.org',
			)
		);
		$this->client = $this->make_client(
			array(
				'first_name' => 'Ana',
				'last_name'  => '<b>x</b>',
				'email'      => 'ana@example.org',
			),
			$this->coach
		);
	}

	/**
	 * Saves settings as the administrator.
	 *
	 * @param array<string, mixed> $changes Changes.
	 */
	private function settings( array $changes ): void {
		$result = Plugin::instance()->get( Settings::class )->update( $changes );
		$this->assertIsArray( $result, is_wp_error( $result ) ? (string) wp_json_encode( $result->get_error_data() ) : '' );
	}

	/**
	 * Creates a session through REST as the coach.
	 *
	 * @param array<string, mixed> $fields Overrides.
	 * @return array<string, mixed>
	 */
	private function session( array $fields = array() ): array {
		wp_set_current_user( $this->coach );
		$response = $this->rest(
			'POST',
			'/joolwebsp/v1/sessions',
			array_merge(
				array(
					'client_id' => $this->client->id,
					'start'     => gmdate( 'Y-m-d\TH:i:s\Z', time() + 3 * HOUR_IN_SECONDS ),
					'location'  => 'Studio <i>2</i>',
				),
				$fields
			)
		);
		$this->assertSame( 201, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		return $response->get_data();
	}

	private function send_welcome(): void {
		wp_set_current_user( $this->admin );
		$this->rest( 'POST', '/joolwebsp/v1/clients/' . $this->client->id . '/send-login' );
	}

	private function send_password_reset(): void {
		wp_set_current_user( $this->admin );
		$this->rest( 'POST', '/joolwebsp/v1/clients/' . $this->client->id . '/password-reset' );
	}

	private function send_booking_confirmation(): void {
		$this->session( array( 'notify' => true ) );
	}

	private function send_session_update(): void {
		// Confirmed first, so Save and notify after a move sends the update.
		$session = $this->session( array( 'notify' => true ) );
		$this->rest(
			'PATCH',
			'/joolwebsp/v1/sessions/' . $session['id'],
			array(
				'start'  => gmdate( 'Y-m-d\TH:i:s\Z', time() + 5 * HOUR_IN_SECONDS ),
				'notify' => true,
			)
		);
	}

	private function send_cancellation(): void {
		$session = $this->session();
		$this->rest( 'PATCH', '/joolwebsp/v1/sessions/' . $session['id'], array( 'status' => 'cancelled' ) );
	}

	private function send_reminder(): void {
		$this->session();
		Plugin::instance()->get( Reminders::class )->run();
	}

	private function send_client_cancelled(): void {
		$session = $this->session();
		$found   = Plugin::instance()->get( Session_Repository::class )->find( $session['id'] );
		Plugin::instance()->get( Session_Emails::class )->send_client_cancelled( $found, $this->client );
	}

	/**
	 * @return array<string, array{0: string, 1: string, 2: string, 3: string}>
	 */
	public function provide_types(): array {
		return array(
			'welcome'              => array( 'welcome', 'send_welcome', 'ana@example.org', 'welcome' ),
			'password reset'       => array( 'password_reset', 'send_password_reset', 'ana@example.org', 'password_reset' ),
			'booking confirmation' => array( 'booking_confirmation', 'send_booking_confirmation', 'ana@example.org', 'session_confirmation' ),
			'session update'       => array( 'session_update', 'send_session_update', 'ana@example.org', 'session_update' ),
			'cancellation'         => array( 'cancellation', 'send_cancellation', 'ana@example.org', 'session_cancellation' ),
			'reminder'             => array( 'reminder', 'send_reminder', 'ana@example.org', 'session_reminder' ),
			'client cancelled'     => array( 'client_cancelled', 'send_client_cancelled', 'carla@example.org', 'client_cancelled' ),
		);
	}

	/**
	 * The mails whose subject starts with a marker.
	 *
	 * @param string $marker Marker.
	 * @return list<array<string, mixed>>
	 */
	private function mails_marked( string $marker ): array {
		return array_values( array_filter( $this->mails, static fn( array $mail ): bool => str_starts_with( (string) $mail['subject'], $marker ) ) );
	}

	/**
	 * @dataProvider provide_types
	 *
	 * @param string $type      Email type.
	 * @param string $trigger   Method that makes the plugin send it.
	 * @param string $recipient Expected recipient.
	 * @param string $log_type  Type in the email log.
	 */
	public function test_each_type_honours_on_off_subject_and_body( string $type, string $trigger, string $recipient, string $log_type ): void {
		$this->settings(
			array(
				'emails' => array(
					$type => array(
						'subject' => "[{$type}] {client_first_name} {client_name} on {site_name}",
						'body'    => "Dear {client_name},\nThis is the {$type} email of {site_name}.",
					),
				),
			)
		);
		$this->{$trigger}();
		$sent = $this->mails_marked( "[{$type}]" );
		$this->assertCount( 1, $sent, (string) wp_json_encode( $this->mails ) );
		$this->assertSame( $recipient, $sent[0]['to'] );
		$this->assertSame( "[{$type}] Ana Ana <b>x</b> on Tests", $sent[0]['subject'] );
		$this->assertSame( "Dear Ana <b>x</b>,\nThis is the {$type} email of Tests.", $sent[0]['message'], 'Plain text: the name stays text, never markup' );
		$this->assertSame( array(), array_filter( (array) $sent[0]['headers'], static fn( $h ) => false !== stripos( (string) $h, 'text/html' ) ) );

		global $wpdb;
		$logged = $wpdb->get_col( $wpdb->prepare( "SELECT subject FROM {$wpdb->prefix}joolwebsp_email_log WHERE type = %s AND success = 1 AND client_id = %d", $log_type, $this->client->id ) );
		$this->assertSame( array( $sent[0]['subject'] ), $logged, 'Logged through the Mailer' );

		// Switched off: nothing is sent or logged.
		$this->settings( array( 'emails' => array( $type => array( 'enabled' => false ) ) ) );
		$this->{$trigger}();
		$this->assertCount( 1, $this->mails_marked( "[{$type}]" ), 'Switched off: not sent' );
		$this->assertSame( 1, (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->prefix}joolwebsp_email_log WHERE type = %s AND client_id = %d", $log_type, $this->client->id ) ) );
	}

	public function test_a_switched_off_email_is_reported_to_who_asked_for_it(): void {
		$this->settings(
			array(
				'emails' => array(
					'welcome'              => array( 'enabled' => false ),
					'booking_confirmation' => array( 'enabled' => false ),
				),
			)
		);
		wp_set_current_user( $this->admin );
		$response = $this->rest( 'POST', '/joolwebsp/v1/clients/' . $this->client->id . '/send-login' );
		$this->assertSame( 409, $response->get_status() );
		$this->assertSame( 'joolwebsp_email_disabled', $response->get_data()['code'] );

		$session = $this->session( array( 'notify' => true ) );
		$this->assertFalse( $session['email']['sent'] );
		$this->assertStringContainsString( 'switched off', $session['email']['error'] );
		$this->assertSame( array(), $this->mails );
	}

	public function test_defaults_fill_the_session_details_and_leave_out_empty_lines(): void {
		$this->session(
			array(
				'notify'    => true,
				'location'  => '',
				'video_url' => '',
				'start'     => '2031-03-04T09:30:00Z',
			)
		);
		$mail = $this->mails[0];
		$this->assertSame( '[Tests] Session booked: March 4, 2031 at 9:30 am', $mail['subject'] );
		$this->assertStringContainsString( "Hello Ana,\n", $mail['message'] );
		$this->assertStringContainsString( 'When: March 4, 2031 at 9:30 am', $mail['message'] );
		$this->assertStringContainsString( 'With: Coach Carla', $mail['message'] );
		$this->assertStringContainsString( 'Your sessions: ' . wp_login_url(), $mail['message'] );
		$this->assertStringNotContainsString( 'Where:', $mail['message'], 'No location: the line is left out' );
		$this->assertStringNotContainsString( 'Video link:', $mail['message'] );
		$this->assertStringNotContainsString( '{', $mail['message'] );
	}

	public function test_html_format_escapes_values_and_filters_the_template(): void {
		add_filter( 'joolwebsp_email_format', static fn() => 'html' );
		$this->settings( array( 'emails' => array( 'booking_confirmation' => array( 'body' => "<p>Dear {client_name}</p><script>alert(1)</script>\nWhere: {session_location}" ) ) ) );
		$this->session( array( 'notify' => true ) );
		$mail = $this->mails[0];
		$this->assertStringContainsString( '<p>Dear Ana &lt;b&gt;x&lt;/b&gt;</p>', $mail['message'] );
		$this->assertStringContainsString( 'Where: Studio &lt;i&gt;2&lt;/i&gt;', $mail['message'] );
		$this->assertStringNotContainsString( '<script>', $mail['message'] );
		$this->assertStringNotContainsString( '<b>x</b>', $mail['message'] );
		$this->assertContains( 'Content-Type: text/html; charset=UTF-8', (array) $mail['headers'] );
	}

	public function test_no_header_injection_through_values_or_subjects(): void {
		$subject = Email_Templates::render_subject( '{client_name} {site_name}', array( 'client_name' => "Ana\r\nBcc: evil@example.org" ) );
		$this->assertSame( 'Ana Bcc: evil@example.org {site_name}', $subject );
		$body = Email_Templates::render_body( "Hi {client_name}\nBye", array( 'client_name' => "Ana\nBcc: evil@example.org" ) );
		$this->assertSame( "Hi Ana Bcc: evil@example.org\nBye", $body, 'A value stays on its line' );
		$this->assertSame( 'Hi {client_name}', Email_Templates::render_body( 'Hi {client_name}', array( 'client_first_name' => '{client_name}' ) ), 'Values are not expanded again' );
	}

	public function test_sender_applies_to_the_plugins_emails_only_and_only_when_set(): void {
		$seen = array();
		add_filter(
			'pre_wp_mail',
			static function ( $short, $atts ) use ( &$seen ) {
				$seen[] = array( apply_filters( 'wp_mail_from', 'wordpress@example.org' ), apply_filters( 'wp_mail_from_name', 'WordPress' ) );
				return $short;
			},
			5,
			2
		);
		$this->send_booking_confirmation();
		$this->assertSame( array( 'wordpress@example.org', 'WordPress' ), $seen[0], 'Not set: WordPress defaults' );

		$this->settings(
			array(
				'sender_name'  => 'Studio Zen',
				'sender_email' => 'hello@studio.example',
			)
		);
		$this->send_booking_confirmation();
		$this->assertSame( array( 'hello@studio.example', 'Studio Zen' ), $seen[1] );
		$this->assertSame( 'wordpress@example.org', apply_filters( 'wp_mail_from', 'wordpress@example.org' ), 'Other emails of the site keep their sender' );
	}

	public function test_the_password_reset_link_is_cores_and_works(): void {
		$this->send_password_reset();
		$mail = $this->mails[0];
		$this->assertSame( '[Tests] Password reset', $mail['subject'] );
		$this->assertMatchesRegularExpression( '#wp-login\.php\?action=rp&key=([A-Za-z0-9]+)&login=#', $mail['message'] );
		preg_match( '#key=([A-Za-z0-9]+)&login=([^\s&]+)#', $mail['message'], $m );
		$this->assertInstanceOf( \WP_User::class, check_password_reset_key( $m[1], rawurldecode( $m[2] ) ) );
	}
}
