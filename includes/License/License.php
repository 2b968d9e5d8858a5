<?php
/**
 * The premium license: offline Ed25519 keys, the one gate of the premium features.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\License;

use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * A key is `base64url(payload) . "." . base64url(signature)`; the payload is JSON
 * `{"id": string, "site": host or "*", "features": ["premium"], "expires": "YYYY-MM-DD" or null}` and
 * the signature is Ed25519 over the exact payload bytes. Verification is offline: the public key is
 * built in (its private half is never in the repository) and can be replaced by the constant
 * `JOOLWEBSP_LICENSE_PUBLIC_KEY` (base64 of the raw 32-byte key) for staging and tests.
 *
 * `License::has( 'premium' )` is the one check of import, export and measurements.
 *
 * @since 0.2.0
 *
 * @phpstan-type Payload array{id: string, site: string, features: list<string>, expires: string|null}
 * @phpstan-type Status array{status: string, id: string|null, site: string|null, features: list<string>, expires: string|null, key_hint: string|null}
 */
final class License {

	/** Option holding the activated key (autoloaded: read on every premium request). */
	public const OPTION = 'joolwebsp_license_key';

	/** The built-in verifying key (base64 of the raw Ed25519 public key). */
	public const PUBLIC_KEY = '+H0jaPlNJQfvEXSV6GMkC8iOCquEOESTtDQvzhrTWVg=';

	public const PREMIUM = 'premium';

	/**
	 * Verified status of the stored key, per stored key and verifying key (keys change in tests).
	 *
	 * @var array<string, Status>
	 */
	private static array $cache = array();

	/**
	 * Whether the active license grants a feature. The one gate of the premium features.
	 *
	 * @since 0.2.0
	 *
	 * @param string $feature Feature, e.g. 'premium'.
	 */
	public static function has( string $feature ): bool {
		$status = self::status();
		return 'active' === $status['status'] && in_array( $feature, $status['features'], true );
	}

	/**
	 * The 403 answered by premium routes without a license.
	 *
	 * @since 0.2.0
	 */
	public static function premium_required(): WP_Error {
		return new WP_Error(
			'joolwebsp_premium_required',
			__( 'This feature needs a premium license (Settings > License).', 'joolweb-sessions-pro' ),
			array( 'status' => 403 )
		);
	}

	/**
	 * Status of the stored key: `none`, `active`, `expired`, `invalid` or `wrong_site`, with what the
	 * key says when it is genuine.
	 *
	 * @since 0.2.0
	 *
	 * @return Status
	 */
	public static function status(): array {
		$key = (string) get_option( self::OPTION, '' );
		if ( '' === $key ) {
			return self::describe( 'none', null, '' );
		}
		$cache_key = md5( $key . '|' . self::public_key() . '|' . self::site_host() . '|' . gmdate( 'Y-m-d' ) );
		if ( ! isset( self::$cache[ $cache_key ] ) ) {
			$payload                   = self::verify( $key );
			self::$cache[ $cache_key ] = is_wp_error( $payload )
				? self::describe( self::status_of( $payload ), self::payload_of( $payload ), $key )
				: self::describe( 'active', $payload, $key );
		}
		return self::$cache[ $cache_key ];
	}

	/**
	 * Checks a key and stores it when it is active here.
	 *
	 * @since 0.2.0
	 *
	 * @param string $key Key.
	 * @return Status|WP_Error 400 `joolwebsp_license_invalid|expired|wrong_site`.
	 */
	public static function activate( string $key ) {
		$key     = trim( $key );
		$payload = self::verify( $key );
		if ( is_wp_error( $payload ) ) {
			return $payload;
		}
		update_option( self::OPTION, $key, true );
		return self::status();
	}

	/**
	 * Removes the stored key.
	 *
	 * @since 0.2.0
	 */
	public static function deactivate(): void {
		delete_option( self::OPTION );
	}

