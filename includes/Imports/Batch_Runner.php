<?php
/**
 * What keeps an import going when nobody watches.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Imports;

defined( 'ABSPATH' ) || exit;

/**
 * Schedules background runs of an import's batches. WP-Cron here (`Cron_Batch_Runner`); a site with
 * Action Scheduler could provide its own through the `joolwebsp_import_batch_runner` filter. A
 * background run fires the action `Batch_Runner::ACTION` with the import id; running twice at once is
 * harmless (batches are claimed atomically).
 *
 * @since 0.2.0
 */
interface Batch_Runner {

	public const ACTION = 'joolwebsp_import_batch';

	/**
	 * Asks for a background run of this import in about $delay seconds (once: no duplicate).
	 *
	 * @since 0.2.0
	 *
	 * @param int $import_id Import.
	 * @param int $delay     Seconds.
	 */
	public function queue( int $import_id, int $delay ): void;

	/**
	 * Forgets the background runs of this import.
	 *
	 * @since 0.2.0
	 *
	 * @param int $import_id Import.
	 */
	public function unqueue( int $import_id ): void;
}
