<?php
/**
 * Base class of the table schemas: integer version, strict dbDelta DDL, numbered migrations.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Database;

use WP_Error;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.DB.DirectDatabaseQuery -- Schema management runs DDL on the plugin's own tables.

/**
 * One schema owns one or more tables and their version option.
 *
 * Subclasses list their tables' column and index definitions (one per line, `PRIMARY KEY  (id)`
 * with two spaces, `KEY name (col)`), so dbDelta can diff them. What dbDelta cannot do goes in
 * `migrate_to_{N}()` methods, run in order when the stored version is older than N.
 *
 * @since 0.1.0
 */
abstract class Abstract_Schema {

	/**
	 * Short key: names the version option (`joolwebsp_schema_{key}`).
	 *
	 * @since 0.1.0
	 */
	abstract public function key(): string;

	/**
	 * Current schema version; bump it with every change to the DDL or a new migration.
	 *
	 * @since 0.1.0
	 */
	abstract public function version(): int;

	/**
	 * Table suffix => body of the CREATE TABLE statement (columns and keys).
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, string>
	 */
	abstract protected function definitions(): array;

	/**
	 * Full table name for a suffix.
	 *
	 * @since 0.1.0
	 *
	 * @param string $suffix Table suffix, e.g. 'clients'.
	 */
	public static function table( string $suffix ): string {
		global $wpdb;
		return $wpdb->prefix . 'joolwebsp_' . $suffix;
	}

	/**
	 * Name of the option storing the installed version.
	 *
	 * @since 0.1.0
	 */
	public function option_name(): string {
		return 'joolwebsp_schema_' . $this->key();
	}

	/**
	 * Installed version (0 when never installed). The option is autoloaded: the check costs nothing.
	 *
	 * @since 0.1.0
	 */
	public function installed_version(): int {
		return (int) get_option( $this->option_name(), 0 );
	}

	/**
	 * Whether the tables are older than this code.
	 *
	 * @since 0.1.0
	 */
	public function needs_upgrade(): bool {
		return $this->installed_version() < $this->version();
	}

	/**
	 * Full table names of this schema.
	 *
	 * @since 0.1.0
	 *
	 * @return list<string>
	 */
	public function table_names(): array {
		return array_map( array( static::class, 'table' ), array_keys( $this->definitions() ) );
	}

	/**
	 * Creates or updates the tables, runs pending migrations, then records the version.
	 *
	 * @since 0.1.0
	 *
	 * @return true|WP_Error
	 */
	public function install() {
		global $wpdb;
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';

		$from    = $this->installed_version();
		$collate = $wpdb->get_charset_collate();
		foreach ( $this->definitions() as $suffix => $body ) {
			dbDelta( 'CREATE TABLE ' . self::table( $suffix ) . " (\n" . trim( $body ) . "\n) {$collate};" );
		}
		$missing = $this->missing_tables();
		if ( $missing ) {
			return new WP_Error(
				'joolwebsp_schema_failed',
				/* translators: 1: table names, 2: database error. */
				sprintf( __( 'Could not create the tables %1$s: %2$s', 'joolweb-sessions-pro' ), implode( ', ', $missing ), $wpdb->last_error )
			);
		}
		$target = $this->version();
		for ( $version = $from + 1; $version <= $target; $version++ ) {
			$method = 'migrate_to_' . $version;
			if ( ! method_exists( $this, $method ) ) {
				continue;
			}
			try {
				$result = $this->{$method}();
			} catch ( \Throwable $e ) {
				$result = new WP_Error( 'joolwebsp_migration_failed', $e->getMessage() );
			}
			if ( is_wp_error( $result ) ) {
				return $result;
			}
			// Record progress so a failure later resumes from the next migration.
			update_option( $this->option_name(), $version, true );
		}
		update_option( $this->option_name(), $this->version(), true );
		return true;
	}

	/**
	 * Tables of this schema that do not exist.
	 *
	 * @since 0.1.0
	 *
	 * @return list<string>
	 */
	public function missing_tables(): array {
		global $wpdb;
		$missing = array();
		foreach ( $this->table_names() as $name ) {
			$found = $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', $wpdb->esc_like( $name ) ) );
			if ( $found !== $name ) {
				$missing[] = $name;
			}
		}
		return $missing;
	}

	/**
	 * Drops the tables and forgets the version (uninstall only).
	 *
	 * @since 0.1.0
	 */
	public function drop(): void {
		global $wpdb;
		foreach ( $this->table_names() as $name ) {
			$wpdb->query( $wpdb->prepare( 'DROP TABLE IF EXISTS %i', $name ) );
		}
		delete_option( $this->option_name() );
	}
}
