<?php
/**
 * Background import batches through WP-Cron.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Imports;

defined( 'ABSPATH' ) || exit;

/**
 * One single event per import (`joolwebsp_import_batch` with the import id).
 *
 * @since 0.2.0
 */
final class Cron_Batch_Runner implements Batch_Runner {

	/**
	 * {@inheritDoc}
	 *
	 * @param int $import_id Import.
	 * @param int $delay     Seconds.
	 */
	public function queue( int $import_id, int $delay ): void {
		if ( false === wp_next_scheduled( self::ACTION, array( $import_id ) ) ) {
			wp_schedule_single_event( time() + max( 0, $delay ), self::ACTION, array( $import_id ) );
		}
	}

	/**
	 * {@inheritDoc}
	 *
	 * @param int $import_id Import.
	 */
	public function unqueue( int $import_id ): void {
		wp_clear_scheduled_hook( self::ACTION, array( $import_id ) );
	}
}
