<?php
/**
 * On a network, user hooks fire while switched to sites where the plugin is not active: they must not
 * touch tables that do not exist there. And an account is "just a client" only if it is one on every
 * site of the network.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Multisite;

use Joolweb\SessionsPro\Clients\Account_Policy;
use Joolweb\SessionsPro\Clients\Client_Repository;
use Joolweb\SessionsPro\Plugin;
use Joolweb\SessionsPro\Tests\TestCase;

final class User_Hooks_NetworkTest extends TestCase {

	/** Queries that named a table of the plugin on the second site. */
	private array $stray = array();

	private int $second;

	protected function setUp(): void {
		parent::setUp();
		$this->assertTrue( is_multisite() );
		$site = get_site_by_path( WP_TESTS_DOMAIN, '/second/' );
		$this->assertNotFalse( $site, 'install-site.php made the second site' );
		$this->second = (int) $site->blog_id;
		global $wpdb;
		$prefix = $wpdb->get_blog_prefix( $this->second ) . 'joolwebsp_';
		add_filter(
			'query',
			function ( $query ) use ( $prefix ) {
				if ( str_contains( (string) $query, $prefix ) ) {
					$this->stray[] = (string) $query;
				}
				return $query;
			}
		);
	}

	public function test_the_second_site_has_no_plugin_tables(): void {
		switch_to_blog( $this->second );
		$this->assertFalse( Plugin::instance()->get( Client_Repository::class )->is_installed() );
		restore_current_blog();
		$this->assertTrue( Plugin::instance()->get( Client_Repository::class )->is_installed() );
	}

	public function test_editing_a_user_from_a_site_without_the_plugin_queries_no_missing_table(): void {
		global $wpdb;
		$client = $this->make_client( array( 'email' => 'net@example.org' ) );
		add_user_to_blog( $this->second, $client->user_id, 'subscriber' );

		switch_to_blog( $this->second );
		$result = wp_update_user(
			array(
				'ID'         => $client->user_id,
				'first_name' => 'Edited elsewhere',
			)
		);
		$this->assertSame( $client->user_id, $result );
		$this->assertSame( '', $wpdb->last_error );
		restore_current_blog();

		$this->assertSame( array(), $this->stray, 'No query on the second site\'s (missing) plugin tables' );
		// Back on the site with the plugin, the client row is still the one it was.
		$this->assertNotNull( Plugin::instance()->get( Client_Repository::class )->find( $client->id ) );
	}

	public function test_deleting_a_user_from_a_site_without_the_plugin_queries_no_missing_table(): void {
		global $wpdb;
		$user = $this->create_user( 'subscriber' );
		add_user_to_blog( $this->second, $user, 'subscriber' );
		switch_to_blog( $this->second );
		require_once ABSPATH . 'wp-admin/includes/user.php';
		$this->assertTrue( wp_delete_user( $user ) );
		$this->assertSame( '', $wpdb->last_error );
		restore_current_blog();
		$this->assertSame( array(), $this->stray );
	}

	public function test_an_account_with_a_role_on_another_site_is_not_managed(): void {
		$coach  = $this->create_user( 'joolwebsp_coach' );
		$client = $this->make_client( array( 'email' => 'twosites@example.org' ), $coach );
		$policy = new Account_Policy();
		$this->assertTrue( $policy->is_managed( $client->user_id ) );

		// The same person is an administrator of the second site.
		add_user_to_blog( $this->second, $client->user_id, 'administrator' );
		$this->assertFalse( $policy->is_managed( $client->user_id ) );

		wp_set_current_user( $coach );
		$response = $this->rest( 'PATCH', '/joolwebsp/v1/clients/' . $client->id, array( 'email' => 'coach-owned@example.org' ) );
		$this->assertSame( 403, $response->get_status() );
		$this->assertSame( 'joolwebsp_protected_account', $response->get_data()['code'] );
		$this->assertSame( 'twosites@example.org', get_userdata( $client->user_id )->user_email );
	}

	public function test_a_super_admin_is_never_managed(): void {
		$client = $this->make_client();
		grant_super_admin( $client->user_id );
		$this->assertFalse( ( new Account_Policy() )->is_managed( $client->user_id ) );
	}
}
