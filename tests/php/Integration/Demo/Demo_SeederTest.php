<?php
/**
 * The npm start demo data, seeded once through the services.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Demo;

use Joolweb\SessionsPro\Demo\Demo_Seeder;
use Joolweb\SessionsPro\Tests\TestCase;

require_once dirname( __DIR__, 4 ) . '/scripts/demo/Demo_Seeder.php';

final class Demo_SeederTest extends TestCase {

	public function test_seeds_coaches_clients_sessions_and_a_bundle_once(): void {
		$seeder  = Demo_Seeder::from_plugin();
		$created = $seeder->seed();
		$this->assertSame(
			array(
				'coaches'  => 2,
				'clients'  => 12,
				'sessions' => 36,
				'bundles'  => 1,
			),
			$created
		);
		$this->assertSame( array(), $seeder->seed(), 'Seeded once' );

		$coach1 = get_user_by( 'login', 'coach1' );
		wp_set_current_user( $coach1->ID );
		$clients = $this->rest( 'GET', '/joolwebsp/v1/clients' );
		$this->assertSame( '6', $clients->get_headers()['X-WP-Total'] );
		$sessions = $this->rest( 'GET', '/joolwebsp/v1/sessions' );
		$this->assertSame( '28', $sessions->get_headers()['X-WP-Total'], '6 clients × 3 + the 10-session bundle' );
		$this->assertTrue( wp_check_password( 'password', get_user_by( 'email', 'ana.zed@example.com' )->user_pass ) );
	}

	public function test_never_sets_the_password_of_an_existing_account(): void {
		// An administrator already uses a demo client's email: the seeder must not take the account over.
		$admin = $this->create_user(
			'administrator',
			array(
				'user_email' => 'ana.zed@example.com',
				'user_pass'  => 'secret-of-the-admin',
			)
		);
		Demo_Seeder::from_plugin()->seed();
		$user = get_userdata( $admin );
		$this->assertTrue( wp_check_password( 'secret-of-the-admin', $user->user_pass ) );
		$this->assertSame( array( 'administrator' ), array_values( $user->roles ) );
	}
}
