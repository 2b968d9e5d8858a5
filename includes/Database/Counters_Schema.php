<?php
/**
 * The counters table.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Database;

defined( 'ABSPATH' ) || exit;

/**
 * `counters`: row counts of the big tables, kept on every write, so an unfiltered list never runs a
 * full COUNT(*) (one million sessions take about 100 ms to count).
 *
 * @since 0.1.0
 */
final class Counters_Schema extends Abstract_Schema {

	public const COUNTERS = 'counters';

	/**
	 * {@inheritDoc}
	 */
	public function key(): string {
		return 'counters';
	}

	/**
	 * {@inheritDoc}
	 */
	public function version(): int {
		return 1;
	}

	/**
	 * {@inheritDoc}
	 */
	protected function definitions(): array {
		return array(
			self::COUNTERS => '
name varchar(64) NOT NULL,
value bigint(20) NOT NULL DEFAULT 0,
PRIMARY KEY  (name)',
		);
	}
}
