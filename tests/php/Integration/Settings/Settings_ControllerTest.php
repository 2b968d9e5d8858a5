<?php
/**
 * REST /joolwebsp/v1/settings.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Settings;

use Joolweb\SessionsPro\Tests\TestCase;

final class Settings_ControllerTest extends TestCase {

	public function test_admin_reads_defaults_and_saves_a_change(): void {
		wp_set_current_user( $this->create_user( 'administrator' ) );
		$response = $this->rest( 'GET', '/joolwebsp/v1/settings' );
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame(
			array(
				'delete_data_on_uninstall' => false,
				'currency'                 => 'EUR',
			),
			$response->get_data()
		);

		$response = $this->rest(
			'POST',
			'/joolwebsp/v1/settings',
			array(
				'delete_data_on_uninstall' => true,
				'unknown'                  => 'x',
			)
		);
		$this->assertSame( 200, $response->get_status() );
		$this->assertTrue( $response->get_data()['delete_data_on_uninstall'] );
		$this->assertSame(
			array(
				'delete_data_on_uninstall' => true,
				'currency'                 => 'EUR',
			),
			get_option( 'joolwebsp_settings' )
		);
	}

	public function test_invalid_value_is_a_400_and_changes_nothing(): void {
		wp_set_current_user( $this->create_user( 'administrator' ) );
		$response = $this->rest( 'POST', '/joolwebsp/v1/settings', array( 'delete_data_on_uninstall' => 'perhaps' ) );
		$this->assertSame( 400, $response->get_status() );
		$this->assertSame( 'rest_invalid_param', $response->get_data()['code'] );
		$this->assertFalse( get_option( 'joolwebsp_settings' ) );
	}

	/**
	 * @return array<string, array{0: string|null, 1: int}>
	 */
	public function provide_refused_users(): array {
		return array(
			'anonymous'  => array( null, 401 ),
			'subscriber' => array( 'subscriber', 403 ),
			'coach'      => array( 'joolwebsp_coach', 403 ),
		);
	}

	/**
	 * @dataProvider provide_refused_users
	 *
	 * @param string|null $role   Role, or null for a visitor.
	 * @param int         $status Expected status.
	 */
	public function test_only_site_managers_reach_settings( ?string $role, int $status ): void {
		if ( $role ) {
			wp_set_current_user( $this->create_user( $role ) );
		}
		$this->assertSame( $status, $this->rest( 'GET', '/joolwebsp/v1/settings' )->get_status() );
		$this->assertSame( $status, $this->rest( 'POST', '/joolwebsp/v1/settings', array( 'delete_data_on_uninstall' => true ) )->get_status() );
		$this->assertFalse( get_option( 'joolwebsp_settings' ) );
	}

	public function test_schema_is_published(): void {
		$response = $this->rest( 'OPTIONS', '/joolwebsp/v1/settings' );
		$schema   = $response->get_data()['schema'];
		$this->assertSame( 'boolean', $schema['properties']['delete_data_on_uninstall']['type'] );
	}
}
