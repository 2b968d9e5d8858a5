<?php
/**
 * The CSV reader over the fixture corpus (tests/fixtures/csv) and a generated 10k-row file.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Imports;

use Joolweb\SessionsPro\Imports\Column_Mapper;
use Joolweb\SessionsPro\Imports\Csv_Reader;
use Joolweb\SessionsPro\Tests\TestCase;

// phpcs:disable WordPress.WP.AlternativeFunctions -- Test files.

final class Csv_ReaderTest extends TestCase {

	/**
	 * Records of a fixture, line => fields.
	 *
	 * @param string $name Fixture file.
	 * @return array<int, list<string>>
	 */
	private function read( string $name ): array {
		return iterator_to_array( $this->reader( $name )->records(), true );
	}

	/**
	 * Reader of a fixture.
	 *
	 * @param string $name Fixture file.
	 */
	private function reader( string $name ): Csv_Reader {
		return new Csv_Reader( dirname( __DIR__, 3 ) . '/fixtures/csv/' . $name );
	}

	/**
	 * @dataProvider formats
	 *
	 * @param string $file      Fixture.
	 * @param string $encoding  Expected encoding.
	 * @param string $delimiter Expected delimiter.
	 * @param string $first     First name on line 2.
	 */
	public function test_formats_are_detected_and_decoded( string $file, string $encoding, string $delimiter, string $first ): void {
		$reader  = $this->reader( $file );
		$records = iterator_to_array( $reader->records(), true );
		$this->assertSame( $encoding, $reader->encoding() );
		$this->assertSame( $delimiter, $reader->delimiter() );
		$this->assertSame( $first, $records[2][0] );
		$mapping = Column_Mapper::auto( $records[1] );
		$this->assertSame( array( 'first_name', 'last_name', 'email', 'phone' ), array_keys( $mapping ), 'Headers map in English and French' );
		foreach ( $records as $fields ) {
			$this->assertTrue( mb_check_encoding( implode( '', $fields ), 'UTF-8' ) );
		}
	}

	/**
	 * @return array<string, array{0: string, 1: string, 2: string, 3: string}>
	 */
	public static function formats(): array {
		return array(
			'Google Sheets: UTF-8, comma, LF'    => array( 'utf8-comma.csv', 'UTF-8', ',', 'Ana' ),
			'UTF-8 BOM, semicolon, CRLF'         => array( 'utf8-bom-semicolon-crlf.csv', 'UTF-8', ';', 'Anaïs' ),
			'Excel Unicode text: UTF-16 LE, tab' => array( 'utf16le-tab.txt', 'UTF-16LE', "\t", 'Zoë' ),
			'UTF-16 BE, tab'                     => array( 'utf16be-tab.txt', 'UTF-16BE', "\t", 'Zoë' ),
			'French Excel: Windows-1252, ;'      => array( 'windows1252-semicolon.csv', 'Windows-1252', ';', 'François' ),
		);
	}

	public function test_utf16_keeps_characters_outside_the_basic_plane_and_cjk(): void {
		$records = $this->read( 'utf16le-tab.txt' );
		$this->assertSame( array( '李', '王', 'li@example.org', '' ), $records[3] );
		$this->assertSame( 'Emoji 😀', $records[4][0] );
		$this->assertSame( 'Œuvre', $this->read( 'windows1252-semicolon.csv' )[3][1] );
	}

	public function test_quoted_fields_hold_delimiters_quotes_and_line_breaks_and_lines_are_counted(): void {
		$records = $this->read( 'quoted.csv' );
		$this->assertSame( array( 1, 2, 4 ), array_keys( $records ) );
		$this->assertSame( array( 'Smith, Jr.', 'Bob', 'bob@example.org', "He said \"hi\"\nand left" ), $records[2] );
		$this->assertSame( "Multi\r\nline", $records[4][0] );
	}

	public function test_blank_lines_and_empty_cells_only_lines_are_skipped_with_file_line_numbers(): void {
		$records = $this->read( 'blank-lines.csv' );
		$this->assertSame( array( 2, 4, 7 ), array_keys( $records ) );
		$this->assertSame( 'Bob', $records[7][0] );
	}

	public function test_malformed_quoting_never_fails_the_read(): void {
		$records = $this->read( 'malformed-quote.csv' );
		$this->assertSame( array( 'Ana', 'Zed', 'ana@example.org' ), $records[2] );
		$this->assertSame( array( 'Bob', 'Lee', 'bob@example.org' ), $records[3] );
		// An unclosed quote takes the rest of the file as one cell: that record fails validation later.
		$this->assertCount( 1, $records[4] );
	}

	public function test_header_only_empty_and_no_final_newline(): void {
		$this->assertSame( array( 1 => array( 'Prénom', 'Nom', 'Email' ) ), $this->read( 'header-only.csv' ) );
		$this->assertSame( array(), $this->read( 'empty.csv' ) );
		$this->assertSame( array( 'ana@example.org', 'Ana', 'Zed' ), $this->read( 'lf-no-final-newline.csv' )[2] );
	}

	public function test_headers_map_case_and_accent_insensitively_and_coach_email(): void {
		$this->assertSame(
			array(
				'email'       => 0,
				'first_name'  => 1,
				'last_name'   => 2,
				'phone'       => 3,
				'coach_email' => 4,
			),
			Column_Mapper::auto( array( 'COURRIEL', ' prénom ', 'Nom de famille', 'Portable', 'E-mail du coach', 'Notes' ) )
		);
		$this->assertSame(
			array( 'email' => 1 ),
			Column_Mapper::sanitize(
				array(
					'email' => '1',
					'phone' => null,
				),
				3
			)
		);
		$this->assertNull( Column_Mapper::sanitize( array( 'email' => 7 ), 3 ) );
		$this->assertNull( Column_Mapper::sanitize( array( 'role' => 0 ), 3 ) );
	}

	public function test_ten_thousand_rows_in_windows_1252_stream_in_constant_memory(): void {
		$path   = (string) wp_tempnam( 'joolwebsp-10k.csv' );
		$handle = fopen( $path, 'wb' );
		$this->assertIsResource( $handle );
		fwrite( $handle, (string) mb_convert_encoding( "Prénom;Nom;Courriel;Téléphone\r\n", 'Windows-1252', 'UTF-8' ) );
		for ( $i = 1; $i <= 10000; $i++ ) {
			fwrite( $handle, (string) mb_convert_encoding( "Hélène{$i};\"Dupont; fils\";h{$i}@example.org;06 00 00 00 00\r\n", 'Windows-1252', 'UTF-8' ) );
		}
		fclose( $handle );
		$reader = new Csv_Reader( $path );
		$this->assertSame( 'Windows-1252', $reader->encoding() );
		$count = 0;
		$last  = array();
		$base  = memory_get_usage();
		$peak  = 0;
		foreach ( $reader->records() as $line => $fields ) {
			++$count;
			$last = array( $line, $fields );
			$peak = max( $peak, memory_get_usage() - $base );
		}
		unlink( $path );
		$this->assertSame( 10001, $count );
		$this->assertSame( array( 10001, array( 'Hélène10000', 'Dupont; fils', 'h10000@example.org', '06 00 00 00 00' ) ), $last );
		$this->assertLessThan( 4 * 1024 * 1024, $peak, 'Memory does not grow with the file' );
	}
}
