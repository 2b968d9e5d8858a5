<?php
/**
 * The client list at scale: the search tokens stay in sync, deep pages and every sort order return
 * exactly the straightforward query's rows, search matches a brute-force scan, and MariaDB runs the
 * list queries through the intended indexes (no filesort, no full scan).
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Clients;

use Joolweb\SessionsPro\Clients\Client_Repository;
use Joolweb\SessionsPro\Clients\Clients_Schema;
use Joolweb\SessionsPro\Database\Abstract_Schema;
use Joolweb\SessionsPro\Plugin;
use Joolweb\SessionsPro\Support\Text;
use Joolweb\SessionsPro\Tests\TestCase;

final class Client_SearchTest extends TestCase {

	private const SEEDED = 2000;

	/**
	 * The shared search cases (also run on SQLite by the smoke suite).
	 *
	 * @return array<string, array{search: string, expected: list<string>}>
	 */
	public static function search_cases(): array {
		return json_decode( (string) file_get_contents( dirname( __DIR__, 3 ) . '/fixtures/search-cases.json' ), true )['cases'];
	}

	/**
	 * @return array<string, array{0: string, 1: list<string>}>
	 */
	public function provide_search_cases(): array {
		$out = array();
		foreach ( self::search_cases() as $name => $case ) {
			$out[ $name ] = array( $case['search'], $case['expected'] );
		}
		return $out;
	}

	/**
	 * @dataProvider provide_search_cases
	 *
	 * @param string       $search   Search.
	 * @param list<string> $expected Emails found, in last-name order.
	 */
	public function test_search_cases_shared_with_sqlite( string $search, array $expected ): void {
		$fixture = json_decode( (string) file_get_contents( dirname( __DIR__, 3 ) . '/fixtures/search-cases.json' ), true );
		foreach ( $fixture['clients'] as $client ) {
			$this->make_client( $client );
		}
		wp_set_current_user( $this->create_user( 'administrator' ) );
		$response = $this->rest( 'GET', '/joolwebsp/v1/clients', null, array( 'search' => $search ) );
		$this->assertSame( $expected, wp_list_pluck( $response->get_data(), 'email' ) );
		$this->assertSame( (string) count( $expected ), $response->get_headers()['X-WP-Total'] );
	}

	public function test_tokens_follow_every_write(): void {
		$coach  = $this->create_user( 'joolwebsp_coach' );
		$client = $this->make_client(
			array(
				'first_name' => 'Lucía',
				'last_name'  => 'García',
				'email'      => 'l.o@example.org',
				'phone'      => '06 12 34 56 78',
			),
			$coach
		);
		$this->assertContains( 'garcia', $this->tokens_of( $client->id ) );
		$this->assertContains( '345678', $this->tokens_of( $client->id ) );

		wp_set_current_user( $coach );
		$this->rest( 'PATCH', '/joolwebsp/v1/clients/' . $client->id, array( 'last_name' => 'Ortega' ) );
		$this->assertContains( 'ortega', $this->tokens_of( $client->id ) );
		$this->assertNotContains( 'garcia', $this->tokens_of( $client->id ) );
		$this->assertSame( array( $client->id ), $this->found( 'luc orte' ) );

		// Edited on the Users screen: the row and its tokens follow.
		wp_update_user(
			array(
				'ID'         => $client->user_id,
				'first_name' => 'Lucille',
			)
		);
		$this->assertContains( 'lucille', $this->tokens_of( $client->id ) );
		$this->assertSame( array(), $this->found( 'lucia' ) );

		wp_set_current_user( $this->create_user( 'administrator' ) );
		$this->rest( 'DELETE', '/joolwebsp/v1/clients/' . $client->id, null, array( 'force' => true ) );
		$this->assertSame( array(), $this->tokens_of( $client->id ) );
	}

	public function test_deep_pages_and_every_sort_order_return_the_straightforward_rows(): void {
		global $wpdb;
		$this->seed();
		$repository = Plugin::instance()->get( Client_Repository::class );
		$table      = Abstract_Schema::table( Clients_Schema::CLIENTS );
		$orders     = array(
			'last_name'  => 'sort_last_name %1$s, sort_first_name %1$s, id %1$s',
			'first_name' => 'sort_first_name %1$s, sort_last_name %1$s, id %1$s',
			'email'      => 'email %1$s, id %1$s',
			'created_at' => 'created_at_gmt %1$s, id %1$s',
		);
		foreach ( $orders as $orderby => $order_sql ) {
			foreach ( array( 'asc', 'desc' ) as $order ) {
				foreach ( array( 1, 37, 100 ) as $page ) {
					$expected = array_map( 'intval', $wpdb->get_col( $wpdb->prepare( 'SELECT id FROM %i ORDER BY ' . sprintf( $order_sql, strtoupper( $order ) ) . ' LIMIT 20 OFFSET %d', $table, ( $page - 1 ) * 20 ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- A constant ORDER BY.
					$result   = $repository->query(
						array(
							'orderby'  => $orderby,
							'order'    => $order,
							'page'     => $page,
							'per_page' => 20,
						)
					);
					$this->assertSame( $expected, array_map( static fn( $c ): int => $c->id, $result['items'] ), "{$orderby} {$order} page {$page}" );
					$this->assertSame( self::SEEDED, $result['total'] );
				}
			}
		}
	}

	/**
	 * @return array<string, array{0: int}>
	 */
	public function provide_sort_strategies(): array {
		return array(
			'sorting the matches'    => array( 100000 ),
			'walking the sort index' => array( 0 ),
		);
	}

	/**
	 * @dataProvider provide_sort_strategies
	 *
	 * @param int $sort_max Matches sorted directly before the sort index is walked.
	 */
	public function test_search_matches_a_brute_force_scan( int $sort_max ): void {
		global $wpdb;
		add_filter( 'joolwebsp_search_sort_matches_max', static fn(): int => $sort_max );
		$this->seed();
		$rows = $wpdb->get_results( $wpdb->prepare( 'SELECT id, first_name, last_name, email, phone FROM %i', Abstract_Schema::table( Clients_Schema::CLIENTS ) ) );
		foreach ( array( 'mar', 'dupont', 'mar dup', 'client19', 'example', '555 01', 'é', 'zzz' ) as $search ) {
			$words    = Text::search_words( $search );
			$expected = array();
			foreach ( $rows as $row ) {
				$tokens = Text::tokens( $row->first_name, $row->last_name, $row->email, $row->phone );
				$all    = true;
				foreach ( $words as $word ) {
					$all = $all && (bool) array_filter( $tokens, static fn( string $t ): bool => str_starts_with( $t, $word ) );
				}
				if ( $all && $words ) {
					$expected[] = (int) $row->id;
				}
			}
			sort( $expected );
			$found = $this->found( $search, 100000 );
			sort( $found );
			$this->assertSame( $expected, $found, $search );
			// The first page, in last-name order, as the straightforward query gives it.
			if ( $expected ) {
				$in    = implode( ',', $expected );
				$first = array_map( 'intval', $wpdb->get_col( $wpdb->prepare( "SELECT id FROM %i WHERE id IN ({$in}) ORDER BY sort_last_name, sort_first_name, id LIMIT 20", Abstract_Schema::table( Clients_Schema::CLIENTS ) ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- Integer ids.
				$this->assertSame( $first, $this->found( $search, 20 ), "{$search}, page 1" );
			}
		}
	}

	public function test_mariadb_runs_the_list_through_its_indexes(): void {
		global $wpdb;
		$this->seed();
		$repository = Plugin::instance()->get( Client_Repository::class );
		$cases      = array(
			'last_name'  => 'sort_last_name',
			'first_name' => 'sort_first_name',
			'email'      => 'email_id',
			'created_at' => 'created_at_gmt',
		);
		foreach ( $cases as $orderby => $index ) {
			foreach ( array( 1, 90 ) as $page ) {
				$plan = $this->plan_of(
					fn() => $repository->query(
						array(
							'orderby' => $orderby,
							'page'    => $page,
						)
					),
					'SELECT c.id FROM'
				);
				$this->assertSame( $index, $plan[0]['key'], "{$orderby} page {$page}: " . wp_json_encode( $plan ) );
				$this->assertStringNotContainsString( 'filesort', (string) $plan[0]['Extra'], $orderby );
				$this->assertNotSame( 'ALL', $plan[0]['type'], $orderby );
			}
		}
		// Search: each word is a range of the tokens' primary key; the clients are read by primary key.
		$plan = $this->plan_of( fn() => $repository->query( array( 'search' => 'mar dup' ) ), 'SELECT c.id FROM' );
		foreach ( $plan as $step ) {
			$this->assertNotSame( 'ALL', $step['type'], wp_json_encode( $plan ) );
		}
		$this->assertContains( 'PRIMARY', array_column( $plan, 'key' ) );
		// One word for everyone: the total is counted on one range of the tokens' primary key.
		$plan = $this->plan_of( fn() => $repository->query( array( 'search' => 'mar' ) ), 'SELECT COUNT(DISTINCT client_id)' );
		$this->assertSame( 'PRIMARY', $plan[0]['key'], wp_json_encode( $plan ) );
		$this->assertSame( 'range', $plan[0]['type'], wp_json_encode( $plan ) );
	}

	/**
	 * The EXPLAIN rows of the first query run by $run that starts with $prefix.
	 *
	 * @param callable $run    Runs the repository.
	 * @param string   $prefix Start of the query to explain.
	 * @return list<array<string, mixed>>
	 */
	private function plan_of( callable $run, string $prefix ): array {
		global $wpdb;
		$sql    = null;
		$listen = static function ( $query ) use ( &$sql, $prefix ) {
			if ( null === $sql && str_starts_with( (string) $query, $prefix ) ) {
				$sql = (string) $query;
			}
			return $query;
		};
		add_filter( 'query', $listen );
		$run();
		remove_filter( 'query', $listen );
		$this->assertNotNull( $sql );
		return $wpdb->get_results( 'EXPLAIN ' . $sql, ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- The repository's own prepared query.
	}

	/**
	 * Ids found by a search.
	 *
	 * @param string $search   Search.
	 * @param int    $per_page Page size.
	 * @return list<int>
	 */
	private function found( string $search, int $per_page = 100 ): array {
		$result = Plugin::instance()->get( Client_Repository::class )->query(
			array(
				'search'   => $search,
				'per_page' => $per_page,
			)
		);
		return array_map( static fn( $c ): int => $c->id, $result['items'] );
	}

	/**
	 * Tokens stored for a client.
	 *
	 * @param int $client_id Client.
	 * @return list<string>
	 */
	private function tokens_of( int $client_id ): array {
		global $wpdb;
		return $wpdb->get_col( $wpdb->prepare( 'SELECT token FROM %i WHERE client_id = %d', Abstract_Schema::table( Clients_Schema::TOKENS ), $client_id ) );
	}

	/**
	 * 2,000 clients through the repository, with many ties on names and creation times.
	 */
	private function seed(): void {
		$repository = Plugin::instance()->get( Client_Repository::class );
		$firsts     = array( 'Marie', 'Marc', 'Émile', 'Zoé', 'Ana', 'Léa', 'Marcel' );
		$lasts      = array( 'Dupont', 'Martin', 'Durand', 'Du Pont', 'Müller', 'García' );
		for ( $i = 0; $i < self::SEEDED; $i++ ) {
			$repository->insert(
				800000 + $i,
				array(
					'first_name' => $firsts[ $i % count( $firsts ) ],
					'last_name'  => $lasts[ intdiv( $i, 7 ) % count( $lasts ) ],
					'email'      => "client{$i}@example.org",
					'phone'      => 0 === $i % 3 ? sprintf( '555 01%04d', $i ) : '',
				),
				1,
				gmdate( 'Y-m-d H:i:s', 1700000000 + intdiv( $i, 4 ) * 60 )
			);
		}
	}
}
