<?php
/**
 * The `allow` target hint of each listed client's `self` link is the one core would compute (by
 * matching the URL to the route and asking every handler's permission callback), for each kind of
 * caller — given without that per-row work.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Clients\REST;

use Joolweb\SessionsPro\Tests\TestCase;
use ReflectionMethod;
use WP_REST_Server;

final class Target_HintsTest extends TestCase {

	/**
	 * What core computes for a link without a designated hint.
	 *
	 * @param string $href Link.
	 * @return array<string, list<string>>|null
	 */
	private function core_hints( string $href ): ?array {
		$method = new ReflectionMethod( WP_REST_Server::class, 'get_target_hints_for_link' );
		$method->setAccessible( true );
		return $method->invoke( null, array( 'href' => $href ) );
	}

	/**
	 * @return array<string, array{0: string, 1: list<string>, 2: list<string>}>
	 */
	public function provide_callers(): array {
		return array(
			'administrator'           => array( 'administrator', array(), array( 'GET', 'POST', 'PUT', 'PATCH', 'DELETE' ) ),
			'coach'                   => array( 'joolwebsp_coach', array(), array( 'GET', 'POST', 'PUT', 'PATCH' ) ),
			'coach who may delete'    => array( 'joolwebsp_coach', array( 'delete_clients' ), array( 'GET', 'POST', 'PUT', 'PATCH', 'DELETE' ) ),
			'coach who may only view' => array( 'joolwebsp_coach', array( '-edit_clients' ), array( 'GET' ) ),
		);
	}

	/**
	 * @dataProvider provide_callers
	 *
	 * @param string       $role     Role.
	 * @param list<string> $caps     Capabilities added (or removed with a leading "-") on the user.
	 * @param list<string> $expected The methods allowed.
	 */
	public function test_each_row_has_the_hint_core_would_compute( string $role, array $caps, array $expected ): void {
		$actor = $this->create_user( $role );
		$user  = get_userdata( $actor );
		foreach ( $caps as $cap ) {
			if ( str_starts_with( $cap, '-' ) ) {
				$user->add_cap( substr( $cap, 1 ), false );
			} else {
				$user->add_cap( $cap );
			}
		}
		$this->make_client( array(), 'administrator' === $role ? 0 : $actor );
		$this->make_client( array(), 'administrator' === $role ? 0 : $actor );
		wp_set_current_user( $actor );

		$response = $this->rest( 'GET', '/joolwebsp/v1/clients' );
		$this->assertSame( 200, $response->get_status() );
		$rows = rest_get_server()->response_to_data( $response, false );
		$this->assertCount( 2, $rows );
		foreach ( $rows as $row ) {
			$self = $row['_links']['self'][0];
			$this->assertSame( $expected, $self['targetHints']['allow'] );
			$this->assertSame( $this->core_hints( $self['href'] ), $self['targetHints'] );
		}

		// One client read on its own carries the same hint.
		$one  = $this->rest( 'GET', '/joolwebsp/v1/clients/' . $rows[0]['id'] );
		$data = rest_get_server()->response_to_data( $one, false );
		$this->assertSame( $expected, $data['_links']['self'][0]['targetHints']['allow'] );
	}
}
