<?php
/**
 * WP-CLI: `wp joolwebsp import` and `wp joolwebsp export`.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Imports;

use Joolweb\SessionsPro\Clients\Client_Service;
use Joolweb\SessionsPro\Contracts\Registrable;
use Joolweb\SessionsPro\License\License;
use WP_User;

defined( 'ABSPATH' ) || exit;

/**
 * Imports clients from a CSV file, or exports them, from the command line — the same import jobs,
 * client rules and export as the screens. Runs as the `--user` given to WP-CLI, else as the first
 * administrator. Premium.
 *
 * @since 0.2.0
 */
final class Import_Command implements Registrable {

	/**
	 * Constructor.
	 *
	 * @since 0.2.0
	 *
	 * @param Import_Service $imports Imports.
	 * @param Client_Export  $export  Export.
	 * @param Client_Service $clients Clients (coach check).
	 */
	public function __construct( private Import_Service $imports, private Client_Export $export, private Client_Service $clients ) {
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		if ( defined( 'WP_CLI' ) && WP_CLI && class_exists( '\WP_CLI' ) ) {
			\WP_CLI::add_command( 'joolwebsp import', array( $this, 'import' ) );
			\WP_CLI::add_command( 'joolwebsp export', array( $this, 'export' ) );
		}
	}

