<?php
/**
 * The tests' own license key pair (the constant JOOLWEBSP_LICENSE_PUBLIC_KEY, defined by the
 * bootstrap, makes the plugin verify with it) and helpers to mint and activate keys.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests;

use Joolweb\SessionsPro\License\License;

/**
 * Test license keys.
 */
final class Premium {

	/** Seed of the tests' key pair (a test fixture, not a secret). */
	public const SEED = 'joolwebsp-tests-license-seed-32b';

	/**
	 * Base64 of the tests' raw public key.
	 */
	public static function public_key(): string {
		return base64_encode( sodium_crypto_sign_publickey( sodium_crypto_sign_seed_keypair( self::SEED ) ) );
	}

	/**
	 * A key for a payload, signed with the tests' pair or another seed.
	 *
	 * @param array<string, mixed> $payload Payload (defaults: any site, premium, no end).
	 * @param string               $seed    32-byte seed.
	 * @phpstan-param non-empty-string $seed
	 */
	public static function mint( array $payload = array(), string $seed = self::SEED ): string {
		$bytes  = (string) wp_json_encode(
			array_merge(
				array(
					'id'       => 'TEST-1',
					'site'     => '*',
					'features' => array( 'premium' ),
					'expires'  => null,
				),
				$payload
			)
		);
		$secret = sodium_crypto_sign_secretkey( sodium_crypto_sign_seed_keypair( $seed ) );
		return self::b64url( $bytes ) . '.' . self::b64url( sodium_crypto_sign_detached( $bytes, $secret ) );
	}

	/**
	 * Stores an active premium key (inside the test's transaction).
	 */
	public static function activate(): void {
		update_option( License::OPTION, self::mint(), true );
	}

	/**
	 * Base64url without padding.
	 *
	 * @param string $bytes Bytes.
	 */
	public static function b64url( string $bytes ): string {
		return rtrim( strtr( base64_encode( $bytes ), '+/', '-_' ), '=' );
	}
}
