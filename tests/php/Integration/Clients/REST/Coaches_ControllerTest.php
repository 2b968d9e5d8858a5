<?php
/**
 * /joolwebsp/v1/coaches.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Clients\REST;

use Joolweb\SessionsPro\Tests\TestCase;

final class Coaches_ControllerTest extends TestCase {

	public function test_lists_coaches_and_administrators_for_users_who_reach_everyone(): void {
		$coach = $this->create_user( 'joolwebsp_coach', array( 'display_name' => 'Aaron Coach' ) );
		$sub   = $this->create_user( 'subscriber', array( 'display_name' => 'Aaron Subscriber' ) );
		$admin = $this->create_user( 'administrator' );
		wp_set_current_user( $admin );
		$response = $this->rest( 'GET', '/joolwebsp/v1/coaches' );
		$this->assertSame( 200, $response->get_status() );
		$ids = wp_list_pluck( $response->get_data(), 'id' );
		$this->assertContains( $coach, $ids );
		$this->assertContains( $admin, $ids );
		$this->assertNotContains( $sub, $ids );
		$this->assertSame( array( 'id', 'name' ), array_keys( $response->get_data()[0] ) );
	}

	/**
	 * @return array<string, array{0: string|null, 1: int}>
	 */
	public function provide_refused(): array {
		return array(
			'anonymous' => array( null, 401 ),
			'client'    => array( 'joolwebsp_client', 403 ),
			'coach'     => array( 'joolwebsp_coach', 403 ),
		);
	}

	/**
	 * @dataProvider provide_refused
	 *
	 * @param string|null $role   Role.
	 * @param int         $status Expected status.
	 */
	public function test_others_are_refused( ?string $role, int $status ): void {
		if ( $role ) {
			wp_set_current_user( $this->create_user( $role ) );
		}
		$this->assertSame( $status, $this->rest( 'GET', '/joolwebsp/v1/coaches' )->get_status() );
	}
}
