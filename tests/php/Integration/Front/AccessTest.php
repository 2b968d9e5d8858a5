<?php
/**
 * Front access: login redirects per role, and what each shortcode prints for each kind of user.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Front;

use Joolweb\SessionsPro\Front\Login;
use Joolweb\SessionsPro\Front\Pages;
use Joolweb\SessionsPro\Front\Shortcodes;
use Joolweb\SessionsPro\Plugin;
use Joolweb\SessionsPro\Tests\TestCase;

final class AccessTest extends TestCase {

	/** @var array<string, int> */
	private array $page_ids;

	protected function setUp(): void {
		parent::setUp();
		$this->page_ids = Plugin::instance()->get( Pages::class )->ensure_pages();
		wp_dequeue_script( 'joolwebsp-front-coach-clients' );
		wp_dequeue_script( 'joolwebsp-front-client-area' );
	}

	private function shortcodes(): Shortcodes {
		return Plugin::instance()->get( Shortcodes::class );
	}

	public function test_login_redirects_per_role(): void {
		$coach  = get_userdata( $this->create_user( 'joolwebsp_coach' ) );
		$admin  = get_userdata( $this->create_user( 'administrator' ) );
		$client = get_userdata( $this->make_client()->user_id );
		$reader = get_userdata( $this->create_user( 'subscriber' ) );
		$this->assertNotFalse( $coach );
		$this->assertNotFalse( $admin );
		$this->assertNotFalse( $client );
		$this->assertNotFalse( $reader );
		$admin_url = admin_url();

		$this->assertSame( get_permalink( $this->page_ids[ Pages::COACH_HOME ] ), apply_filters( 'login_redirect', $admin_url, '', $coach ) );
		$this->assertSame( get_permalink( $this->page_ids[ Pages::CLIENT_AREA ] ), apply_filters( 'login_redirect', $admin_url, '', $client ) );
		$this->assertSame( $admin_url, apply_filters( 'login_redirect', $admin_url, '', $admin ), 'Administrators keep wp-admin' );
		$this->assertSame( $admin_url, apply_filters( 'login_redirect', $admin_url, '', $reader ) );
		// An explicit destination (e.g. back to the page the visitor opened) wins.
		$back = home_url( '/customer/5/' );
		$this->assertSame( $back, apply_filters( 'login_redirect', $back, $back, $coach ) );
		$this->assertSame( $admin_url, apply_filters( 'login_redirect', $admin_url, '', new \WP_Error( 'x' ) ) );
	}

	public function test_visitors_get_the_login_form_back_to_the_page(): void {
		$_SERVER['HTTP_HOST']   = 'example.org';
		$_SERVER['REQUEST_URI'] = '/my-clients/';
		foreach ( array( '[joolwebsp_coach_dashboard]', '[joolwebsp_coach_clients]', '[joolwebsp_client_area]' ) as $shortcode ) {
			$html = do_shortcode( $shortcode );
			$this->assertStringContainsString( 'id="joolwebsp-login-form"', $html, $shortcode );
			$this->assertStringContainsString( 'action="' . esc_url( site_url( 'wp-login.php', 'login_post' ) ) . '"', $html );
			$this->assertStringContainsString( 'name="redirect_to" value="http://example.org/my-clients/"', $html );
			$this->assertStringNotContainsString( '-root', $html );
		}
		$this->assertFalse( wp_script_is( 'joolwebsp-front-coach-clients', 'enqueued' ) );
	}

	public function test_a_client_on_a_coach_page_gets_a_polite_refusal_and_no_data(): void {
		$client = $this->make_client( array( 'first_name' => 'Secretname' ) );
		wp_set_current_user( $client->user_id );
		foreach ( array( '[joolwebsp_coach_dashboard]', '[joolwebsp_coach_clients]' ) as $shortcode ) {
			$html = do_shortcode( $shortcode );
			$this->assertStringContainsString( 'not available', $html );
			$this->assertStringContainsString( get_permalink( $this->page_ids[ Pages::CLIENT_AREA ] ), $html );
			$this->assertStringNotContainsString( 'root', $html );
			$this->assertStringNotContainsString( 'Secretname', $html );
		}
		$this->assertFalse( wp_script_is( 'joolwebsp-front-coach-clients', 'enqueued' ) );
		$this->assertFalse( wp_script_is( 'joolwebsp-front-coach-home', 'enqueued' ) );
		// The client area mounts (the build may be absent in PHPUnit runs: then it says so).
		$html = do_shortcode( '[joolwebsp_client_area]' );
		$this->assertMatchesRegularExpression( '/joolwebsp-front-client-area-root|could not load its script/', $html );
		$this->assertStringNotContainsString( 'Secretname', $html );
	}

	public function test_a_coach_has_no_client_area(): void {
		wp_set_current_user( $this->create_user( 'joolwebsp_coach' ) );
		$this->assertSame( Shortcodes::NOT_AVAILABLE, $this->shortcodes()->decide( Pages::CLIENT_AREA ) );
		$this->assertSame( Shortcodes::OK, $this->shortcodes()->decide( Pages::COACH_HOME ) );
		$this->assertSame( Shortcodes::OK, $this->shortcodes()->decide( Pages::COACH_CLIENTS ) );
	}

	public function test_a_client_the_coach_does_not_reach_is_not_found_with_a_404(): void {
		$coach_a = $this->create_user( 'joolwebsp_coach' );
		$coach_b = $this->create_user( 'joolwebsp_coach' );
		$mine    = $this->make_client( array(), $coach_a );
		$theirs  = $this->make_client( array( 'last_name' => 'Hiddenname' ), $coach_b );
		wp_set_current_user( $coach_a );

		set_query_var( Pages::QUERY_VAR, (string) $mine->id );
		$this->assertSame( Shortcodes::OK, $this->shortcodes()->decide( Pages::COACH_CLIENTS ) );

		$statuses = array();
		add_filter(
			'status_header',
			static function ( $header, $code ) use ( &$statuses ) {
				$statuses[] = $code;
				return $header;
			},
			10,
			2
		);
		foreach ( array( $theirs->id, 999999 ) as $id ) {
			set_query_var( Pages::QUERY_VAR, (string) $id );
			$this->assertSame( Shortcodes::NOT_FOUND, $this->shortcodes()->decide( Pages::COACH_CLIENTS ) );
			$this->shortcodes()->send_status();
			$html = do_shortcode( '[joolwebsp_coach_clients]' );
			$this->assertStringContainsString( 'Client not found.', $html );
			$this->assertStringNotContainsString( 'Hiddenname', $html );
			$this->assertStringNotContainsString( 'root', $html );
		}
		$this->assertSame( array( 404, 404 ), $statuses, 'Same answer for another coach\'s client and a missing one' );
		set_query_var( Pages::QUERY_VAR, '' );
	}

	public function test_the_login_page_and_the_email_login_link(): void {
		$html = do_shortcode( '[' . Login::SHORTCODE . ']' );
		$this->assertStringContainsString( 'id="joolwebsp-login-form"', $html );
		$this->assertStringContainsString( 'name="redirect_to" value=""', $html, 'No destination: the role decides' );
		$this->assertSame( get_permalink( $this->page_ids[ Pages::LOGIN ] ), apply_filters( 'joolwebsp_client_login_url', wp_login_url() ) );

		wp_set_current_user( $this->create_user( 'joolwebsp_coach' ) );
		$html = do_shortcode( '[' . Login::SHORTCODE . ']' );
		$this->assertStringContainsString( 'You are logged in', $html );
		$this->assertStringContainsString( esc_url( (string) get_permalink( $this->page_ids[ Pages::COACH_HOME ] ) ), $html );
	}
}
