<?php
/**
 * The only code that touches the templates table.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Programs;

use Joolweb\SessionsPro\Database\Abstract_Repository;
use Joolweb\SessionsPro\Database\Abstract_Schema;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.DB.DirectDatabaseQuery -- The plugin's own table; values go through prepare().

/**
 * Rows of `{prefix}joolwebsp_templates` (program models), as Template objects.
 *
 * @since 0.1.0
 */
final class Template_Repository extends Abstract_Repository {

	/** A practice has a handful of models; the list is capped here. */
	public const MAX = 500;

	/**
	 * {@inheritDoc}
	 */
	protected function table(): string {
		return Abstract_Schema::table( Programs_Schema::TEMPLATES );
	}

	/**
	 * Inserts a template.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, scalar|null> $row Columns.
	 * @return int|null Id, or null on failure.
	 */
	public function insert( array $row ): ?int {
		return $this->insert_row( $row );
	}

	/**
	 * Updates a template.
	 *
	 * @since 0.1.0
	 *
	 * @param int                        $id  Template.
	 * @param array<string, scalar|null> $row Columns.
	 */
	public function update( int $id, array $row ): bool {
		return $this->update_row( $id, $row );
	}

	/**
	 * Deletes a template (bundles made from it keep their copy of its values).
	 *
	 * @since 0.1.0
	 *
	 * @param int $id Template.
	 */
	public function delete( int $id ): void {
		$this->delete_row( $id );
	}

	/**
	 * One template.
	 *
	 * @since 0.1.0
	 *
	 * @param int $id Template.
	 */
	public function find( int $id ): ?Template {
		$row = $this->find_row( $id );
		return $row ? Template::from_row( $row ) : null;
	}

	/**
	 * Every template by title.
	 *
	 * @since 0.1.0
	 *
	 * @return list<Template>
	 */
	public function all(): array {
		global $wpdb;
		$rows = $wpdb->get_results( $wpdb->prepare( 'SELECT * FROM %i ORDER BY title ASC, id ASC LIMIT %d', $this->table(), self::MAX ), ARRAY_A );
		return array_values( array_map( array( Template::class, 'from_row' ), $rows ) );
	}
}
