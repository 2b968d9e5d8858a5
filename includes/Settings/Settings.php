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
 * @phpstan-type Settings_Array array{delete_data_on_uninstall: bool}
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
		$stored = get_option( self::OPTION, array() );
		$stored = is_array( $stored ) ? $stored : array();
		return array(
			'delete_data_on_uninstall' => (bool) ( $stored['delete_data_on_uninstall'] ?? false ),
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
		update_option( self::OPTION, $settings, true );
		return $settings;
	}
}
