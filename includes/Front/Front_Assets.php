<?php
/**
 * Scripts and styles of the front apps, enqueued only by their shortcodes.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Front;

use Joolweb\SessionsPro\Admin\Assets;
use Joolweb\SessionsPro\Settings\Settings;
use Joolweb\SessionsPro\Settings\Style;

defined( 'ABSPATH' ) || exit;

/**
 * `build/front-{entry}.js` with its dependencies from `.asset.php` (WordPress packages stay
 * externals), its translations, `window.joolwebspSettings` (the same object as the admin screens)
 * and `window.joolwebspFront` (the front pages' URLs and the cancellation window), plus the colours
 * of Settings → Style as CSS custom properties on `.joolwebsp-front`.
 *
 * @since 0.1.0
 */
final class Front_Assets {

	private const STYLE = 'joolwebsp-front';

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Assets   $assets   Admin assets (the shared settings object).
	 * @param Style    $style    Colours.
	 * @param Settings $settings Settings.
	 * @param Pages    $pages    Front pages.
	 * @param string   $dir      Plugin folder (trailing slash).
	 * @param string   $url      Plugin URL (trailing slash).
	 */
	public function __construct( private Assets $assets, private Style $style, private Settings $settings, private Pages $pages, private string $dir, private string $url ) {
	}

	/**
	 * Enqueues one app. False when its build is missing.
	 *
	 * @since 0.1.0
	 *
	 * @param string $entry Entry, e.g. 'client-area'.
	 */
	public function enqueue( string $entry ): bool {
		$name = 'front-' . $entry;
		$file = $this->dir . 'build/' . $name . '.asset.php';
		if ( ! is_readable( $file ) ) {
			return false;
		}
		$handle = 'joolwebsp-' . $name;
		if ( wp_script_is( $handle, 'enqueued' ) ) {
			return true;
		}
		$asset = require $file;
		$deps  = is_array( $asset['dependencies'] ?? null ) ? $asset['dependencies'] : array();
		$ver   = (string) ( $asset['version'] ?? JOOLWEBSP_VERSION );
		// Shared scripts an entry may list as dependencies (e.g. joolwebsp-dataviews).
		$this->assets->register_shared();
		wp_enqueue_script( $handle, $this->url . 'build/' . $name . '.js', $deps, $ver, array( 'in_footer' => true ) );
		wp_set_script_translations( $handle, 'joolweb-sessions-pro', $this->dir . 'languages' );
		wp_add_inline_script(
			$handle,
			'window.joolwebspSettings = ' . wp_json_encode( $this->assets->client_settings(), JSON_HEX_TAG | JSON_HEX_AMP ) . ';'
			. 'window.joolwebspFront = ' . wp_json_encode( $this->front_settings(), JSON_HEX_TAG | JSON_HEX_AMP ) . ';',
			'before'
		);
		wp_enqueue_style( 'wp-components' );
		$this->enqueue_style_only( is_readable( $this->dir . 'build/' . $name . '.css' ) ? array( $name, $ver ) : null );
		return true;
	}

	/**
	 * The colours, and an entry's stylesheet when given (also used by the server-rendered messages).
	 *
	 * @since 0.1.0
	 *
	 * @param array{0: string, 1: string}|null $sheet Built stylesheet name and version.
	 */
	public function enqueue_style_only( ?array $sheet = null ): void {
		if ( $sheet ) {
			wp_enqueue_style( 'joolwebsp-' . $sheet[0], $this->url . 'build/' . $sheet[0] . '.css', array( 'wp-components' ), $sheet[1] );
			wp_style_add_data( 'joolwebsp-' . $sheet[0], 'rtl', 'replace' );
		}
		if ( wp_style_is( self::STYLE, 'enqueued' ) ) {
			return;
		}
		// A style without a file: the custom properties and the few rules of the server-rendered messages.
		wp_register_style( self::STYLE, false, array(), JOOLWEBSP_VERSION );
		wp_enqueue_style( self::STYLE );
		wp_add_inline_style( self::STYLE, $this->style->inline_css( '.joolwebsp-front' ) . self::BASE_CSS );
	}

	/** Rules shared by the server-rendered messages and the apps: touch targets, no overflow. */
	private const BASE_CSS = '.joolwebsp-front{box-sizing:border-box;max-width:100%;overflow-wrap:anywhere}'
		. '.joolwebsp-front *,.joolwebsp-front *::before,.joolwebsp-front *::after{box-sizing:inherit}'
		. '.joolwebsp-front a.joolwebsp-front__link{display:inline-flex;align-items:center;min-height:44px;color:var(--joolwebsp-accent)}'
		. '.joolwebsp-front #joolwebsp-login-form input[type=text],.joolwebsp-front #joolwebsp-login-form input[type=password]{width:100%;min-height:44px;font:inherit}'
		. '.joolwebsp-front #joolwebsp-login-form input[type=submit]{min-height:44px;padding:0 1.5em;font:inherit;background:var(--joolwebsp-accent);color:var(--joolwebsp-accent-contrast);border:0;border-radius:4px;cursor:pointer}'
		. '.joolwebsp-front #joolwebsp-login-form .login-remember label{display:inline-flex;align-items:center;min-height:44px;gap:.5em}'
		. '.joolwebsp-front__error{border-left:4px solid #cc1818;padding:.5em 1em}';

	/**
	 * What the front apps need besides the shared settings.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public function front_settings(): array {
		$pages = array();
		foreach ( array_keys( Pages::definitions() ) as $key ) {
			$pages[ $key ] = $this->pages->url( $key );
		}
		$sample = $this->pages->customer_url( 999999999 );
		return array(
			'pages'                   => $pages,
			'customerUrl'             => str_replace( '999999999', '{id}', $sample ),
			'cancellationWindowHours' => $this->settings->cancellation_window_hours(),
			'logoutUrl'               => wp_logout_url( $pages[ Pages::LOGIN ] ? $pages[ Pages::LOGIN ] : home_url( '/' ) ),
		);
	}
}
