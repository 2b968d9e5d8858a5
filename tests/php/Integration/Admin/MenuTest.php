<?php
/**
 * Menu items per role, and assets only on the plugin's own screens.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Admin;

use Joolweb\SessionsPro\Admin\Assets;
use Joolweb\SessionsPro\Measurements\Measurement_Service;
use Joolweb\SessionsPro\Plugin;
use Joolweb\SessionsPro\Tests\Premium;
use Joolweb\SessionsPro\Tests\TestCase;

// phpcs:disable WordPress.Security.NonceVerification.Recommended -- the tests set the query of the admin request.

final class MenuTest extends TestCase {

	/**
	 * @return array<string, array{0: string, 1: list<string>}>
	 */
	public function provide_roles(): array {
		$all = array( 'joolwebsp', 'joolwebsp-clients', 'joolwebsp-add-client', 'joolwebsp-sessions', 'joolwebsp-programs', 'joolwebsp-import', 'joolwebsp-settings' );
		return array(
			'administrator' => array( 'administrator', $all ),
			'coach'         => array( 'joolwebsp_coach', array( 'joolwebsp', 'joolwebsp-clients', 'joolwebsp-add-client', 'joolwebsp-sessions' ) ),
			'client'        => array( 'joolwebsp_client', array() ),
			'subscriber'    => array( 'subscriber', array() ),
		);
	}

	/**
	 * @dataProvider provide_roles
	 *
	 * @param string       $role     Role.
	 * @param list<string> $expected Visible submenu slugs.
	 */
	public function test_menu_items_per_role( string $role, array $expected ): void {
		wp_set_current_user( $this->create_user( $role ) );
		$this->assertSame( $expected, $this->visible_submenu() );
	}

	public function test_the_menu_sits_near_users_with_its_title(): void {
		wp_set_current_user( $this->create_user( 'administrator' ) );
		$this->visible_submenu();
		global $menu;
		$this->assertArrayHasKey( 71, $menu );
		$this->assertSame( 'Joolweb Sessions Pro', $menu[71][0] );
		$this->assertSame( 'joolwebsp', $menu[71][2] );
		$this->assertSame( 'dashicons-groups', $menu[71][6] );
	}

	public function test_assets_load_only_on_the_plugin_screens_with_settings_and_translations(): void {
		wp_set_current_user( $this->create_user( 'joolwebsp_coach' ) );
		$this->visible_submenu();
		do_action( 'load-index.php' );
		$this->assertFalse( wp_script_is( 'joolwebsp-admin-clients', 'enqueued' ), 'Loaded on the WordPress dashboard' );

		do_action( 'load-joolweb-sessions-pro_page_joolwebsp-clients' );
		$this->assertTrue( wp_script_is( 'joolwebsp-admin-clients', 'enqueued' ) );
		$this->assertFalse( wp_script_is( 'joolwebsp-admin-settings', 'enqueued' ) );
		$this->assertTrue( wp_style_is( 'wp-components', 'enqueued' ) );

		$script = wp_scripts()->registered['joolwebsp-admin-clients'];
		$this->assertSame( 'joolweb-sessions-pro', $script->textdomain );
		$before = implode( "\n", (array) wp_scripts()->get_data( 'joolwebsp-admin-clients', 'before' ) );
		$this->assertStringContainsString( 'window.joolwebspSettings', $before );

		$settings = Plugin::instance()->get( Assets::class )->client_settings();
		$this->assertSame( wp_create_nonce( 'wp_rest' ), $settings['nonce'] );
		$this->assertSame( 'joolwebsp/v1', $settings['restNamespace'] );
		$this->assertTrue( $settings['capabilities']['create_clients'] );
		$this->assertFalse( $settings['capabilities']['delete_clients'] );
		$this->assertFalse( $settings['capabilities']['manage_options'] );
		$this->assertEquals( (object) array(), $settings['settings'], 'Site settings are for administrators only' );
	}

	public function test_a_screen_rerenders_its_capability_check(): void {
		wp_set_current_user( $this->create_user( 'administrator' ) );
		$this->visible_submenu();
		ob_start();
		do_action( 'joolweb-sessions-pro_page_joolwebsp-settings' );
		$html = (string) ob_get_clean();
		$this->assertStringContainsString( 'id="joolwebsp-settings-root"', $html );
	}

	public function test_a_user_who_may_view_but_not_add_clients_opens_a_profile_without_the_add_entry(): void {
		$user_id = $this->create_user( 'joolwebsp_coach' );
		get_userdata( $user_id )->add_cap( 'create_clients', false );
		wp_set_current_user( $user_id );
		$this->assertFalse( current_user_can( 'create_clients' ) );
		global $_registered_pages, $_wp_submenu_nopriv;

		// The profile: reachable with view_clients, no "Add Customer" entry in the menu.
		$_GET['page']      = 'joolwebsp-add-client';
		$_GET['client_id'] = '5';
		$this->assertNotContains( 'joolwebsp-add-client', $this->visible_submenu() );
		$this->assertArrayHasKey( 'admin_page_joolwebsp-add-client', $_registered_pages );
		ob_start();
		do_action( 'admin_page_joolwebsp-add-client' );
		$this->assertStringContainsString( 'id="joolwebsp-add-client-root"', (string) ob_get_clean() );

		// The add form: still create_clients.
		unset( $_GET['client_id'] );
		$this->assertNotContains( 'joolwebsp-add-client', $this->visible_submenu() );
		$this->assertArrayNotHasKey( 'admin_page_joolwebsp-add-client', $_registered_pages );
		$this->assertArrayNotHasKey( 'joolweb-sessions-pro_page_joolwebsp-add-client', $_registered_pages );
		$this->assertTrue( $_wp_submenu_nopriv['joolwebsp']['joolwebsp-add-client'] ?? false );
		unset( $_GET['page'] );
	}

	public function test_the_profile_page_callback_rechecks_view_clients_and_the_form_create_clients(): void {
		wp_set_current_user( $this->create_user( 'administrator' ) );
		$this->visible_submenu();
		$_GET['page']      = 'joolwebsp-add-client';
		$_GET['client_id'] = '5';

		$die = static function (): callable {
			return static function ( $message ): void {
				throw new \RuntimeException( is_string( $message ) ? $message : 'wp_die' );
			};
		};
		add_filter( 'wp_die_handler', $die );
		try {
			// A viewer opens the profile.
			$viewer = $this->create_user( 'joolwebsp_coach' );
			get_userdata( $viewer )->add_cap( 'create_clients', false );
			wp_set_current_user( $viewer );
			ob_start();
			do_action( 'joolweb-sessions-pro_page_joolwebsp-add-client' );
			$this->assertStringContainsString( 'id="joolwebsp-add-client-root"', (string) ob_get_clean() );

			// Without client_id the same user is refused.
			unset( $_GET['client_id'] );
			$refused = '';
			try {
				do_action( 'joolweb-sessions-pro_page_joolwebsp-add-client' );
			} catch ( \RuntimeException $e ) {
				$refused = $e->getMessage();
			}
			$this->assertStringContainsString( 'not allowed', $refused );

			// A subscriber is refused the profile too.
			$_GET['client_id'] = '5';
			wp_set_current_user( $this->create_user( 'subscriber' ) );
			$refused = '';
			try {
				do_action( 'joolweb-sessions-pro_page_joolwebsp-add-client' );
			} catch ( \RuntimeException $e ) {
				$refused = $e->getMessage();
			}
			$this->assertStringContainsString( 'not allowed', $refused );
		} finally {
			remove_filter( 'wp_die_handler', $die );
			unset( $_GET['page'], $_GET['client_id'] );
		}
	}

	public function test_screens_get_reach_email_type_labels_and_the_protected_account_reason_from_php(): void {
		$assets = Plugin::instance()->get( Assets::class );
		wp_set_current_user( $this->create_user( 'joolwebsp_coach' ) );
		$coach = $assets->client_settings();
		$this->assertFalse( $coach['reachesEveryone'] );
		$this->assertSame( 'Welcome / login details', $coach['emailTypes']['welcome'] );
		$this->assertSame( 'Booking confirmation', $coach['emailTypes']['booking_confirmation'] );
		$this->assertStringContainsString( 'Users screen', $coach['accountProtectedMessage'] );

		wp_set_current_user( $this->create_user( 'administrator' ) );
		$this->assertTrue( $assets->client_settings()['reachesEveryone'] );
	}

	public function test_the_physical_tab_is_published_only_with_premium_and_the_setting_with_the_php_ranges(): void {
		$assets = Plugin::instance()->get( Assets::class );
		wp_set_current_user( $this->create_user( 'joolwebsp_coach' ) );
		update_option( 'joolwebsp_settings', array( 'measurements_enabled' => true ) );
		$this->assertNull( $assets->client_settings()['measurements'], 'No premium, no tab' );

		Premium::activate();
		update_option( 'joolwebsp_settings', array( 'measurements_enabled' => false ) );
		$this->assertNull( $assets->client_settings()['measurements'], 'Switched off, no tab' );

		update_option( 'joolwebsp_settings', array( 'measurements_enabled' => true ) );
		$ranges = $assets->client_settings()['measurements']['ranges'];
		$this->assertSame( array_keys( Measurement_Service::ranges() ), array_keys( $ranges ) );
		$this->assertSame(
			array(
				'min'  => 20.0,
				'max'  => 400.0,
				'unit' => 'kg',
				'step' => 0.01,
			),
			$ranges['weight_kg']
		);
		$this->assertSame( 0.1, $ranges['waist_cm']['step'] );
		// What the printed script holds: numbers, not strings.
		$this->assertStringContainsString( '"weight_kg":{"min":20,"max":400,"unit":"kg","step":0.01}', (string) wp_json_encode( $ranges ) );
	}

	/**
	 * Runs admin_menu from scratch for the current user.
	 *
	 * @return list<string>
	 */
	private function visible_submenu(): array {
		global $menu, $submenu, $_wp_submenu_nopriv, $_registered_pages, $admin_page_hooks;
		$menu               = array(); // phpcs:ignore WordPress.WP.GlobalVariablesOverride -- fresh admin menu per test.
		$submenu            = array(); // phpcs:ignore WordPress.WP.GlobalVariablesOverride -- fresh admin menu per test.
		$_wp_submenu_nopriv = array();
		$_registered_pages  = array();
		$admin_page_hooks   = array();
		do_action( 'admin_menu', '' );
		return array_values( array_map( static fn( $item ) => $item[2], $submenu['joolwebsp'] ?? array() ) );
	}
}
