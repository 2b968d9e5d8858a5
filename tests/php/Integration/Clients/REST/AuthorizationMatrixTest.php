<?php
/**
 * Every client route × {anonymous, subscriber, client, coach A, coach B, admin}.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Clients\REST;

use Joolweb\SessionsPro\Clients\Client;
use Joolweb\SessionsPro\Clients\Client_Repository;
use Joolweb\SessionsPro\Plugin;
use Joolweb\SessionsPro\Tests\TestCase;

final class AuthorizationMatrixTest extends TestCase {

	/** @var array<string, int> Actor => user id (0 = anonymous). */
	private array $actors = array();

	private Client $target;

	private Client $other_client;

	protected function setUp(): void {
		parent::setUp();
		$this->actors           = array(
			'anonymous'  => 0,
			'subscriber' => $this->create_user( 'subscriber' ),
			'coach A'    => $this->create_user( 'joolwebsp_coach' ),
			'coach B'    => $this->create_user( 'joolwebsp_coach' ),
			'admin'      => $this->create_user( 'administrator' ),
		);
		$this->target           = $this->make_client( array(), $this->actors['coach A'] );
		$this->other_client     = $this->make_client( array(), $this->actors['coach B'] );
		$this->actors['client'] = $this->other_client->user_id;
	}

	/**
	 * @return array<string, array{0: string, 1: string, 2: array<string, int>}>
	 */
	public function provide_routes(): array {
		$client_route = array(
			'anonymous'  => 401,
			'subscriber' => 403,
			'client'     => 403,
			'coach A'    => 200,
			'coach B'    => 404,
			'admin'      => 200,
		);
		return array(
			'read'           => array( 'GET', '', $client_route ),
			'update'         => array( 'PATCH', '', $client_route ),
			'update via PUT' => array( 'PUT', '', $client_route ),
			'send login'     => array( 'POST', '/send-login', $client_route ),
			'password reset' => array( 'POST', '/password-reset', $client_route ),
			'email log'      => array( 'GET', '/emails', $client_route ),
			'delete'         => array(
				'DELETE',
				'',
				array(
					'anonymous'  => 401,
					'subscriber' => 403,
					'client'     => 403,
					'coach A'    => 403, // Coaches lack delete_clients by default.
					'coach B'    => 403,
					'admin'      => 200,
				),
			),
		);
	}

	/**
	 * @dataProvider provide_routes
	 *
	 * @param string             $method   HTTP method.
	 * @param string             $suffix   Route after /clients/{id}.
	 * @param array<string, int> $expected Actor => status.
	 */
	public function test_client_route( string $method, string $suffix, array $expected ): void {
		foreach ( $expected as $actor => $status ) {
			wp_set_current_user( $this->actors[ $actor ] );
			$body     = 'PATCH' === $method || 'PUT' === $method ? array( 'phone' => '+33 1 23 45 67 89' ) : null;
			$query    = 'DELETE' === $method ? array( 'force' => true ) : array();
			$response = $this->rest( $method, '/joolwebsp/v1/clients/' . $this->target->id . $suffix, $body, $query );
			$this->assertSame( $status, $response->get_status(), "{$actor}: {$method} {$suffix}" );
			if ( 404 === $status ) {
				$this->assertSame( 'joolwebsp_client_not_found', $response->get_data()['code'] );
			}
			if ( 403 === $status ) {
				$this->assertSame( 'rest_forbidden', $response->get_data()['code'] );
			}
			if ( 'DELETE' === $method && 200 === $status ) {
				break; // Gone now.
			}
		}
		if ( 'DELETE' !== $method ) {
			$this->assertNotNull( $this->repository()->find( $this->target->id ), 'Refused requests changed nothing' );
		}
	}

	public function test_refused_updates_change_nothing(): void {
		foreach ( array( 'anonymous', 'subscriber', 'client', 'coach B' ) as $actor ) {
			wp_set_current_user( $this->actors[ $actor ] );
			$this->rest( 'PATCH', '/joolwebsp/v1/clients/' . $this->target->id, array( 'first_name' => 'Hacked' ) );
		}
		$this->assertSame( $this->target->first_name, $this->repository()->find( $this->target->id )->first_name );
		$this->assertSame( array(), $this->mails, 'Refused send-login/reset sent nothing' );
	}

	public function test_a_coach_granted_delete_deletes_own_clients_only(): void {
		get_role( 'joolwebsp_coach' )->add_cap( 'delete_clients' );
		wp_set_current_user( $this->actors['coach B'] );
		$response = $this->rest( 'DELETE', '/joolwebsp/v1/clients/' . $this->target->id, null, array( 'force' => true ) );
		$this->assertSame( 404, $response->get_status() );
		$this->assertNotNull( $this->repository()->find( $this->target->id ) );

		wp_set_current_user( $this->actors['coach A'] );
		$response = $this->rest( 'DELETE', '/joolwebsp/v1/clients/' . $this->target->id, null, array( 'force' => true ) );
		$this->assertSame( 200, $response->get_status() );
		$this->assertNull( $this->repository()->find( $this->target->id ) );
	}

	public function test_list_and_create(): void {
		$expected = array(
			'anonymous'  => array( 401, 401 ),
			'subscriber' => array( 403, 403 ),
			'client'     => array( 403, 403 ),
			'coach A'    => array( 200, 201 ),
			'coach B'    => array( 200, 201 ),
			'admin'      => array( 200, 201 ),
		);
		foreach ( $expected as $actor => list( $list_status, $create_status ) ) {
			wp_set_current_user( $this->actors[ $actor ] );
			$list = $this->rest( 'GET', '/joolwebsp/v1/clients' );
			$this->assertSame( $list_status, $list->get_status(), "{$actor}: list" );
			$create = $this->rest(
				'POST',
				'/joolwebsp/v1/clients',
				array(
					'first_name' => 'New',
					'last_name'  => 'Client',
					'email'      => 'new-' . str_replace( ' ', '', strtolower( $actor ) ) . '@example.org',
				)
			);
			$this->assertSame( $create_status, $create->get_status(), "{$actor}: create" );
		}
		wp_set_current_user( $this->actors['coach B'] );
		$ids = wp_list_pluck( $this->rest( 'GET', '/joolwebsp/v1/clients' )->get_data(), 'id' );
		$this->assertNotContains( $this->target->id, $ids, "Coach B must not list coach A's client" );
		$this->assertContains( $this->other_client->id, $ids );
	}

	public function test_a_coach_may_not_choose_coaches(): void {
		wp_set_current_user( $this->actors['coach A'] );
		$create = $this->rest(
			'POST',
			'/joolwebsp/v1/clients',
			array(
				'first_name' => 'Ana',
				'last_name'  => 'Zed',
				'email'      => 'ana.zed@example.org',
				'coach_ids'  => array( $this->actors['coach B'] ),
			)
		);
		$this->assertSame( 403, $create->get_status() );
		$this->assertSame( 'rest_forbidden', $create->get_data()['code'] );
		$this->assertNull( $this->repository()->find_by_email( 'ana.zed@example.org' ) );

		$update = $this->rest( 'PATCH', '/joolwebsp/v1/clients/' . $this->target->id, array( 'coach_ids' => array( $this->actors['coach A'], $this->actors['coach B'] ) ) );
		$this->assertSame( 403, $update->get_status() );
		$this->assertSame( array( $this->actors['coach A'] ), $this->repository()->find( $this->target->id )->coach_ids );

		$filter = $this->rest( 'GET', '/joolwebsp/v1/clients', null, array( 'coach' => $this->actors['coach B'] ) );
		$this->assertSame( 403, $filter->get_status() );
	}

	public function test_me_is_for_client_accounts_only(): void {
		$expected = array(
			'anonymous'  => 401,
			'subscriber' => 403,
			'client'     => 200,
			'coach A'    => 403,
			'admin'      => 403,
		);
		foreach ( $expected as $actor => $status ) {
			wp_set_current_user( $this->actors[ $actor ] );
			$this->assertSame( $status, $this->rest( 'GET', '/joolwebsp/v1/me' )->get_status(), "{$actor}: GET /me" );
			$this->assertSame( $status, $this->rest( 'PATCH', '/joolwebsp/v1/me', array( 'phone' => '0612345678' ) )->get_status(), "{$actor}: PATCH /me" );
		}
		wp_set_current_user( $this->actors['client'] );
		$this->assertSame( $this->other_client->id, $this->rest( 'GET', '/joolwebsp/v1/me' )->get_data()['id'] );
	}

	public function test_cookie_requests_without_a_nonce_are_anonymous(): void {
		// Core's REST cookie check: a logged-in browser session without X-WP-Nonce is treated as logged out.
		wp_set_current_user( $this->actors['admin'] );
		$_COOKIE[ LOGGED_IN_COOKIE ]    = wp_generate_auth_cookie( $this->actors['admin'], time() + 3600, 'logged_in' );
		$GLOBALS['wp_rest_auth_cookie'] = true;
		try {
			$result = apply_filters( 'rest_authentication_errors', null );
			$this->assertTrue( $result, 'No nonce: core treats the request as unauthenticated' );
			$this->assertSame( 0, get_current_user_id() );
			$this->assertSame( 401, $this->rest( 'GET', '/joolwebsp/v1/clients' )->get_status() );
		} finally {
			unset( $_COOKIE[ LOGGED_IN_COOKIE ], $GLOBALS['wp_rest_auth_cookie'] );
		}
	}

	private function repository(): Client_Repository {
		return Plugin::instance()->get( Client_Repository::class );
	}
}
