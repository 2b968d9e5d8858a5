<?php
/**
 * Settings → Permissions: the checkboxes are the coach role, and REST access follows.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Settings;

use Joolweb\SessionsPro\Lifecycle\Upgrader;
use Joolweb\SessionsPro\Security\Capabilities;
use Joolweb\SessionsPro\Tests\TestCase;

final class PermissionsTest extends TestCase {

	private int $admin;
	private int $coach;

	protected function setUp(): void {
		parent::setUp();
		$this->admin = $this->create_user( 'administrator' );
		$this->coach = $this->create_user( 'joolwebsp_coach' );
		$this->make_client( array(), $this->coach );
	}

	/**
	 * Saves the coach's capabilities as the administrator.
	 *
	 * @param list<string> $caps Capabilities.
	 */
	private function save( array $caps ): void {
		wp_set_current_user( $this->admin );
		$response = $this->rest( 'POST', '/joolwebsp/v1/settings', array( 'coach_capabilities' => $caps ) );
		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertSame( array_values( array_intersect( Capabilities::all(), $caps ) ), $response->get_data()['coach_capabilities'], 'In the order of Capabilities::all()' );
	}

	/**
	 * A REST status as the coach (user object rebuilt, as on the next request).
	 *
	 * @param string               $method Method.
	 * @param string               $route  Route.
	 * @param array<string, mixed> $query  Query parameters.
	 */
	private function as_coach( string $method, string $route, array $query = array() ): int {
		wp_set_current_user( 0 );
		wp_set_current_user( $this->coach );
		return $this->rest( $method, $route, null, $query )->get_status();
	}

	public function test_unchecking_view_clients_changes_the_role_and_gives_the_coach_403(): void {
		$this->assertSame( 200, $this->as_coach( 'GET', '/joolwebsp/v1/clients' ) );

		$this->save( array( 'create_clients', 'edit_clients', 'view_sessions', 'edit_sessions' ) );

		$role = get_role( Capabilities::ROLE_COACH );
		$this->assertFalse( $role->has_cap( 'view_clients' ), 'Saved to the role itself' );
		$this->assertTrue( $role->has_cap( 'read' ), 'Other capabilities of the role are left alone' );
		$this->assertTrue( $role->has_cap( 'upload_files' ) );
		$this->assertSame( 403, $this->as_coach( 'GET', '/joolwebsp/v1/clients' ) );
		$this->assertSame( 200, $this->as_coach( 'GET', '/joolwebsp/v1/sessions' ), 'Other rights unchanged' );

		wp_set_current_user( $this->admin );
		$this->assertSame( 200, $this->rest( 'GET', '/joolwebsp/v1/clients' )->get_status(), 'Administrators keep everything' );

		$this->save( array( 'view_clients', 'create_clients', 'edit_clients', 'view_sessions', 'edit_sessions' ) );
		$this->assertSame( 200, $this->as_coach( 'GET', '/joolwebsp/v1/clients' ) );
	}

	public function test_checking_a_capability_grants_it_and_rest_follows(): void {
		$client = $this->make_client( array(), $this->coach );
		$this->assertSame( 403, $this->as_coach( 'DELETE', '/joolwebsp/v1/clients/' . $client->id, array( 'force' => true ) ) );
		$this->assertSame( 403, $this->as_coach( 'GET', '/joolwebsp/v1/templates' ) );

		$this->save( array_merge( Capabilities::coach_capabilities(), array( 'delete_clients', 'manage_programs', 'export_clients' ) ) );

		$this->assertTrue( get_role( Capabilities::ROLE_COACH )->has_cap( 'export_clients' ) );
		$this->assertSame( 200, $this->as_coach( 'GET', '/joolwebsp/v1/templates' ) );
		$this->assertSame( 200, $this->as_coach( 'DELETE', '/joolwebsp/v1/clients/' . $client->id, array( 'force' => true ) ) );
	}

	public function test_the_checkboxes_read_the_role_as_other_plugins_left_it(): void {
		get_role( Capabilities::ROLE_COACH )->add_cap( 'import_clients' );
		get_role( Capabilities::ROLE_COACH )->remove_cap( 'edit_sessions' );
		wp_set_current_user( $this->admin );
		$this->assertSame(
			array( 'view_clients', 'create_clients', 'edit_clients', 'view_sessions', 'import_clients' ),
			$this->rest( 'GET', '/joolwebsp/v1/settings' )->get_data()['coach_capabilities']
		);
	}

	public function test_administrators_always_keep_every_capability(): void {
		get_role( 'administrator' )->remove_cap( 'export_clients' );
		$this->save( array() );
		foreach ( Capabilities::all() as $cap ) {
			$this->assertTrue( get_role( 'administrator' )->has_cap( $cap ), "administrator lost {$cap}" );
			$this->assertFalse( get_role( Capabilities::ROLE_COACH )->has_cap( $cap ), "coach kept {$cap}" );
		}
	}

	public function test_an_upgrade_never_regrants_what_the_administrator_unchecked(): void {
		$this->save( array( 'view_sessions' ) );
		update_option( Capabilities::VERSION_OPTION, 0 );
		$this->assertTrue( Upgrader::maybe_upgrade() );
		$this->assertSame( array( 'view_sessions' ), Capabilities::coach_capabilities() );
		$this->assertTrue( get_role( Capabilities::ROLE_COACH )->has_cap( 'read' ) );
	}

	public function test_the_coach_menu_follows_the_role(): void {
		$this->save( array( 'view_sessions', 'edit_sessions', 'manage_programs' ) );
		wp_set_current_user( 0 );
		wp_set_current_user( $this->coach );
		global $submenu;
		$submenu = array(); // phpcs:ignore WordPress.WP.GlobalVariablesOverride -- fresh admin menu.
		do_action( 'admin_menu', '' );
		$slugs = array_map( static fn( $item ) => $item[2], $submenu['joolwebsp'] ?? array() );
		$this->assertNotContains( 'joolwebsp-clients', $slugs );
		$this->assertContains( 'joolwebsp-sessions', $slugs );
		$this->assertContains( 'joolwebsp-programs', $slugs );
	}
}
