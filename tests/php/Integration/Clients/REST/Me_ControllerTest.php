<?php
/**
 * /joolwebsp/v1/me: a client's own profile.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Clients\REST;

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

		$updated = $this->rest(
			'PATCH',
			'/joolwebsp/v1/me',
			array(
				'first_name' => 'Anna',
				'phone'      => '+33 6 00 00 00 00',
				'email'      => 'anna@example.org',
			)
		);
		$this->assertSame( 200, $updated->get_status() );
		$this->assertSame( array( 'Anna', '+33 6 00 00 00 00', 'anna@example.org' ), array( $updated->get_data()['first_name'], $updated->get_data()['phone'], $updated->get_data()['email'] ) );
		$this->assertSame( 'anna@example.org', get_userdata( $client->user_id )->user_email );
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
