<?php
/**
 * REST: /joolwebsp/v1/imports.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Imports\REST;

use Joolweb\SessionsPro\Imports\Column_Mapper;
use Joolweb\SessionsPro\Imports\Csv_Stream;
use Joolweb\SessionsPro\Imports\Import_Service;
use Joolweb\SessionsPro\License\License;
use Joolweb\SessionsPro\REST\Abstract_Controller;
use Joolweb\SessionsPro\Security\Capabilities;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * CSV client imports (capability `import_clients`, premium). A job is seen by its owner and by users
 * who reach everyone; anyone else gets 404.
 *
 * - `POST /imports` (multipart `file`) → 201 `{id, status: "uploaded", columns, mapping, preview, total_rows, …}`
 * - `GET /imports/{id}`, `PATCH /imports/{id}` `{mapping, on_existing, send_login, dry_run}`
 * - `POST /imports/{id}/start`, `POST /imports/{id}/batch` (the next batch now; the progress)
 * - `GET /imports/{id}/errors.csv`, `DELETE /imports/{id}` (cancel)
 *
 * @since 0.2.0
 *
 * @phpstan-import-type Job from \Joolweb\SessionsPro\Imports\Import_Repository
 */
final class Imports_Controller extends Abstract_Controller {

	/**
	 * Constructor.
	 *
	 * @since 0.2.0
	 *
	 * @param Import_Service $imports Imports.
	 */
	public function __construct( private Import_Service $imports ) {
		parent::__construct();
		$this->rest_base = 'imports';
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		parent::register_hooks();
		add_filter( 'rest_pre_serve_request', array( Csv_Stream::class, 'serve' ), 10, 2 );
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_routes(): void {
		$id = self::id_arg( __( 'Unique identifier of the import.', 'joolweb-sessions-pro' ) );
		// Upload a file: a new import.
		$this->route(
			'/imports',
			array( array( WP_REST_Server::CREATABLE, 'create_item', 'create_item_permissions_check' ) )
		);
		// An import: progress, options, cancel.
		$this->route(
			'/imports/(?P<id>[\d]+)',
			array(
				array( WP_REST_Server::READABLE, 'get_item', 'get_item_permissions_check' ),
				array( WP_REST_Server::EDITABLE, 'update_item', 'get_item_permissions_check', $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ) ),
				array( WP_REST_Server::DELETABLE, 'delete_item', 'get_item_permissions_check' ),
			),
			$id
		);
		// Start it.
		$this->route(
			'/imports/(?P<id>[\d]+)/start',
			array( array( WP_REST_Server::CREATABLE, 'start', 'get_item_permissions_check' ) ),
			$id
		);
		// Process the next batch now.
		$this->route(
			'/imports/(?P<id>[\d]+)/batch',
			array( array( WP_REST_Server::CREATABLE, 'batch', 'get_item_permissions_check' ) ),
			$id
		);
		// The failed rows as CSV.
		$this->route(
			'/imports/(?P<id>[\d]+)/errors.csv',
			array( array( WP_REST_Server::READABLE, 'errors_csv', 'get_item_permissions_check' ) ),
			$id,
			array( Csv_Stream::class, 'schema' )
		);
	}

