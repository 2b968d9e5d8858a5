<?php
/**
 * /joolwebsp/v1/clients: contract, validation, emails, lists.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Clients\REST;

use Joolweb\SessionsPro\Clients\Client_Repository;
use Joolweb\SessionsPro\Plugin;
use Joolweb\SessionsPro\Tests\TestCase;

final class Clients_ControllerTest extends TestCase {

	private int $admin;

	protected function setUp(): void {
		parent::setUp();
		$this->admin = $this->create_user( 'administrator' );
		wp_set_current_user( $this->admin );
	}

	// ---- Create ------------------------------------------------------------------------------

	public function test_create_returns_201_the_contract_and_a_location(): void {
		$coach    = $this->create_user( 'joolwebsp_coach' );
		$response = $this->rest(
			'POST',
			'/joolwebsp/v1/clients',
			array(
				'first_name' => '  Ana ',
				'last_name'  => 'Zed',
				'email'      => 'Ana.Zed@Example.org',
				'phone'      => ' +33 (0)6 12-34.56 78 ',
				'coach_ids'  => array( $coach ),
			)
		);
		$this->assertSame( 201, $response->get_status() );
		$data = $response->get_data();
		$this->assertSame(
			array( 'id', 'user_id', 'first_name', 'last_name', 'email', 'phone', 'coach_ids', 'created_at', 'login_sent_at', 'account_managed', 'account_protected' ),
			array_keys( $data )
		);
		$this->assertTrue( $data['account_managed'] );
		$this->assertFalse( $data['account_protected'] );
		$this->assertSame( 'Ana', $data['first_name'] );
		$this->assertSame( 'ana.zed@example.org', $data['email'] );
		$this->assertSame( '+33 (0)6 12-34.56 78', $data['phone'] );
		$this->assertSame( array( $coach ), $data['coach_ids'] );
		$this->assertMatchesRegularExpression( '/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/', $data['created_at'] );
		$this->assertNull( $data['login_sent_at'] );
		$this->assertSame( rest_url( 'joolwebsp/v1/clients/' . $data['id'] ), $response->get_headers()['Location'] );
		$this->assertArrayHasKey( 'self', $response->get_links() );

		$user = get_userdata( $data['user_id'] );
		$this->assertSame( array( 'joolwebsp_client' ), $user->roles );
		$this->assertSame( 'ana.zed', $user->user_login, 'Username derived from the email' );
		$this->assertSame( 'Ana', $user->first_name );
		$this->assertSame( 'Zed', $user->last_name );
		$this->assertSame( 'Ana Zed', $user->display_name );
		$this->assertSame( 'ana.zed@example.org', $user->user_email );
		$this->assertSame( array(), $this->mails, 'No email without send_login' );
	}

	public function test_a_coach_creating_a_client_is_assigned(): void {
		$coach = $this->create_user( 'joolwebsp_coach' );
		wp_set_current_user( $coach );
		$response = $this->rest( 'POST', '/joolwebsp/v1/clients', $this->valid( array( 'email' => 'mine@example.org' ) ) );
		$this->assertSame( 201, $response->get_status() );
		$this->assertSame( array( $coach ), $response->get_data()['coach_ids'] );
	}

	public function test_the_response_never_exposes_secrets(): void {
		$response = $this->rest( 'POST', '/joolwebsp/v1/clients', $this->valid() );
		$json     = (string) wp_json_encode( $response->get_data() );
		foreach ( array( 'user_pass', 'user_activation_key', 'capabilities', '$P$', '$wp$', '$2y$' ) as $secret ) {
			$this->assertStringNotContainsString( $secret, $json );
		}
	}

	/**
	 * @return array<string, array{0: array<string, mixed>, 1: string, 2: string}>
	 */
	public function provide_invalid_bodies(): array {
		$long_email = str_repeat( 'a', 290 ) . '@example.org';
		return array(
			'missing first name'      => array( array( 'first_name' => null ), 'first_name', 'rest_missing_callback_param' ),
			'missing last name'       => array( array( 'last_name' => null ), 'last_name', 'rest_missing_callback_param' ),
			'missing email'           => array( array( 'email' => null ), 'email', 'rest_missing_callback_param' ),
			'empty first name'        => array( array( 'first_name' => '' ), 'first_name', 'rest_invalid_param' ),
			'whitespace first name'   => array( array( 'first_name' => "  \t " ), 'first_name', 'rest_invalid_param' ),
			'whitespace last name'    => array( array( 'last_name' => '   ' ), 'last_name', 'rest_invalid_param' ),
			'blank email'             => array( array( 'email' => '  ' ), 'email', 'rest_invalid_param' ),
			'invalid email'           => array( array( 'email' => 'not-an-email' ), 'email', 'rest_invalid_param' ),
			'300-character email'     => array( array( 'email' => $long_email ), 'email', 'rest_invalid_param' ),
			'10,000-character name'   => array( array( 'first_name' => str_repeat( 'x', 10000 ) ), 'first_name', 'rest_invalid_param' ),
			'phone with letters'      => array( array( 'phone' => '06 12 AB 34' ), 'phone', 'rest_invalid_param' ),
			'phone with 5 digits'     => array( array( 'phone' => '12 345' ), 'phone', 'rest_invalid_param' ),
			'phone with 21 digits'    => array( array( 'phone' => '123456789012345678901' ), 'phone', 'rest_invalid_param' ),
			'name of the wrong type'  => array( array( 'first_name' => array( 'x' ) ), 'first_name', 'rest_invalid_param' ),
			'coach that is no coach'  => array( array( 'coach_ids' => array( 'SUBSCRIBER' ) ), 'coach_ids', 'rest_invalid_param' ),
			'coach id that is absent' => array( array( 'coach_ids' => array( 999999 ) ), 'coach_ids', 'rest_invalid_param' ),
		);
	}

	/**
	 * @dataProvider provide_invalid_bodies
	 *
	 * @param array<string, mixed> $override Body changes (null removes the field).
	 * @param string               $field    Field that must be named.
	 * @param string               $code     Error code.
	 */
	public function test_invalid_create_is_400_naming_the_field_and_creates_nothing( array $override, string $field, string $code ): void {
		global $wpdb;
		if ( isset( $override['coach_ids'] ) && array( 'SUBSCRIBER' ) === $override['coach_ids'] ) {
			$override['coach_ids'] = array( $this->create_user( 'subscriber' ) );
		}
		$users_before = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->users}" );
		$response     = $this->rest( 'POST', '/joolwebsp/v1/clients', array_filter( array_merge( $this->valid(), $override ), static fn( $v ) => null !== $v ) );
		$this->assertSame( 400, $response->get_status() );
		$this->assertSame( $code, $response->get_data()['code'] );
		$params = (array) $response->get_data()['data']['params'];
		$this->assertTrue( in_array( $field, $params, true ) || array_key_exists( $field, $params ), "{$field} named in data.params" );
		$this->assertSame( $users_before, (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->users}" ), 'No account created' );
		$this->assertSame( 0, $this->client_rows() );
	}

	/**
	 * @return array<string, array{0: string}>
	 */
	public function provide_taken_emails(): array {
		return array(
			'another client, other case' => array( 'client' ),
			'a coach'                    => array( 'coach' ),
			'an administrator'           => array( 'administrator' ),
		);
	}

	/**
	 * @dataProvider provide_taken_emails
	 *
	 * @param string $owner Who has the email.
	 */
	public function test_an_email_used_by_any_account_is_409( string $owner ): void {
		if ( 'client' === $owner ) {
			$this->make_client( array( 'email' => 'taken@example.org' ) );
		} else {
			$this->create_user( 'coach' === $owner ? 'joolwebsp_coach' : 'administrator', array( 'user_email' => 'Taken@Example.org' ) );
		}
		$before   = $this->client_rows();
		$response = $this->rest( 'POST', '/joolwebsp/v1/clients', $this->valid( array( 'email' => 'TAKEN@example.ORG' ) ) );
		$this->assertSame( 409, $response->get_status() );
		$this->assertSame( 'joolwebsp_email_exists', $response->get_data()['code'] );
		$this->assertSame( 'A user with this email address already exists.', $response->get_data()['message'] );
		$this->assertSame( $before, $this->client_rows() );
	}

	public function test_html_in_names_is_stored_and_returned_as_text(): void {
		$name     = '<img src=x onerror=alert(1)>';
		$response = $this->rest(
			'POST',
			'/joolwebsp/v1/clients',
			$this->valid(
				array(
					'first_name' => $name,
					'last_name'  => '<script>alert("x")</script>',
				)
			)
		);
		$this->assertSame( 201, $response->get_status() );
		$this->assertSame( $name, $response->get_data()['first_name'] );
		$client = $this->repository()->find( $response->get_data()['id'] );
		$this->assertSame( $name, $client->first_name, 'Kept as typed: escaped on output, never stripped' );
		$this->assertStringNotContainsString( '<img', esc_html( $client->first_name ) );
	}

	// ---- Atomicity ---------------------------------------------------------------------------

	public function test_a_failure_after_the_user_insert_leaves_nothing_behind(): void {
		global $wpdb;
		$users_before = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->users}" );
		$table        = $wpdb->prefix . 'joolwebsp_clients';
		$break        = static function ( string $query ) use ( $table ): string {
			return str_starts_with( $query, "INSERT INTO `{$table}`" ) ? 'INSERT INTO joolwebsp_no_such_table VALUES (1)' : $query;
		};
		add_filter( 'query', $break );
		$wpdb->suppress_errors( true );
		$response = $this->rest( 'POST', '/joolwebsp/v1/clients', $this->valid( array( 'email' => 'atomic@example.org' ) ) );
		$wpdb->suppress_errors( false );
		remove_filter( 'query', $break );

		$this->assertSame( 500, $response->get_status() );
		$this->assertSame( 'joolwebsp_client_create_failed', $response->get_data()['code'] );
		$this->assertFalse( get_user_by( 'email', 'atomic@example.org' ), 'No orphan user' );
		$this->assertSame( $users_before, (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->users}" ) );
		$this->assertSame( 0, $this->client_rows(), 'No half row' );
	}

	public function test_a_failed_assignment_rolls_the_client_back(): void {
		global $wpdb;
		$coach = $this->create_user( 'joolwebsp_coach' );
		$table = $wpdb->prefix . 'joolwebsp_client_coaches';
		$break = static fn( string $query ): string => str_starts_with( $query, "INSERT INTO `{$table}`" ) ? 'INSERT INTO joolwebsp_no_such_table VALUES (1)' : $query;
		add_filter( 'query', $break );
		$wpdb->suppress_errors( true );
		$response = $this->rest(
			'POST',
			'/joolwebsp/v1/clients',
			$this->valid(
				array(
					'email'     => 'atomic2@example.org',
					'coach_ids' => array( $coach ),
				)
			)
		);
		$wpdb->suppress_errors( false );
		remove_filter( 'query', $break );

		$this->assertSame( 500, $response->get_status() );
		$this->assertFalse( get_user_by( 'email', 'atomic2@example.org' ) );
		$this->assertSame( 0, $this->client_rows() );
	}

	// ---- Emails ------------------------------------------------------------------------------

	public function test_send_login_sends_a_set_password_link_and_no_password(): void {
		$response = $this->rest(
			'POST',
			'/joolwebsp/v1/clients',
			$this->valid(
				array(
					'email'      => 'welcome@example.org',
					'send_login' => true,
				)
			)
		);
		$this->assertSame( 201, $response->get_status() );
		$this->assertNotNull( $response->get_data()['login_sent_at'] );
		$this->assertCount( 1, $this->mails );
		$mail = $this->mails[0];
		$this->assertSame( 'welcome@example.org', $mail['to'] );
		$this->assertStringContainsString( 'Your account details', $mail['subject'] );
		$this->assertMatchesRegularExpression( '#wp-login\.php\?action=rp&key=[A-Za-z0-9]+&login=welcome#', $mail['message'] );
		$this->assertStringNotContainsStringIgnoringCase( 'password:', $mail['message'] );

		// The link's key is valid for this user: core will let the client choose a password.
		preg_match( '#key=([A-Za-z0-9]+)&login=([^\s&]+)#', $mail['message'], $m );
		$this->assertInstanceOf( \WP_User::class, check_password_reset_key( $m[1], rawurldecode( $m[2] ) ) );

		$log = $this->rest( 'GET', '/joolwebsp/v1/clients/' . $response->get_data()['id'] . '/emails' );
		$this->assertSame( 200, $log->get_status() );
		$this->assertSame( '1', $log->get_headers()['X-WP-Total'] );
		$this->assertSame( 'welcome', $log->get_data()[0]['type'] );
		$this->assertTrue( $log->get_data()[0]['success'] );
		$this->assertSame( 'welcome@example.org', $log->get_data()[0]['recipient'] );
	}

	public function test_resend_login_and_password_reset_are_logged(): void {
		$client = $this->make_client();
		$sent   = $this->rest( 'POST', '/joolwebsp/v1/clients/' . $client->id . '/send-login' );
		$this->assertSame( 200, $sent->get_status() );
		$this->assertTrue( $sent->get_data()['sent'] );
		$this->assertMatchesRegularExpression( '/Z$/', $sent->get_data()['login_sent_at'] );

		$reset = $this->rest( 'POST', '/joolwebsp/v1/clients/' . $client->id . '/password-reset' );
		$this->assertSame( 200, $reset->get_status() );
		$this->assertSame( array( 'sent' => true ), $reset->get_data() );
		$this->assertCount( 2, $this->mails );
		$this->assertStringContainsString( 'action=rp', $this->mails[1]['message'] );

		$types = wp_list_pluck( $this->rest( 'GET', '/joolwebsp/v1/clients/' . $client->id . '/emails' )->get_data(), 'type' );
		$this->assertEqualsCanonicalizing( array( 'welcome', 'password_reset' ), $types );
	}

	public function test_a_failed_send_is_500_with_the_reason_logged_and_the_client_kept(): void {
		add_filter(
			'pre_wp_mail',
			static function () {
				do_action( 'wp_mail_failed', new \WP_Error( 'wp_mail_failed', 'SMTP connect() failed.' ) );
				return false;
			},
			20 // After the test case's capture.
		);
		$response = $this->rest(
			'POST',
			'/joolwebsp/v1/clients',
			$this->valid(
				array(
					'email'      => 'nomail@example.org',
					'send_login' => true,
				)
			)
		);
		$this->assertSame( 500, $response->get_status() );
		$this->assertSame( 'joolwebsp_mail_failed', $response->get_data()['code'] );
		$this->assertStringContainsString( 'SMTP connect() failed.', $response->get_data()['message'] );
		$client = $this->repository()->find_by_email( 'nomail@example.org' );
		$this->assertNotNull( $client, 'The client stays created' );
		$this->assertSame( $client->id, $response->get_data()['data']['client']['id'] );
		$this->assertNull( $client->login_sent_at_gmt );
		$log = $this->rest( 'GET', '/joolwebsp/v1/clients/' . $client->id . '/emails' )->get_data();
		$this->assertFalse( $log[0]['success'] );
		$this->assertSame( 'SMTP connect() failed.', $log[0]['error'] );
	}

	// ---- Read, update, delete ----------------------------------------------------------------

	public function test_unknown_client_is_404(): void {
		$response = $this->rest( 'GET', '/joolwebsp/v1/clients/987654' );
		$this->assertSame( 404, $response->get_status() );
		$this->assertSame( 'joolwebsp_client_not_found', $response->get_data()['code'] );
	}

	public function test_partial_update_keeps_the_user_in_sync(): void {
		$client   = $this->make_client(
			array(
				'first_name' => 'Ana',
				'last_name'  => 'Zed',
				'email'      => 'ana@example.org',
				'phone'      => '0612345678',
			)
		);
		$response = $this->rest(
			'PATCH',
			'/joolwebsp/v1/clients/' . $client->id,
			array(
				'last_name' => 'Zedd',
				'email'     => 'ANA2@example.org',
			)
		);
		$this->assertSame( 200, $response->get_status() );
		$data = $response->get_data();
		$this->assertSame( array( 'Ana', 'Zedd', 'ana2@example.org', '0612345678' ), array( $data['first_name'], $data['last_name'], $data['email'], $data['phone'] ) );
		$user = get_userdata( $client->user_id );
		$this->assertSame( 'Zedd', $user->last_name );
		$this->assertSame( 'Ana Zedd', $user->display_name );
		$this->assertSame( 'ana2@example.org', $user->user_email );
		$this->assertSame( array( 'joolwebsp_client' ), $user->roles );
		// No email of ours on a plain save, but core's "email changed" notice goes to the old address.
		$this->assertCount( 1, $this->mails );
		$this->assertSame( 'ana@example.org', $this->mails[0]['to'] );
		$this->assertStringContainsString( 'ana2@example.org', $this->mails[0]['message'] );

		$cleared = $this->rest( 'PATCH', '/joolwebsp/v1/clients/' . $client->id, array( 'phone' => '' ) );
		$this->assertSame( '', $cleared->get_data()['phone'] );
	}

	public function test_update_validation_and_email_collision_change_nothing(): void {
		$client = $this->make_client( array( 'first_name' => 'Ana' ) );
		$other  = $this->make_client();
		$this->assertSame( 400, $this->rest( 'PATCH', '/joolwebsp/v1/clients/' . $client->id, array( 'first_name' => '   ' ) )->get_status() );
		$conflict = $this->rest(
			'POST',
			'/joolwebsp/v1/clients/' . $client->id,
			array(
				'first_name' => 'Changed',
				'email'      => strtoupper( $other->email ),
			)
		);
		$this->assertSame( 409, $conflict->get_status() );
		$this->assertSame( 'Ana', $this->repository()->find( $client->id )->first_name );
		// Its own email in another case is no collision.
		$this->assertSame( 200, $this->rest( 'PATCH', '/joolwebsp/v1/clients/' . $client->id, array( 'email' => strtoupper( $client->email ) ) )->get_status() );
	}

	public function test_ids_roles_and_capabilities_in_the_body_are_ignored(): void {
		$client   = $this->make_client();
		$response = $this->rest(
			'PATCH',
			'/joolwebsp/v1/clients/' . $client->id,
			array(
				'id'           => 1,
				'user_id'      => $this->admin,
				'role'         => 'administrator',
				'roles'        => array( 'administrator' ),
				'capabilities' => array( 'manage_options' => true ),
				'first_name'   => 'Still',
			)
		);
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( $client->id, $response->get_data()['id'] );
		$this->assertSame( $client->user_id, $response->get_data()['user_id'] );
		$this->assertSame( array( 'joolwebsp_client' ), get_userdata( $client->user_id )->roles );
		$this->assertFalse( user_can( $client->user_id, 'manage_options' ) );
	}

	public function test_admin_reassigns_coaches(): void {
		$coach_a = $this->create_user( 'joolwebsp_coach' );
		$coach_b = $this->create_user( 'joolwebsp_coach' );
		$client  = $this->make_client( array( 'coach_ids' => array( $coach_a ) ) );
		$data    = $this->rest( 'PATCH', '/joolwebsp/v1/clients/' . $client->id, array( 'coach_ids' => array( $coach_b, $this->admin ) ) )->get_data();
		sort( $data['coach_ids'] );
		$expected = array( $coach_b, $this->admin );
		sort( $expected );
		$this->assertSame( $expected, $data['coach_ids'] );

		wp_set_current_user( $coach_a );
		$this->assertSame( 404, $this->rest( 'GET', '/joolwebsp/v1/clients/' . $client->id )->get_status(), 'Unassigned coach no longer reaches it' );
		wp_set_current_user( $coach_b );
		$this->assertSame( 200, $this->rest( 'GET', '/joolwebsp/v1/clients/' . $client->id )->get_status() );
	}

	public function test_a_session_link_makes_a_client_reachable(): void {
		$coach  = $this->create_user( 'joolwebsp_coach' );
		$client = $this->make_client();
		wp_set_current_user( $coach );
		$this->assertSame( 404, $this->rest( 'GET', '/joolwebsp/v1/clients/' . $client->id )->get_status() );

		$this->repository()->add_session_link( $client->id, $coach, 1 );
		Plugin::instance()->get( \Joolweb\SessionsPro\Clients\Client_Access::class )->flush();
		$this->assertSame( 200, $this->rest( 'GET', '/joolwebsp/v1/clients/' . $client->id )->get_status() );
		$this->assertSame( array(), $this->rest( 'GET', '/joolwebsp/v1/clients/' . $client->id )->get_data()['coach_ids'], 'Reached through sessions, not assigned' );
		$this->assertContains( $client->id, wp_list_pluck( $this->rest( 'GET', '/joolwebsp/v1/clients' )->get_data(), 'id' ) );

		$this->repository()->add_session_link( $client->id, $coach, -1 );
		Plugin::instance()->get( \Joolweb\SessionsPro\Clients\Client_Access::class )->flush();
		$this->assertSame( 404, $this->rest( 'GET', '/joolwebsp/v1/clients/' . $client->id )->get_status() );
	}

	public function test_delete_requires_force_then_removes_account_row_links_and_log(): void {
		global $wpdb;
		$coach  = $this->create_user( 'joolwebsp_coach' );
		$client = $this->make_client( array( 'coach_ids' => array( $coach ) ) );
		$this->rest( 'POST', '/joolwebsp/v1/clients/' . $client->id . '/send-login' );

		$refused = $this->rest( 'DELETE', '/joolwebsp/v1/clients/' . $client->id );
		$this->assertSame( 400, $refused->get_status() );
		$this->assertSame( 'joolwebsp_force_required', $refused->get_data()['code'] );
		$this->assertNotNull( $this->repository()->find( $client->id ) );

		$deleted = $this->rest( 'DELETE', '/joolwebsp/v1/clients/' . $client->id, null, array( 'force' => true ) );
		$this->assertSame( 200, $deleted->get_status() );
		$this->assertTrue( $deleted->get_data()['deleted'] );
		$this->assertSame( $client->email, $deleted->get_data()['previous']['email'] );
		$this->assertNull( $this->repository()->find( $client->id ) );
		$this->assertFalse( get_userdata( $client->user_id ) );
		$this->assertSame( '0', $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->prefix}joolwebsp_client_coaches WHERE client_id = %d", $client->id ) ) );
		$this->assertSame( '0', $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->prefix}joolwebsp_email_log WHERE client_id = %d", $client->id ) ) );
		$this->assertSame( 404, $this->rest( 'GET', '/joolwebsp/v1/clients/' . $client->id )->get_status() );
	}

	// ---- Lists -------------------------------------------------------------------------------

	public function test_sorting_is_case_and_accent_insensitive_in_both_directions(): void {
		foreach ( array( array( 'Zoe', 'Carter' ), array( 'ana', 'brown' ), array( 'Yan', 'Adams' ), array( 'Bob', 'Émile' ), array( 'Cy', 'Ewing' ), array( 'Al', 'dupont' ) ) as $names ) {
			$this->make_client(
				array(
					'first_name' => $names[0],
					'last_name'  => $names[1],
				)
			);
		}
		$last = wp_list_pluck( $this->rest( 'GET', '/joolwebsp/v1/clients' )->get_data(), 'last_name' );
		$this->assertSame( array( 'Adams', 'brown', 'Carter', 'dupont', 'Émile', 'Ewing' ), $last );
		$desc = wp_list_pluck( $this->rest( 'GET', '/joolwebsp/v1/clients', null, array( 'order' => 'desc' ) )->get_data(), 'last_name' );
		$this->assertSame( array_reverse( $last ), $desc );

		$first = wp_list_pluck( $this->rest( 'GET', '/joolwebsp/v1/clients', null, array( 'orderby' => 'first_name' ) )->get_data(), 'first_name' );
		$this->assertSame( array( 'Al', 'ana', 'Bob', 'Cy', 'Yan', 'Zoe' ), $first );
	}

	public function test_orderby_email_and_created_at_in_both_directions(): void {
		$ids = array();
		foreach ( array( 'c@example.org', 'A@example.org', 'b@example.org' ) as $email ) {
			$ids[] = $this->make_client( array( 'email' => $email ) )->id;
		}
		$emails = wp_list_pluck( $this->rest( 'GET', '/joolwebsp/v1/clients', null, array( 'orderby' => 'email' ) )->get_data(), 'email' );
		$this->assertSame( array( 'a@example.org', 'b@example.org', 'c@example.org' ), $emails );
		$emails = wp_list_pluck(
			$this->rest(
				'GET',
				'/joolwebsp/v1/clients',
				null,
				array(
					'orderby' => 'email',
					'order'   => 'desc',
				)
			)->get_data(),
			'email'
		);
		$this->assertSame( array( 'c@example.org', 'b@example.org', 'a@example.org' ), $emails );

		$created = wp_list_pluck( $this->rest( 'GET', '/joolwebsp/v1/clients', null, array( 'orderby' => 'created_at' ) )->get_data(), 'id' );
		$this->assertSame( $ids, $created, 'Same second: ties broken by id' );
		$created = wp_list_pluck(
			$this->rest(
				'GET',
				'/joolwebsp/v1/clients',
				null,
				array(
					'orderby' => 'created_at',
					'order'   => 'desc',
				)
			)->get_data(),
			'id'
		);
		$this->assertSame( array_reverse( $ids ), $created );
	}

	/**
	 * @return array<string, array{0: string, 1: list<string>}>
	 */
	public function provide_searches(): array {
		return array(
			'first name, any case'     => array( 'ANA', array( 'Zed' ) ),
			'last name'                => array( 'dura', array( 'Durand' ) ),
			'first last'               => array( 'emile dur', array( 'Durand' ) ),
			'accent-insensitive'       => array( 'Émile', array( 'Durand' ) ),
			'email'                    => array( 'zed@', array( 'Zed' ) ),
			'phone'                    => array( '12 34', array( 'Zed' ) ),
			'no match'                 => array( 'nobody', array() ),
			'SQL metacharacters'       => array( "' OR 1=1 -- %_", array() ),
			'like wildcard is literal' => array( '%', array() ),
		);
	}

	/**
	 * @dataProvider provide_searches
	 *
	 * @param string       $search   Search.
	 * @param list<string> $expected Last names found.
	 */
	public function test_search( string $search, array $expected ): void {
		$this->make_client(
			array(
				'first_name' => 'Ana',
				'last_name'  => 'Zed',
				'email'      => 'ana.zed@example.org',
				'phone'      => '+33 6 12 34 56 78',
			)
		);
		$this->make_client(
			array(
				'first_name' => 'Émile',
				'last_name'  => 'Durand',
				'email'      => 'emile@example.org',
			)
		);
		$this->make_client(
			array(
				'first_name' => 'Bob',
				'last_name'  => 'Brown',
				'email'      => 'bob@example.org',
			)
		);
		$response = $this->rest( 'GET', '/joolwebsp/v1/clients', null, array( 'search' => $search ) );
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( $expected, wp_list_pluck( $response->get_data(), 'last_name' ) );
		$this->assertSame( (string) count( $expected ), $response->get_headers()['X-WP-Total'] );
	}

	public function test_pagination_headers(): void {
		for ( $i = 0; $i < 5; $i++ ) {
			$this->make_client( array( 'last_name' => 'P' . $i ) );
		}
		$page = $this->rest(
			'GET',
			'/joolwebsp/v1/clients',
			null,
			array(
				'per_page' => 2,
				'page'     => 2,
			)
		);
		$this->assertSame( '5', $page->get_headers()['X-WP-Total'] );
		$this->assertSame( '3', $page->get_headers()['X-WP-TotalPages'] );
		$this->assertSame( array( 'P2', 'P3' ), wp_list_pluck( $page->get_data(), 'last_name' ) );
		$this->assertStringContainsString( 'rel="next"', implode( ',', (array) $page->get_headers()['Link'] ) );
		$beyond = $this->rest(
			'GET',
			'/joolwebsp/v1/clients',
			null,
			array(
				'per_page' => 2,
				'page'     => 9,
			)
		);
		$this->assertSame( array(), $beyond->get_data() );
		$this->assertSame( '5', $beyond->get_headers()['X-WP-Total'] );
	}

	/**
	 * @return array<string, array{0: array<string, mixed>}>
	 */
	public function provide_bad_list_params(): array {
		return array(
			'orderby injection'  => array( array( 'orderby' => 'last_name; DROP TABLE wp_users' ) ),
			'orderby unknown'    => array( array( 'orderby' => 'password' ) ),
			'order'              => array( array( 'order' => 'sideways' ) ),
			'page 0'             => array( array( 'page' => 0 ) ),
			'per_page 0'         => array( array( 'per_page' => 0 ) ),
			'per_page 101'       => array( array( 'per_page' => 101 ) ),
			'page not a number'  => array( array( 'page' => 'two' ) ),
			'coach not a number' => array( array( 'coach' => 'x' ) ),
		);
	}

	/**
	 * @dataProvider provide_bad_list_params
	 *
	 * @param array<string, mixed> $query Query.
	 */
	public function test_list_parameters_outside_the_allowed_values_are_400( array $query ): void {
		$response = $this->rest( 'GET', '/joolwebsp/v1/clients', null, $query );
		$this->assertSame( 400, $response->get_status() );
		$this->assertSame( 'rest_invalid_param', $response->get_data()['code'] );
		$this->assertArrayHasKey( (string) array_key_first( $query ), $response->get_data()['data']['params'] );
	}

	public function test_coach_scoping_and_the_coach_filter(): void {
		$coach_a = $this->create_user( 'joolwebsp_coach' );
		$coach_b = $this->create_user( 'joolwebsp_coach' );
		$a1      = $this->make_client( array( 'last_name' => 'A1' ), $coach_a );
		$a2      = $this->make_client( array( 'last_name' => 'A2' ), $coach_a );
		$b1      = $this->make_client( array( 'last_name' => 'B1' ), $coach_b );
		$none    = $this->make_client( array( 'last_name' => 'None' ) );

		$all = wp_list_pluck( $this->rest( 'GET', '/joolwebsp/v1/clients' )->get_data(), 'last_name' );
		$this->assertSame( array( 'A1', 'A2', 'B1', 'None' ), $all );
		$filtered = $this->rest( 'GET', '/joolwebsp/v1/clients', null, array( 'coach' => $coach_a ) );
		$this->assertSame( array( 'A1', 'A2' ), wp_list_pluck( $filtered->get_data(), 'last_name' ) );
		$this->assertSame( '2', $filtered->get_headers()['X-WP-Total'] );

		wp_set_current_user( $coach_b );
		$mine = $this->rest( 'GET', '/joolwebsp/v1/clients', null, array( 'search' => 'a' ) );
		$this->assertSame( array( 'B1' ), wp_list_pluck( $mine->get_data(), 'last_name' ) );
		$this->assertSame( '1', $mine->get_headers()['X-WP-Total'] );
		unset( $a1, $a2, $b1, $none );
	}

	public function test_the_schema_is_published(): void {
		$schema = $this->rest( 'OPTIONS', '/joolwebsp/v1/clients' )->get_data()['schema'];
		$this->assertSame( 'joolwebsp-client', $schema['title'] );
		$this->assertTrue( $schema['properties']['id']['readonly'] );
		$this->assertSame( 'email', $schema['properties']['email']['format'] );
	}

	/**
	 * @param array<string, mixed> $override Changes.
	 * @return array<string, mixed>
	 */
	private function valid( array $override = array() ): array {
		return array_merge(
			array(
				'first_name' => 'Ana',
				'last_name'  => 'Zed',
				'email'      => 'ana.zed.' . wp_generate_password( 4, false ) . '@example.org',
			),
			$override
		);
	}

	private function client_rows(): int {
		global $wpdb;
		return (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->prefix}joolwebsp_clients" );
	}

	private function repository(): Client_Repository {
		return Plugin::instance()->get( Client_Repository::class );
	}
}
