<?php
/**
 * The only SQL on the import tables.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Imports;

use Joolweb\SessionsPro\Database\Abstract_Schema;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.DB.DirectDatabaseQuery -- The plugin's own tables; values go through prepare().
// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- Only placeholders (%d/%s lists) are interpolated.

/**
 * Jobs and their staged rows. Batches are claimed by one conditional `UPDATE … WHERE status =
 * 'pending'`, so two servers, a cron run and an open tab never take the same rows.
 *
 * @since 0.2.0
 *
 * @phpstan-type Job array{id: int, user_id: int, coach_id: int, status: string, file_name: string, encoding: string, delimiter: string, columns: list<string>, mapping: array<string, int>, on_existing: string, send_login: bool, dry_run: bool, total_rows: int, processed_rows: int, created: int, updated: int, skipped: int, failed: int, created_at_gmt: string, updated_at_gmt: string, finished_at_gmt: string|null}
 * @phpstan-type Row array{id: int, line: int, cells: list<string>}
 */
final class Import_Repository {

	/** Rows per multi-row INSERT. */
	private const INSERT_CHUNK = 500;

	/**
	 * Jobs table.
	 */
	private function jobs(): string {
		return Abstract_Schema::table( Imports_Schema::IMPORTS );
	}

	/**
	 * Staging table.
	 */
	private function rows(): string {
		return Abstract_Schema::table( Imports_Schema::ROWS );
	}

	/**
	 * Creates a job.
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, mixed> $fields Columns.
	 */
	public function create( array $fields ): ?int {
		global $wpdb;
		$now    = current_time( 'mysql', true );
		$fields = array_merge(
			array(
				'created_at_gmt' => $now,
				'updated_at_gmt' => $now,
			),
			self::encode( $fields )
		);
		return false === $wpdb->insert( $this->jobs(), $fields ) ? null : (int) $wpdb->insert_id;
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
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM %i WHERE id = %d', $this->jobs(), $id ), ARRAY_A );
		return is_array( $row ) ? self::job( $row ) : null;
	}

	/**
	 * Changes columns of a job.
	 *
	 * @since 0.2.0
	 *
	 * @param int                  $id     Job.
	 * @param array<string, mixed> $fields Columns.
	 */
	public function update( int $id, array $fields ): bool {
		global $wpdb;
		$fields['updated_at_gmt'] = current_time( 'mysql', true );
		return false !== $wpdb->update( $this->jobs(), self::encode( $fields ), array( 'id' => $id ) );
	}

	/**
	 * Moves a job from one of some statuses to another, atomically; whether it moved.
	 *
	 * @since 0.2.0
	 *
	 * @param int          $id    Job.
	 * @param list<string> $from  Current statuses accepted.
	 * @param string       $to    New status.
	 * @param bool         $final Whether this ends the job (sets finished_at_gmt).
	 */
	public function transition( int $id, array $from, string $to, bool $final = false ): bool {
		global $wpdb;
		$now = current_time( 'mysql', true );
		$in  = implode( ',', array_fill( 0, count( $from ), '%s' ) );
		if ( $final ) {
			return (int) $wpdb->query( $wpdb->prepare( "UPDATE %i SET status = %s, updated_at_gmt = %s, finished_at_gmt = %s WHERE id = %d AND status IN ({$in})", array_merge( array( $this->jobs(), $to, $now, $now, $id ), $from ) ) ) > 0;
		}
		return (int) $wpdb->query( $wpdb->prepare( "UPDATE %i SET status = %s, updated_at_gmt = %s WHERE id = %d AND status IN ({$in})", array_merge( array( $this->jobs(), $to, $now, $id ), $from ) ) ) > 0;
	}

	/**
	 * Adds to the counters of a job in one statement (concurrent batches add, never overwrite).
	 *
	 * @since 0.2.0
	 *
	 * @param int                $id     Job.
	 * @param array<string, int> $counts processed_rows, created, updated, skipped, failed.
	 */
	public function add_counts( int $id, array $counts ): void {
		global $wpdb;
		$wpdb->query(
			$wpdb->prepare(
				'UPDATE %i SET processed_rows = processed_rows + %d, created = created + %d, updated = updated + %d, skipped = skipped + %d, failed = failed + %d, updated_at_gmt = %s WHERE id = %d',
				$this->jobs(),
				$counts['processed_rows'] ?? 0,
				$counts['created'] ?? 0,
				$counts['updated'] ?? 0,
				$counts['skipped'] ?? 0,
				$counts['failed'] ?? 0,
				current_time( 'mysql', true ),
				$id
			)
		);
	}

