<?php
/**
 * A CSV download answered by a REST route, streamed.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Imports;

use WP_HTTP_Response;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.WP.AlternativeFunctions -- Writes to php://output and memory streams.

/**
 * The data of a REST response that is a CSV file: served as `text/csv` by `serve()` (hooked on
 * `rest_pre_serve_request`) row by row, so 100k rows never sit in memory; as JSON (`{csv: text}`) it
 * is the same text, for internal dispatches and tests.
 *
 * Cells are written UTF-8 (the file starts with a BOM so spreadsheets read the accents) and every
 * cell starting with `=`, `+`, `-`, `@`, tab or carriage return gets a `'` first (formula injection).
 *
 * @since 0.2.0
 */
final class Csv_Stream implements \JsonSerializable {

	/**
	 * Constructor.
	 *
	 * @since 0.2.0
	 *
	 * @param string                                       $filename  Download name.
	 * @param callable(callable(list<string>): void): void $producer Calls its argument with each row, header first.
	 * @param string                                       $delimiter Delimiter.
	 */
	public function __construct( public readonly string $filename, private $producer, private string $delimiter = ',' ) {
	}

	/**
	 * A cell made safe for spreadsheets.
	 *
	 * @since 0.2.0
	 *
	 * @param string $value Value.
	 */
	public static function cell( string $value ): string {
		return '' !== $value && str_contains( "=+-@\t\r", $value[0] ) ? "'" . $value : $value;
	}

	/**
	 * Writes the file to a stream.
	 *
	 * @since 0.2.0
	 *
	 * @param resource $handle Stream.
	 */
	public function write( $handle ): void {
		fwrite( $handle, "\xEF\xBB\xBF" );
		$delimiter = $this->delimiter;
		( $this->producer )(
			static function ( array $row ) use ( $handle, $delimiter ): void {
				fputcsv( $handle, array_map( array( self::class, 'cell' ), array_map( 'strval', $row ) ), $delimiter, '"', '', "\r\n" );
			}
		);
	}

	/**
	 * The whole file as text.
	 *
	 * @since 0.2.0
	 */
	public function contents(): string {
		$handle = fopen( 'php://memory', 'w+b' );
		if ( false === $handle ) {
			return '';
		}
		$this->write( $handle );
		rewind( $handle );
		$text = (string) stream_get_contents( $handle );
		fclose( $handle );
		return $text;
	}

	/**
	 * {@inheritDoc}
	 *
	 * @return array{csv: string}
	 */
	public function jsonSerialize(): array {
		return array( 'csv' => $this->contents() );
	}

	/**
	 * Serves a CSV response as a download instead of JSON (`rest_pre_serve_request`).
	 *
	 * @since 0.2.0
	 *
	 * @param bool  $served Whether the request was served already.
	 * @param mixed $result Response.
	 */
	public static function serve( $served, $result ): bool {
		if ( $served || ! $result instanceof WP_HTTP_Response || ! $result->get_data() instanceof self ) {
			return (bool) $served;
		}
		$csv = $result->get_data();
		if ( ! headers_sent() ) {
			header( 'Content-Type: text/csv; charset=utf-8' );
			header( 'Content-Disposition: attachment; filename="' . sanitize_file_name( $csv->filename ) . '"' );
			header( 'X-Content-Type-Options: nosniff' );
			header( 'Cache-Control: no-store' );
		}
		$out = fopen( 'php://output', 'wb' );
		if ( false !== $out ) {
			$csv->write( $out );
			fclose( $out );
		}
		return true;
	}

	/**
	 * The route schema of a CSV download.
	 *
	 * @since 0.2.0
	 *
	 * @return array<string, mixed>
	 */
	public static function schema(): array {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'joolwebsp-csv',
			'type'       => 'object',
			'properties' => array(
				'csv' => array(
					'description'      => __( 'The file (served as a text/csv download; as JSON only for internal requests).', 'joolweb-sessions-pro' ),
					'type'             => 'string',
					'contentMediaType' => 'text/csv',
					'context'          => array( 'view' ),
					'readonly'         => true,
				),
			),
		);
	}
}
