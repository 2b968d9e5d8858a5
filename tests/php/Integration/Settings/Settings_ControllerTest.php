<?php
/**
 * REST /joolwebsp/v1/settings: the object, partial updates, validation of every field, preview and
 * test email, reminder status.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Settings;

use Joolweb\SessionsPro\Emails\Email_Templates;
use Joolweb\SessionsPro\Plugin;
use Joolweb\SessionsPro\Reminders\Reminders;
use Joolweb\SessionsPro\Settings\Settings;
use Joolweb\SessionsPro\Settings\Style;
use Joolweb\SessionsPro\Tests\TestCase;

final class Settings_ControllerTest extends TestCase {

	protected function setUp(): void {
		parent::setUp();
		wp_set_current_user( $this->create_user( 'administrator' ) );
	}

	public function test_admin_reads_defaults_and_saves_a_change(): void {
		$response = $this->rest( 'GET', '/joolwebsp/v1/settings' );
		$this->assertSame( 200, $response->get_status() );
		$data = $response->get_data();
		$this->assertSame(
			array( 'cancellation_window_hours', 'measurements_enabled', 'dashboard_scope', 'currency', 'delete_data_on_uninstall', 'sender_name', 'sender_email', 'reminder_hours', 'emails', 'coach_capabilities', 'colors' ),
			array_keys( $data )
		);
		$this->assertSame( 24, $data['cancellation_window_hours'] );
		$this->assertFalse( $data['measurements_enabled'] );
		$this->assertSame( 'all', $data['dashboard_scope'] );
		$this->assertSame( 'EUR', $data['currency'] );
		$this->assertFalse( $data['delete_data_on_uninstall'] );
		$this->assertSame( '', $data['sender_name'] );
		$this->assertSame( '', $data['sender_email'] );
		$this->assertSame( 24, $data['reminder_hours'] );
		$this->assertSame( Email_Templates::types(), array_keys( $data['emails'] ) );
		foreach ( $data['emails'] as $type => $email ) {
			$this->assertTrue( $email['enabled'], $type );
			$this->assertSame( Email_Templates::defaults()[ $type ]['subject'], $email['subject'] );
			$this->assertSame( array(), Email_Templates::unknown_tokens( $type, $email['subject'] . $email['body'] ), "Default {$type} uses only its placeholders" );
		}
		$this->assertSame( array( 'view_clients', 'create_clients', 'edit_clients', 'view_sessions', 'edit_sessions' ), $data['coach_capabilities'] );
		$this->assertSame( Settings::default_colors(), $data['colors'] );

		$response = $this->rest( 'POST', '/joolwebsp/v1/settings', array( 'delete_data_on_uninstall' => true ) );
		$this->assertSame( 200, $response->get_status() );
		$this->assertTrue( $response->get_data()['delete_data_on_uninstall'] );
		$stored = get_option( Settings::OPTION );
		$this->assertTrue( $stored['delete_data_on_uninstall'] );
		$this->assertSame( 'EUR', $stored['currency'] );
	}

	public function test_a_partial_object_is_merged(): void {
		$this->assertSame( 200, $this->rest( 'POST', '/joolwebsp/v1/settings', array( 'currency' => 'CHF' ) )->get_status() );
		$response = $this->rest(
			'POST',
			'/joolwebsp/v1/settings',
			array(
				'reminder_hours'            => 2,
				'cancellation_window_hours' => 0,
				'measurements_enabled'      => true,
				'dashboard_scope'           => 'mine',
				'sender_name'               => 'Coaching Studio',
				'sender_email'              => 'Hello@Example.org',
				'emails'                    => array( 'reminder' => array( 'subject' => 'See you at {session_time}' ) ),
				'colors'                    => array( 'accent' => '#AA0000' ),
			)
		);
		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$data = $this->rest( 'GET', '/joolwebsp/v1/settings' )->get_data();
		$this->assertSame( 'CHF', $data['currency'], 'Kept from the first change' );
		$this->assertSame( 2, $data['reminder_hours'] );
		$this->assertSame( 0, $data['cancellation_window_hours'] );
		$this->assertTrue( $data['measurements_enabled'] );
		$this->assertSame( 'mine', $data['dashboard_scope'] );
		$this->assertSame( 'Coaching Studio', $data['sender_name'] );
		$this->assertSame( 'hello@example.org', $data['sender_email'] );
		$this->assertSame( 'See you at {session_time}', $data['emails']['reminder']['subject'] );
		$this->assertSame( Email_Templates::defaults()['reminder']['body'], $data['emails']['reminder']['body'], 'The body is merged, not replaced' );
		$this->assertTrue( $data['emails']['reminder']['enabled'] );
		$this->assertSame(
			array(
				'accent'     => '#aa0000',
				'text'       => '#1e1e1e',
				'background' => '#ffffff',
			),
			$data['colors']
		);

		$settings = Plugin::instance()->get( Settings::class );
		$this->assertSame( 2, $settings->reminder_hours() );
		$this->assertSame( 0, $settings->cancellation_window_hours() );
		$this->assertSame( 'mine', $settings->dashboard_scope() );
		$this->assertSame( '.joolwebsp-front{--joolwebsp-accent:#aa0000;--joolwebsp-text:#1e1e1e;--joolwebsp-background:#ffffff;--joolwebsp-accent-contrast:#ffffff}', Plugin::instance()->get( Style::class )->inline_css( '.joolwebsp-front' ) );
	}

	public function test_default_texts_are_not_stored_so_they_follow_the_language(): void {
		$defaults = Email_Templates::defaults();
		$response = $this->rest(
			'POST',
			'/joolwebsp/v1/settings',
			array(
				'emails' => array(
					'welcome'      => array(
						'subject' => $defaults['welcome']['subject'],
						'body'    => $defaults['welcome']['body'],
						'enabled' => false,
					),
					'cancellation' => array( 'body' => "Sorry {client_first_name}.\r\nSee you soon." ),
				),
			)
		);
		$this->assertSame( 200, $response->get_status() );
		$stored = get_option( Settings::OPTION )['emails'];
		$this->assertSame( array( 'enabled' => false ), $stored['welcome'] );
		$this->assertSame(
			array(
				'enabled' => true,
				'body'    => "Sorry {client_first_name}.\nSee you soon.",
			),
			$stored['cancellation']
		);
		$this->assertArrayNotHasKey( 'reminder', $stored );
	}

	public function test_the_whole_object_as_read_can_be_posted_back(): void {
		$data     = $this->rest( 'GET', '/joolwebsp/v1/settings' )->get_data();
		$response = $this->rest( 'POST', '/joolwebsp/v1/settings', $data );
		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertSame( $data, $response->get_data() );
	}

	public function test_the_previous_option_shape_still_reads(): void {
		update_option(
			Settings::OPTION,
			array(
				'delete_data_on_uninstall' => true,
				'currency'                 => 'USD',
			)
		);
		$data = $this->rest( 'GET', '/joolwebsp/v1/settings' )->get_data();
		$this->assertTrue( $data['delete_data_on_uninstall'] );
		$this->assertSame( 'USD', $data['currency'] );
		$this->assertSame( 24, $data['reminder_hours'] );
		$this->assertSame( 'USD', Plugin::instance()->get( Settings::class )->currency() );
	}

	/**
	 * @return array<string, array{0: array<string, mixed>, 1: string}>
	 */
	public function provide_invalid(): array {
		return array(
			'unknown key'                   => array( array( 'unknown' => 'x' ), 'unknown' ),
			'read-only looking key'         => array( array( 'pages' => array( 'x' => 1 ) ), 'pages' ),
			'boolean'                       => array( array( 'delete_data_on_uninstall' => 'perhaps' ), 'delete_data_on_uninstall' ),
			'measurements'                  => array( array( 'measurements_enabled' => 'yes please' ), 'measurements_enabled' ),
			'currency lower case'           => array( array( 'currency' => 'eur' ), 'currency' ),
			'cancellation window'           => array( array( 'cancellation_window_hours' => 36 ), 'cancellation_window_hours' ),
			'cancellation window negative'  => array( array( 'cancellation_window_hours' => -12 ), 'cancellation_window_hours' ),
			'reminder out of range'         => array( array( 'reminder_hours' => 72 ), 'reminder_hours' ),
			'reminder not a number'         => array( array( 'reminder_hours' => 'soon' ), 'reminder_hours' ),
			'dashboard scope'               => array( array( 'dashboard_scope' => 'everyone' ), 'dashboard_scope' ),
			'sender email'                  => array( array( 'sender_email' => 'not-an-email' ), 'sender_email' ),
			'sender email with a header'    => array( array( 'sender_email' => "a@example.org\r\nBcc: b@example.org" ), 'sender_email' ),
			'sender name too long'          => array( array( 'sender_name' => str_repeat( 'n', 101 ) ), 'sender_name' ),
			'colour name'                   => array( array( 'colors' => array( 'accent' => 'red' ) ), 'colors' ),
			'colour five digits'            => array( array( 'colors' => array( 'text' => '#12345' ) ), 'colors' ),
			'colour unknown key'            => array( array( 'colors' => array( 'border' => '#123456' ) ), 'colors' ),
			'capability unknown'            => array( array( 'coach_capabilities' => array( 'manage_options' ) ), 'coach_capabilities' ),
			'capabilities not a list'       => array( array( 'coach_capabilities' => array( 'x' => 'view_clients' ) ), 'coach_capabilities' ),
			'email type unknown'            => array( array( 'emails' => array( 'newsletter' => array( 'enabled' => true ) ) ), 'emails' ),
			'email field unknown'           => array( array( 'emails' => array( 'welcome' => array( 'from' => 'x' ) ) ), 'emails' ),
			'email enabled not boolean'     => array( array( 'emails' => array( 'welcome' => array( 'enabled' => 'often' ) ) ), 'emails' ),
			'unknown placeholder, subject'  => array( array( 'emails' => array( 'welcome' => array( 'subject' => 'Hi {first_name}' ) ) ), 'emails.welcome.subject' ),
			'unknown placeholder, body'     => array( array( 'emails' => array( 'booking_confirmation' => array( 'body' => "See you {session_date}\n{session_room}" ) ) ), 'emails.booking_confirmation.body' ),
			'placeholder of another type'   => array( array( 'emails' => array( 'welcome' => array( 'body' => 'Your session is on {session_date}' ) ) ), 'emails.welcome.body' ),
			'login link to the coach'       => array( array( 'emails' => array( 'client_cancelled' => array( 'body' => '{login_link}' ) ) ), 'emails.client_cancelled.body' ),
			'placeholder with capitals'     => array( array( 'emails' => array( 'reminder' => array( 'subject' => '{Client_Name}' ) ) ), 'emails.reminder.subject' ),
			'empty subject'                 => array( array( 'emails' => array( 'reminder' => array( 'subject' => '  ' ) ) ), 'emails.reminder.subject' ),
			'empty body'                    => array( array( 'emails' => array( 'reminder' => array( 'body' => '' ) ) ), 'emails.reminder.body' ),
			'subject too long'              => array( array( 'emails' => array( 'reminder' => array( 'subject' => str_repeat( 's', 256 ) ) ) ), 'emails' ),
			'one bad field among good ones' => array(
				array(
					'currency'       => 'USD',
					'reminder_hours' => 3,
				),
				'reminder_hours',
			),
		);
	}

	/**
	 * @dataProvider provide_invalid
	 *
	 * @param array<string, mixed> $body  Body.
	 * @param string               $field Field the 400 must name.
	 */
	public function test_each_invalid_field_is_a_400_naming_it_and_nothing_changes( array $body, string $field ): void {
		$role_before = get_role( 'joolwebsp_coach' )->capabilities;
		$response    = $this->rest( 'POST', '/joolwebsp/v1/settings', $body );
		$this->assertSame( 400, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertSame( 'rest_invalid_param', $response->get_data()['code'] );
		$this->assertArrayHasKey( $field, $response->get_data()['data']['params'], (string) wp_json_encode( $response->get_data() ) );
		$this->assertFalse( get_option( Settings::OPTION ), 'Nothing saved' );
		$this->assertSame( $role_before, get_role( 'joolwebsp_coach' )->capabilities );
	}

	public function test_unknown_placeholder_message_lists_what_the_email_can_use(): void {
		$response = $this->rest( 'POST', '/joolwebsp/v1/settings', array( 'emails' => array( 'welcome' => array( 'subject' => 'Hi {first_name} {client_name}' ) ) ) );
		$message  = $response->get_data()['data']['params']['emails.welcome.subject'];
		$this->assertStringContainsString( '{first_name}', $message );
		$this->assertStringContainsString( '{login_link}', $message );
		$this->assertStringNotContainsString( '{session_date}', $message, 'Only the placeholders of this email' );
	}

	public function test_line_breaks_are_stripped_from_sender_name_and_subjects(): void {
		$response = $this->rest(
			'POST',
			'/joolwebsp/v1/settings',
			array(
				'sender_name' => "Studio\r\nBcc: evil@example.org",
				'emails'      => array( 'reminder' => array( 'subject' => "Soon\r\nBcc: evil@example.org" ) ),
			)
		);
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( 'Studio Bcc: evil@example.org', $response->get_data()['sender_name'] );
		$this->assertSame( 'Soon Bcc: evil@example.org', $response->get_data()['emails']['reminder']['subject'] );

		// Also when the option is written around the REST route.
		update_option( Settings::OPTION, array( 'sender_name' => "A\nB" ) );
		$this->assertSame( 'A B', Plugin::instance()->get( Settings::class )->sender()['name'] );
	}

	/**
	 * @return array<string, array{0: string|null, 1: int}>
	 */
	public function provide_refused_users(): array {
		return array(
			'anonymous'  => array( null, 401 ),
			'subscriber' => array( 'subscriber', 403 ),
			'coach'      => array( 'joolwebsp_coach', 403 ),
			'client'     => array( 'joolwebsp_client', 403 ),
		);
	}

	/**
	 * @dataProvider provide_refused_users
	 *
	 * @param string|null $role   Role, or null for a visitor.
	 * @param int         $status Expected status.
	 */
	public function test_only_site_managers_reach_settings( ?string $role, int $status ): void {
		wp_set_current_user( $role ? $this->create_user( $role ) : 0 );
		$this->assertSame( $status, $this->rest( 'GET', '/joolwebsp/v1/settings' )->get_status() );
		$this->assertSame( $status, $this->rest( 'POST', '/joolwebsp/v1/settings', array( 'delete_data_on_uninstall' => true ) )->get_status() );
		$this->assertSame( $status, $this->rest( 'POST', '/joolwebsp/v1/settings/emails/preview', array( 'type' => 'welcome' ) )->get_status() );
		$this->assertSame( $status, $this->rest( 'POST', '/joolwebsp/v1/settings/emails/test', array( 'type' => 'welcome' ) )->get_status() );
		$this->assertSame( $status, $this->rest( 'GET', '/joolwebsp/v1/settings/reminders' )->get_status() );
		$this->assertFalse( get_option( Settings::OPTION ) );
		$this->assertSame( array(), $this->mails );
	}

	public function test_schema_is_published(): void {
		$response = $this->rest( 'OPTIONS', '/joolwebsp/v1/settings' );
		$schema   = $response->get_data()['schema'];
		$this->assertSame( 'boolean', $schema['properties']['delete_data_on_uninstall']['type'] );
		$this->assertSame( Settings::REMINDER_HOURS, $schema['properties']['reminder_hours']['enum'] );
		$this->assertSame( Settings::CANCELLATION_WINDOWS, $schema['properties']['cancellation_window_hours']['enum'] );
		$this->assertSame( Email_Templates::types(), array_keys( $schema['properties']['emails']['properties'] ) );
	}

	public function test_preview_renders_sample_data_of_the_saved_or_draft_texts(): void {
		$response = $this->rest( 'POST', '/joolwebsp/v1/settings/emails/preview', array( 'type' => 'booking_confirmation' ) );
		$this->assertSame( 200, $response->get_status() );
		$data = $response->get_data();
		$this->assertSame( 'text', $data['format'] );
		$this->assertStringContainsString( 'Session booked', $data['subject'] );
		$this->assertStringContainsString( 'Hello Alex,', $data['body'] );
		$this->assertStringContainsString( 'Studio, 12 Main Street', $data['body'] );
		$this->assertStringNotContainsString( '{', $data['subject'] . $data['body'], 'Every placeholder is filled' );

		$draft = $this->rest(
			'POST',
			'/joolwebsp/v1/settings/emails/preview',
			array(
				'type'    => 'reminder',
				'subject' => 'Tomorrow with {coach_name}',
				'body'    => 'Hi {client_name}',
			)
		);
		$this->assertSame( 'Tomorrow with ' . wp_get_current_user()->display_name, $draft->get_data()['subject'] );
		$this->assertSame( 'Hi Alex Martin', $draft->get_data()['body'] );

		$bad = $this->rest(
			'POST',
			'/joolwebsp/v1/settings/emails/preview',
			array(
				'type'    => 'welcome',
				'subject' => 'Your session {session_date}',
			)
		);
		$this->assertSame( 400, $bad->get_status() );
		$this->assertArrayHasKey( 'subject', $bad->get_data()['data']['params'] );
		$this->assertSame( 400, $this->rest( 'POST', '/joolwebsp/v1/settings/emails/preview', array( 'type' => 'newsletter' ) )->get_status() );
	}

	public function test_send_test_email_goes_to_the_current_user_and_is_logged(): void {
		// Switched off or not, a test is sent.
		$this->rest( 'POST', '/joolwebsp/v1/settings', array( 'emails' => array( 'reminder' => array( 'enabled' => false ) ) ) );
		$response = $this->rest(
			'POST',
			'/joolwebsp/v1/settings/emails/test',
			array(
				'type'    => 'reminder',
				'subject' => 'Test {session_time}',
			)
		);
		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$me = wp_get_current_user();
		$this->assertSame(
			array(
				'sent' => true,
				'to'   => $me->user_email,
			),
			$response->get_data()
		);
		$this->assertCount( 1, $this->mails );
		$this->assertSame( $me->user_email, $this->mails[0]['to'] );
		$this->assertSame( 'Test 10:00 am', $this->mails[0]['subject'] );
		$this->assertStringContainsString( 'Hello Alex,', $this->mails[0]['message'] );

		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$wpdb->prefix}joolwebsp_email_log WHERE recipient = %s", $me->user_email ) );
		$this->assertSame( 'test', $row->type );
		$this->assertSame( '1', (string) $row->success );
	}

	public function test_reminder_status_tells_when_cron_last_ran(): void {
		$status = $this->rest( 'GET', '/joolwebsp/v1/settings/reminders' )->get_data();
		$this->assertNull( $status['last_run'] );
		$this->assertTrue( $status['stale'] );
		$this->assertSame( site_url( 'wp-cron.php' ), $status['cron_url'] );
		$this->assertTrue( $status['wp_cron_disabled'], 'The test config defines DISABLE_WP_CRON' );
		$this->assertSame( 24, $status['reminder_hours'] );

		Plugin::instance()->get( Reminders::class )->run_from_cron();
		$status = $this->rest( 'GET', '/joolwebsp/v1/settings/reminders' )->get_data();
		$this->assertMatchesRegularExpression( '/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/', $status['last_run'] );
		$this->assertFalse( $status['stale'] );
		$this->assertSame( 'cron', $status['last_result']['source'] );

		update_option( Reminders::LAST_RUN_OPTION, array_merge( get_option( Reminders::LAST_RUN_OPTION ), array( 'at' => gmdate( 'Y-m-d H:i:s', time() - 3601 ) ) ) );
		$this->assertTrue( $this->rest( 'GET', '/joolwebsp/v1/settings/reminders' )->get_data()['stale'], 'Over an hour ago' );
	}
}