	/**
	 * Stages records: multi-row INSERTs.
	 *
	 * @since 0.2.0
	 *
	 * @param int                      $import_id Job.
	 * @param array<int, list<string>> $records   Line => cells.
	 */
	public function stage( int $import_id, array $records ): void {
		global $wpdb;
		foreach ( array_chunk( $records, self::INSERT_CHUNK, true ) as $chunk ) {
			$values = array();
			$args   = array( $this->rows() );
			foreach ( $chunk as $line => $cells ) {
				$values[] = '(%d, %d, %s)';
				array_push( $args, $import_id, $line, (string) wp_json_encode( $cells ) );
			}
			$values = implode( ', ', $values );
			$wpdb->query( $wpdb->prepare( "INSERT INTO %i (import_id, line, cells) VALUES {$values}", $args ) );
		}
	}

	/**
	 * Staged rows after an id, in file order (keyset pages).
	 *
	 * @since 0.2.0
	 *
	 * @param int $import_id Job.
	 * @param int $after_id  Last id seen.
	 * @param int $limit     Page size.
	 * @return list<Row>
	 */
	public function page( int $import_id, int $after_id, int $limit ): array {
		global $wpdb;
		$rows = $wpdb->get_results( $wpdb->prepare( 'SELECT id, line, cells FROM %i WHERE import_id = %d AND id > %d ORDER BY id LIMIT %d', $this->rows(), $import_id, $after_id, $limit ), ARRAY_A );
		return array_values( array_map( array( self::class, 'row' ), (array) $rows ) );
	}

	/**
	 * Claims up to $limit pending rows for a batch: the next pending ids, one conditional UPDATE of
	 * those still pending, then they are read back by the claim token. Rows claimed longer ago than
	 * $stale_before (a worker that died) go back to pending first.
	 *
	 * @since 0.2.0
	 *
	 * @param int    $import_id    Job.
	 * @param int    $limit        Batch size.
	 * @param string $claim        Unique token of this batch.
	 * @param string $stale_before GMT datetime.
	 * @return list<Row>
	 */
	public function claim( int $import_id, int $limit, string $claim, string $stale_before ): array {
		global $wpdb;
		$wpdb->query( $wpdb->prepare( "UPDATE %i SET status = 'pending', claim = '' WHERE import_id = %d AND status = 'claimed' AND claimed_at_gmt < %s", $this->rows(), $import_id, $stale_before ) );
		// The next pending ids through the (import_id, status, id) index, then a conditional UPDATE by
		// primary key: a competitor that claimed some of them first keeps them (status is no longer
		// 'pending'). One `UPDATE … ORDER BY id LIMIT` on the index it changes would read every
		// pending row of the job before writing (slow at the start of a big file).
		$ids = array_map( 'intval', $wpdb->get_col( $wpdb->prepare( "SELECT id FROM %i WHERE import_id = %d AND status = 'pending' ORDER BY id LIMIT %d", $this->rows(), $import_id, $limit ) ) );
		if ( ! $ids ) {
			return array();
		}
		$wpdb->query(
			$wpdb->prepare(
				"UPDATE %i SET status = 'claimed', claim = %s, claimed_at_gmt = %s WHERE import_id = %d AND status = 'pending' AND id IN (" . implode( ',', array_fill( 0, count( $ids ), '%d' ) ) . ')',
				array_merge( array( $this->rows(), $claim, current_time( 'mysql', true ), $import_id ), $ids )
			)
		);
		$rows = $wpdb->get_results( $wpdb->prepare( 'SELECT id, line, cells FROM %i WHERE import_id = %d AND claim = %s ORDER BY id', $this->rows(), $import_id, $claim ), ARRAY_A );
		return array_values( array_map( array( self::class, 'row' ), (array) $rows ) );
	}

