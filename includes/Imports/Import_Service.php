<?php
/**
 * CSV client imports: staging, preview, batches, report.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Imports;

use Joolweb\SessionsPro\Clients\Client;
use Joolweb\SessionsPro\Clients\Client_Access;
use Joolweb\SessionsPro\Clients\Client_Service;
use Joolweb\SessionsPro\Contracts\Registrable;
use Joolweb\SessionsPro\Support\Text;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * The import of clients from a CSV file.
 *
 * The file is read in a stream (`Csv_Reader`) into the staging table when it arrives and is not kept.
 * Batches (500 rows, filter `joolwebsp_import_batch_size`) are claimed atomically and run inside one
 * transaction each, so a batch's clients and the marks of its rows commit together: a worker that
 * dies leaves its rows claimed, and they go back to pending after 10 minutes. Every client is
 * created or updated by `Client_Service` — the Add Customer form's rules, account policy and emails.
 * Emails of a batch are looked up in one query; welcome emails leave after the commit.
 *
 * @since 0.2.0
 *
 * @phpstan-import-type Job from Import_Repository
 * @phpstan-import-type Row from Import_Repository
 * @phpstan-type Outcome array{result: string, field?: string, message?: string, client?: Client, fields?: array<string, mixed>}
 * @phpstan-type Preview array{rows: list<array{row: int, status: string, values: array<string, string>, errors: list<array{field: string, message: string}>}>, valid: int, invalid: int, duplicates: int, existing: int}
 */
final class Import_Service implements Registrable {

	public const BATCH_SIZE   = 500;
	public const PREVIEW_ROWS = 20;
	public const ERRORS_SHOWN = 100;
	public const STALE_CLAIM  = 600;
	public const KEEP_DAYS    = 7;
	public const CLEANUP      = 'joolwebsp_import_cleanup';
	public const REQUIRED     = array( 'first_name', 'last_name', 'email' );

	/** Seconds a background run works before it hands over to the next cron run. */
	private const BACKGROUND_SECONDS = 20;

	/**
	 * How a row's several errors share the staging row's error_field / error_message columns.
	 */
	private const FIELD_SEPARATOR   = ',';
	private const MESSAGE_SEPARATOR = "\n";

	/**
	 * Constructor.
	 *
	 * @since 0.2.0
	 *
	 * @param Import_Repository $imports Jobs and staging.
	 * @param Client_Service    $clients The clients' rules.
	 * @param Client_Access     $access  Reachability.
	 * @param Batch_Runner      $runner  Background runs.
	 */
	public function __construct( private Import_Repository $imports, private Client_Service $clients, private Client_Access $access, private Batch_Runner $runner ) {
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( Batch_Runner::ACTION, array( $this, 'run_in_background' ) );
		add_action( self::CLEANUP, array( $this, 'cleanup' ) );
		add_action( 'init', array( $this, 'schedule_cleanup' ) );
	}

	/**
	 * Schedules the daily cleanup when missing.
	 *
	 * @since 0.2.0
	 */
	public function schedule_cleanup(): void {
		if ( false === wp_next_scheduled( self::CLEANUP ) ) {
			wp_schedule_event( time() + 3600, 'daily', self::CLEANUP );
		}
	}