	/**
	 * Imports clients from a CSV file (UTF-8, UTF-16 or Windows-1252; comma, semicolon or tab).
	 *
	 * Columns are mapped from their English or French headers (first name / prénom, last name / nom,
	 * email / courriel, phone / téléphone, coach email). Every row goes through the same rules as the
	 * Add Customer form.
	 *
	 * ## OPTIONS
	 *
	 * <file>
	 * : The CSV file.
	 *
	 * [--on-existing=<mode>]
	 * : What to do with an email that is already a client.
	 * ---
	 * default: skip
	 * options:
	 *   - skip
	 *   - update
	 * ---
	 *
	 * [--send-login]
	 * : Send login details to the new clients.
	 *
	 * [--dry-run]
	 * : Check and count every row without writing anything.
	 *
	 * [--coach=<login>]
	 * : Assign this coach to the new clients (a "coach email" column wins).
	 *
	 * ## EXAMPLES
	 *
	 *     wp joolwebsp import clients.csv --dry-run
	 *     wp joolwebsp import clients.csv --on-existing=update --coach=carla
	 *
	 * @since 0.2.0
	 *
	 * @param list<string>          $args       File.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function import( array $args, array $assoc_args ): void {
		$this->require_premium();
		$file = $args[0] ?? '';
		if ( ! is_file( $file ) || ! is_readable( $file ) ) {
			\WP_CLI::error( "Cannot read {$file}." );
			return;
		}
		$actor    = $this->actor();
		$coach_id = 0;
		if ( isset( $assoc_args['coach'] ) ) {
			$coach = get_user_by( 'login', $assoc_args['coach'] );
			if ( ! $coach instanceof WP_User || ! $this->clients->is_coach( $coach->ID ) ) {
				\WP_CLI::error( "No coach with the login {$assoc_args['coach']}." );
				return;
			}
			$coach_id = $coach->ID;
		}
		$job = $this->imports->upload( $file, basename( $file ), $actor, $coach_id );
		if ( is_wp_error( $job ) ) {
			\WP_CLI::error( $job->get_error_message() );
			return;
		}
		$job = $this->imports->configure(
			$job,
			array(
				'on_existing' => $assoc_args['on-existing'] ?? 'skip',
				'send_login'  => isset( $assoc_args['send-login'] ),
				'dry_run'     => isset( $assoc_args['dry-run'] ),
			)
		);
		if ( is_wp_error( $job ) ) {
			\WP_CLI::error( $job->get_error_message() );
			return;
		}
		\WP_CLI::log( sprintf( 'Import #%d: %d row(s), columns mapped: %s.', $job['id'], $job['total_rows'], implode( ', ', array_map( static fn( string $field, int $column ): string => "{$field} ← \"{$job['columns'][ $column ]}\"", array_keys( $job['mapping'] ), $job['mapping'] ) ) ) );
		$job = $this->imports->start( $job );
		if ( is_wp_error( $job ) ) {
			$data   = $job->get_error_data();
			$detail = is_array( $data ) && isset( $data['params'] ) ? ' ' . implode( ' ', (array) $data['params'] ) : '';
			\WP_CLI::error( $job->get_error_message() . $detail );
			return;
		}
		// What \WP_CLI\Utils\make_progress_bar() does: a bar on a terminal, nothing when piped.
		/** @var \cli\progress\Bar $progress NoOp answers every call. */
		$progress = \cli\Shell::isPiped() ? new \WP_CLI\NoOp() : new \cli\progress\Bar( $job['dry_run'] ? 'Checking' : 'Importing', max( 1, $job['total_rows'] ) );
		$progress->tick( $job['processed_rows'] );
		$done = $job['processed_rows'];
		while ( in_array( $job['status'], array( 'queued', 'running' ), true ) ) {
			$job = $this->imports->run_batch( $job['id'] );
			if ( is_wp_error( $job ) ) {
				\WP_CLI::error( $job->get_error_message() );
				return;
			}
			$progress->tick( max( 0, $job['processed_rows'] - $done ) );
			$done = $job['processed_rows'];
		}
		$progress->finish();
		foreach ( $this->imports->errors( $job, 20 ) as $error ) {
			\WP_CLI::warning( sprintf( 'Row %d, %s: %s', $error['row'], $error['field'], $error['message'] ) );
		}
		$summary = sprintf(
			'%s%d created, %d updated, %d skipped, %d failed.',
			$job['dry_run'] ? 'Dry run (nothing written): ' : '',
			$job['created'],
			$job['updated'],
			$job['skipped'],
			$job['failed']
		);
		if ( $job['failed'] > 0 ) {
			\WP_CLI::warning( $summary . ( $job['failed'] > 20 ? ' The first 20 failures are listed.' : '' ) );
			return;
		}
		\WP_CLI::success( $summary );
	}

	/**
	 * Writes the clients as CSV to standard output (UTF-8 with BOM).
	 *
	 * ## OPTIONS
	 *
	 * [--search=<text>]
	 * : Only clients matching this text, like the Customers list.
	 *
	 * [--coach=<login>]
	 * : Only the clients this coach reaches.
	 *
	 * [--orderby=<field>]
	 * : Sort like the Customers list; without it, creation order.
	 * ---
	 * options:
	 *   - last_name
	 *   - first_name
	 *   - email
	 *   - created_at
	 * ---
	 *
	 * [--order=<direction>]
	 * : Sort direction (with --orderby).
	 * ---
	 * default: asc
	 * options:
	 *   - asc
	 *   - desc
	 * ---
	 *
	 * ## EXAMPLES
	 *
	 *     wp joolwebsp export > clients.csv
	 *     wp joolwebsp export --search=dupont > dupont.csv
	 *     wp joolwebsp export --orderby=last_name > by-name.csv
	 *
	 * @since 0.2.0
	 *
	 * @param list<string>          $args       None.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function export( array $args, array $assoc_args ): void {
		$this->require_premium();
		$coach = null;
		if ( isset( $assoc_args['coach'] ) ) {
			$user = get_user_by( 'login', $assoc_args['coach'] );
			if ( ! $user instanceof WP_User ) {
				\WP_CLI::error( "No user with the login {$assoc_args['coach']}." );
				return;
			}
			$coach = $user->ID;
		}
		$out = fopen( 'php://stdout', 'wb' ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- standard output.
		if ( false === $out ) {
			\WP_CLI::error( 'No standard output.' );
			return;
		}
		$this->export->csv(
			$this->actor(),
			array(
				'search'  => (string) ( $assoc_args['search'] ?? '' ),
				'coach'   => $coach,
				'orderby' => $assoc_args['orderby'] ?? null,
				'order'   => $assoc_args['order'] ?? 'asc',
			)
		)->write( $out );
		fclose( $out ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- standard output.
	}

	/**
	 * Stops without premium.
	 */
	private function require_premium(): void {
		if ( ! License::has( License::PREMIUM ) ) {
			\WP_CLI::error( 'Imports and exports need a premium license (Settings > License).' );
			return;
		}
	}

	/**
	 * The acting user: WP-CLI's --user, else the first administrator.
	 */
	private function actor(): int {
		$user = get_current_user_id();
		if ( $user ) {
			return $user;
		}
		$admins = get_users(
			array(
				'role'    => 'administrator',
				'number'  => 1,
				'orderby' => 'ID',
				'fields'  => 'ID',
			)
		);
		if ( ! $admins ) {
			\WP_CLI::error( 'No administrator: pass --user=<login>.' );
			return 0;
		}
		wp_set_current_user( (int) $admins[0] );
		return (int) $admins[0];
	}
}
