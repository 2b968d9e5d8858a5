<?php
/**
 * Accounts the plugin does not manage: a client record whose WordPress user later got another role or
 * extra capabilities. Every route that writes to or mails the account × {coach reaching the client,
 * administrator}.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Clients\REST;

use Joolweb\SessionsPro\Clients\Account_Policy;
use Joolweb\SessionsPro\Clients\Client;
use Joolweb\SessionsPro\Clients\Client_Repository;
use Joolweb\SessionsPro\Plugin;
use Joolweb\SessionsPro\Sessions\Session_Repository;
use Joolweb\SessionsPro\Sessions\Session_Service;
use Joolweb\SessionsPro\Tests\TestCase;

final class Protected_AccountTest extends TestCase {

	private int $coach;

	private int $admin;

	protected function setUp(): void {
		parent::setUp();
		$this->coach = $this->create_user( 'joolwebsp_coach' );
		$this->admin = $this->create_user( 'administrator' );
		// The coach may even delete clients: the account rule must still hold.
		get_role( 'joolwebsp_coach' )->add_cap( 'delete_clients' );
	}

	/**
	 * A client of the coach whose account then got another role.
	 *
	 * @param string $promotion Extra role, or 'cap:<name>' for an individual capability.
	 */
	private function promoted_client( string $promotion ): Client {
		$client = $this->make_client( array( 'email' => 'promoted-' . wp_generate_password( 5, false ) . '@example.org' ), $this->coach );
		$user   = get_userdata( $client->user_id );
		if ( str_starts_with( $promotion, 'cap:' ) ) {
			$user->add_cap( substr( $promotion, 4 ) );
		} else {
			$user->add_role( $promotion );
		}
		Plugin::instance()->get( \Joolweb\SessionsPro\Clients\Client_Access::class )->flush();
		$this->mails = array();
		return $client;
	}

	/**
	 * @return array<string, array{0: string}>
	 */
	public function provide_promotions(): array {
		return array(
			'client + administrator' => array( 'administrator' ),
			'client + editor'        => array( 'editor' ),
			'client + coach'         => array( 'joolwebsp_coach' ),
			'client + a capability'  => array( 'cap:edit_posts' ),
		);
	}

	/**
	 * @dataProvider provide_promotions
	 *
	 * @param string $promotion Promotion.
	 */
	public function test_a_coach_never_writes_to_or_mails_a_promoted_account( string $promotion ): void {
		$client = $this->promoted_client( $promotion );
		$before = get_userdata( $client->user_id );
		wp_set_current_user( $this->coach );

		$route    = '/joolwebsp/v1/clients/' . $client->id;
		$requests = array(
			'email'          => array( 'PATCH', $route, array( 'email' => 'attacker@example.org' ), array() ),
			'first name'     => array( 'PATCH', $route, array( 'first_name' => 'Mallory' ), array() ),
			'last name'      => array( 'PATCH', $route, array( 'last_name' => 'Mallory' ), array() ),
			'send login'     => array( 'POST', $route . '/send-login', null, array() ),
			'password reset' => array( 'POST', $route . '/password-reset', null, array() ),
			'delete'         => array( 'DELETE', $route, null, array( 'force' => true ) ),
		);
		foreach ( $requests as $what => $request ) {
			$response = $this->rest( ...$request );
			$this->assertSame( 403, $response->get_status(), $what );
			$this->assertSame( 'joolwebsp_protected_account', $response->get_data()['code'], $what );
			$this->assertStringContainsString( 'Users screen', $response->get_data()['message'] );
		}

		$after = get_userdata( $client->user_id );
		$this->assertSame( $before->user_email, $after->user_email );
		$this->assertSame( $before->first_name, $after->first_name );
		$this->assertSame( $before->user_pass, $after->user_pass );
		$this->assertSame( '', (string) get_user_meta( $client->user_id, 'default_password_nag', true ) );
		$this->assertNotNull( Plugin::instance()->get( Client_Repository::class )->find( $client->id ) );
		$this->assertSame( array(), $this->mails, 'Nothing was mailed' );

		// The phone belongs to the plugin: the coach still keeps it up to date.
		$phone = $this->rest( 'PATCH', $route, array( 'phone' => '06 11 22 33 44' ) );
		$this->assertSame( 200, $phone->get_status() );
		$this->assertFalse( $phone->get_data()['account_managed'] );
		$this->assertTrue( $phone->get_data()['account_protected'] );
	}

	/**
	 * @dataProvider provide_promotions
	 *
	 * @param string $promotion Promotion.
	 */
	public function test_an_administrator_may_in_cores_terms( string $promotion ): void {
		$client = $this->promoted_client( $promotion );
		wp_set_current_user( $this->admin );
		$route = '/joolwebsp/v1/clients/' . $client->id;

		$read = $this->rest( 'GET', $route );
		$this->assertFalse( $read->get_data()['account_managed'] );
		$this->assertFalse( $read->get_data()['account_protected'] );

		$this->assertSame( 200, $this->rest( 'PATCH', $route, array( 'first_name' => 'Renamed' ) )->get_status() );
		$this->assertSame( 'Renamed', get_userdata( $client->user_id )->first_name );
		$this->assertSame( 200, $this->rest( 'POST', $route . '/send-login' )->get_status() );
		$this->assertSame( 200, $this->rest( 'POST', $route . '/password-reset' )->get_status() );
	}

	/**
	 * @dataProvider provide_promotions
	 *
	 * @param string $promotion Promotion.
	 */
	public function test_deleting_keeps_a_promoted_account_and_its_content( string $promotion ): void {
		$client  = $this->promoted_client( $promotion );
		$session = Plugin::instance()->get( Session_Service::class )->create(
			array(
				'client_id' => $client->id,
				'start'     => '2030-01-10T10:00:00Z',
			),
			$this->coach
		);
		$this->assertIsArray( $session );
		$post = wp_insert_post(
			array(
				'post_title'  => 'Written by the promoted user',
				'post_status' => 'publish',
				'post_author' => $client->user_id,
			)
		);

		wp_set_current_user( $this->admin );
		$response = $this->rest( 'DELETE', '/joolwebsp/v1/clients/' . $client->id, null, array( 'force' => true ) );
		$this->assertSame( 200, $response->get_status() );

		$user = get_userdata( $client->user_id );
		$this->assertNotFalse( $user, 'The WordPress account is kept' );
		$this->assertNotContains( 'joolwebsp_client', $user->roles, 'Only the client role goes' );
		if ( ! str_starts_with( $promotion, 'cap:' ) ) {
			$this->assertContains( $promotion, $user->roles );
		}
		$this->assertSame( $client->user_id, (int) get_post( $post )->post_author, 'Its content stays' );
		$this->assertNull( Plugin::instance()->get( Client_Repository::class )->find( $client->id ) );
		$this->assertNull( Plugin::instance()->get( Session_Repository::class )->find( $session['session']->id ), 'Plugin data is deleted' );
	}

	public function test_a_managed_account_is_deleted_with_its_client(): void {
		$client = $this->make_client( array(), $this->coach );
		wp_set_current_user( $this->coach );
		$this->assertSame( 200, $this->rest( 'DELETE', '/joolwebsp/v1/clients/' . $client->id, null, array( 'force' => true ) )->get_status() );
		$this->assertFalse( get_userdata( $client->user_id ) );
	}

	public function test_a_managed_account_is_still_fully_managed_by_its_coach(): void {
		$client = $this->make_client( array( 'email' => 'plain@example.org' ), $this->coach );
		wp_set_current_user( $this->coach );
		$response = $this->rest( 'PATCH', '/joolwebsp/v1/clients/' . $client->id, array( 'email' => 'plain2@example.org' ) );
		$this->assertSame( 200, $response->get_status() );
		$this->assertTrue( $response->get_data()['account_managed'] );
		$this->assertFalse( $response->get_data()['account_protected'] );
		$this->assertSame( 'plain2@example.org', get_userdata( $client->user_id )->user_email );
		$this->assertSame( 200, $this->rest( 'POST', '/joolwebsp/v1/clients/' . $client->id . '/send-login' )->get_status() );
	}

	public function test_the_list_says_which_accounts_are_protected_for_the_caller(): void {
		$plain    = $this->make_client( array( 'last_name' => 'Aplain' ), $this->coach );
		$promoted = $this->promoted_client( 'editor' );
		wp_set_current_user( $this->coach );
		$rows = array();
		foreach ( $this->rest( 'GET', '/joolwebsp/v1/clients', null, array( 'per_page' => 100 ) )->get_data() as $row ) {
			$rows[ $row['id'] ] = $row;
		}
		$this->assertFalse( $rows[ $plain->id ]['account_protected'] );
		$this->assertTrue( $rows[ $promoted->id ]['account_protected'] );
	}

	public function test_a_promoted_client_still_edits_itself_through_me(): void {
		$client = $this->promoted_client( 'editor' );
		wp_set_current_user( $client->user_id );
		$response = $this->rest( 'PATCH', '/joolwebsp/v1/me', array( 'first_name' => 'Self' ) );
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( 'Self', get_userdata( $client->user_id )->first_name );
	}

	public function test_the_policy_reads_roles_and_grants(): void {
		$policy = new Account_Policy();
		$client = $this->make_client();
		$this->assertTrue( $policy->is_managed( $client->user_id ) );
		$user = get_userdata( $client->user_id );
		$user->add_cap( 'upload_files', false ); // A denied capability grants nothing.
		$this->assertTrue( $policy->is_managed( $client->user_id ) );
		$user->add_cap( 'upload_files' );
		$this->assertFalse( $policy->is_managed( $client->user_id ) );
		$this->assertFalse( $policy->is_managed( $this->admin ) );
		$this->assertFalse( $policy->is_managed( 0 ) );
		$this->assertFalse( $policy->is_managed( 999999 ) );
	}
}
