<?php
/**
 * Every route of the namespace describes itself (OPTIONS publishes a schema), and a real response of
 * every route and method validates against that schema — a field the schema does not describe fails.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\REST;

use Joolweb\SessionsPro\REST\Abstract_Controller;
use Joolweb\SessionsPro\Tests\Premium;
use Joolweb\SessionsPro\Tests\TestCase;
use WP_REST_Request;

final class Schema_ContractTest extends TestCase {

	/** @var array<string, int> Fixture ids by name. */
	private array $ids = array();

	private int $admin;

	private int $client_user;

	/** @var array<string, array<string, mixed>> File params of the import fixture. */
	private array $upload = array();

	protected function setUp(): void {
		parent::setUp();
		$this->admin = $this->create_user( 'administrator' );
		wp_set_current_user( $this->admin );
		$coach  = $this->create_user( 'joolwebsp_coach' );
		$client = $this->make_client( array( 'phone' => '0612345678' ), $coach );
		$this->rest( 'POST', '/joolwebsp/v1/clients/' . $client->id . '/send-login' );
		$this->rest( 'PUT', '/joolwebsp/v1/clients/' . $client->id . '/notes', array( 'notes' => 'Shared notes' ) );
		$session  = $this->rest(
			'POST',
			'/joolwebsp/v1/sessions',
			array(
				'client_id' => $client->id,
				'start'     => '2035-01-01T10:00:00Z',
				'price'     => '40',
			)
		)->get_data();
		$template = $this->rest(
			'POST',
			'/joolwebsp/v1/templates',
			array(
				'title'            => 'Pack',
				'sessions_planned' => 2,
				'price'            => '80',
			)
		)->get_data();
		$bundle   = $this->rest(
			'POST',
			'/joolwebsp/v1/bundles',
			array(
				'client_id'   => $client->id,
				'coach_id'    => $coach,
				'template_id' => $template['id'],
				'schedule'    => array( 'starts' => array( '2035-02-01T10:00:00Z', '2035-02-08T10:00:00Z' ) ),
			)
		)->get_data();
		Premium::activate();
		update_option( 'joolwebsp_settings', array_merge( (array) get_option( 'joolwebsp_settings', array() ), array( 'measurements_enabled' => true ) ) );
		$measurement = $this->rest(
			'POST',
			'/joolwebsp/v1/clients/' . $client->id . '/measurements',
			array(
				'date'      => '2026-01-01',
				'weight_kg' => 80,
			)
		)->get_data();
		$csv         = (string) wp_tempnam( 'contract.csv' );
		file_put_contents( $csv, "Prénom;Nom;Email\r\nAna;Zed;contract-import@example.org\r\nBob;Lee;bad\r\n" ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- test file.
		$this->upload = array(
			'file' => array(
				'name'     => 'contract.csv',
				'tmp_name' => $csv,
				'error'    => UPLOAD_ERR_OK,
				'size'     => filesize( $csv ),
			),
		);
		$import       = $this->rest_upload();
		$running      = $this->rest_upload();
		$this->rest( 'POST', '/joolwebsp/v1/imports/' . $running . '/start' );
		$this->rest( 'POST', '/joolwebsp/v1/imports/' . $running . '/batch' );
		$this->client_user = $client->user_id;
		$this->ids         = array(
			'client'      => $client->id,
			'session'     => (int) $session['id'],
			'template'    => (int) $template['id'],
			'bundle'      => (int) $bundle['id'],
			'coach'       => $coach,
			'import'      => $import,
			'measurement' => (int) $measurement['id'],
			'running'     => $running,
		);
	}

	/**
	 * Uploads the fixture CSV; the import id.
	 */
	private function rest_upload(): int {
		$request = new WP_REST_Request( 'POST', '/joolwebsp/v1/imports' );
		$request->set_file_params( $this->upload );
		$response = rest_get_server()->dispatch( $request );
		$this->assertSame( 201, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		return (int) $response->get_data()['id'];
	}

	/**
	 * A real, valid request for each route and method: [path, body or query, user].
	 *
	 * @return array<string, array{0: string, 1: array<string, mixed>, 2?: string, 3?: string}>
	 */
	private function cases(): array {
		$c = $this->ids['client'];
		$s = $this->ids['session'];
		$t = $this->ids['template'];
		$b = $this->ids['bundle'];
		return array(
			'GET /clients'                          => array( '/clients', array( 'per_page' => 5 ) ),
			'POST /clients'                         => array(
				'/clients',
				array(
					'first_name' => 'New',
					'last_name'  => 'Client',
					'email'      => 'contract@example.org',
					'coach_ids'  => array( $this->ids['coach'] ),
				),
			),
			'GET /clients/{id}'                     => array( "/clients/{$c}", array() ),
			'PATCH /clients/{id}'                   => array( "/clients/{$c}", array( 'phone' => '0700000000' ) ),
			'DELETE /clients/{id}'                  => array( "/clients/{$c}", array( 'force' => true ) ),
			'POST /clients/{id}/send-login'         => array( "/clients/{$c}/send-login", array() ),
			'POST /clients/{id}/password-reset'     => array( "/clients/{$c}/password-reset", array() ),
			'GET /clients/{id}/emails'              => array( "/clients/{$c}/emails", array() ),
			'GET /clients/{id}/overview'            => array( "/clients/{$c}/overview", array() ),
			'GET /clients/{id}/finances'            => array( "/clients/{$c}/finances", array() ),
			'GET /clients/{id}/notes'               => array( "/clients/{$c}/notes", array() ),
			'PATCH /clients/{id}/notes'             => array( "/clients/{$c}/notes", array( 'notes' => 'Changed' ) ),
			'GET /clients/next-sessions'            => array( '/clients/next-sessions', array( 'include' => array( $c ) ) ),
			'GET /coaches'                          => array( '/coaches', array() ),
			'GET /me'                               => array( '/me', array(), 'client' ),
			'PATCH /me'                             => array( '/me', array( 'first_name' => 'Self' ), 'client' ),
			'GET /me/sessions'                      => array( '/me/sessions', array( 'timeline' => 'upcoming' ), 'client' ),
			'POST /me/sessions/{id}/cancel'         => array( "/me/sessions/{$s}/cancel", array(), 'client' ),
			'GET /me/summary'                       => array( '/me/summary', array(), 'client' ),
			'GET /sessions'                         => array( '/sessions', array() ),
			'POST /sessions'                        => array(
				'/sessions',
				array(
					'client_id' => $c,
					'start'     => '2035-03-01T09:00:00Z',
					'notify'    => true,
				),
			),
			'GET /sessions/{id}'                    => array( "/sessions/{$s}", array() ),
			'PATCH /sessions/{id}'                  => array( "/sessions/{$s}", array( 'payment_status' => 'paid' ) ),
			'DELETE /sessions/{id}'                 => array( "/sessions/{$s}", array() ),
			'GET /templates'                        => array( '/templates', array() ),
			'POST /templates'                       => array(
				'/templates',
				array(
					'title'            => 'Another',
					'sessions_planned' => 3,
					'price'            => '90',
				),
			),
			'GET /templates/{id}'                   => array( "/templates/{$t}", array() ),
			'PATCH /templates/{id}'                 => array( "/templates/{$t}", array( 'title' => 'Renamed' ) ),
			'DELETE /templates/{id}'                => array( "/templates/{$t}", array() ),
			'GET /bundles'                          => array( '/bundles', array() ),
			'POST /bundles'                         => array(
				'/bundles',
				array(
					'client_id'        => $c,
					'title'            => 'Solo',
					'sessions_planned' => 1,
					'price'            => '10',
				),
			),
			'GET /bundles/{id}'                     => array( "/bundles/{$b}", array() ),
			'PATCH /bundles/{id}'                   => array( "/bundles/{$b}", array( 'status' => 'paused' ) ),
			'DELETE /bundles/{id}'                  => array( "/bundles/{$b}", array() ),
			'POST /bundles/{id}/send-confirmations' => array( "/bundles/{$b}/send-confirmations", array() ),
			'POST /bundles/preview-schedule'        => array(
				'/bundles/preview-schedule',
				array(
					'pattern' => array(
						'first_date' => '2035-01-01',
						'weekdays'   => array( 1, 3 ),
						'time'       => '10:00',
						'count'      => 3,
					),
				),
			),
			'GET /settings'                         => array( '/settings', array() ),
			'PATCH /settings'                       => array( '/settings', array( 'currency' => 'USD' ) ),
			'POST /settings/emails/preview'         => array( '/settings/emails/preview', array( 'type' => 'reminder' ) ),
			'POST /settings/emails/test'            => array( '/settings/emails/test', array( 'type' => 'welcome' ) ),
			'GET /settings/reminders'               => array( '/settings/reminders', array() ),
			'GET /dashboard'                        => array( '/dashboard', array() ),
			'GET /license'                          => array( '/license', array() ),
			'POST /license'                         => array( '/license', array( 'key' => Premium::mint() ) ),
			'DELETE /license'                       => array( '/license', array() ),
			'GET /clients/export'                   => array( '/clients/export', array( 'search' => 'client' ) ),
			'GET /clients/{id}/measurements'        => array( "/clients/{$c}/measurements", array() ),
			'POST /clients/{id}/measurements'       => array(
				"/clients/{$c}/measurements",
				array(
					'date'         => '2026-01-02',
					'weight_kg'    => 79.5,
					'body_fat_pct' => 20,
					'notes'        => 'Contract',
				),
			),
			'PATCH /measurements/{id}'              => array( '/measurements/' . $this->ids['measurement'], array( 'waist_cm' => 90 ) ),
			'DELETE /measurements/{id}'             => array( '/measurements/' . $this->ids['measurement'], array() ),
			'POST /imports'                         => array( '/imports', array(), '', 'upload' ),
			'GET /imports/{id}'                     => array( '/imports/' . $this->ids['import'], array() ),
			'PATCH /imports/{id}'                   => array(
				'/imports/' . $this->ids['import'],
				array(
					'mapping'     => array(
						'first_name' => 0,
						'last_name'  => 1,
						'email'      => 2,
						'phone'      => null,
					),
					'on_existing' => 'update',
					'dry_run'     => true,
				),
			),
			'DELETE /imports/{id}'                  => array( '/imports/' . $this->ids['import'], array() ),
			'POST /imports/{id}/start'              => array( '/imports/' . $this->ids['import'] . '/start', array() ),
			'POST /imports/{id}/batch'              => array( '/imports/' . $this->ids['running'] . '/batch', array() ),
			'GET /imports/{id}/errors.csv'          => array( '/imports/' . $this->ids['running'] . '/errors.csv', array() ),
		);
	}

	public function test_every_route_publishes_a_schema_and_answers_by_it(): void {
		$server  = rest_get_server();
		$ns      = '/' . Abstract_Controller::REST_NAMESPACE;
		$cases   = $this->cases();
		$checked = array();
		$errors  = array();
		foreach ( $server->get_routes( Abstract_Controller::REST_NAMESPACE ) as $route => $handlers ) {
			if ( $ns === $route ) {
				continue;
			}
			$pattern = (string) preg_replace( '/\(\?P<(\w+)>[^)]*\)/', '{$1}', substr( $route, strlen( $ns ) ) );

			$options = $server->dispatch( new WP_REST_Request( 'OPTIONS', $this->sample_path( $ns . $pattern ) ) );
			$schema  = $options->get_data()['schema'] ?? array();
			if ( empty( $schema['properties'] ) && empty( $schema['additionalProperties'] ) ) {
				$errors[] = "{$pattern}: OPTIONS publishes no schema";
				continue;
			}
			$methods = array();
			foreach ( $handlers as $handler ) {
				$methods = array_merge( $methods, array_keys( array_filter( (array) $handler['methods'] ) ) );
			}
			$methods = array_unique( $methods );
			foreach ( $methods as $method ) {
				$name = "{$method} {$pattern}";
				// EDITABLE routes answer POST, PUT and PATCH with one handler: PATCH is the case.
				if ( in_array( $method, array( 'POST', 'PUT' ), true ) && in_array( 'PATCH', $methods, true ) && ! isset( $cases[ $name ] ) ) {
					continue;
				}
				if ( ! isset( $cases[ $name ] ) ) {
					$errors[] = "{$name}: no contract case (add one to this test)";
					continue;
				}
				$checked[] = $name;
				$error     = $this->check( $method, $ns, $cases[ $name ], $schema );
				if ( $error ) {
					$errors[] = "{$name}: {$error}";
				}
			}
		}
		$this->assertSame( array(), $errors );
		$this->assertGreaterThanOrEqual( 30, count( $checked ) );
	}

	/**
	 * Sends one case and validates its response; null when it conforms.
	 *
	 * @param string                                                   $method HTTP method.
	 * @param string                                                   $ns     Namespace prefix.
	 * @param array{0: string, 1: array<string, mixed>, 2?: string, 3?: string} $case Case (3: 'upload' sends the CSV fixture as multipart `file`).
	 * @param array<string, mixed>                                     $schema Published schema.
	 */
	private function check( string $method, string $ns, array $case, array $schema ): ?string {
		// Each case starts from the fixtures.
		global $wpdb;
		$wpdb->query( 'SAVEPOINT joolwebsp_contract' );
		wp_set_current_user( 'client' === ( $case[2] ?? '' ) ? $this->client_user : $this->admin );
		$request = new WP_REST_Request( $method, $ns . $case[0] );
		if ( 'upload' === ( $case[3] ?? '' ) ) {
			$request->set_file_params( $this->upload );
		} elseif ( 'GET' === $method || 'DELETE' === $method ) {
			$request->set_query_params( $case[1] );
		} else {
			$request->set_header( 'Content-Type', 'application/json' );
			$request->set_body( (string) wp_json_encode( $case[1] ) );
		}
		$response = rest_get_server()->dispatch( $request );
		$data     = json_decode( (string) wp_json_encode( rest_get_server()->response_to_data( $response, false ) ), true );
		$wpdb->query( 'ROLLBACK TO SAVEPOINT joolwebsp_contract' );
		wp_cache_flush();

		if ( $response->get_status() >= 300 ) {
			return 'answered ' . $response->get_status() . ' ' . wp_json_encode( $data );
		}
		$strict = self::strict( $schema );
		if ( 'DELETE' === $method ) {
			$strict = self::strict(
				array(
					'type'       => 'object',
					'properties' => array(
						'deleted'  => array( 'type' => 'boolean' ),
						'previous' => $schema,
					),
				)
			);
		} elseif ( 'GET' === $method && is_array( $data ) && array_is_list( $data ) ) {
			$strict = array(
				'type'  => 'array',
				'items' => $strict,
			);
		}
		unset( $data['_links'] );
		if ( is_array( $data ) && array_is_list( $data ) ) {
			foreach ( $data as $i => $item ) {
				unset( $data[ $i ]['_links'] );
			}
		}
		$valid = rest_validate_value_from_schema( $data, $strict, 'response' );
		return is_wp_error( $valid ) ? $valid->get_error_message() . ' — ' . wp_json_encode( $data ) : null;
	}

	/**
	 * The schema with `additionalProperties: false` on every object that lists its properties.
	 *
	 * @param array<string, mixed> $schema Schema.
	 * @return array<string, mixed>
	 */
	private static function strict( array $schema ): array {
		if ( isset( $schema['properties'] ) && is_array( $schema['properties'] ) ) {
			$schema['additionalProperties'] = $schema['additionalProperties'] ?? false;
			foreach ( $schema['properties'] as $key => $property ) {
				$schema['properties'][ $key ] = is_array( $property ) ? self::strict( $property ) : $property;
			}
		}
		if ( isset( $schema['items'] ) && is_array( $schema['items'] ) ) {
			$schema['items'] = self::strict( $schema['items'] );
		}
		return $schema;
	}

	/**
	 * A concrete path for a route pattern (ids of the fixtures).
	 *
	 * @param string $pattern Route with {id}.
	 */
	private function sample_path( string $pattern ): string {
		foreach ( array( 'clients', 'sessions', 'templates', 'bundles', 'imports', 'measurements' ) as $base ) {
			if ( str_contains( $pattern, "/{$base}/{id}" ) ) {
				return str_replace( '{id}', (string) $this->ids[ rtrim( $base, 's' ) ], $pattern );
			}
		}
		return str_replace( '{id}', '1', $pattern );
	}
}
