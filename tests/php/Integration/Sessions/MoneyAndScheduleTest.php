<?php
/**
 * Money parsing and splitting; start times and weekly patterns across a DST change.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Sessions;

use Joolweb\SessionsPro\Sessions\Money;
use Joolweb\SessionsPro\Sessions\Schedule;
use Joolweb\SessionsPro\Tests\TestCase;

final class MoneyAndScheduleTest extends TestCase {

	/**
	 * @return array<string, array{0: int, 1: int, 2: list<int>}>
	 */
	public function provide_splits(): array {
		return array(
			'100.00 over 3'       => array( 10000, 3, array( 3334, 3333, 3333 ) ),
			'0.01 over 3'         => array( 1, 3, array( 1, 0, 0 ) ),
			'1,000,000.00 over 7' => array( 100000000, 7, array( 14285715, 14285715, 14285714, 14285714, 14285714, 14285714, 14285714 ) ),
			'0 over 4'            => array( 0, 4, array( 0, 0, 0, 0 ) ),
		);
	}

	/**
	 * @dataProvider provide_splits
	 *
	 * @param int       $total    Total cents.
	 * @param int       $parts    Parts.
	 * @param list<int> $expected Split.
	 */
	public function test_split_adds_up_exactly( int $total, int $parts, array $expected ): void {
		$split = Money::split( $total, $parts );
		$this->assertSame( $expected, $split );
		$this->assertSame( $total, array_sum( $split ) );
	}

	public function test_parse_and_format(): void {
		$this->assertSame( 1250, Money::parse( '12.5' ) );
		$this->assertSame( 1205, Money::parse( '12.05' ) );
		$this->assertSame( 1200, Money::parse( 12 ) );
		$this->assertSame( 1999, Money::parse( 19.99 ) );
		$this->assertSame( 100000000, Money::parse( '1000000.00' ) );
		foreach ( array( '-1', '1000000.01', '1.234', 'abc', '', '1,5', array() ) as $bad ) {
			$this->assertInstanceOf( \WP_Error::class, Money::parse( $bad ), var_export( $bad, true ) );
		}
		$this->assertSame( '33.34', Money::format( 3334 ) );
		$this->assertSame( '0.01', Money::format( 1 ) );
		$this->assertSame( '1000000.00', Money::format( 100000000 ) );
	}

	public function test_local_times_are_read_in_the_site_timezone_across_dst(): void {
		update_option( 'timezone_string', 'Europe/Paris' );
		$this->assertSame( '2026-03-28 09:00:00', Schedule::parse_start( '2026-03-28T10:00' ), 'Winter: UTC+1' );
		$this->assertSame( '2026-03-30 08:00:00', Schedule::parse_start( '2026-03-30 10:00' ), 'Summer: UTC+2' );
		$this->assertSame( '2026-03-30 10:00:00', Schedule::parse_start( '2026-03-30T10:00:00Z' ), 'Absolute times stay' );
		$this->assertSame( '2026-03-30 07:00:00', Schedule::parse_start( '2026-03-30T10:00:00+03:00' ) );
		$this->assertInstanceOf( \WP_Error::class, Schedule::parse_start( 'tomorrow' ) );
	}

	public function test_pattern_expansion_keeps_local_time_across_the_dst_change(): void {
		update_option( 'timezone_string', 'Europe/Paris' );
		// Thursday 2026-03-26; Tuesdays and Thursdays at 10:00; DST starts Sunday 2026-03-29.
		$starts = Schedule::expand(
			array(
				'first_date' => '2026-03-26',
				'weekdays'   => array( 2, 4 ),
				'time'       => '10:00',
				'count'      => 4,
			)
		);
		$this->assertSame( array( '2026-03-26 09:00:00', '2026-03-31 08:00:00', '2026-04-02 08:00:00', '2026-04-07 08:00:00' ), $starts );
	}

	/**
	 * @return array<string, array{0: array<string, mixed>, 1: string}>
	 */
	public function provide_bad_patterns(): array {
		$ok = array(
			'first_date' => '2026-01-05',
			'weekdays'   => array( 1 ),
			'time'       => '09:00',
			'count'      => 3,
		);
		return array(
			'bad date'    => array( array( 'first_date' => '2026-02-30' ) + $ok, 'first_date' ),
			'bad time'    => array( array( 'time' => '25:00' ) + $ok, 'time' ),
			'no weekdays' => array( array( 'weekdays' => array() ) + $ok, 'weekdays' ),
			'weekday 8'   => array( array( 'weekdays' => array( 8 ) ) + $ok, 'weekdays' ),
			'count 0'     => array( array( 'count' => 0 ) + $ok, 'count' ),
			'count 101'   => array( array( 'count' => 101 ) + $ok, 'count' ),
		);
	}

	/**
	 * @dataProvider provide_bad_patterns
	 *
	 * @param array<string, mixed> $pattern Pattern.
	 * @param string               $field   Field named.
	 */
	public function test_bad_patterns_name_the_field( array $pattern, string $field ): void {
		$error = Schedule::expand( $pattern );
		$this->assertInstanceOf( \WP_Error::class, $error );
		$this->assertArrayHasKey( $field, $error->get_error_data()['params'] );
	}
}
