<?php
/**
 * On a network, each site has its own reminder event: network deactivation clears it on every site.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Multisite;

use Joolweb\SessionsPro\Lifecycle\Deactivator;
use Joolweb\SessionsPro\Reminders\Reminders;
use Joolweb\SessionsPro\Tests\TestCase;

final class Reminders_NetworkTest extends TestCase {

	public function test_network_deactivation_clears_the_event_of_every_site(): void {
		$this->assertTrue( is_multisite() );
		$second = get_site_by_path( WP_TESTS_DOMAIN, '/second/' );
		$this->assertNotFalse( $second );
		$sites = array( get_current_blog_id(), (int) $second->blog_id );

		foreach ( $sites as $site ) {
			switch_to_blog( $site );
			Reminders::schedule();
			$this->assertIsInt( wp_next_scheduled( Reminders::HOOK ), "scheduled on site {$site}" );
			restore_current_blog();
		}

		Deactivator::deactivate( true );

		foreach ( $sites as $site ) {
			switch_to_blog( $site );
			$this->assertFalse( wp_next_scheduled( Reminders::HOOK ), "cleared on site {$site}" );
			restore_current_blog();
		}
	}

	public function test_a_single_site_deactivation_leaves_the_other_sites_alone(): void {
		$second = (int) get_site_by_path( WP_TESTS_DOMAIN, '/second/' )->blog_id;
		switch_to_blog( $second );
		Reminders::schedule();
		restore_current_blog();
		Reminders::schedule();

		Deactivator::deactivate( false );

		$this->assertFalse( wp_next_scheduled( Reminders::HOOK ) );
		switch_to_blog( $second );
		$this->assertIsInt( wp_next_scheduled( Reminders::HOOK ), 'Only this site deactivated it' );
		restore_current_blog();
	}
}