	/**
	 * Reads a file into a new job: header → columns and automatic mapping, records → staging.
	 *
	 * @since 0.2.0
	 *
	 * @param string $path      File (read, never kept).
	 * @param string $name      Name shown (the uploaded file's).
	 * @param int    $actor_id  Owner.
	 * @param int    $coach_id  Coach assigned to new clients (for users who reach everyone), 0 for none.
	 * @return Job|WP_Error
	 */
	public function upload( string $path, string $name, int $actor_id, int $coach_id = 0 ) {
		try {
			$reader = new Csv_Reader( $path );
		} catch ( \RuntimeException $e ) {
			return new WP_Error( 'joolwebsp_import_unreadable', __( 'The file could not be read.', 'joolweb-sessions-pro' ), array( 'status' => 400 ) );
		}
		$records = $reader->records();
		if ( ! $records->valid() ) {
			return new WP_Error( 'joolwebsp_import_empty', __( 'The file is empty: it needs a header row.', 'joolweb-sessions-pro' ), array( 'status' => 400 ) );
		}
		$columns = array_map( static fn( string $cell ): string => Text::limit( Text::clean_line( $cell ), 100 ), $records->current() );
		$records->next();
		$id = $this->imports->create(
			array(
				'user_id'   => $actor_id,
				'coach_id'  => $coach_id,
				'status'    => 'uploaded',
				'file_name' => Text::limit( sanitize_file_name( $name ), 255 ),
				'encoding'  => $reader->encoding(),
				'delimiter' => $reader->delimiter(),
				'columns'   => $columns,
				'mapping'   => (object) Column_Mapper::auto( $columns ),
			)
		);
		if ( null === $id ) {
			return new WP_Error( 'joolwebsp_import_failed', __( 'The import could not be saved.', 'joolweb-sessions-pro' ), array( 'status' => 500 ) );
		}
		$total = 0;
		$chunk = array();
		while ( $records->valid() ) {
			$chunk[ (int) $records->key() ] = $records->current();
			$records->next();
			if ( count( $chunk ) >= 500 ) {
				$this->imports->stage( $id, $chunk );
				$total += count( $chunk );
				$chunk  = array();
			}
		}
		if ( $chunk ) {
			$this->imports->stage( $id, $chunk );
			$total += count( $chunk );
		}
		$this->imports->update( $id, array( 'total_rows' => $total ) );
		return $this->find( $id ) ?? new WP_Error( 'joolwebsp_import_failed', __( 'The import could not be saved.', 'joolweb-sessions-pro' ), array( 'status' => 500 ) );
	}

	/**
	 * A job.
	 *
	 * @since 0.2.0
	 *
	 * @param int $id Job id.
	 * @return Job|null
	 */
	public function find( int $id ): ?array {
		return $id > 0 ? $this->imports->find( $id ) : null;
	}

	/**
	 * Whether a user sees a job: its owner, or someone who reaches everyone.
	 *
	 * @since 0.2.0
	 *
	 * @param int $user_id User.
	 * @param Job $job     Job.
	 */
	public function can_see( int $user_id, array $job ): bool {
		return $user_id > 0 && ( $job['user_id'] === $user_id || $this->access->reaches_everyone( $user_id ) );
	}

	/**
	 * Changes the options of a job that has not started: mapping, on_existing, send_login, dry_run.
	 *
	 * @since 0.2.0
	 *
	 * @param Job                  $job     Job.
	 * @param array<string, mixed> $changes Options.
	 * @return Job|WP_Error
	 */
	public function configure( array $job, array $changes ) {
		if ( 'uploaded' !== $job['status'] ) {
			return new WP_Error( 'joolwebsp_import_started', __( 'This import has started: its options cannot change.', 'joolweb-sessions-pro' ), array( 'status' => 409 ) );
		}
		$fields = array();
		if ( array_key_exists( 'mapping', $changes ) ) {
			$mapping = Column_Mapper::sanitize( $changes['mapping'], count( $job['columns'] ) );
			if ( null === $mapping || count( $mapping ) !== count( array_unique( $mapping ) ) ) {
				return Client_Service::invalid( array( 'mapping' => __( 'Map each field to one column of the file, and each column to one field at most.', 'joolweb-sessions-pro' ) ) );
			}
			$fields['mapping'] = (object) $mapping;
		}
		if ( isset( $changes['on_existing'] ) ) {
			if ( ! in_array( $changes['on_existing'], array( 'skip', 'update' ), true ) ) {
				return Client_Service::invalid( array( 'on_existing' => __( 'Choose skip or update.', 'joolweb-sessions-pro' ) ) );
			}
			$fields['on_existing'] = $changes['on_existing'];
		}
		foreach ( array( 'send_login', 'dry_run' ) as $flag ) {
			if ( isset( $changes[ $flag ] ) ) {
				$fields[ $flag ] = (bool) $changes[ $flag ];
			}
		}
		if ( $fields ) {
			$this->imports->update( $job['id'], $fields );
		}
		return $this->find( $job['id'] ) ?? $job;
	}

