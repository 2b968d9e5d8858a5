<?php
/**
 * Activation, upgrade without re-activation, deactivation.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Lifecycle;

use Joolweb\SessionsPro\Clients\Clients_Schema;
use Joolweb\SessionsPro\Database\Abstract_Schema;
use Joolweb\SessionsPro\Database\Schemas;
use Joolweb\SessionsPro\Lifecycle\Activator;
use Joolweb\SessionsPro\Lifecycle\Deactivator;
use Joolweb\SessionsPro\Lifecycle\Upgrader;
use Joolweb\SessionsPro\Security\Capabilities;
use Joolweb\SessionsPro\Tests\TestCase;

final class ActivatorTest extends TestCase {

	public function test_activation_creates_roles_capabilities_and_tables(): void {
		Activator::activate();

		$admin = get_role( 'administrator' );
		$this->assertNotNull( $admin );
		foreach ( Capabilities::all() as $cap ) {
			$this->assertTrue( $admin->has_cap( $cap ), "administrator lacks {$cap}" );
		}

		$coach = get_role( 'joolwebsp_coach' );
		$this->assertNotNull( $coach );
		$granted = array_keys( array_filter( $coach->capabilities ) );
		sort( $granted );
		$this->assertSame(
			array( 'create_clients', 'edit_clients', 'edit_sessions', 'read', 'upload_files', 'view_clients', 'view_sessions' ),
			$granted
		);

		$client = get_role( 'joolwebsp_client' );
		$this->assertNotNull( $client );
		$this->assertSame( array( 'read' ), array_keys( array_filter( $client->capabilities ) ) );

		foreach ( Schemas::all() as $schema ) {
			foreach ( $schema->table_names() as $table ) {
				$this->assertTrue( $this->table_exists( $table ), "{$table} is missing" );
			}
			$this->assertSame( $schema->version(), $schema->installed_version() );
		}
		$this->assertSame( Capabilities::VERSION, (int) get_option( Capabilities::VERSION_OPTION ) );
	}

	public function test_activation_is_idempotent(): void {
		Activator::activate();
		Activator::activate();
		$this->assertSame( array(), ( new Clients_Schema() )->missing_tables() );
		$this->assertNotNull( get_role( 'joolwebsp_coach' ) );
	}

	public function test_an_update_without_reactivation_migrates_on_plugins_loaded(): void {
		global $wpdb;
		$this->assertSame( 5, has_action( 'plugins_loaded', array( Upgrader::class, 'maybe_upgrade' ) ) );

		// Simulate a site on an older release: a table missing, versions behind, a grant missing.
		$schema = new Clients_Schema();
		$wpdb->query( 'DROP TABLE ' . Abstract_Schema::table( Clients_Schema::COACHES ) ); // phpcs:ignore -- test setup.
		update_option( $schema->option_name(), 0 );
		update_option( Capabilities::VERSION_OPTION, 0 );
		get_role( 'joolwebsp_coach' )->remove_cap( 'edit_sessions' );
		$this->assertTrue( $schema->needs_upgrade() );

		$this->assertTrue( Upgrader::maybe_upgrade() );

		$this->assertSame( array(), $schema->missing_tables() );
		$this->assertSame( $schema->version(), $schema->installed_version() );
		$this->assertTrue( get_role( 'joolwebsp_coach' )->has_cap( 'edit_sessions' ) );
		$this->assertFalse( get_option( Upgrader::ERROR_OPTION ) );
	}

	public function test_current_versions_cost_no_schema_work(): void {
		Upgrader::maybe_upgrade();
		$queries = get_num_queries();
		Upgrader::maybe_upgrade();
		$this->assertSame( $queries, get_num_queries(), 'An up-to-date site must not query on plugins_loaded' );
	}

	public function test_numbered_migrations_run_in_order_and_stop_at_the_first_failure(): void {
		$schema = new class() extends Abstract_Schema {
			/** @var list<int> */
			public array $ran = array();
			public bool $fail = true;
			public function key(): string {
				return 'phpunit_fixture';
			}
			public function version(): int {
				return 3;
			}
			protected function definitions(): array {
				return array( 'phpunit_fixture' => "id bigint(20) unsigned NOT NULL AUTO_INCREMENT,\nPRIMARY KEY  (id)" );
			}
			protected function migrate_to_2(): bool {
				$this->ran[] = 2;
				return true;
			}
			/** @return true|\WP_Error */
			protected function migrate_to_3() {
				$this->ran[] = 3;
				return $this->fail ? new \WP_Error( 'nope', 'Migration 3 failed' ) : true;
			}
		};
		try {
			$result = $schema->install();
			$this->assertWPError( $result );
			$this->assertSame( array( 2, 3 ), $schema->ran );
			$this->assertSame( 2, $schema->installed_version(), 'Progress up to the failed migration is kept' );

			$schema->fail = false;
			$schema->ran  = array();
			$this->assertTrue( $schema->install() );
			$this->assertSame( array( 3 ), $schema->ran, 'Only the pending migration runs again' );
			$this->assertSame( 3, $schema->installed_version() );
		} finally {
			$schema->drop();
		}
		$this->assertFalse( $this->table_exists( Abstract_Schema::table( 'phpunit_fixture' ) ) );
	}

	public function test_a_failed_upgrade_is_reported_to_administrators_only(): void {
		update_option( Upgrader::ERROR_OPTION, 'Table is read only' );
		$upgrader = new Upgrader();

		wp_set_current_user( $this->create_user( 'joolwebsp_coach' ) );
		ob_start();
		$upgrader->render_error_notice();
		$this->assertSame( '', ob_get_clean() );

		wp_set_current_user( $this->create_user( 'administrator' ) );
		ob_start();
		$upgrader->render_error_notice();
		$this->assertStringContainsString( 'Table is read only', (string) ob_get_clean() );
	}

	public function test_deactivation_leaves_data_alone(): void {
		Activator::activate();
		Deactivator::deactivate();
		$this->assertNotNull( get_role( 'joolwebsp_coach' ) );
		$this->assertSame( array(), ( new Clients_Schema() )->missing_tables() );
		$this->assertTrue( get_role( 'administrator' )->has_cap( 'view_clients' ) );
	}
}
