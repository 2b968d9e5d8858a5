<?php
/**
 * Physical measurements: REST, ranges, reach, premium and the setting, privacy, client deletion.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Measurements;

use Joolweb\SessionsPro\Privacy\Privacy;
use Joolweb\SessionsPro\Plugin;
use Joolweb\SessionsPro\Tests\Premium;
use Joolweb\SessionsPro\Tests\TestCase;

final class MeasurementsTest extends TestCase {

	private int $coach;

	private int $client;

	protected function setUp(): void {
		parent::setUp();
		Premium::activate();
		update_option( 'joolwebsp_settings', array( 'measurements_enabled' => true ) );
		$this->coach  = $this->create_user( 'joolwebsp_coach' );
		$this->client = $this->make_client( array( 'email' => 'body@example.org' ), $this->coach )->id;
		wp_set_current_user( $this->coach );
	}

	/**
	 * Adds a measurement through REST.
	 *
	 * @param array<string, mixed> $body Body.
	 */
	private function add( array $body ): \WP_REST_Response {
		return $this->rest( 'POST', "/joolwebsp/v1/clients/{$this->client}/measurements", $body );
	}

	public function test_add_list_change_and_delete(): void {
		$first = $this->add(
			array(
				'date'         => '2026-01-10',
				'weight_kg'    => 82.456,
				'body_fat_pct' => 24.04,
				'waist_cm'     => 94,
				'notes'        => "Start\n<b>of</b> program",
			)
		);
		$this->assertSame( 201, $first->get_status(), (string) wp_json_encode( $first->get_data() ) );
		$data = $first->get_data();
		$this->assertSame( 82.46, $data['weight_kg'] );
		$this->assertSame( 24.0, $data['body_fat_pct'] );
		$this->assertNull( $data['hips_cm'] );
		$this->assertSame( "Start\nof program", $data['notes'] );
		$this->assertSame(
			201,
			$this->add(
				array(
					'date'      => '2025-12-01',
					'weight_kg' => 85,
				)
			)->get_status()
		);

		$list = $this->rest( 'GET', "/joolwebsp/v1/clients/{$this->client}/measurements" )->get_data();
		$this->assertSame( array( '2025-12-01', '2026-01-10' ), array_column( $list, 'date' ), 'Oldest first, for the chart' );

		$patched = $this->rest(
			'PATCH',
			"/joolwebsp/v1/measurements/{$data['id']}",
			array(
				'waist_cm' => null,
				'hips_cm'  => 101.26,
			)
		);
		$this->assertSame( 200, $patched->get_status() );
		$this->assertNull( $patched->get_data()['waist_cm'] );
		$this->assertSame( 101.3, $patched->get_data()['hips_cm'] );
		$this->assertSame( 82.46, $patched->get_data()['weight_kg'] );

		$deleted = $this->rest( 'DELETE', "/joolwebsp/v1/measurements/{$data['id']}" );
		$this->assertTrue( $deleted->get_data()['deleted'] );
		$this->assertCount( 1, $this->rest( 'GET', "/joolwebsp/v1/clients/{$this->client}/measurements" )->get_data() );
		$this->assertSame( 404, $this->rest( 'DELETE', "/joolwebsp/v1/measurements/{$data['id']}" )->get_status() );
	}

	/**
	 * @dataProvider implausible
	 *
	 * @param array<string, mixed> $body  Body.
	 * @param string               $field Field named.
	 */
	public function test_implausible_values_are_refused( array $body, string $field ): void {
		$response = $this->add( $body );
		$this->assertSame( 400, $response->get_status() );
		$this->assertArrayHasKey( $field, $response->get_data()['data']['params'] );
	}

	/**
	 * @return array<string, array{0: array<string, mixed>, 1: string}>
	 */
	public static function implausible(): array {
		return array(
			'weight 5 kg'      => array(
				array(
					'date'      => '2026-01-01',
					'weight_kg' => 5,
				),
				'weight_kg',
			),
			'weight 900 kg'    => array(
				array(
					'date'      => '2026-01-01',
					'weight_kg' => 900,
				),
				'weight_kg',
			),
			'body fat 90 %'    => array(
				array(
					'date'         => '2026-01-01',
					'body_fat_pct' => 90,
				),
				'body_fat_pct',
			),
			'arm 300 cm'       => array(
				array(
					'date'   => '2026-01-01',
					'arm_cm' => 300,
				),
				'arm_cm',
			),
			'nothing measured' => array(
				array(
					'date'  => '2026-01-01',
					'notes' => 'x',
				),
				'weight_kg',
			),
			'future date'      => array(
				array(
					'date'      => '2099-01-01',
					'weight_kg' => 80,
				),
				'date',
			),
			'bad date'         => array(
				array(
					'date'      => '2026-02-30',
					'weight_kg' => 80,
				),
				'date',
			),
		);
	}

	public function test_reach_capability_premium_and_setting(): void {
		$id    = $this->add(
			array(
				'date'      => '2026-01-01',
				'weight_kg' => 80,
			)
		)->get_data()['id'];
		$other = $this->create_user( 'joolwebsp_coach' );
		wp_set_current_user( $other );
		$this->assertSame( 404, $this->rest( 'GET', "/joolwebsp/v1/clients/{$this->client}/measurements" )->get_status() );
		$this->assertSame(
			404,
			$this->add(
				array(
					'date'      => '2026-01-01',
					'weight_kg' => 80,
				)
			)->get_status()
		);
		$this->assertSame( 404, $this->rest( 'PATCH', "/joolwebsp/v1/measurements/{$id}", array( 'weight_kg' => 70 ) )->get_status() );
		$this->assertSame( 404, $this->rest( 'DELETE', "/joolwebsp/v1/measurements/{$id}" )->get_status() );

		wp_set_current_user( $this->create_user( 'joolwebsp_client' ) );
		$this->assertSame( 403, $this->rest( 'GET', "/joolwebsp/v1/clients/{$this->client}/measurements" )->get_status() );
		wp_set_current_user( 0 );
		$this->assertSame( 401, $this->rest( 'DELETE', "/joolwebsp/v1/measurements/{$id}" )->get_status() );

		wp_set_current_user( $this->create_user( 'administrator' ) );
		$this->assertSame( 200, $this->rest( 'PATCH', "/joolwebsp/v1/measurements/{$id}", array( 'weight_kg' => 79 ) )->get_status() );

		update_option( 'joolwebsp_settings', array( 'measurements_enabled' => false ) );
		$off = $this->rest( 'GET', "/joolwebsp/v1/clients/{$this->client}/measurements" );
		$this->assertSame( 403, $off->get_status() );
		$this->assertSame( 'joolwebsp_measurements_disabled', $off->get_data()['code'] );

		update_option( 'joolwebsp_settings', array( 'measurements_enabled' => true ) );
		delete_option( 'joolwebsp_license_key' );
		foreach ( array( array( 'GET', "/clients/{$this->client}/measurements" ), array( 'POST', "/clients/{$this->client}/measurements" ), array( 'PATCH', "/measurements/{$id}" ), array( 'DELETE', "/measurements/{$id}" ) ) as list( $method, $route ) ) {
			$response = $this->rest(
				$method,
				'/joolwebsp/v1' . $route,
				'GET' === $method || 'DELETE' === $method ? null : array(
					'date'      => '2026-01-01',
					'weight_kg' => 70,
				)
			);
			$this->assertSame( 'joolwebsp_premium_required', $response->get_data()['code'] ?? '', "{$method} {$route}" );
		}
	}

	public function test_privacy_export_and_erase_and_client_deletion(): void {
		$this->add(
			array(
				'date'      => '2026-01-01',
				'weight_kg' => 80,
				'notes'     => 'Baseline',
			)
		);
		$privacy = Plugin::instance()->get( Privacy::class );
		$export  = $privacy->export( 'body@example.org', 1 );
		$groups  = array_column( $export['data'], 'group_id' );
		$this->assertContains( 'joolwebsp-measurements', $groups );
		$item = $export['data'][ array_search( 'joolwebsp-measurements', $groups, true ) ];
		$this->assertContains(
			array(
				'name'  => 'Weight (kg)',
				'value' => '80',
			),
			$item['data']
		);

		$erased = $privacy->erase( 'body@example.org' );
		$this->assertStringContainsString( '1 physical measurements deleted.', implode( ' ', $erased['messages'] ) );
		global $wpdb;
		$this->assertSame( '0', $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE client_id = %d', $wpdb->prefix . 'joolwebsp_measurements', $this->client ) ) );

		$second = $this->make_client( array( 'email' => 'second@example.org' ), $this->coach );
		$this->rest(
			'POST',
			"/joolwebsp/v1/clients/{$second->id}/measurements",
			array(
				'date'   => '2026-01-01',
				'arm_cm' => 30,
			)
		);
		wp_set_current_user( $this->create_user( 'administrator' ) );
		$this->assertSame( 200, $this->rest( 'DELETE', "/joolwebsp/v1/clients/{$second->id}", array( 'force' => true ) )->get_status() );
		$this->assertSame( '0', $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE client_id = %d', $wpdb->prefix . 'joolwebsp_measurements', $second->id ) ) );
	}
}