	/**
	 * Starts a job: checks the mapping, fails the duplicates inside the file (first wins), queues it.
	 *
	 * @since 0.2.0
	 *
	 * @param Job $job Job.
	 * @return Job|WP_Error
	 */
	public function start( array $job ) {
		if ( 'uploaded' !== $job['status'] ) {
			return new WP_Error( 'joolwebsp_import_started', __( 'This import has started already.', 'joolweb-sessions-pro' ), array( 'status' => 409 ) );
		}
		$missing = array_diff( self::REQUIRED, array_keys( $job['mapping'] ) );
		if ( $missing ) {
			return Client_Service::invalid(
				/* translators: %s: comma-separated field names. */
				array( 'mapping' => sprintf( __( 'Map a column to each of: %s.', 'joolweb-sessions-pro' ), implode( ', ', $missing ) ) )
			);
		}
		if ( ! $this->imports->transition( $job['id'], array( 'uploaded' ), 'queued' ) ) {
			return new WP_Error( 'joolwebsp_import_started', __( 'This import has started already.', 'joolweb-sessions-pro' ), array( 'status' => 409 ) );
		}
		$first = array();
		$after = 0;
		do {
			$page       = $this->imports->page( $job['id'], $after, 2000 );
			$duplicates = array();
			foreach ( $page as $row ) {
				$after = $row['id'];
				$email = strtolower( trim( $row['cells'][ $job['mapping']['email'] ] ?? '' ) );
				if ( '' === $email ) {
					continue;
				}
				if ( isset( $first[ $email ] ) ) {
					/* translators: %d: row number of the first occurrence. */
					$duplicates[ $row['id'] ] = sprintf( __( 'Duplicate email in the file (first on row %d).', 'joolweb-sessions-pro' ), $first[ $email ] );
				} else {
					$first[ $email ] = $row['line'];
				}
			}
			if ( $duplicates ) {
				$failed = $this->imports->fail_pending( $job['id'], $duplicates, 'email' );
				$this->imports->add_counts(
					$job['id'],
					array(
						'processed_rows' => $failed,
						'failed'         => $failed,
					)
				);
			}
			$more = 2000 === count( $page );
		} while ( $more );
		unset( $first );
		$this->complete_if_done( $job['id'] );
		$job = $this->find( $job['id'] ) ?? $job;
		if ( 'queued' === $job['status'] ) {
			$this->runner->queue( $job['id'], 60 );
		}
		return $job;
	}

	/**
	 * Processes the next batch of a queued or running job now.
	 *
	 * @since 0.2.0
	 *
	 * @param int      $id    Job id.
	 * @param int|null $limit Rows (default: the filtered batch size).
	 * @return Job|WP_Error The job after the batch.
	 * @throws \Throwable When a batch fails unexpectedly (after it was rolled back).
	 */
	public function run_batch( int $id, ?int $limit = null ) {
		$job = $this->find( $id );
		if ( ! $job ) {
			return new WP_Error( 'joolwebsp_import_not_found', __( 'Import not found.', 'joolweb-sessions-pro' ), array( 'status' => 404 ) );
		}
		if ( ! in_array( $job['status'], array( 'queued', 'running' ), true ) ) {
			return 'uploaded' === $job['status']
				? new WP_Error( 'joolwebsp_import_not_started', __( 'Start the import first.', 'joolweb-sessions-pro' ), array( 'status' => 409 ) )
				: $job;
		}
		$this->imports->transition( $id, array( 'queued' ), 'running' );
		/**
		 * Filters the number of rows an import processes per batch.
		 *
		 * @since 0.2.0
		 *
		 * @param int $size Rows (default 500).
		 */
		$size  = $limit ?? (int) apply_filters( 'joolwebsp_import_batch_size', self::BATCH_SIZE );
		$size  = max( 1, min( 5000, $size ) );
		$claim = wp_generate_password( 32, false );
		$rows  = $this->imports->claim( $id, $size, $claim, gmdate( 'Y-m-d H:i:s', time() - self::STALE_CLAIM ) );
		if ( $rows ) {
			$this->process( $job, $rows, $claim );
		}
		$this->complete_if_done( $id );
		return $this->find( $id ) ?? $job;
	}

