<?php
/**
 * GET /clients/export: scope, filters, formula injection, BOM, streaming pages.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Imports;

use Joolweb\SessionsPro\Clients\Client;
use Joolweb\SessionsPro\Clients\Client_Repository;
use Joolweb\SessionsPro\Imports\Csv_Stream;
use Joolweb\SessionsPro\Plugin;
use Joolweb\SessionsPro\Tests\Premium;
use Joolweb\SessionsPro\Tests\TestCase;

final class ExportTest extends TestCase {

	protected function setUp(): void {
		parent::setUp();
		Premium::activate();
	}

	/**
	 * Rows of an export (BOM checked and removed).
	 *
	 * @param array<string, mixed> $query Query.
	 * @return list<list<string>>
	 */
	private function export( array $query = array() ): array {
		$response = $this->rest( 'GET', '/joolwebsp/v1/clients/export', null, $query );
		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$csv = $response->get_data();
		$this->assertInstanceOf( Csv_Stream::class, $csv );
		$text = $csv->contents();
		$this->assertStringStartsWith( "\xEF\xBB\xBF", $text );
		$rows = array();
		foreach ( explode( "\r\n", rtrim( substr( $text, 3 ), "\r\n" ) ) as $line ) {
			$rows[] = str_getcsv( $line, ',', '"', '' );
		}
		return $rows;
	}

	public function test_exports_reachable_clients_with_the_list_filters_and_neutralises_formulas(): void {
		$coach = $this->create_user( 'joolwebsp_coach', array( 'user_email' => 'coach.x@example.org' ) );
		$this->make_client(
			array(
				'first_name' => '=HYPERLINK("http://evil")',
				'last_name'  => 'Mine',
				'email'      => 'mine@example.org',
				'phone'      => '+33 6 12 34 56 78',
			),
			$coach
		);
		$this->make_client(
			array(
				'first_name' => 'Other',
				'last_name'  => 'Theirs',
				'email'      => 'theirs@example.org',
			)
		);

		wp_set_current_user( $this->create_user( 'administrator' ) );
		$all = $this->export();
		$this->assertSame( array( 'First name', 'Last name', 'Email', 'Phone', 'Coach email', 'Created' ), $all[0] );
		$this->assertCount( 3, $all );
		$this->assertSame( array( "'=HYPERLINK(\"http://evil\")", 'Mine', 'mine@example.org', "'+33 6 12 34 56 78", 'coach.x@example.org' ), array_slice( $all[1], 0, 5 ) );
		$this->assertCount( 2, $this->export( array( 'search' => 'theirs' ) ) );
		$this->assertSame( 'mine@example.org', $this->export( array( 'coach' => $coach ) )[1][2] );
		$this->assertCount( 1, $this->export( array( 'search' => '!!!' ) ) );

		get_role( 'joolwebsp_coach' )->add_cap( 'export_clients' );
		wp_set_current_user( $coach );
		$mine = $this->export(
			array(
				'orderby' => 'first_name',
				'page'    => 3,
			)
		);
		$this->assertCount( 2, $mine, 'A coach exports only the clients they reach' );
		$this->assertSame( 'mine@example.org', $mine[1][2] );
		$this->assertSame( 403, $this->rest( 'GET', '/joolwebsp/v1/clients/export', null, array( 'coach' => $coach ) )->get_status() );
	}

	public function test_pages_are_walked_by_id_across_page_boundaries(): void {
		for ( $i = 1; $i <= 5; $i++ ) {
			$this->make_client( array( 'email' => "page{$i}@example.org" ) );
		}
		$seen = array();
		\Joolweb\SessionsPro\Plugin::instance()->get( \Joolweb\SessionsPro\Clients\Client_Repository::class )->each_page(
			array( 'search' => 'page' ),
			static function ( array $page ) use ( &$seen ): void {
				$seen[] = count( $page );
			},
			2
		);
		$this->assertSame( array( 2, 2, 1 ), $seen );
		$seen = array();
		\Joolweb\SessionsPro\Plugin::instance()->get( \Joolweb\SessionsPro\Clients\Client_Repository::class )->each_page(
			array(),
			static function ( array $page ) use ( &$seen ): void {
				$seen = array_merge( $seen, array_map( static fn( $c ): int => $c->id, $page ) );
			},
			2
		);
		$sorted = $seen;
		sort( $sorted );
		$this->assertSame( $sorted, $seen );
		$this->assertCount( count( array_unique( $seen ) ), $seen );
	}

	/**
	 * Every sort of the list, both ways.
	 *
	 * @return array<string, array{0: string, 1: string}>
	 */
	public static function sorts(): array {
		$sorts = array();
		foreach ( Client_Repository::orderby_values() as $orderby ) {
			foreach ( array( 'asc', 'desc' ) as $order ) {
				$sorts[ "{$orderby} {$order}" ] = array( $orderby, $order );
			}
		}
		return $sorts;
	}

	/**
	 * Each page of the export walk follows the list's order exactly, also across page boundaries
	 * that fall inside ties (same sort name, same creation second), searched or not, scoped to a
	 * coach or not, and when a large search walks the sort index instead of sorting its matches.
	 *
	 * @dataProvider sorts
	 *
	 * @param string $orderby Sort field.
	 * @param string $order   Direction.
	 */
	public function test_walks_in_the_list_order_across_pages( string $orderby, string $order ): void {
		$coach = $this->create_user( 'joolwebsp_coach' );
		$names = array(
			array( 'Léa', 'Álvarez' ),
			array( 'Lea', 'alvarez' ),
			array( 'Zoé', 'Martin' ),
			array( 'Ana', 'Martin' ),
			array( 'Ana', 'Martin' ),
			array( 'Émile', 'Zed' ),
			array( 'bob', 'Durand' ),
			array( 'Bob', 'Durand' ),
		);
		foreach ( $names as $i => list( $first, $last ) ) {
			$this->make_client(
				array(
					'first_name' => $first,
					'last_name'  => $last . ' Sortx',
					// Emails in another order than the names and the ids.
					'email'      => sprintf( '%s%d@example.org', chr( 104 - $i ), $i ),
					'coach_ids'  => $i % 2 ? array( $coach ) : array(),
				)
			);
		}
		$this->make_client( array( 'last_name' => 'Unrelated' ) );
		$repository = Plugin::instance()->get( Client_Repository::class );
		$this->assertInstanceOf( Client_Repository::class, $repository );
		$filters = array(
			'everyone'          => array(),
			'search'            => array( 'search' => 'sortx' ),
			'coach'             => array( 'coach_id' => $coach ),
			'search and coach'  => array(
				'search'   => 'sortx',
				'coach_id' => $coach,
			),
			'reach of a coach'  => array( 'reach_coach_id' => $coach ),
			'search, one match' => array( 'search' => 'emile' ),
		);
		foreach ( $filters as $label => $filter ) {
			$args     = $filter + array(
				'orderby' => $orderby,
				'order'   => $order,
			);
			$expected = array_map( static fn( Client $client ): int => $client->id, $repository->query( $args + array( 'per_page' => 100 ) )['items'] );
			$this->assertNotEmpty( $expected, $label );
			// 3000: a search sorts its matches; 1: a search walks the sort index and keeps its matches.
			foreach ( array( 3000, 1 ) as $sort_max ) {
				$limit = static fn(): int => $sort_max;
				add_filter( 'joolwebsp_search_sort_matches_max', $limit );
				$seen  = array();
				$pages = array();
				$repository->each_page(
					$args,
					static function ( array $page ) use ( &$seen, &$pages ): void {
						$pages[] = count( $page );
						foreach ( $page as $client ) {
							$seen[] = $client->id;
						}
					},
					3
				);
				remove_filter( 'joolwebsp_search_sort_matches_max', $limit );
				$this->assertSame( $expected, $seen, "{$label}, {$orderby} {$order}, sort_max {$sort_max}" );
				$this->assertSame( array_slice( array( 3, 3, 3 ), 0, count( $pages ) - 1 ), array_slice( $pages, 0, -1 ), "{$label}: full pages but the last" );
			}
		}
	}

	public function test_the_file_follows_the_list_order_and_refuses_other_sorts(): void {
		foreach ( array( 'Charlie', 'alice', 'Bob' ) as $i => $first ) {
			$this->make_client(
				array(
					'first_name' => $first,
					'last_name'  => 'Orderq',
					'email'      => "orderq{$i}@example.org",
				)
			);
		}
		wp_set_current_user( $this->create_user( 'administrator' ) );
		$query = array(
			'search'  => 'orderq',
			'orderby' => 'first_name',
			'order'   => 'desc',
		);
		$list  = $this->rest( 'GET', '/joolwebsp/v1/clients', null, $query )->get_data();
		$file  = $this->export( $query );
		$this->assertSame( array( 'Charlie', 'Bob', 'alice' ), array_column( array_slice( $file, 1 ), 0 ) );
		$this->assertSame( array_column( $list, 'email' ), array_column( array_slice( $file, 1 ), 2 ) );
		$ascending = $this->export(
			array(
				'search'  => 'orderq',
				'orderby' => 'first_name',
			)
		);
		$this->assertSame( array( 'alice', 'Bob', 'Charlie' ), array_column( array_slice( $ascending, 1 ), 0 ), 'asc by default' );
		$this->assertSame( array( 'Charlie', 'alice', 'Bob' ), array_column( array_slice( $this->export( array( 'search' => 'orderq' ) ), 1 ), 0 ), 'Without orderby: creation order' );

		foreach ( array( 'user_pass', 'c.id; DROP TABLE x', 'id' ) as $orderby ) {
			$response = $this->rest( 'GET', '/joolwebsp/v1/clients/export', null, array( 'orderby' => $orderby ) );
			$this->assertSame( 400, $response->get_status(), $orderby );
			$this->assertSame( 'rest_invalid_param', $response->get_data()['code'] );
		}
		$this->assertSame( 400, $this->rest( 'GET', '/joolwebsp/v1/clients/export', null, array( 'order' => 'sideways' ) )->get_status() );
	}

	public function test_permissions_and_premium(): void {
		$this->assertSame( 401, $this->rest( 'GET', '/joolwebsp/v1/clients/export' )->get_status() );
		wp_set_current_user( $this->create_user( 'joolwebsp_coach' ) );
		$this->assertSame( 403, $this->rest( 'GET', '/joolwebsp/v1/clients/export' )->get_status(), 'Coaches have no export_clients by default' );
		wp_set_current_user( $this->create_user( 'administrator' ) );
		delete_option( 'joolwebsp_license_key' );
		$response = $this->rest( 'GET', '/joolwebsp/v1/clients/export' );
		$this->assertSame( 403, $response->get_status() );
		$this->assertSame( 'joolwebsp_premium_required', $response->get_data()['code'] );
	}

	public function test_served_as_a_text_csv_download(): void {
		$this->make_client( array( 'email' => 'served@example.org' ) );
		wp_set_current_user( $this->create_user( 'administrator' ) );
		$response = $this->rest( 'GET', '/joolwebsp/v1/clients/export' );
		ob_start();
		$served = Csv_Stream::serve( false, $response );
		$body   = (string) ob_get_clean();
		$this->assertTrue( $served );
		$this->assertStringStartsWith( "\xEF\xBB\xBF\"First name\",", $body );
		$this->assertStringContainsString( 'served@example.org', $body );
		$this->assertFalse( Csv_Stream::serve( false, new \WP_REST_Response( array() ) ) );
	}
}
