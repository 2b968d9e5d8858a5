<?php
/**
 * On a network, activation creates each site's front pages once, and never again.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Multisite;

use Joolweb\SessionsPro\Database\Schemas;
use Joolweb\SessionsPro\Front\Pages;
use Joolweb\SessionsPro\Lifecycle\Activator;
use Joolweb\SessionsPro\Plugin;
use Joolweb\SessionsPro\Settings\Settings;
use Joolweb\SessionsPro\Tests\TestCase;

final class Front_Pages_NetworkTest extends TestCase {

	/**
	 * Published pages of the current site holding a shortcode.
	 *
	 * @param string $shortcode Shortcode.
	 */
	private function count_pages_with( string $shortcode ): int {
		global $wpdb;
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->posts} WHERE post_type = 'page' AND post_status = 'publish' AND post_content LIKE %s", '%' . $wpdb->esc_like( '[' . $shortcode . ']' ) . '%' ) );
	}

	public function test_network_activation_twice_gives_each_site_its_pages_once(): void {
		$this->assertTrue( is_multisite() );
		$second = get_site_by_path( WP_TESTS_DOMAIN, '/second/' );
		$this->assertNotFalse( $second );
		$sites = array( get_current_blog_id(), (int) $second->blog_id );

		// The second site has no plugin tables, and must keep none (DDL would commit this test's
		// transaction): its schema versions are marked current, so activation runs no DDL there.
		switch_to_blog( $sites[1] );
		foreach ( Schemas::all() as $schema ) {
			update_option( $schema->option_name(), $schema->version() );
		}
		restore_current_blog();

		Activator::activate( true );
		$first = array();
		foreach ( $sites as $site ) {
			switch_to_blog( $site );
			$first[ $site ] = Plugin::instance()->get( Settings::class )->page_ids();
			restore_current_blog();
		}
		Activator::activate( true );

		foreach ( $sites as $site ) {
			switch_to_blog( $site );
			$ids = Plugin::instance()->get( Settings::class )->page_ids();
			$this->assertSame( $first[ $site ], $ids, "site {$site}: same ids after re-activation" );
			foreach ( Pages::definitions() as $key => $page ) {
				$this->assertArrayHasKey( $key, $ids, "site {$site}" );
				$this->assertSame( 'page', get_post_type( $ids[ $key ] ), "site {$site}: {$key} is this site's page" );
				$this->assertSame( 1, $this->count_pages_with( $page['shortcode'] ), "site {$site}: one {$key}" );
			}
			restore_current_blog();
		}
		// A single-site activation on the first site adds nothing either.
		Activator::activate( false );
		$this->assertSame( $first[ $sites[0] ], Plugin::instance()->get( Settings::class )->page_ids() );
		$this->assertSame( 1, $this->count_pages_with( 'joolwebsp_client_area' ) );
	}
}