	/**
	 * A background run (WP-Cron): batches for up to 20 seconds, then hands over to the next run.
	 *
	 * @since 0.2.0
	 *
	 * @param int|string $id Job id.
	 */
	public function run_in_background( $id ): void {
		$id       = (int) $id;
		$deadline = microtime( true ) + self::BACKGROUND_SECONDS;
		do {
			$job = $this->run_batch( $id );
			if ( is_wp_error( $job ) || ! in_array( $job['status'], array( 'queued', 'running' ), true ) ) {
				return;
			}
		} while ( microtime( true ) < $deadline );
		$this->runner->queue( $id, 0 );
	}

	/**
	 * Cancels a job: no more batches; what was imported stays.
	 *
	 * @since 0.2.0
	 *
	 * @param Job $job Job.
	 * @return Job
	 */
	public function cancel( array $job ): array {
		if ( $this->imports->transition( $job['id'], array( 'uploaded', 'queued', 'running' ), 'cancelled', true ) ) {
			$this->imports->drop_pending( $job['id'] );
			$this->runner->unqueue( $job['id'] );
		}
		return $this->find( $job['id'] ) ?? $job;
	}

	/**
	 * The first failed rows: row number as in the file, field, message.
	 *
	 * @since 0.2.0
	 *
	 * @param Job $job   Job.
	 * @param int $limit How many.
	 * @return list<array{row: int, field: string, message: string}>
	 */
	public function errors( array $job, int $limit = self::ERRORS_SHOWN ): array {
		$errors = array();
		foreach ( $this->imports->failed( $job['id'], 0, $limit ) as $row ) {
			foreach ( self::split_errors( $row['field'], $row['message'] ) as $error ) {
				$errors[] = array( 'row' => $row['line'] ) + $error;
			}
		}
		return array_slice( $errors, 0, $limit );
	}

	/**
	 * The errors of one failed row, as stored by process() (fields and messages joined).
	 *
	 * @param string $field   Stored field(s).
	 * @param string $message Stored message(s).
	 * @return list<array{field: string, message: string}>
	 */
	private static function split_errors( string $field, string $message ): array {
		$fields   = explode( self::FIELD_SEPARATOR, $field );
		$messages = explode( self::MESSAGE_SEPARATOR, $message );
		if ( count( $fields ) !== count( $messages ) ) {
			// Cut by the column's length: keep what is there as one error.
			return array(
				array(
					'field'   => $field,
					'message' => str_replace( self::MESSAGE_SEPARATOR, ' ', $message ),
				),
			);
		}
		$errors = array();
		foreach ( $fields as $i => $name ) {
			$errors[] = array(
				'field'   => $name,
				'message' => $messages[ $i ],
			);
		}
		return $errors;
	}

	/**
	 * The failed rows as a CSV file: the file's columns plus an error column, ready to fix and
	 * import again.
	 *
	 * @since 0.2.0
	 *
	 * @param Job $job Job.
	 */
	public function errors_csv( array $job ): Csv_Stream {
		$imports = $this->imports;
		return new Csv_Stream(
			'import-' . $job['id'] . '-errors.csv',
			static function ( callable $write ) use ( $job, $imports ): void {
				$width = count( $job['columns'] );
				$write( array_merge( $job['columns'], array( __( 'Error', 'joolweb-sessions-pro' ) ) ) );
				$after = 0;
				do {
					$rows = $imports->failed( $job['id'], $after, 1000 );
					foreach ( $rows as $row ) {
						$after    = $row['line'];
						$cells    = array_slice( array_pad( $row['cells'], $width, '' ), 0, max( $width, count( $row['cells'] ) ) );
						$messages = array();
						foreach ( self::split_errors( $row['field'], $row['message'] ) as $error ) {
							/* translators: 1: row number, 2: field, 3: message. */
							$messages[] = sprintf( __( 'Row %1$d, %2$s: %3$s', 'joolweb-sessions-pro' ), $row['line'], $error['field'], $error['message'] );
						}
						$cells[] = implode( '; ', $messages );
						$write( $cells );
					}
					$more = 1000 === count( $rows );
				} while ( $more );
			},
			'' === $job['delimiter'] ? ',' : $job['delimiter']
		);
	}