	/**
	 * Verifies a key offline: signature, then expiry, then site.
	 *
	 * @since 0.2.0
	 *
	 * @param string $key Key.
	 * @return Payload|WP_Error 400 `joolwebsp_license_invalid`, `…_expired` or `…_wrong_site` (with the payload).
	 */
	public static function verify( string $key ) {
		$invalid = new WP_Error( 'joolwebsp_license_invalid', __( 'This license key is not valid.', 'joolweb-sessions-pro' ), array( 'status' => 400 ) );
		$parts   = explode( '.', trim( $key ) );
		if ( 2 !== count( $parts ) || strlen( $key ) > 4096 ) {
			return $invalid;
		}
		$payload_bytes = self::base64url_decode( $parts[0] );
		$signature     = self::base64url_decode( $parts[1] );
		$public_key    = base64_decode( self::public_key(), true ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_decode -- a key, not code.
		if ( null === $payload_bytes || null === $signature || false === $public_key
			|| SODIUM_CRYPTO_SIGN_BYTES !== strlen( $signature ) || SODIUM_CRYPTO_SIGN_PUBLICKEYBYTES !== strlen( $public_key ) ) {
			return $invalid;
		}
		try {
			$genuine = sodium_crypto_sign_verify_detached( $signature, $payload_bytes, $public_key );
		} catch ( \Throwable $e ) {
			$genuine = false;
		}
		if ( ! $genuine ) {
			return $invalid;
		}
		$payload = self::parse_payload( $payload_bytes );
		if ( null === $payload ) {
			return $invalid;
		}
		if ( null !== $payload['expires'] && $payload['expires'] < gmdate( 'Y-m-d' ) ) {
			return new WP_Error(
				'joolwebsp_license_expired',
				/* translators: %s: expiry date, YYYY-MM-DD. */
				sprintf( __( 'This license key expired on %s.', 'joolweb-sessions-pro' ), $payload['expires'] ),
				array(
					'status'  => 400,
					'payload' => $payload,
				)
			);
		}
		if ( '*' !== $payload['site'] && self::normal_host( $payload['site'] ) !== self::site_host() ) {
			return new WP_Error(
				'joolwebsp_license_wrong_site',
				/* translators: %s: host name the key was issued for. */
				sprintf( __( 'This license key is for %s, not for this site.', 'joolweb-sessions-pro' ), $payload['site'] ),
				array(
					'status'  => 400,
					'payload' => $payload,
				)
			);
		}
		return $payload;
	}

	/**
	 * The verifying key: the constant when defined, else the built-in one.
	 *
	 * @since 0.2.0
	 */
	public static function public_key(): string {
		return defined( 'JOOLWEBSP_LICENSE_PUBLIC_KEY' ) ? (string) constant( 'JOOLWEBSP_LICENSE_PUBLIC_KEY' ) : self::PUBLIC_KEY;
	}

	/**
	 * This site's host, lower case, without `www.`.
	 *
	 * @since 0.2.0
	 */
	public static function site_host(): string {
		return self::normal_host( (string) wp_parse_url( home_url(), PHP_URL_HOST ) );
	}

	/**
	 * Host compared lower case and without a leading `www.`.
	 *
	 * @param string $host Host.
	 */
	private static function normal_host( string $host ): string {
		$host = strtolower( trim( $host ) );
		return str_starts_with( $host, 'www.' ) ? substr( $host, 4 ) : $host;
	}

	/**
	 * The payload when it has the documented shape.
	 *
	 * @param string $bytes JSON.
	 * @return Payload|null
	 */
	private static function parse_payload( string $bytes ): ?array {
		$data = json_decode( $bytes, true );
		if ( ! is_array( $data ) || ! isset( $data['id'], $data['site'], $data['features'] ) || ! array_key_exists( 'expires', $data )
			|| ! is_string( $data['id'] ) || ! is_string( $data['site'] ) || '' === $data['site'] || ! is_array( $data['features'] ) ) {
			return null;
		}
		$expires = $data['expires'];
		if ( null !== $expires && ( ! is_string( $expires ) || ! preg_match( '/^\d{4}-\d{2}-\d{2}$/', $expires ) ) ) {
			return null;
		}
		$features = array_values( array_filter( $data['features'], 'is_string' ) );
		return array(
			'id'       => $data['id'],
			'site'     => $data['site'],
			'features' => $features,
			'expires'  => $expires,
		);
	}

	/**
	 * Status name of a verification error.
	 *
	 * @param WP_Error $error Error.
	 */
	private static function status_of( WP_Error $error ): string {
		return substr( (string) $error->get_error_code(), strlen( 'joolwebsp_license_' ) );
	}

	/**
	 * The genuine payload carried by an expired or wrong-site error.
	 *
	 * @param WP_Error $error Error.
	 * @return Payload|null
	 */
	private static function payload_of( WP_Error $error ): ?array {
		$data = $error->get_error_data();
		return is_array( $data ) && isset( $data['payload'] ) && is_array( $data['payload'] ) ? self::parse_payload( (string) wp_json_encode( $data['payload'] ) ) : null;
	}

	/**
	 * A status object.
	 *
	 * @param string       $status  Status.
	 * @param Payload|null $payload Payload when genuine.
	 * @param string       $key     Stored key.
	 * @return Status
	 */
	private static function describe( string $status, ?array $payload, string $key ): array {
		return array(
			'status'   => $status,
			'id'       => $payload['id'] ?? null,
			'site'     => $payload['site'] ?? null,
			'features' => $payload['features'] ?? array(),
			'expires'  => $payload['expires'] ?? null,
			'key_hint' => '' === $key ? null : '…' . substr( $key, -8 ),
		);
	}

	/**
	 * Decodes base64url (padding optional).
	 *
	 * @param string $text Text.
	 */
	private static function base64url_decode( string $text ): ?string {
		if ( '' === $text || ! preg_match( '/^[A-Za-z0-9_-]+={0,2}$/', $text ) ) {
			return null;
		}
		$decoded = base64_decode( strtr( rtrim( $text, '=' ), '-_', '+/' ), true ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_decode -- the key format.
		return false === $decoded ? null : $decoded;
	}
}
