<?php
/**
 * A list request costs a constant number of SQL queries, whatever its page size.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Performance;

use Joolweb\SessionsPro\Clients\Client_Access;
use Joolweb\SessionsPro\Plugin;
use Joolweb\SessionsPro\Tests\TestCase;

final class Query_CountTest extends TestCase {

	private const MAX_QUERIES = 8;

	/**
	 * Queries run while dispatching one request (caches emptied first, as on a fresh request).
	 *
	 * @param string               $route Route.
	 * @param array<string, mixed> $query Query.
	 * @return list<string>
	 */
	private function queries_of( string $route, array $query ): array {
		wp_cache_flush();
		Plugin::instance()->get( Client_Access::class )->flush();
		// What WordPress loads on every request before any route runs.
		wp_load_alloptions();
		get_userdata( get_current_user_id() );
		get_user_meta( get_current_user_id() );
		global $wpdb;
		$options = $wpdb->options;
		$queries = array();
		$listen  = static function ( $sql ) use ( &$queries, $options ) {
			// Options WordPress reads once per request on its own (image sizes…) are not the route's.
			if ( ! str_contains( (string) $sql, $options ) ) {
				$queries[] = (string) $sql;
			}
			return $sql;
		};
		add_filter( 'query', $listen );
		$response = $this->rest( 'GET', $route, null, $query );
		remove_filter( 'query', $listen );
		$this->assertSame( 200, $response->get_status() );
		// The server also renders each row's links (with target hints) when it sends the response.
		$queries_before = count( $queries );
		add_filter( 'query', $listen );
		rest_get_server()->response_to_data( $response, false );
		remove_filter( 'query', $listen );
		$this->assertGreaterThanOrEqual( $queries_before, count( $queries ) );
		return $queries;
	}

	/**
	 * @return array<string, array{0: string}>
	 */
	public function provide_actors(): array {
		return array(
			'administrator' => array( 'administrator' ),
			'coach'         => array( 'joolwebsp_coach' ),
		);
	}

	/**
	 * @dataProvider provide_actors
	 *
	 * @param string $role Role of the caller.
	 */
	public function test_the_client_list_costs_a_constant_number_of_queries( string $role ): void {
		$actor = $this->create_user( $role );
		for ( $i = 0; $i < 100; $i++ ) {
			$this->make_client( array(), 'joolwebsp_coach' === $role ? $actor : 0 );
		}
		wp_set_current_user( $actor );
		$this->rest( 'GET', '/joolwebsp/v1/clients' ); // Counts the clients once; later lists read the count kept on write.
		$small = $this->queries_of( '/joolwebsp/v1/clients', array( 'per_page' => 5 ) );
		$large = $this->queries_of( '/joolwebsp/v1/clients', array( 'per_page' => 100 ) );
		$this->assertLessThanOrEqual( self::MAX_QUERIES, count( $large ), implode( "\n", $large ) );
		$this->assertSame( count( $small ), count( $large ), 'The same queries for 5 rows as for 100: ' . implode( "\n", $large ) . "\n---\n" . implode( "\n", $small ) );

		$ids  = wp_list_pluck( $this->rest( 'GET', '/joolwebsp/v1/clients', null, array( 'per_page' => 100 ) )->get_data(), 'id' );
		$next = $this->queries_of( '/joolwebsp/v1/clients/next-sessions', array( 'include' => $ids ) );
		$this->assertLessThanOrEqual( 4, count( $next ), implode( "\n", $next ) );
	}
}