	/**
	 * The preview: the first rows with their validation, and counts over the whole file
	 * (valid = new and valid, invalid, duplicates inside the file, existing = email already used).
	 *
	 * @since 0.2.0
	 *
	 * @param Job $job Job.
	 * @return Preview
	 */
	public function preview( array $job ): array {
		$preview = array(
			'rows'       => array(),
			'valid'      => 0,
			'invalid'    => 0,
			'duplicates' => 0,
			'existing'   => 0,
		);
		$seen    = array();
		$after   = 0;
		do {
			$page   = $this->imports->page( $job['id'], $after, 1000 );
			$checks = array();
			$emails = array();
			foreach ( $page as $row ) {
				$after  = $row['id'];
				$input  = $this->client_input( $job, $row['cells'] );
				$errors = $this->validation_errors( $input );
				$email  = strtolower( trim( $input['email'] ?? '' ) );
				$status = 'valid';
				if ( $errors ) {
					$status = 'invalid';
				} elseif ( isset( $seen[ $email ] ) ) {
					$status = 'duplicate';
				} else {
					$seen[ $email ] = true;
					$emails[]       = $email;
				}
				$checks[] = array( $row, $input, $errors, $email, $status );
			}
			$used = array_flip( $this->clients->emails_in_use( $emails ) );
			foreach ( $checks as list( $row, $input, $errors, $email, $status ) ) {
				if ( 'valid' === $status && isset( $used[ $email ] ) ) {
					$status = 'existing';
				}
				$key = array(
					'valid'     => 'valid',
					'invalid'   => 'invalid',
					'duplicate' => 'duplicates',
					'existing'  => 'existing',
				)[ $status ];
				++$preview[ $key ];
				if ( count( $preview['rows'] ) < self::PREVIEW_ROWS ) {
					$preview['rows'][] = array(
						'row'    => $row['line'],
						'status' => $status,
						'values' => $input,
						'errors' => $errors,
					);
				}
			}
			$more = 1000 === count( $page );
		} while ( $more );
		return $preview;
	}

	/**
	 * Deletes jobs older than 7 days with their staged rows.
	 *
	 * @since 0.2.0
	 */
	public function cleanup(): void {
		foreach ( $this->imports->created_before( gmdate( 'Y-m-d H:i:s', time() - self::KEEP_DAYS * DAY_IN_SECONDS ) ) as $id ) {
			$this->runner->unqueue( $id );
			$this->imports->delete( $id );
		}
	}