	/**
	 * `import_clients`, then premium.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function create_item_permissions_check( $request ) {
		if ( ! current_user_can( Capabilities::IMPORT_CLIENTS ) ) {
			return $this->forbidden();
		}
		return License::has( License::PREMIUM ) ? true : License::premium_required();
	}

	/**
	 * `import_clients`, premium, and a job the user sees (404 otherwise).
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		$allowed = $this->create_item_permissions_check( $request );
		if ( true !== $allowed ) {
			return $allowed;
		}
		$job = $this->imports->find( $this->route_id( $request ) );
		return $job && $this->imports->can_see( get_current_user_id(), $job ) ? true : $this->not_found();
	}

	/**
	 * Reads an uploaded file into a new import.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		$files = $request->get_file_params();
		$file  = isset( $files['file'] ) && is_array( $files['file'] ) ? $files['file'] : null;
		if ( ! $file || UPLOAD_ERR_OK !== (int) ( $file['error'] ?? UPLOAD_ERR_NO_FILE ) || ! is_string( $file['tmp_name'] ?? null ) || ! is_file( $file['tmp_name'] ) ) {
			$too_big = $file && in_array( (int) ( $file['error'] ?? 0 ), array( UPLOAD_ERR_INI_SIZE, UPLOAD_ERR_FORM_SIZE ), true );
			return $too_big ? $this->too_large() : $this->error( 'import_no_file', __( 'Choose a CSV file to upload (field "file").', 'joolweb-sessions-pro' ), 400 );
		}
		if ( (int) filesize( $file['tmp_name'] ) > wp_max_upload_size() ) {
			return $this->too_large();
		}
		$job = $this->imports->upload( $file['tmp_name'], (string) ( $file['name'] ?? 'import.csv' ), get_current_user_id() );
		if ( is_wp_error( $job ) ) {
			return $job;
		}
		return $this->created( $this->present( $job, true ), 'imports', $job['id'] );
	}

	/**
	 * The import and its progress (with the preview before it starts).
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		$job = $this->imports->find( $this->route_id( $request ) );
		return $job ? new WP_REST_Response( $this->present( $job, 'uploaded' === $job['status'] ) ) : $this->not_found();
	}

	/**
	 * Changes the options of an import that has not started.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		$job = $this->imports->find( $this->route_id( $request ) );
		if ( ! $job ) {
			return $this->not_found();
		}
		$job = $this->imports->configure( $job, $this->writable( $request, array( 'mapping', 'on_existing', 'send_login', 'dry_run' ) ) );
		return is_wp_error( $job ) ? $job : new WP_REST_Response( $this->present( $job, 'uploaded' === $job['status'] ) );
	}

	/**
	 * Cancels an import (what was imported stays).
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function delete_item( $request ) {
		$job = $this->imports->find( $this->route_id( $request ) );
		return $job ? $this->deleted( $this->present( $this->imports->cancel( $job ), false ) ) : $this->not_found();
	}

	/**
	 * Starts an import.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function start( $request ) {
		$job = $this->imports->find( $this->route_id( $request ) );
		if ( ! $job ) {
			return $this->not_found();
		}
		$job = $this->imports->start( $job );
		return is_wp_error( $job ) ? $job : new WP_REST_Response( $this->present( $job, false ) );
	}

	/**
	 * Processes the next batch now and answers the progress.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function batch( $request ) {
		$job = $this->imports->run_batch( $this->route_id( $request ) );
		return is_wp_error( $job ) ? $job : new WP_REST_Response( $this->present( $job, false ) );
	}

	/**
	 * The failed rows as a CSV download.
	 *
	 * @since 0.2.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function errors_csv( $request ) {
		$job = $this->imports->find( $this->route_id( $request ) );
		return $job ? new WP_REST_Response( $this->imports->errors_csv( $job ) ) : $this->not_found();
	}

	/**
	 * The response of a job.
	 *
	 * @param Job  $job          Job.
	 * @param bool $with_preview Whether to add the preview.
	 * @return array<string, mixed>
	 */
	private function present( array $job, bool $with_preview ): array {
		$data = array(
			'id'             => $job['id'],
			'status'         => $job['status'],
			'file_name'      => $job['file_name'],
			'columns'        => $job['columns'],
			'mapping'        => (object) $job['mapping'],
			'on_existing'    => $job['on_existing'],
			'send_login'     => $job['send_login'],
			'dry_run'        => $job['dry_run'],
			'total_rows'     => $job['total_rows'],
			'processed_rows' => $job['processed_rows'],
			'created'        => $job['created'],
			'updated'        => $job['updated'],
			'skipped'        => $job['skipped'],
			'failed'         => $job['failed'],
			'errors'         => $this->imports->errors( $job ),
			'created_at'     => self::iso_utc( $job['created_at_gmt'] ),
			'finished_at'    => self::iso_utc( $job['finished_at_gmt'] ),
		);
		if ( $with_preview ) {
			$preview         = $this->imports->preview( $job );
			$preview['rows'] = array_map(
				static function ( array $row ): array {
					$row['values'] = (object) $row['values'];
					return $row;
				},
				$preview['rows']
			);
			$data['preview'] = $preview;
		}
		return $data;
	}

	/**
	 * 404 of an import.
	 */
	private function not_found(): WP_Error {
		return $this->error( 'import_not_found', __( 'Import not found.', 'joolweb-sessions-pro' ), 404 );
	}

	/**
	 * 413 of a file over the site's upload limit.
	 */
	private function too_large(): WP_Error {
		return $this->error(
			'import_too_large',
			/* translators: %s: size such as "8 MB". */
			sprintf( __( 'The file is larger than this site accepts (%s).', 'joolweb-sessions-pro' ), size_format( wp_max_upload_size() ) ),
			413
		);
	}

