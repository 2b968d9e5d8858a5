<?php
/**
 * Client_Service rules that are not REST-specific: sync with WordPress users, deletion from elsewhere.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Clients;

use Joolweb\SessionsPro\Clients\Client_Repository;
use Joolweb\SessionsPro\Clients\Client_Service;
use Joolweb\SessionsPro\Plugin;
use Joolweb\SessionsPro\Tests\TestCase;

final class Client_ServiceTest extends TestCase {

	public function test_usernames_are_derived_from_the_email_and_unique(): void {
		$this->create_user( 'subscriber', array( 'user_login' => 'ana' ) );
		$first  = $this->make_client( array( 'email' => 'ana@example.org' ) );
		$second = $this->make_client( array( 'email' => 'ana@example.net' ) );
		$this->assertSame( 'ana-2', get_userdata( $first->user_id )->user_login );
		$this->assertSame( 'ana-3', get_userdata( $second->user_id )->user_login );
	}

	public function test_editing_the_wordpress_user_elsewhere_updates_the_client(): void {
		$client = $this->make_client(
			array(
				'first_name' => 'Ana',
				'email'      => 'ana@example.org',
			)
		);
		wp_update_user(
			array(
				'ID'         => $client->user_id,
				'first_name' => 'Anita',
				'user_email' => 'Anita@Example.org',
			)
		);
		$now = $this->repository()->find( $client->id );
		$this->assertSame( 'Anita', $now->first_name );
		$this->assertSame( 'anita@example.org', $now->email );
		$this->assertSame( 1, count( $this->repository()->query( array( 'search' => 'anita' ) )['items'] ), 'Search text follows' );
	}

	public function test_deleting_the_wordpress_user_elsewhere_deletes_the_client(): void {
		require_once ABSPATH . 'wp-admin/includes/user.php';
		$client  = $this->make_client();
		$deleted = array();
		add_action(
			'joolwebsp_client_deleted',
			static function ( $gone ) use ( &$deleted ) {
				$deleted[] = $gone->id;
			}
		);
		wp_delete_user( $client->user_id );
		$this->assertNull( $this->repository()->find( $client->id ) );
		$this->assertSame( array( $client->id ), $deleted, 'Other domains are told' );
	}

	public function test_deleting_a_coach_removes_their_links(): void {
		require_once ABSPATH . 'wp-admin/includes/user.php';
		$coach  = $this->create_user( 'joolwebsp_coach' );
		$client = $this->make_client( array(), $coach );
		$this->assertTrue( $this->repository()->is_reachable( $client->id, $coach ) );
		wp_delete_user( $coach );
		$this->assertFalse( $this->repository()->is_reachable( $client->id, $coach ) );
		$this->assertSame( array(), $this->repository()->find( $client->id )->coach_ids );
	}

	public function test_meta_capabilities_answer_reachability(): void {
		$coach_a = $this->create_user( 'joolwebsp_coach' );
		$coach_b = $this->create_user( 'joolwebsp_coach' );
		$admin   = $this->create_user( 'administrator' );
		$client  = $this->make_client( array(), $coach_a );
		$this->assertTrue( user_can( $coach_a, 'edit_client', $client->id ) );
		$this->assertFalse( user_can( $coach_a, 'delete_client', $client->id ), 'Coaches lack delete_clients' );
		$this->assertFalse( user_can( $coach_b, 'view_client', $client->id ) );
		$this->assertTrue( user_can( $admin, 'delete_client', $client->id ) );
		$this->assertFalse( user_can( $admin, 'view_client', 999999 ), 'Nothing to reach' );
		$this->assertFalse( user_can( $client->user_id, 'view_client', $client->id ), 'Clients use /me' );
	}

	public function test_phone_rule(): void {
		foreach ( array( '+33 6 12 34 56 78', '(555) 010-2030', '06.12.34.56.78', '123456' ) as $ok ) {
			$this->assertTrue( Client_Service::is_valid_phone( $ok ), $ok );
		}
		foreach ( array( '12345', 'call me', '06/12/34/56', '+1 ' . str_repeat( '1', 20 ) ) as $bad ) {
			$this->assertFalse( Client_Service::is_valid_phone( $bad ), $bad );
		}
	}

	private function repository(): Client_Repository {
		return Plugin::instance()->get( Client_Repository::class );
	}
}