	/**
	 * Processes claimed rows in one transaction, then sends the welcome emails.
	 *
	 * @param Job       $job   Job.
	 * @param list<Row> $rows  Claimed rows.
	 * @param string    $claim Claim token.
	 * @throws \Throwable After rolling back.
	 */
	private function process( array $job, array $rows, string $claim ): void {
		$actor   = $job['user_id'];
		$inputs  = array();
		$emails  = array();
		$coaches = array();
		foreach ( $rows as $row ) {
			$input                = $this->client_input( $job, $row['cells'] );
			$inputs[ $row['id'] ] = $input;
			$emails[]             = strtolower( trim( $input['email'] ?? '' ) );
		}
		$existing = $this->clients->find_by_emails( array_values( array_filter( $emails ) ) );
		$used     = array_flip( $this->clients->emails_in_use( array_values( array_filter( $emails ) ) ) );
		$everyone = $this->access->reaches_everyone( $actor );

		$transaction = $this->imports->can_begin();
		if ( $transaction ) {
			$this->imports->transaction( 'START TRANSACTION' );
		}
		$outcomes = array();
		$counts   = array_fill_keys( array( 'created', 'updated', 'skipped', 'failed' ), 0 );
		try {
			$creates = array();
			foreach ( $rows as $row ) {
				$outcome = $this->import_row( $job, $inputs[ $row['id'] ], $existing, $used, $everyone, $coaches );
				if ( 'create' === $outcome['result'] ) {
					// New clients of the batch are created together, through the client service.
					$creates[ $row['id'] ] = $outcome['fields'] ?? array();
					$used[ strtolower( trim( $inputs[ $row['id'] ]['email'] ?? '' ) ) ] = true;
					continue;
				}
				$outcomes[ $row['id'] ] = $outcome;
				++$counts[ $outcome['result'] ];
			}
			foreach ( $creates ? $this->clients->create_many( $creates, $actor ) : array() as $row_id => $created ) {
				$outcome                   = is_wp_error( $created ) ? self::from_error( $created ) : array(
					'result' => 'created',
					'client' => $created,
				);
				$outcomes[ (int) $row_id ] = $outcome;
				++$counts[ $outcome['result'] ];
			}
			$marks = array();
			foreach ( $outcomes as $row_id => $outcome ) {
				$marks[ $row_id ] = array(
					'result'  => $outcome['result'],
					'field'   => $outcome['field'] ?? '',
					'message' => $outcome['message'] ?? '',
				);
			}
			$this->imports->finish( $job['id'], $claim, $marks );
			$this->imports->add_counts( $job['id'], array_merge( $counts, array( 'processed_rows' => count( $rows ) ) ) );
			if ( $transaction ) {
				$this->imports->transaction( 'COMMIT' );
			}
		} catch ( \Throwable $e ) {
			if ( $transaction ) {
				$this->imports->transaction( 'ROLLBACK' );
			}
			throw $e;
		}
		// The users written by this batch would stay in the runtime object cache for the rest of the
		// request: forget them once per batch (never per row), so memory stays flat over many batches.
		if ( function_exists( 'wp_cache_supports' ) && wp_cache_supports( 'flush_group' ) ) {
			foreach ( array( 'users', 'userlogins', 'useremail', 'userslugs', 'user_meta' ) as $group ) {
				wp_cache_flush_group( $group );
			}
		}
		if ( $job['send_login'] && ! $job['dry_run'] ) {
			foreach ( $outcomes as $outcome ) {
				if ( 'created' === $outcome['result'] && isset( $outcome['client'] ) ) {
					$this->clients->send_login( $outcome['client'], $actor );
				}
			}
		}
	}

	/**
	 * One row: skip, update or create through the client service.
	 *
	 * @param Job                   $job      Job.
	 * @param array<string, string> $input    Mapped values.
	 * @param array<string, Client> $existing Clients of the batch's emails.
	 * @param array<string, mixed>  $used     Emails any user has.
	 * @param bool                  $everyone Whether the actor reaches everyone.
	 * @param array<string, int>    $coaches  Coach ids by email (memo).
	 * @return Outcome
	 */
	private function import_row( array $job, array $input, array $existing, array $used, bool $everyone, array &$coaches ): array {
		$errors = $this->validation_errors( $input );
		if ( $errors ) {
			// Every failing field of the row, not only the first (split again by split_errors()).
			return self::failed( implode( self::FIELD_SEPARATOR, array_column( $errors, 'field' ) ), implode( self::MESSAGE_SEPARATOR, array_column( $errors, 'message' ) ) );
		}
		$actor  = $job['user_id'];
		$email  = strtolower( trim( $input['email'] ) );
		$client = $existing[ $email ] ?? null;
		$fields = array_intersect_key( $input, array_flip( array( 'first_name', 'last_name', 'email', 'phone' ) ) );
		if ( $client ) {
			if ( 'update' !== $job['on_existing'] ) {
				return array( 'result' => 'skipped' );
			}
			if ( ! $this->access->reaches( $actor, $client->id ) ) {
				return self::failed( 'email', __( 'A client with this email exists and is not one of your clients.', 'joolweb-sessions-pro' ) );
			}
			if ( $job['dry_run'] ) {
				return array( 'result' => 'updated' );
			}
			unset( $fields['email'] );
			$updated = $this->clients->update( $client, $fields, $actor );
			return is_wp_error( $updated ) ? self::from_error( $updated ) : array( 'result' => 'updated' );
		}
		if ( isset( $used[ $email ] ) ) {
			return self::failed( 'email', __( 'A user with this email address already exists.', 'joolweb-sessions-pro' ) );
		}
		if ( $everyone ) {
			$coach_email = strtolower( trim( $input['coach_email'] ?? '' ) );
			if ( '' !== $coach_email ) {
				if ( ! isset( $coaches[ $coach_email ] ) ) {
					$user                    = get_user_by( 'email', $coach_email );
					$coaches[ $coach_email ] = $user && $this->clients->is_coach( $user->ID ) ? $user->ID : 0;
				}
				if ( ! $coaches[ $coach_email ] ) {
					return self::failed( 'coach_email', __( 'No coach has this email address.', 'joolweb-sessions-pro' ) );
				}
				$fields['coach_ids'] = array( $coaches[ $coach_email ] );
			} elseif ( $job['coach_id'] ) {
				$fields['coach_ids'] = array( $job['coach_id'] );
			}
		}
		if ( $job['dry_run'] ) {
			return array( 'result' => 'created' );
		}
		return array(
			'result' => 'create',
			'fields' => $fields,
		);
	}

