<?php
/**
 * Every route of the namespace × every parameter it declares (plus the ids in its path) × a table of
 * malformed values: never a 500, and a refused request (4xx) changes no row.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\REST;

use Joolweb\SessionsPro\Clients\Client_Access;
use Joolweb\SessionsPro\Plugin;
use Joolweb\SessionsPro\REST\Abstract_Controller;
use Joolweb\SessionsPro\Tests\TestCase;
use WP_REST_Request;

final class FuzzTest extends TestCase {

	/** Fewer cases than this means the walk missed routes. */
	private const MIN_CASES = 3000;

	/** Body fields tried on writing routes that declare no arguments (they read their body raw). */
	private const BODY_FIELDS = array( 'client_id', 'coach_id', 'bundle_id', 'template_id', 'title', 'start', 'price', 'status', 'payment_status', 'sessions_planned', 'schedule', 'pattern', 'video_url', 'notes', 'email', 'first_name', 'coach_ids', 'notify', 'send_login' );

	/**
	 * Valid bodies of the create routes: one field at a time is replaced, so validation runs past the
	 * required-field checks.
	 *
	 * @param array<string, int> $ids Fixture ids.
	 * @return array<string, array<string, mixed>> "METHOD route" => body.
	 */
	private static function base_bodies( array $ids ): array {
		$ns = '/' . Abstract_Controller::REST_NAMESPACE;
		return array(
			"POST {$ns}/clients"                  => array(
				'first_name' => 'Fuzz',
				'last_name'  => 'Case',
				'email'      => 'fuzz-' . wp_generate_password( 8, false ) . '@example.org',
			),
			"POST {$ns}/sessions"                 => array(
				'client_id' => $ids['/clients'],
				'start'     => '2031-01-01T10:00:00Z',
				'price'     => '10',
			),
			"POST {$ns}/templates"                => array(
				'title'            => 'Fuzz',
				'sessions_planned' => 2,
				'price'            => '10',
			),
			"POST {$ns}/bundles"                  => array(
				'client_id'        => $ids['/clients'],
				'title'            => 'Fuzz',
				'sessions_planned' => 1,
				'price'            => '10',
				'schedule'         => array( 'starts' => array( '2031-02-01T10:00:00Z' ) ),
			),
			"POST {$ns}/bundles/preview-schedule" => array(
				'pattern' => array(
					'first_date' => '2031-01-01',
					'weekdays'   => array( 1 ),
					'time'       => '10:00',
					'count'      => 2,
				),
			),
		);
	}

	/**
	 * Malformed values, by name.
	 *
	 * @return array<string, mixed>
	 */
	private static function values(): array {
		return array(
			'null'            => null,
			'true'            => true,
			'false'           => false,
			'zero'            => 0,
			'negative'        => -1,
			'huge int'        => PHP_INT_MAX,
			'huge float'      => 1.0e308,
			'fraction'        => 1.5,
			'400 digits'      => str_repeat( '9', 400 ),
			'70,000 chars'    => str_repeat( 'x', 70000 ),
			'NUL bytes'       => "a\0b\0",
			'emoji'           => str_repeat( '😀', 30 ),
			'array'           => array( 1, 2, 3 ),
			'nested array'    => array( array( 'a' => array( 'b' => 1 ) ) ),
			'object'          => array( 'key' => 'value' ),
			'invalid date'    => '2026-02-30T25:61:00',
			'javascript: URL' => 'javascript:alert(1)',
			'HTML'            => '<script>alert(1)</script>',
			'SQL'             => "' OR 1=1 -- ",
			'empty'           => '',
		);
	}

	public function test_malformed_values_never_cause_a_500_nor_change_anything_when_refused(): void {
		$admin = $this->create_user( 'administrator' );
		wp_set_current_user( $admin );
		$ids = $this->fixtures( $admin );

		$server = rest_get_server();
		$routes = array();
		foreach ( $server->get_routes( Abstract_Controller::REST_NAMESPACE ) as $route => $handlers ) {
			if ( '/' . Abstract_Controller::REST_NAMESPACE === $route ) {
				continue;
			}
			foreach ( $handlers as $handler ) {
				foreach ( array_keys( array_filter( (array) $handler['methods'] ) ) as $method ) {
					preg_match_all( '/\(\?P<(\w+)>/', $route, $path_params );
					$args = array_keys( (array) ( $handler['args'] ?? array() ) );
					if ( 'GET' !== $method && 'DELETE' !== $method && ! array_diff( $args, $path_params[1] ) ) {
						$args = array_merge( $args, self::BODY_FIELDS );
					}
					$routes[] = array( $method, $route, array_values( array_unique( array_merge( $args, $path_params[1] ) ) ) );
				}
			}
		}
		global $wpdb;

		$bases    = self::base_bodies( $ids );
		$cases    = 0;
		$failures = array();
		$snapshot = $this->snapshot();
		foreach ( $routes as list( $method, $route, $params ) ) {
			foreach ( $params as $param ) {
				foreach ( self::values() as $label => $value ) {
					$request = $this->request( $method, $route, $ids, $param, $value, $bases[ "{$method} {$route}" ] ?? array() );
					if ( null === $request ) {
						continue;
					}
					++$cases;
					// Every case starts from the fixtures: whatever a case changed is rolled back.
					$wpdb->query( 'SAVEPOINT joolwebsp_fuzz' );
					$this->mails = array();
					$response    = $server->dispatch( $request );
					$status      = $response->get_status();
					$case        = "{$method} {$route} {$param}={$label}";
					if ( $status >= 500 ) {
						$failures[] = "{$case} → {$status} " . wp_json_encode( $response->get_data() );
					} elseif ( $status >= 400 && $this->snapshot() !== $snapshot ) {
						$failures[] = "{$case} → {$status} but rows changed in " . implode( ', ', array_keys( array_diff_assoc( $this->snapshot(), $snapshot ) ) );
					}
					$wpdb->query( 'ROLLBACK TO SAVEPOINT joolwebsp_fuzz' );
					if ( $status < 400 ) {
						wp_cache_flush();
						Plugin::instance()->get( Client_Access::class )->flush();
					}
				}
			}
		}
		fwrite( STDERR, sprintf( "\nREST fuzz: %d cases over %d route methods, %d failures.\n", $cases, count( $routes ), count( $failures ) ) );
		$this->assertSame( array(), $failures );
		$this->assertGreaterThanOrEqual( self::MIN_CASES, $cases );
	}

	/**
	 * A request with one parameter set to a malformed value; the path ids are real objects unless the
	 * fuzzed parameter is the id itself.
	 *
	 * @param string             $method HTTP method.
	 * @param string             $route  Route pattern.
	 * @param array<string, int> $ids    Real ids by path parameter name and route family.
	 * @param string               $param  Parameter to fuzz.
	 * @param mixed                $value  Malformed value.
	 * @param array<string, mixed> $base   Valid body the value is put into.
	 */
	private function request( string $method, string $route, array $ids, string $param, $value, array $base ): ?WP_REST_Request {
		$path         = $route;
		$replace_fail = false;
		$path         = (string) preg_replace_callback(
			'/\(\?P<(\w+)>[^)]*\)/',
			static function ( array $m ) use ( $route, $ids, $param, $value, &$replace_fail ): string {
				if ( $m[1] === $param ) {
					if ( ! is_scalar( $value ) || '' === (string) $value || ! preg_match( '/^[\w.\-]+$/', (string) $value ) ) {
						$replace_fail = true;
						return '';
					}
					return (string) $value;
				}
				foreach ( $ids as $prefix => $id ) {
					if ( str_starts_with( $route, '/' . Abstract_Controller::REST_NAMESPACE . $prefix ) ) {
						return (string) $id;
					}
				}
				return '1';
			},
			$route
		);
		if ( $replace_fail ) {
			return null; // A value that cannot stand in a URL path never reaches a route.
		}
		$request = new WP_REST_Request( $method, $path );
		if ( preg_match( '/\(\?P<' . preg_quote( $param, '/' ) . '>/', $route ) ) {
			return $request;
		}
		if ( 'GET' === $method || 'DELETE' === $method ) {
			$request->set_query_params( array( $param => $value ) );
		} else {
			$request->set_header( 'Content-Type', 'application/json' );
			$request->set_body( (string) wp_json_encode( array_merge( $base, array( $param => $value ) ), JSON_PARTIAL_OUTPUT_ON_ERROR ) );
		}
		return $request;
	}

	/**
	 * A client with a session, a bundle, a template and notes, as the admin.
	 *
	 * @param int $admin Administrator.
	 * @return array<string, int> Route prefix => id.
	 */
	private function fixtures( int $admin ): array {
		$coach    = $this->create_user( 'joolwebsp_coach' );
		$client   = $this->make_client( array(), $coach );
		$session  = $this->rest(
			'POST',
			'/joolwebsp/v1/sessions',
			array(
				'client_id' => $client->id,
				'start'     => '2030-01-01T10:00:00Z',
			)
		);
		$template = $this->rest(
			'POST',
			'/joolwebsp/v1/templates',
			array(
				'title'            => 'Pack',
				'sessions_planned' => 2,
				'price'            => '10',
			)
		);
		$bundle   = $this->rest(
			'POST',
			'/joolwebsp/v1/bundles',
			array(
				'client_id'        => $client->id,
				'coach_id'         => $coach,
				'title'            => 'Pack',
				'sessions_planned' => 2,
				'price'            => '10',
				'schedule'         => array( 'starts' => array( '2030-02-01T10:00:00Z', '2030-02-08T10:00:00Z' ) ),
			)
		);
		$this->assertSame( 201, $session->get_status() );
		$this->assertSame( 201, $template->get_status() );
		$this->assertSame( 201, $bundle->get_status() );
		unset( $admin );
		return array(
			'/clients'   => $client->id,
			'/sessions'  => (int) $session->get_data()['id'],
			'/templates' => (int) $template->get_data()['id'],
			'/bundles'   => (int) $bundle->get_data()['id'],
		);
	}

	/**
	 * A fingerprint of every plugin table and of the users tables.
	 *
	 * @return array<string, string> Table => hash of its rows.
	 */
	private function snapshot(): array {
		global $wpdb;
		$tables   = $wpdb->get_col( $wpdb->prepare( 'SHOW TABLES LIKE %s', $wpdb->esc_like( $wpdb->prefix . 'joolwebsp_' ) . '%' ) );
		$tables[] = $wpdb->users;
		$tables[] = $wpdb->usermeta;
		$out      = array();
		foreach ( $tables as $table ) {
			$rows = $wpdb->get_results( $wpdb->prepare( 'SELECT * FROM %i', $table ), ARRAY_N );
			// Login sessions and the last-activity meta are written by core on its own.
			if ( $wpdb->usermeta === $table ) {
				$rows = array_filter( $rows, static fn( array $row ): bool => ! in_array( $row[2], array( 'session_tokens', 'wp_persisted_preferences' ), true ) );
			}
			$out[ $table ] = md5( serialize( $rows ) ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.serialize_serialize -- A fingerprint, never unserialized.
		}
		return $out;
	}
}
