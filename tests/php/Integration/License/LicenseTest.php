<?php
/**
 * License keys: offline Ed25519 verification and the /license routes.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\License;

use Joolweb\SessionsPro\License\License;
use Joolweb\SessionsPro\Tests\Premium;
use Joolweb\SessionsPro\Tests\TestCase;

final class LicenseTest extends TestCase {

	public function test_the_tests_verify_with_their_own_key_not_the_built_in_one(): void {
		$this->assertSame( Premium::public_key(), License::public_key() );
		$this->assertNotSame( License::PUBLIC_KEY, License::public_key() );
	}

	public function test_a_valid_key_verifies_and_grants_its_features(): void {
		$payload = License::verify( Premium::mint( array( 'expires' => gmdate( 'Y-m-d' ) ) ) );
		$this->assertIsArray( $payload );
		$this->assertSame( array( 'premium' ), $payload['features'] );

		$this->assertFalse( License::has( 'premium' ) );
		Premium::activate();
		$this->assertTrue( License::has( 'premium' ) );
		$this->assertFalse( License::has( 'other' ) );
	}

	public function test_a_key_for_this_host_verifies_with_or_without_www(): void {
		$host = License::site_host();
		$this->assertIsArray( License::verify( Premium::mint( array( 'site' => $host ) ) ) );
		$this->assertIsArray( License::verify( Premium::mint( array( 'site' => 'WWW.' . strtoupper( $host ) ) ) ) );
	}

	public function test_a_tampered_payload_is_invalid(): void {
		$key      = Premium::mint( array( 'features' => array() ) );
		$parts    = explode( '.', $key );
		$tampered = Premium::b64url(
			(string) wp_json_encode(
				array(
					'id'       => 'TEST-1',
					'site'     => '*',
					'features' => array( 'premium' ),
					'expires'  => null,
				)
			)
		) . '.' . $parts[1];
		$this->assertSame( 'joolwebsp_license_invalid', $this->code( License::verify( $tampered ) ) );
		// Same JSON, one more space: the signature covers the exact bytes.
		$bytes  = (string) wp_json_encode( array( 'id' => 'TEST-1' ) );
		$signed = Premium::mint();
		$this->assertSame( 'joolwebsp_license_invalid', $this->code( License::verify( Premium::b64url( ' ' . $bytes ) . '.' . explode( '.', $signed )[1] ) ) );
	}

	public function test_a_key_signed_by_another_key_is_invalid(): void {
		$this->assertSame( 'joolwebsp_license_invalid', $this->code( License::verify( Premium::mint( array(), str_repeat( 'x', 32 ) ) ) ) );
	}

	public function test_an_expired_key_says_so(): void {
		$key = Premium::mint( array( 'expires' => gmdate( 'Y-m-d', time() - DAY_IN_SECONDS ) ) );
		$this->assertSame( 'joolwebsp_license_expired', $this->code( License::verify( $key ) ) );
		update_option( License::OPTION, $key );
		$this->assertSame( 'expired', License::status()['status'] );
		$this->assertFalse( License::has( 'premium' ) );
	}

	public function test_a_key_for_another_site_says_so(): void {
		$key = Premium::mint( array( 'site' => 'elsewhere.example.com' ) );
		$this->assertSame( 'joolwebsp_license_wrong_site', $this->code( License::verify( $key ) ) );
	}

	/**
	 * @dataProvider garbage
	 */
	public function test_garbage_is_invalid( string $key ): void {
		$this->assertSame( 'joolwebsp_license_invalid', $this->code( License::verify( $key ) ) );
	}

	/**
	 * @return array<string, array{0: string}>
	 */
	public static function garbage(): array {
		$sig = rtrim( strtr( base64_encode( str_repeat( 'a', 64 ) ), '+/', '-_' ), '=' );
		return array(
			'empty'           => array( '' ),
			'no dot'          => array( 'abcdef' ),
			'three parts'     => array( 'a.b.c' ),
			'not base64'      => array( '!!!.???' ),
			'short signature' => array( 'eyJ9.AAAA' ),
			'zero signature'  => array( 'eyJpZCI6IngifQ.' . $sig ),
			'huge'            => array( str_repeat( 'A', 5000 ) . '.' . $sig ),
		);
	}

	public function test_a_signed_payload_of_the_wrong_shape_is_invalid(): void {
		foreach ( array( array( 'expires' => '31/12/2030' ), array( 'site' => '' ), array( 'features' => 'premium' ) ) as $bad ) {
			$this->assertSame( 'joolwebsp_license_invalid', $this->code( License::verify( Premium::mint( $bad ) ) ), (string) wp_json_encode( $bad ) );
		}
	}

	public function test_rest_activate_read_and_deactivate(): void {
		wp_set_current_user( $this->create_user( 'administrator' ) );
		$this->assertSame( 'none', $this->rest( 'GET', '/joolwebsp/v1/license' )->get_data()['status'] );

		$expired = $this->rest( 'POST', '/joolwebsp/v1/license', array( 'key' => Premium::mint( array( 'expires' => '2001-01-01' ) ) ) );
		$this->assertSame( 400, $expired->get_status() );
		$this->assertSame( 'joolwebsp_license_expired', $expired->get_data()['code'] );
		$wrong = $this->rest( 'POST', '/joolwebsp/v1/license', array( 'key' => Premium::mint( array( 'site' => 'other.example' ) ) ) );
		$this->assertSame( 'joolwebsp_license_wrong_site', $wrong->get_data()['code'] );
		$invalid = $this->rest( 'POST', '/joolwebsp/v1/license', array( 'key' => 'nonsense' ) );
		$this->assertSame( 400, $invalid->get_status() );
		$this->assertSame( 'joolwebsp_license_invalid', $invalid->get_data()['code'] );
		$this->assertFalse( get_option( License::OPTION ), 'Nothing stored for a refused key' );

		$ok = $this->rest( 'POST', '/joolwebsp/v1/license', array( 'key' => ' ' . Premium::mint( array( 'expires' => '2099-12-31' ) ) . "\n" ) );
		$this->assertSame( 200, $ok->get_status() );
		$this->assertSame( 'active', $ok->get_data()['status'] );
		$this->assertSame( '2099-12-31', $ok->get_data()['expires'] );
		$this->assertSame( array( 'premium' ), $ok->get_data()['features'] );
		$this->assertTrue( License::has( 'premium' ) );
		$this->assertSame( 'active', $this->rest( 'GET', '/joolwebsp/v1/license' )->get_data()['status'] );

		$deleted = $this->rest( 'DELETE', '/joolwebsp/v1/license' )->get_data();
		$this->assertTrue( $deleted['deleted'] );
		$this->assertSame( 'active', $deleted['previous']['status'] );
		$this->assertSame( 'none', $this->rest( 'GET', '/joolwebsp/v1/license' )->get_data()['status'] );
		$this->assertFalse( License::has( 'premium' ) );
	}

	public function test_rest_needs_manage_options(): void {
		$this->assertSame( 401, $this->rest( 'GET', '/joolwebsp/v1/license' )->get_status() );
		foreach ( array( 'joolwebsp_coach', 'editor', 'joolwebsp_client' ) as $role ) {
			wp_set_current_user( $this->create_user( $role ) );
			$this->assertSame( 403, $this->rest( 'GET', '/joolwebsp/v1/license' )->get_status(), $role );
			$this->assertSame( 403, $this->rest( 'POST', '/joolwebsp/v1/license', array( 'key' => Premium::mint() ) )->get_status(), $role );
			$this->assertSame( 403, $this->rest( 'DELETE', '/joolwebsp/v1/license' )->get_status(), $role );
		}
		$this->assertFalse( get_option( License::OPTION ) );
	}

	/**
	 * Error code of a verification result.
	 *
	 * @param mixed $result Result.
	 */
	private function code( $result ): string {
		$this->assertWPError( $result );
		return (string) $result->get_error_code();
	}
}
