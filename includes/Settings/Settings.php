<?php
/**
 * Site-wide plugin settings.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Settings;

defined( 'ABSPATH' ) || exit;

/**
 * Reads and writes the `joolwebsp_settings` option through an allow-list of typed keys.
 *
 * @since 0.1.0
 *
 * @phpstan-type Settings_Array array{delete_data_on_uninstall: bool, currency: string}
 */
final class Settings {

	public const OPTION = 'joolwebsp_settings';

	/**
	 * Defaults, which also serve as the allow-list of keys.
	 *
	 * @since 0.1.0
	 *
	 * @return Settings_Array
	 */
	public static function defaults(): array {
		return array(
			'delete_data_on_uninstall' => false,
			'currency'                 => 'EUR',
		);
	}

	/**
	 * All settings, with defaults filled in.
	 *
	 * @since 0.1.0
	 *
	 * @return Settings_Array
	 */
	public function all(): array {
		$stored   = get_option( self::OPTION, array() );
		$stored   = is_array( $stored ) ? $stored : array();
		$currency = strtoupper( (string) ( $stored['currency'] ?? 'EUR' ) );
		return array(
			'delete_data_on_uninstall' => (bool) ( $stored['delete_data_on_uninstall'] ?? false ),
			'currency'                 => preg_match( '/^[A-Z]{3}$/', $currency ) ? $currency : 'EUR',
		);
	}

	/**
	 * Updates some settings; unknown keys are ignored.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $changes New values.
	 * @return Settings_Array
	 */
	public function update( array $changes ): array {
		$settings = $this->all();
		if ( array_key_exists( 'delete_data_on_uninstall', $changes ) ) {
			$settings['delete_data_on_uninstall'] = (bool) $changes['delete_data_on_uninstall'];
		}
		if ( isset( $changes['currency'] ) && is_string( $changes['currency'] ) && preg_match( '/^[A-Z]{3}$/', $changes['currency'] ) ) {
			$settings['currency'] = $changes['currency'];
		}
		update_option( self::OPTION, $settings, true );
		return $settings;
	}
}
