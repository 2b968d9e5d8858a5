<?php
/**
 * uninstall.php keeps or deletes data per the "Delete all data" setting.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration;

use Joolweb\SessionsPro\Database\Schemas;
use Joolweb\SessionsPro\Lifecycle\Activator;
use Joolweb\SessionsPro\Security\Capabilities;
use Joolweb\SessionsPro\Settings\Settings;
use Joolweb\SessionsPro\Tests\TestCase;

final class UninstallTest extends TestCase {

	protected function setUp(): void {
		parent::setUp();
		if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
			define( 'WP_UNINSTALL_PLUGIN', 'joolweb-sessions-pro/joolweb-sessions-pro.php' );
		}
		Activator::activate();
	}

	protected function tearDown(): void {
		// Uninstall runs DDL, which MariaDB commits: put everything back for the next tests.
		Activator::activate();
		parent::tearDown();
	}

	public function test_uninstall_keeps_everything_by_default(): void {
		delete_option( Settings::OPTION );
		$this->run_uninstall();

		foreach ( $this->all_tables() as $table ) {
			$this->assertTrue( $this->table_exists( $table ), "{$table} was dropped" );
		}
		$this->assertNotNull( get_role( 'joolwebsp_coach' ) );
		$this->assertTrue( get_role( 'administrator' )->has_cap( 'view_clients' ) );
	}

	public function test_uninstall_deletes_everything_when_the_admin_opted_in(): void {
		( new Settings() )->update( array( 'delete_data_on_uninstall' => true ) );
		$this->run_uninstall();

		foreach ( $this->all_tables() as $table ) {
			$this->assertFalse( $this->table_exists( $table ), "{$table} was kept" );
		}
		$this->assertNull( get_role( 'joolwebsp_coach' ) );
		$this->assertNull( get_role( 'joolwebsp_client' ) );
		foreach ( Capabilities::all() as $cap ) {
			$this->assertFalse( get_role( 'administrator' )->has_cap( $cap ), "administrator kept {$cap}" );
		}
		global $wpdb;
		$left = $wpdb->get_col( $wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s", 'joolwebsp\_%' ) );
		$this->assertSame( array(), $left );
	}

	private function run_uninstall(): void {
		wp_cache_flush();
		include dirname( __DIR__, 3 ) . '/uninstall.php';
		wp_cache_flush();
		wp_roles()->for_site();
	}

	/** @return list<string> */
	private function all_tables(): array {
		$tables = array();
		foreach ( Schemas::all() as $schema ) {
			$tables = array_merge( $tables, $schema->table_names() );
		}
		return $tables;
	}
}