	/**
	 * Records the outcome of rows of a batch: one UPDATE per outcome without error, one per failed row.
	 * Only rows still held by this claim are written (a row released as stale and claimed again by
	 * another worker is not marked twice).
	 *
	 * @since 0.2.0
	 *
	 * @param int                                                                 $import_id Job.
	 * @param string                                                              $claim     Claim token.
	 * @param array<int, array{result: string, field?: string, message?: string}> $outcomes  Row id => outcome.
	 */
	public function finish( int $import_id, string $claim, array $outcomes ): void {
		global $wpdb;
		$plain = array();
		foreach ( $outcomes as $id => $outcome ) {
			if ( 'failed' === $outcome['result'] ) {
				$wpdb->query(
					$wpdb->prepare(
						"UPDATE %i SET status = 'done', result = 'failed', error_field = %s, error_message = %s WHERE id = %d AND import_id = %d AND claim = %s",
						$this->rows(),
						substr( $outcome['field'] ?? '', 0, 40 ),
						mb_substr( $outcome['message'] ?? '', 0, 255 ),
						$id,
						$import_id,
						$claim
					)
				);
			} else {
				$plain[ $outcome['result'] ][] = $id;
			}
		}
		foreach ( $plain as $result => $ids ) {
			$in = implode( ',', array_fill( 0, count( $ids ), '%d' ) );
			$wpdb->query( $wpdb->prepare( "UPDATE %i SET status = 'done', result = %s WHERE import_id = %d AND claim = %s AND id IN ({$in})", array_merge( array( $this->rows(), $result, $import_id, $claim ), $ids ) ) );
		}
	}

	/**
	 * Marks rows as failed before any batch (duplicates inside the file).
	 *
	 * @since 0.2.0
	 *
	 * @param int                $import_id Job.
	 * @param array<int, string> $messages  Row id => message.
	 * @param string             $field     Field.
	 */
	public function fail_pending( int $import_id, array $messages, string $field ): int {
		global $wpdb;
		$count = 0;
		foreach ( $messages as $id => $message ) {
			$count += (int) $wpdb->query( $wpdb->prepare( "UPDATE %i SET status = 'done', result = 'failed', error_field = %s, error_message = %s WHERE id = %d AND import_id = %d AND status = 'pending'", $this->rows(), $field, mb_substr( $message, 0, 255 ), $id, $import_id ) );
		}
		return $count;
	}

	/**
	 * Whether rows are not done yet (pending or claimed): one index probe, not a count of what is
	 * left (asked after every batch).
	 *
	 * @since 0.2.0
	 *
	 * @param int $import_id Job.
	 */
	public function has_open_rows( int $import_id ): bool {
		global $wpdb;
		return null !== $wpdb->get_var( $wpdb->prepare( "SELECT 1 FROM %i WHERE import_id = %d AND status IN ('pending', 'claimed') LIMIT 1", $this->rows(), $import_id ) );
	}

	/**
	 * Failed rows in file order, after a line (keyset pages).
	 *
	 * @since 0.2.0
	 *
	 * @param int $import_id  Job.
	 * @param int $after_line Last line seen.
	 * @param int $limit      Page size.
	 * @return list<array{line: int, cells: list<string>, field: string, message: string}>
	 */
	public function failed( int $import_id, int $after_line, int $limit ): array {
		global $wpdb;
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT line, cells, error_field, error_message FROM %i WHERE import_id = %d AND result = 'failed' AND line > %d ORDER BY line LIMIT %d", $this->rows(), $import_id, $after_line, $limit ), ARRAY_A );
		$out  = array();
		foreach ( (array) $rows as $row ) {
			$cells = json_decode( (string) $row['cells'], true );
			$out[] = array(
				'line'    => (int) $row['line'],
				'cells'   => is_array( $cells ) ? array_map( 'strval', array_values( $cells ) ) : array(),
				'field'   => (string) $row['error_field'],
				'message' => (string) $row['error_message'],
			);
		}
		return $out;
	}

	/**
	 * Deletes a job and its rows.
	 *
	 * @since 0.2.0
	 *
	 * @param int $import_id Job.
	 */
	public function delete( int $import_id ): void {
		global $wpdb;
		$wpdb->delete( $this->rows(), array( 'import_id' => $import_id ) );
		$wpdb->delete( $this->jobs(), array( 'id' => $import_id ) );
	}

	/**
	 * Staged rows of a job that will not run any more (cancelled, completed) are kept only for the
	 * report: the pending ones go.
	 *
	 * @since 0.2.0
	 *
	 * @param int $import_id Job.
	 */
	public function drop_pending( int $import_id ): void {
		global $wpdb;
		$wpdb->query( $wpdb->prepare( "DELETE FROM %i WHERE import_id = %d AND status = 'pending'", $this->rows(), $import_id ) );
	}

