<?php
/**
 * The front pages' colours as CSS custom properties.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Settings;

defined( 'ABSPATH' ) || exit;

/**
 * Turns Settings → Style into `--joolwebsp-accent`, `--joolwebsp-text`, `--joolwebsp-background`
 * (plus `--joolwebsp-accent-contrast`, black or white, for text on the accent colour). The front
 * pages print them with wp_add_inline_style(); the admin preview swatch uses the same names.
 *
 * @since 0.1.0
 */
final class Style {

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Settings $settings Settings.
	 */
	public function __construct( private Settings $settings ) {
	}

	/**
	 * Custom property => colour.
	 *
	 * @since 0.1.0
	 *
	 * @param array{accent: string, text: string, background: string}|null $colors Colours (the saved ones when null).
	 * @return array<string, string>
	 */
	public function custom_properties( ?array $colors = null ): array {
		$colors = $colors ?? $this->settings->colors();
		$props  = array();
		foreach ( Settings::default_colors() as $key => $default ) {
			$color                          = sanitize_hex_color( $colors[ $key ] ?? '' );
			$props[ '--joolwebsp-' . $key ] = $color ? $color : $default;
		}
		$props['--joolwebsp-accent-contrast'] = self::contrast( $props['--joolwebsp-accent'] );
		return $props;
	}

	/**
	 * A CSS rule setting the custom properties on a selector (values are validated hex colours).
	 *
	 * @since 0.1.0
	 *
	 * @param string $selector Selector, e.g. '.joolwebsp-front'.
	 */
	public function inline_css( string $selector = ':root' ): string {
		$decls = array();
		foreach ( $this->custom_properties() as $name => $value ) {
			$decls[] = $name . ':' . $value;
		}
		return $selector . '{' . implode( ';', $decls ) . '}';
	}

	/**
	 * Black or white, whichever reads better on a colour (WCAG relative luminance).
	 *
	 * @since 0.1.0
	 *
	 * @param string $hex Colour (#rgb or #rrggbb).
	 */
	public static function contrast( string $hex ): string {
		$hex = ltrim( $hex, '#' );
		if ( 3 === strlen( $hex ) ) {
			$hex = $hex[0] . $hex[0] . $hex[1] . $hex[1] . $hex[2] . $hex[2];
		}
		$channels = array();
		foreach ( array( 0, 2, 4 ) as $offset ) {
			$c          = hexdec( substr( $hex, $offset, 2 ) ) / 255;
			$channels[] = $c <= 0.03928 ? $c / 12.92 : ( ( $c + 0.055 ) / 1.055 ) ** 2.4;
		}
		$luminance = 0.2126 * $channels[0] + 0.7152 * $channels[1] + 0.0722 * $channels[2];
		// Contrast with white: 1.05 / (L + 0.05); with black: (L + 0.05) / 0.05.
		return ( 1.05 / ( $luminance + 0.05 ) ) >= ( ( $luminance + 0.05 ) / 0.05 ) ? '#ffffff' : '#000000';
	}
}
