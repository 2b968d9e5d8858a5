<?php
/**
 * /joolwebsp/v1/me: a client's own profile.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Clients\REST;

use Joolweb\SessionsPro\Clients\Client;
use Joolweb\SessionsPro\Clients\Email_Change;
use Joolweb\SessionsPro\Emails\Email_Log_Repository;
use Joolweb\SessionsPro\Plugin;
use Joolweb\SessionsPro\Tests\TestCase;

final class Me_ControllerTest extends TestCase {

	public function test_a_client_reads_and_updates_its_own_profile(): void {
		$client = $this->make_client(
			array(
				'first_name' => 'Ana',
				'last_name'  => 'Zed',
				'email'      => 'ana@example.org',
			)
		);
		wp_set_current_user( $client->user_id );

		$me = $this->rest( 'GET', '/joolwebsp/v1/me' );
		$this->assertSame( 200, $me->get_status() );
		$this->assertSame( 'ana@example.org', $me->get_data()['email'] );
		$this->assertNull( $me->get_data()['pending_email'] );

		$updated = $this->rest(
			'PATCH',
			'/joolwebsp/v1/me',
			array(
				'first_name' => 'Anna',
				'phone'      => '+33 6 00 00 00 00',
			)
		);
		$this->assertSame( 200, $updated->get_status() );
		$this->assertSame( array( 'Anna', '+33 6 00 00 00 00' ), array( $updated->get_data()['first_name'], $updated->get_data()['phone'] ) );
		$this->assertSame( 'Anna', get_userdata( $client->user_id )->first_name, 'Names apply at once' );
		$this->assertSame( array(), $this->mails );
	}

	public function test_a_new_email_waits_for_confirmation_from_the_new_address(): void {
		$client = $this->make_client(
			array(
				'first_name' => 'Ana',
				'email'      => 'ana@example.org',
			)
		);
		wp_set_current_user( $client->user_id );

		$asked = $this->rest( 'PATCH', '/joolwebsp/v1/me', array( 'email' => 'Anna@Example.org' ) );
		$this->assertSame( 200, $asked->get_status() );
		$this->assertSame( 'ana@example.org', $asked->get_data()['email'], 'Not switched yet' );
		$this->assertSame( 'anna@example.org', $asked->get_data()['pending_email'] );
		$this->assertSame( 'ana@example.org', get_userdata( $client->user_id )->user_email );
		$this->assertSame( 'anna@example.org', $this->rest( 'GET', '/joolwebsp/v1/me' )->get_data()['pending_email'] );

		// One email, to the new address, with the link; logged in the client's timeline.
		$this->assertCount( 1, $this->mails );
		$this->assertSame( 'anna@example.org', $this->mails[0]['to'] );
		$this->assertSame( 1, preg_match( '/[?&]joolwebsp_confirm_email=([A-Za-z0-9]+)/', (string) $this->mails[0]['message'], $m ) );
		$token = $m[1];
		$log   = Plugin::instance()->get( Email_Log_Repository::class )->for_client( $client->id );
		$this->assertSame( Email_Change::TYPE, $log['items'][0]['type'] );

		$changes = Plugin::instance()->get( Email_Change::class );
		// A wrong token, or another user, changes nothing.
		$this->assertWPError( $changes->confirm( $client->user_id, 'not-the-token' ) );
		$other = $this->make_client();
		$this->assertWPError( $changes->confirm( $other->user_id, $token ) );
		$this->assertSame( 'ana@example.org', get_userdata( $client->user_id )->user_email );

		$this->mails = array();
		$confirmed   = $changes->confirm( $client->user_id, $token );
		$this->assertInstanceOf( Client::class, $confirmed );
		$this->assertSame( 'anna@example.org', $confirmed->email );
		$this->assertSame( 'anna@example.org', get_userdata( $client->user_id )->user_email );
		$this->assertNull( $this->rest( 'GET', '/joolwebsp/v1/me' )->get_data()['pending_email'] );
		// Core tells the old address.
		$this->assertSame( array( 'ana@example.org' ), array_column( $this->mails, 'to' ) );
		// The link works once.
		$this->assertWPError( $changes->confirm( $client->user_id, $token ) );
	}

	public function test_a_pending_email_expires_and_asking_for_the_current_one_cancels_it(): void {
		$client = $this->make_client( array( 'email' => 'ana@example.org' ) );
		wp_set_current_user( $client->user_id );
		$this->rest( 'PATCH', '/joolwebsp/v1/me', array( 'email' => 'new@example.org' ) );
		$this->assertSame( 'new@example.org', $this->rest( 'GET', '/joolwebsp/v1/me' )->get_data()['pending_email'] );
		$this->rest( 'PATCH', '/joolwebsp/v1/me', array( 'email' => 'ANA@example.org' ) );
		$this->assertNull( $this->rest( 'GET', '/joolwebsp/v1/me' )->get_data()['pending_email'] );

		$this->rest( 'PATCH', '/joolwebsp/v1/me', array( 'email' => 'new@example.org' ) );
		preg_match( '/joolwebsp_confirm_email=([A-Za-z0-9]+)/', (string) end( $this->mails )['message'], $m );
		$pending            = get_user_meta( $client->user_id, Email_Change::META, true );
		$pending['expires'] = time() - 1;
		update_user_meta( $client->user_id, Email_Change::META, $pending );
		$this->assertNull( $this->rest( 'GET', '/joolwebsp/v1/me' )->get_data()['pending_email'] );
		$this->assertWPError( Plugin::instance()->get( Email_Change::class )->confirm( $client->user_id, $m[1] ) );
		$this->assertSame( 'ana@example.org', get_userdata( $client->user_id )->user_email );
	}

	public function test_an_address_taken_meanwhile_is_refused_at_confirmation(): void {
		$client = $this->make_client( array( 'email' => 'ana@example.org' ) );
		wp_set_current_user( $client->user_id );
		$this->rest( 'PATCH', '/joolwebsp/v1/me', array( 'email' => 'new@example.org' ) );
		preg_match( '/joolwebsp_confirm_email=([A-Za-z0-9]+)/', (string) $this->mails[0]['message'], $m );
		$this->create_user( 'subscriber', array( 'user_email' => 'new@example.org' ) );
		$result = Plugin::instance()->get( Email_Change::class )->confirm( $client->user_id, $m[1] );
		$this->assertWPError( $result );
		$this->assertSame( 'joolwebsp_email_exists', $result->get_error_code() );
		$this->assertSame( 'ana@example.org', get_userdata( $client->user_id )->user_email );
	}

	public function test_mass_assignment_is_ignored(): void {
		$coach  = $this->create_user( 'joolwebsp_coach' );
		$client = $this->make_client( array(), $coach );
		wp_set_current_user( $client->user_id );
		$response = $this->rest(
			'PATCH',
			'/joolwebsp/v1/me',
			array(
				'user_id'   => 1,
				'id'        => 1,
				'coach_ids' => array( 1 ),
				'role'      => 'administrator',
				'last_name' => 'Changed',
			)
		);
		$this->assertSame( 200, $response->get_status() );
		$data = $response->get_data();
		$this->assertSame( $client->id, $data['id'] );
		$this->assertSame( $client->user_id, $data['user_id'] );
		$this->assertSame( array( $coach ), $data['coach_ids'] );
		$this->assertSame( 'Changed', $data['last_name'] );
		$this->assertSame( array( 'joolwebsp_client' ), get_userdata( $client->user_id )->roles );
	}

	public function test_same_validation_and_uniqueness_rules(): void {
		$taken  = $this->make_client( array( 'email' => 'taken@example.org' ) );
		$client = $this->make_client( array( 'first_name' => 'Ana' ) );
		wp_set_current_user( $client->user_id );
		$this->assertSame( 409, $this->rest( 'PATCH', '/joolwebsp/v1/me', array( 'email' => 'TAKEN@example.org' ) )->get_status() );
		$blank = $this->rest( 'PATCH', '/joolwebsp/v1/me', array( 'first_name' => '  ' ) );
		$this->assertSame( 400, $blank->get_status() );
		$this->assertArrayHasKey( 'first_name', $blank->get_data()['data']['params'] );
		$this->assertSame( 400, $this->rest( 'PATCH', '/joolwebsp/v1/me', array( 'phone' => 'call me' ) )->get_status() );
		$this->assertSame( 'Ana', $this->rest( 'GET', '/joolwebsp/v1/me' )->get_data()['first_name'] );
		unset( $taken );
	}
}
