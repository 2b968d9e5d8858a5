<?php
/**
 * Streaming CSV reader for the files people really export from spreadsheets.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Imports;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.WP.AlternativeFunctions -- Streams of a local upload, read in chunks.

/**
 * Reads a CSV file in a stream: memory does not grow with the file.
 *
 * - Encoding from the content, never from a MIME type: UTF-8 (with or without BOM), UTF-16 LE/BE
 *   with BOM (Excel "Unicode text"), else Windows-1252 when the start is not valid UTF-8 (Excel on a
 *   French system). Non-UTF-8 input is converted to UTF-8 chunk by chunk into a temporary stream.
 * - Delimiter `,` `;` or tab: the most frequent of them outside quotes on the first line.
 * - RFC 4180 quoting (embedded delimiters, doubled quotes, line breaks), CRLF or LF, blank lines
 *   skipped. A malformed quote never fails the read: the rest of the record is taken as it comes.
 *
 * Each record comes with the line of the file where it starts (1 = the header), as a spreadsheet
 * numbers its rows.
 *
 * @since 0.2.0
 */
final class Csv_Reader {

	public const DELIMITERS = array( ',', ';', "\t" );

	/** Bytes inspected to detect the encoding and the delimiter. */
	private const SAMPLE = 65536;

	/** Bytes converted at a time. */
	private const CHUNK = 262144;

	/**
	 * Detected encoding: UTF-8, UTF-16LE, UTF-16BE or Windows-1252.
	 *
	 * @var string
	 */
	private string $encoding = 'UTF-8';

	/**
	 * Length of the byte-order mark.
	 *
	 * @var int
	 */
	private int $bom = 0;

	/**
	 * Detected delimiter.
	 *
	 * @var string
	 */
	private string $delimiter = ',';

	/**
	 * Opens and inspects a file.
	 *
	 * @since 0.2.0
	 *
	 * @param string $path File.
	 * @throws \RuntimeException When the file cannot be read.
	 */
	public function __construct( private string $path ) {
		$handle = is_readable( $path ) ? fopen( $path, 'rb' ) : false;
		if ( false === $handle ) {
			throw new \RuntimeException( 'The file cannot be read.' );
		}
		$sample = (string) fread( $handle, self::SAMPLE );
		$at_end = feof( $handle ) || '' === (string) fread( $handle, 1 );
		fclose( $handle );
		$this->detect_encoding( $sample, $at_end );
		$this->delimiter = self::detect_delimiter( $this->to_utf8( substr( $sample, $this->bom ), true ) );
	}

	/**
	 * Detected encoding.
	 *
	 * @since 0.2.0
	 */
	public function encoding(): string {
		return $this->encoding;
	}

	/**
	 * Detected delimiter.
	 *
	 * @since 0.2.0
	 */
	public function delimiter(): string {
		return $this->delimiter;
	}

	/**
	 * The records, each with the line it starts on. Blank lines are skipped; values are UTF-8.
	 *
	 * @since 0.2.0
	 *
	 * @return \Generator<int, list<string>> Line => fields.
	 */
	public function records(): \Generator {
		$stream = $this->utf8_stream();
		$line   = 1;
		try {
			while ( true ) {
				$fields = fgetcsv( $stream, null, $this->delimiter, '"', '' );
				if ( false === $fields ) {
					break;
				}
				$start = $line;
				++$line;
				if ( array( null ) === $fields ) {
					continue;
				}
				$values = array();
				foreach ( $fields as $field ) {
					$field    = (string) $field;
					$line    += substr_count( $field, "\n" );
					$values[] = $field;
				}
				if ( '' === trim( implode( '', $values ) ) ) {
					continue;
					// A line of empty cells (",,,") is blank too.
				}
				yield $start => $values;
			}
		} finally {
			fclose( $stream );
		}
	}

