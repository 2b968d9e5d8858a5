<?php
/**
 * The coach ↔ client reach counter (`client_coaches.session_count`) stays exact when two writers
 * interleave on two database connections.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Clients;

use Joolweb\SessionsPro\Clients\Client_Repository;
use Joolweb\SessionsPro\Clients\Clients_Schema;
use Joolweb\SessionsPro\Database\Abstract_Schema;
use Joolweb\SessionsPro\Tests\TestCase;

final class Session_Link_ConcurrencyTest extends TestCase {

	private const CLIENT = 910000001;
	private const COACH  = 910000002;

	private \wpdb $second;

	protected function setUp(): void {
		parent::setUp();
		global $wpdb;
		// A second connection sees only committed rows: this test commits, then cleans up itself.
		$wpdb->query( 'ROLLBACK' );
		$wpdb->query( 'SET autocommit = 1' );
		$this->second = new \wpdb( DB_USER, DB_PASSWORD, DB_NAME, DB_HOST );
		$this->second->set_prefix( $wpdb->prefix );
		$this->cleanup();
	}

	protected function tearDown(): void {
		global $wpdb;
		$this->cleanup();
		$this->second->close();
		$wpdb->query( 'SET autocommit = 0' );
		$wpdb->query( 'START TRANSACTION' );
		parent::tearDown();
	}

	/**
	 * @return array<string, array{0: int|null, 1: int, 2: int, 3: int|null}>
	 */
	public function provide_interleavings(): array {
		return array(
			'two first sessions at once'        => array( null, 1, 1, 2 ),
			'two more sessions at once'         => array( 1, 1, 1, 3 ),
			'one removed while one is added'    => array( 2, -1, 1, 2 ),
			'the last two removed at once'      => array( 2, -1, -1, null ),
			'removing below zero stays at zero' => array( 1, -1, -1, null ),
		);
	}

	/**
	 * Writer A starts; right before its first write reaches the database, writer B runs to the end on
	 * the other connection; then A goes on. A read-modify-write in PHP loses B's change here.
	 *
	 * @dataProvider provide_interleavings
	 *
	 * @param int|null $initial  Count before (null: no link row).
	 * @param int      $delta_a  Writer A's change.
	 * @param int      $delta_b  Writer B's change.
	 * @param int|null $expected Count after (null: the link is gone).
	 */
	public function test_interleaved_writers_keep_the_count_exact( ?int $initial, int $delta_a, int $delta_b, ?int $expected ): void {
		global $wpdb;
		$repository = new Client_Repository();
		if ( null !== $initial ) {
			$wpdb->insert(
				$this->table(),
				array(
					'client_id'     => self::CLIENT,
					'coach_id'      => self::COACH,
					'is_assigned'   => 0,
					'session_count' => $initial,
				)
			);
		}
		$second      = $this->second;
		$table       = $this->table();
		$interleaved = false;
		$interleave  = static function ( $query ) use ( &$interleave, &$interleaved, $second, $repository, $delta_b, $table ) {
			if ( ! $interleaved && str_contains( (string) $query, $table ) && preg_match( '/^\s*(UPDATE|INSERT)/i', (string) $query ) ) {
				$interleaved = true;
				remove_filter( 'query', $interleave );
				$first           = $GLOBALS['wpdb'];
				$GLOBALS['wpdb'] = $second;
				try {
					$repository->add_session_link( self::CLIENT, self::COACH, $delta_b );
				} finally {
					$GLOBALS['wpdb'] = $first;
				}
			}
			return $query;
		};
		add_filter( 'query', $interleave );
		$repository->add_session_link( self::CLIENT, self::COACH, $delta_a );
		remove_filter( 'query', $interleave );

		$this->assertTrue( $interleaved, 'Writer B ran in the middle of writer A' );
		$count = $wpdb->get_var( $wpdb->prepare( 'SELECT session_count FROM %i WHERE client_id = %d AND coach_id = %d', $this->table(), self::CLIENT, self::COACH ) );
		$this->assertSame( $expected, null === $count ? null : (int) $count );
		$this->assertSame( '', $wpdb->last_error );
	}

	/**
	 * The links table.
	 */
	private function table(): string {
		return Abstract_Schema::table( Clients_Schema::COACHES );
	}

	/**
	 * Removes this test's rows.
	 */
	private function cleanup(): void {
		global $wpdb;
		$wpdb->delete( $this->table(), array( 'client_id' => self::CLIENT ) );
	}
}