	/**
	 * The mapped values of a record.
	 *
	 * @param Job          $job   Job.
	 * @param list<string> $cells Record.
	 * @return array<string, string>
	 */
	private function client_input( array $job, array $cells ): array {
		return Column_Mapper::apply( $job['mapping'], $cells );
	}

	/**
	 * The service's validation of a new client, as a list of field errors.
	 *
	 * @param array<string, string> $input Mapped values.
	 * @return list<array{field: string, message: string}>
	 */
	private function validation_errors( array $input ): array {
		$valid = $this->clients->validate( array_intersect_key( $input, array_flip( array( 'first_name', 'last_name', 'email', 'phone' ) ) ), true );
		if ( ! is_wp_error( $valid ) ) {
			return array();
		}
		$errors = array();
		$data   = $valid->get_error_data();
		foreach ( (array) ( is_array( $data ) ? ( $data['params'] ?? array() ) : array() ) as $field => $message ) {
			$errors[] = array(
				'field'   => (string) $field,
				'message' => (string) $message,
			);
		}
		return $errors ? $errors : array(
			array(
				'field'   => '',
				'message' => $valid->get_error_message(),
			),
		);
	}

	/**
	 * Completes a running job whose rows are all done.
	 *
	 * @param int $id Job.
	 */
	private function complete_if_done( int $id ): void {
		if ( ! $this->imports->has_open_rows( $id ) && $this->imports->transition( $id, array( 'queued', 'running' ), 'completed', true ) ) {
			$this->runner->unqueue( $id );
			/**
			 * Fires when an import has processed every row.
			 *
			 * @since 0.2.0
			 *
			 * @param int $id Import id.
			 */
			do_action( 'joolwebsp_import_completed', $id );
		}
	}

	/**
	 * A failed outcome.
	 *
	 * @param string $field   Field.
	 * @param string $message Message.
	 * @return Outcome
	 */
	private static function failed( string $field, string $message ): array {
		return array(
			'result'  => 'failed',
			'field'   => $field,
			'message' => $message,
		);
	}

	/**
	 * A failed outcome from the service's error (the first field it names).
	 *
	 * @param WP_Error $error Error.
	 * @return Outcome
	 */
	private static function from_error( WP_Error $error ): array {
		$data   = $error->get_error_data();
		$params = is_array( $data ) && isset( $data['params'] ) && is_array( $data['params'] ) ? $data['params'] : array();
		$field  = (string) ( array_key_first( $params ) ?? '' );
		return self::failed( $field, '' === $field ? $error->get_error_message() : (string) $params[ $field ] );
	}
}