	/**
	 * A stream of the file in UTF-8 after its BOM: the file itself when it is UTF-8, else a
	 * temporary stream converted chunk by chunk (it spills to disk beyond 2 MB).
	 *
	 * @return resource
	 * @throws \RuntimeException When the file cannot be read.
	 */
	private function utf8_stream() {
		$source = fopen( $this->path, 'rb' );
		if ( false === $source ) {
			throw new \RuntimeException( 'The file cannot be read.' );
		}
		fseek( $source, $this->bom );
		if ( 'UTF-8' === $this->encoding ) {
			return $source;
		}
		$target = fopen( 'php://temp/maxmemory:2097152', 'w+b' );
		if ( false === $target ) {
			fclose( $source );
			throw new \RuntimeException( 'No temporary stream.' );
		}
		$carry = '';
		while ( ! feof( $source ) ) {
			$chunk = $carry . (string) fread( $source, self::CHUNK );
			$carry = '';
			if ( str_starts_with( $this->encoding, 'UTF-16' ) ) {
				if ( strlen( $chunk ) % 2 ) {
					$carry = substr( $chunk, -1 );
					$chunk = substr( $chunk, 0, -1 );
				}
				// Keep a high surrogate with its low half.
				$last = strlen( $chunk ) >= 2 ? substr( $chunk, -2 ) : '';
				$unit = '' === $last ? 0 : ( 'UTF-16LE' === $this->encoding ? ord( $last[1] ) : ord( $last[0] ) );
				if ( $unit >= 0xD8 && $unit <= 0xDB ) {
					$carry = $last . $carry;
					$chunk = substr( $chunk, 0, -2 );
				}
			}
			fwrite( $target, $this->to_utf8( $chunk, false ) );
		}
		if ( '' !== $carry ) {
			fwrite( $target, $this->to_utf8( $carry, false ) );
		}
		fclose( $source );
		rewind( $target );
		return $target;
	}

	/**
	 * Bytes of the file's encoding as UTF-8.
	 *
	 * @param string $bytes   Bytes.
	 * @param bool   $partial Whether the bytes may end inside a character (a sample).
	 */
	private function to_utf8( string $bytes, bool $partial ): string {
		if ( 'UTF-8' === $this->encoding ) {
			return $bytes;
		}
		if ( $partial && str_starts_with( $this->encoding, 'UTF-16' ) && strlen( $bytes ) % 2 ) {
			$bytes = substr( $bytes, 0, -1 );
		}
		return (string) mb_convert_encoding( $bytes, 'UTF-8', $this->encoding );
	}

	/**
	 * Encoding from the BOM, else UTF-8 when the sample is valid UTF-8, else Windows-1252.
	 *
	 * @param string $sample The first bytes.
	 * @param bool   $at_end Whether the sample is the whole file.
	 */
	private function detect_encoding( string $sample, bool $at_end ): void {
		if ( str_starts_with( $sample, "\xEF\xBB\xBF" ) ) {
			$this->encoding = 'UTF-8';
			$this->bom      = 3;
			return;
		}
		if ( str_starts_with( $sample, "\xFF\xFE" ) ) {
			$this->encoding = 'UTF-16LE';
			$this->bom      = 2;
			return;
		}
		if ( str_starts_with( $sample, "\xFE\xFF" ) ) {
			$this->encoding = 'UTF-16BE';
			$this->bom      = 2;
			return;
		}
		if ( ! $at_end ) {
			// The sample may end inside a character: drop an incomplete last sequence.
			$sample = (string) preg_replace( '/[\xC0-\xFF][\x80-\xBF]*$/', '', $sample );
		}
		$this->encoding = mb_check_encoding( $sample, 'UTF-8' ) ? 'UTF-8' : 'Windows-1252';
	}

	/**
	 * The delimiter seen most often outside quotes on the first non-blank line (`,` on a tie or none).
	 *
	 * @param string $text Start of the file, UTF-8.
	 */
	private static function detect_delimiter( string $text ): string {
		$counts = array_fill_keys( self::DELIMITERS, 0 );
		$quoted = false;
		$seen   = false;
		$length = strlen( $text );
		for ( $i = 0; $i < $length; $i++ ) {
			$char = $text[ $i ];
			if ( '"' === $char ) {
				$quoted = ! $quoted;
			} elseif ( ! $quoted && ( "\n" === $char || "\r" === $char ) ) {
				if ( $seen ) {
					break;
				}
			} elseif ( ! $quoted ) {
				if ( isset( $counts[ $char ] ) ) {
					++$counts[ $char ];
				}
				$seen = $seen || ( ' ' !== $char && "\t" !== $char );
			}
		}
		arsort( $counts );
		$best = (string) array_key_first( $counts );
		return $counts[ $best ] > 0 && $counts[ $best ] > ( $counts[','] ?? 0 ) ? $best : ',';
	}
}
