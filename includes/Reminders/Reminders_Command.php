<?php
/**
 * WP-CLI: `wp joolwebsp reminders run|status`.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Reminders;

use Joolweb\SessionsPro\Contracts\Registrable;

defined( 'ABSPATH' ) || exit;

/**
 * Sends the reminder emails that are due, or shows when they last ran.
 *
 * For sites that run a system cron instead of WP-Cron: `wp joolwebsp reminders run` every 15 minutes.
 *
 * @since 0.1.0
 */
final class Reminders_Command implements Registrable {

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Reminders $reminders Reminders.
	 */
	public function __construct( private Reminders $reminders ) {
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		if ( defined( 'WP_CLI' ) && WP_CLI && class_exists( '\WP_CLI' ) ) {
			\WP_CLI::add_command( 'joolwebsp reminders', $this );
		}
	}

	/**
	 * Sends the reminder emails that are due now.
	 *
	 * Each session is reminded once (also when two runs overlap); the run stops after --limit
	 * sessions, and says so when more are due.
	 *
	 * ## OPTIONS
	 *
	 * [--limit=<number>]
	 * : The most sessions to handle in this run.
	 * ---
	 * default: 300
	 * ---
	 *
	 * [--all]
	 * : Run again until no reminder is due (to clear a backlog).
	 *
	 * ## EXAMPLES
	 *
	 *     wp joolwebsp reminders run
	 *     wp joolwebsp reminders run --all
	 *
	 * @since 0.1.0
	 *
	 * @param list<string>          $args       Positional arguments (none).
	 * @param array<string, string> $assoc_args Options.
	 */
	public function run( array $args, array $assoc_args ): void {
		$limit  = max( 1, (int) ( $assoc_args['limit'] ?? Reminders::PER_RUN ) );
		$totals = array(
			'sent'    => 0,
			'failed'  => 0,
			'skipped' => 0,
		);
		do {
			$result = $this->reminders->run(
				array(
					'limit'  => $limit,
					'source' => 'cli',
				)
			);
			foreach ( array_keys( $totals ) as $key ) {
				$totals[ $key ] += $result[ $key ];
			}
		} while ( $result['more'] && isset( $assoc_args['all'] ) && $result['sent'] + $result['failed'] + $result['skipped'] > 0 );

		if ( 'off' === $result['status'] ) {
			\WP_CLI::warning( 'Reminders are off (Settings > General: reminder delay 0).' );
			return;
		}
		if ( 'disabled' === $result['status'] ) {
			\WP_CLI::warning( 'The reminder email is switched off (Settings > Emails).' );
			return;
		}
		$summary = sprintf( '%d reminder(s) sent, %d failed, %d skipped.', $totals['sent'], $totals['failed'], $totals['skipped'] );
		if ( $result['more'] ) {
			\WP_CLI::log( 'More reminders are due: run the command again, or use --all.' );
		}
		if ( $totals['failed'] > 0 ) {
			\WP_CLI::error( $summary . ' See the email log of each client for the reason.' );
		}
		\WP_CLI::success( $summary );
	}

	/**
	 * Shows when reminders last ran and when they run next.
	 *
	 * ## OPTIONS
	 *
	 * [--format=<format>]
	 * : Output format.
	 * ---
	 * default: text
	 * options:
	 *   - text
	 *   - json
	 * ---
	 *
	 * @since 0.1.0
	 *
	 * @param list<string>          $args       Positional arguments (none).
	 * @param array<string, string> $assoc_args Options.
	 */
	public function status( array $args, array $assoc_args ): void {
		$status = $this->reminders->status();
		if ( 'json' === ( $assoc_args['format'] ?? 'text' ) ) {
			\WP_CLI::line( (string) wp_json_encode( $status ) );
			return;
		}
		foreach ( array( 'reminder_hours', 'last_run', 'stale', 'next_run', 'wp_cron_disabled', 'cron_url' ) as $key ) {
			$value = $status[ $key ];
			\WP_CLI::line( sprintf( '%-18s %s', $key, is_bool( $value ) ? ( $value ? 'yes' : 'no' ) : (string) ( $value ?? '-' ) ) );
		}
	}
}