	/**
	 * {@inheritDoc}
	 */
	protected function build_schema(): array {
		$fields   = Column_Mapper::fields();
		$mapping  = array();
		$counters = array();
		foreach ( $fields as $field ) {
			$mapping[ $field ] = array(
				'type'    => array( 'integer', 'null' ),
				'minimum' => 0,
			);
		}
		foreach ( array( 'total_rows', 'processed_rows', 'created', 'updated', 'skipped', 'failed' ) as $counter ) {
			$counters[ $counter ] = self::field( 'integer', __( 'Rows counted.', 'joolweb-sessions-pro' ) );
		}
		$values = array();
		foreach ( $fields as $field ) {
			$values[ $field ] = array( 'type' => 'string' );
		}
		$error = array(
			'type'       => 'object',
			'properties' => array(
				'field'   => array( 'type' => 'string' ),
				'message' => array( 'type' => 'string' ),
			),
		);
		return self::object_schema(
			'joolwebsp-import',
			array_merge(
				array(
					'id'          => self::field( 'integer', __( 'Unique identifier of the import.', 'joolweb-sessions-pro' ) ),
					'status'      => self::field( 'string', __( 'State of the import.', 'joolweb-sessions-pro' ), array( 'enum' => array( 'uploaded', 'queued', 'running', 'completed', 'failed', 'cancelled' ) ) ),
					'file_name'   => self::field( 'string', __( 'Name of the uploaded file.', 'joolweb-sessions-pro' ) ),
					'columns'     => self::field( 'array', __( 'Header cells of the file.', 'joolweb-sessions-pro' ), array( 'items' => array( 'type' => 'string' ) ) ),
					'mapping'     => array(
						'description'          => __( 'Client field => column index (from 0); fields left out are not imported.', 'joolweb-sessions-pro' ),
						'type'                 => 'object',
						'context'              => array( 'view', 'edit', 'embed' ),
						'properties'           => $mapping,
						'additionalProperties' => false,
					),
					'on_existing' => array(
						'description' => __( 'What to do with a row whose email is already a client.', 'joolweb-sessions-pro' ),
						'type'        => 'string',
						'enum'        => array( 'skip', 'update' ),
						'context'     => array( 'view', 'edit', 'embed' ),
					),
					'send_login'  => array(
						'description' => __( 'Send login details to the new clients.', 'joolweb-sessions-pro' ),
						'type'        => 'boolean',
						'context'     => array( 'view', 'edit', 'embed' ),
					),
					'dry_run'     => array(
						'description' => __( 'Check every row and count, without writing anything.', 'joolweb-sessions-pro' ),
						'type'        => 'boolean',
						'context'     => array( 'view', 'edit', 'embed' ),
					),
				),
				$counters,
				array(
					'errors'      => self::field(
						'array',
						__( 'The first 100 failed rows: row number as in the file, field, message.', 'joolweb-sessions-pro' ),
						array(
							'items' => array(
								'type'       => 'object',
								'properties' => array(
									'row'     => array( 'type' => 'integer' ),
									'field'   => array( 'type' => 'string' ),
									'message' => array( 'type' => 'string' ),
								),
							),
						)
					),
					'created_at'  => self::field( array( 'string', 'null' ), __( 'When the file was uploaded (UTC).', 'joolweb-sessions-pro' ), array( 'format' => 'date-time' ) ),
					'finished_at' => self::field( array( 'string', 'null' ), __( 'When the import ended (UTC).', 'joolweb-sessions-pro' ) ),
					'preview'     => self::field(
						'object',
						__( 'Before the start: the first 20 rows validated, and counts over the whole file.', 'joolweb-sessions-pro' ),
						array(
							'properties' => array(
								'rows'       => array(
									'type'  => 'array',
									'items' => array(
										'type'       => 'object',
										'properties' => array(
											'row'    => array( 'type' => 'integer' ),
											'status' => array(
												'type' => 'string',
												'enum' => array( 'valid', 'invalid', 'duplicate', 'existing' ),
											),
											'values' => array(
												'type' => 'object',
												'properties' => $values,
											),
											'errors' => array(
												'type'  => 'array',
												'items' => $error,
											),
										),
									),
								),
								'valid'      => array( 'type' => 'integer' ),
								'invalid'    => array( 'type' => 'integer' ),
								'duplicates' => array( 'type' => 'integer' ),
								'existing'   => array( 'type' => 'integer' ),
							),
						)
					),
				)
			)
		);
	}
}