	/**
	 * Ids of jobs created before a time.
	 *
	 * @since 0.2.0
	 *
	 * @param string $before_gmt GMT datetime.
	 * @return list<int>
	 */
	public function created_before( string $before_gmt ): array {
		global $wpdb;
		return array_values( array_map( 'intval', $wpdb->get_col( $wpdb->prepare( 'SELECT id FROM %i WHERE created_at_gmt < %s LIMIT 100', $this->jobs(), $before_gmt ) ) ) );
	}

	/**
	 * Whether the transaction helper may be used: MariaDB/MySQL, not already inside a transaction
	 * (a batch inside someone else's transaction simply joins it).
	 *
	 * @since 0.2.0
	 */
	public function can_begin(): bool {
		global $wpdb;
		if ( defined( 'DB_ENGINE' ) && 'sqlite' === DB_ENGINE ) {
			return false;
		}
		$suppress = $wpdb->suppress_errors( true );
		$in       = $wpdb->get_var( 'SELECT @@in_transaction' );
		$wpdb->suppress_errors( $suppress );
		return '0' === (string) $in;
	}

	/**
	 * Starts, commits or rolls back a transaction.
	 *
	 * @since 0.2.0
	 *
	 * @param string $statement START TRANSACTION, COMMIT or ROLLBACK.
	 */
	public function transaction( string $statement ): void {
		global $wpdb;
		if ( in_array( $statement, array( 'START TRANSACTION', 'COMMIT', 'ROLLBACK' ), true ) ) {
			$wpdb->query( $statement ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- one of three literals.
		}
	}

	/**
	 * Columns for the database: lists and maps as JSON, booleans as 0/1.
	 *
	 * @param array<string, mixed> $fields Fields.
	 * @return array<string, mixed>
	 */
	private static function encode( array $fields ): array {
		foreach ( $fields as $key => $value ) {
			if ( is_array( $value ) || is_object( $value ) ) {
				$fields[ $key ] = (string) wp_json_encode( $value );
			} elseif ( is_bool( $value ) ) {
				$fields[ $key ] = (int) $value;
			}
		}
		return $fields;
	}

	/**
	 * A job from its row.
	 *
	 * @param array<string, mixed> $row Row.
	 * @return Job
	 */
	private static function job( array $row ): array {
		$columns = json_decode( (string) $row['columns'], true );
		$mapping = json_decode( (string) $row['mapping'], true );
		$map     = array();
		foreach ( is_array( $mapping ) ? $mapping : array() as $field => $column ) {
			$map[ (string) $field ] = (int) $column;
		}
		return array(
			'id'              => (int) $row['id'],
			'user_id'         => (int) $row['user_id'],
			'coach_id'        => (int) $row['coach_id'],
			'status'          => (string) $row['status'],
			'file_name'       => (string) $row['file_name'],
			'encoding'        => (string) $row['encoding'],
			'delimiter'       => (string) $row['delimiter'],
			'columns'         => is_array( $columns ) ? array_map( 'strval', array_values( $columns ) ) : array(),
			'mapping'         => $map,
			'on_existing'     => (string) $row['on_existing'],
			'send_login'      => (bool) $row['send_login'],
			'dry_run'         => (bool) $row['dry_run'],
			'total_rows'      => (int) $row['total_rows'],
			'processed_rows'  => (int) $row['processed_rows'],
			'created'         => (int) $row['created'],
			'updated'         => (int) $row['updated'],
			'skipped'         => (int) $row['skipped'],
			'failed'          => (int) $row['failed'],
			'created_at_gmt'  => (string) $row['created_at_gmt'],
			'updated_at_gmt'  => (string) $row['updated_at_gmt'],
			'finished_at_gmt' => null === $row['finished_at_gmt'] ? null : (string) $row['finished_at_gmt'],
		);
	}

	/**
	 * A staged row.
	 *
	 * @param array<string, mixed> $row Row.
	 * @return Row
	 */
	private static function row( array $row ): array {
		$cells = json_decode( (string) $row['cells'], true );
		return array(
			'id'    => (int) $row['id'],
			'line'  => (int) $row['line'],
			'cells' => is_array( $cells ) ? array_map( 'strval', array_values( $cells ) ) : array(),
		);
	}
}
