<?php
/**
 * Base class of the integration tests: real WordPress, real MariaDB, each test in a transaction.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests;

use Joolweb\SessionsPro\Clients\Client;
use Joolweb\SessionsPro\Clients\Client_Access;
use Joolweb\SessionsPro\Clients\Client_Service;
use Joolweb\SessionsPro\Plugin;
use WP_REST_Request;
use WP_REST_Response;

/**
 * Rolls every test back, restores hooks and globals, captures mail, and helps dispatch REST
 * requests as different users.
 */
abstract class TestCase extends \PHPUnit\Framework\TestCase {

	/**
	 * Hook globals saved before each test.
	 *
	 * @var array<string, mixed>
	 */
	private array $hooks_backup = array();

	/**
	 * Mail sent during the test (captured by `pre_wp_mail`).
	 *
	 * @var list<array<string, mixed>>
	 */
	protected array $mails = array();

	/**
	 * Administrator that creates clients for make_client() when no actor is given.
	 *
	 * @var int
	 */
	private int $default_admin = 0;

	protected function setUp(): void {
		parent::setUp();
		global $wpdb;
		foreach ( array( 'wp_filter', 'wp_actions', 'wp_filters', 'wp_current_filter' ) as $name ) {
			$this->hooks_backup[ $name ] = isset( $GLOBALS[ $name ] ) ? $this->deep_clone( $GLOBALS[ $name ] ) : array();
		}
		$wpdb->suppress_errors( false );
		$wpdb->show_errors( true );
		$wpdb->query( 'SET autocommit = 0' );
		$wpdb->query( 'START TRANSACTION' );
		$this->mails         = array();
		$this->default_admin = 0;
		Plugin::instance()->get( Client_Access::class )->flush();
		add_filter(
			'pre_wp_mail',
			function ( $short_circuit, array $atts ) {
				$this->mails[] = $atts;
				return true;
			},
			10,
			2
		);
	}

	protected function tearDown(): void {
		global $wpdb;
		$wpdb->query( 'ROLLBACK' );
		foreach ( $this->hooks_backup as $name => $value ) {
			$GLOBALS[ $name ] = $value;
		}
		$GLOBALS['wp_rest_server'] = null;
		wp_set_current_user( 0 );
		wp_cache_flush();
		wp_roles()->for_site(); // Roles live in an option that was rolled back.
		$_GET     = array();
		$_POST    = array();
		$_REQUEST = array();
		parent::tearDown();
	}

	/**
	 * Creates a user with a role.
	 *
	 * @param string               $role  Role.
	 * @param array<string, mixed> $extra Extra user fields.
	 */
	protected function create_user( string $role = 'administrator', array $extra = array() ): int {
		static $n = 0;
		++$n;
		$suffix = $n . wp_generate_password( 6, false );
		$id     = wp_insert_user(
			array_merge(
				array(
					'user_login' => 'user' . $suffix,
					'user_pass'  => 'password',
					'user_email' => 'u' . strtolower( $suffix ) . '@example.org',
					'role'       => $role,
				),
				$extra
			)
		);
		$this->assertIsInt( $id );
		return $id;
	}

	/**
	 * The wired clients service.
	 */
	protected function clients(): Client_Service {
		return Plugin::instance()->get( Client_Service::class );
	}

	/**
	 * Creates a client through the service, as $actor_id (a coach actor is assigned automatically).
	 *
	 * @param array<string, mixed> $fields   Overrides.
	 * @param int                  $actor_id Acting user; 0 for a fresh administrator.
	 */
	protected function make_client( array $fields = array(), int $actor_id = 0 ): Client {
		static $n = 0;
		++$n;
		if ( ! $actor_id ) {
			if ( ! $this->default_admin ) {
				$this->default_admin = $this->create_user( 'administrator' );
			}
			$actor_id = $this->default_admin;
		}
		$client = $this->clients()->create(
			array_merge(
				array(
					'first_name' => 'First' . $n,
					'last_name'  => 'Last' . $n,
					'email'      => 'client' . $n . '-' . strtolower( wp_generate_password( 6, false ) ) . '@example.org',
				),
				$fields
			),
			$actor_id
		);
		$this->assertInstanceOf( Client::class, $client, is_wp_error( $client ) ? $client->get_error_message() : '' );
		return $client;
	}

	/**
	 * Dispatches a REST request through the real server.
	 *
	 * @param string                    $method HTTP method.
	 * @param string                    $route  Route, e.g. '/joolwebsp/v1/settings'.
	 * @param array<string, mixed>|null $body   JSON body.
	 * @param array<string, mixed>      $query  Query parameters.
	 */
	protected function rest( string $method, string $route, ?array $body = null, array $query = array() ): WP_REST_Response {
		$request = new WP_REST_Request( $method, $route );
		if ( null !== $body ) {
			$request->set_header( 'Content-Type', 'application/json' );
			$request->set_body( (string) wp_json_encode( $body ) );
		}
		if ( $query ) {
			$request->set_query_params( $query );
		}
		return rest_get_server()->dispatch( $request );
	}

	/**
	 * Asserts that a value is a WP_Error.
	 *
	 * @param mixed  $actual  Value.
	 * @param string $message Message.
	 */
	protected function assertWPError( $actual, string $message = '' ): void {
		$this->assertInstanceOf( \WP_Error::class, $actual, $message );
	}

	/**
	 * Whether a table exists.
	 *
	 * @param string $name Full table name.
	 */
	protected function table_exists( string $name ): bool {
		global $wpdb;
		return $name === $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', $wpdb->esc_like( $name ) ) );
	}

	/**
	 * Deep copy of arrays and objects (hook globals hold WP_Hook objects).
	 *
	 * @param mixed $value Value.
	 * @return mixed
	 */
	private function deep_clone( $value ) {
		if ( is_object( $value ) ) {
			return clone $value;
		}
		if ( is_array( $value ) ) {
			foreach ( $value as $key => $item ) {
				$value[ $key ] = $this->deep_clone( $item );
			}
		}
		return $value;
	}
}
