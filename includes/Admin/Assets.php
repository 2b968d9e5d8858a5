<?php
/**
 * Loads a screen's built script and style, its translations and the settings it needs.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Admin;

use Joolweb\SessionsPro\Clients\Account_Policy;
use Joolweb\SessionsPro\Clients\Client_Access;
use Joolweb\SessionsPro\Emails\Email_Templates;
use Joolweb\SessionsPro\Measurements\Measurement_Service;
use Joolweb\SessionsPro\Reminders\Reminders;
use Joolweb\SessionsPro\REST\Abstract_Controller;
use Joolweb\SessionsPro\License\License;
use Joolweb\SessionsPro\Security\Capabilities;
use Joolweb\SessionsPro\Settings\Settings;

defined( 'ABSPATH' ) || exit;

/**
 * Reads `build/admin-{entry}.asset.php` for dependencies and version; passes `joolwebspSettings` once.
 *
 * @since 0.1.0
 */
final class Assets {

	/**
	 * Shared scripts (webpack.config.js SHARED): build/{name}.js, handle `joolwebsp-{name}`, loaded
	 * once per page by the entries whose .asset.php depends on it.
	 */
	public const SHARED = array( 'dataviews' );

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Settings                 $settings  Site settings.
	 * @param string                   $dir       Plugin folder (trailing slash).
	 * @param string                   $url       Plugin URL (trailing slash).
	 * @param Reminders|null           $reminders Reminders (cron status for the Settings screen).
	 * @param Client_Access|null       $access    Reachability (whether the user reaches every client).
	 * @param Measurement_Service|null $measurements Physical measurements (whether the Physical tab shows, and its ranges).
	 */
	public function __construct( private Settings $settings, private string $dir, private string $url, private ?Reminders $reminders = null, private ?Client_Access $access = null, private ?Measurement_Service $measurements = null ) {
	}

	/**
	 * Whether the entry's build exists.
	 *
	 * @since 0.1.0
	 *
	 * @param string $entry Screen entry.
	 */
	public function is_built( string $entry ): bool {
		return is_readable( $this->dir . 'build/admin-' . $entry . '.asset.php' );
	}

	/**
	 * Enqueues a screen's script, style, translations and settings.
	 *
	 * @since 0.1.0
	 *
	 * @param string $entry Screen entry, e.g. 'clients'.
	 */
	public function enqueue_screen( string $entry ): void {
		if ( ! $this->is_built( $entry ) ) {
			return;
		}
		$name   = 'admin-' . $entry;
		$handle = 'joolwebsp-' . $name;
		$asset  = require $this->dir . 'build/' . $name . '.asset.php';
		$deps   = is_array( $asset['dependencies'] ?? null ) ? $asset['dependencies'] : array();
		$ver    = (string) ( $asset['version'] ?? JOOLWEBSP_VERSION );

		$this->register_shared();
		wp_enqueue_script( $handle, $this->url . 'build/' . $name . '.js', $deps, $ver, array( 'in_footer' => true ) );
		wp_set_script_translations( $handle, 'joolweb-sessions-pro', $this->dir . 'languages' );
		$data = $this->client_settings();
		if ( 'settings' === $entry && current_user_can( Capabilities::MANAGE_SETTINGS ) ) {
			$data['settingsMeta'] = $this->settings_meta();
		}
		wp_add_inline_script(
			$handle,
			'window.joolwebspSettings = ' . wp_json_encode( $data, JSON_HEX_TAG | JSON_HEX_AMP ) . ';',
			'before'
		);

		wp_enqueue_style( 'wp-components' );
		if ( is_readable( $this->dir . 'build/' . $name . '.css' ) ) {
			wp_enqueue_style( $handle, $this->url . 'build/' . $name . '.css', array( 'wp-components' ), $ver );
			wp_style_add_data( $handle, 'rtl', 'replace' );
		}
	}

	/**
	 * Registers the shared scripts (e.g. `joolwebsp-dataviews`) that built entries depend on. Any entry
	 * (admin or front) whose .asset.php lists a shared handle needs this called before its enqueue.
	 *
	 * @since 0.1.0
	 */
	public function register_shared(): void {
		foreach ( self::SHARED as $name ) {
			$handle = 'joolwebsp-' . $name;
			$file   = $this->dir . 'build/' . $name . '.asset.php';
			if ( wp_script_is( $handle, 'registered' ) || ! is_readable( $file ) ) {
				continue;
			}
			$asset = require $file;
			wp_register_script(
				$handle,
				$this->url . 'build/' . $name . '.js',
				is_array( $asset['dependencies'] ?? null ) ? $asset['dependencies'] : array(),
				(string) ( $asset['version'] ?? JOOLWEBSP_VERSION ),
				array( 'in_footer' => true )
			);
		}
	}

	/**
	 * What every screen needs to know, passed once per page.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public function client_settings(): array {
		$user     = wp_get_current_user();
		$can_site = current_user_can( Capabilities::MANAGE_SETTINGS );
		$screens  = array();
		foreach ( Screens::all() as $screen ) {
			$screens[ $screen['entry'] ] = admin_url( 'admin.php?page=' . $screen['slug'] );
		}
		return array(
			'version'       => JOOLWEBSP_VERSION,
			'restRoot'      => esc_url_raw( rest_url() ),
			'restNamespace' => Abstract_Controller::REST_NAMESPACE,
			'nonce'         => wp_create_nonce( 'wp_rest' ),
			'adminUrl'      => admin_url(),
			'screens'       => $screens,
			'user'          => array(
				'id'          => (int) $user->ID,
				'displayName' => $user->display_name,
			),
			'capabilities'  => Capabilities::for_current_user(),
			'premium'       => License::has( License::PREMIUM ),
			'settings'      => $can_site ? $this->settings->all() : (object) array(),
			'locale'        => determine_locale(),
			'timezone'      => wp_timezone_string(),
			'currency'      => $this->settings->all()['currency'],
		) + $this->client_module_settings( (int) $user->ID );
	}

	/**
	 * What the client module (src/clients/) needs to know, decided here rather than guessed in TS.
	 *
	 * @since 0.1.0
	 *
	 * @param int $user_id Current user.
	 * @return array{reachesEveryone: bool, emailTypes: array<string, string>, accountProtectedMessage: string, measurements: array{ranges: array<string, array{min: float, max: float, unit: string, step: float}>}|null}
	 */
	public function client_module_settings( int $user_id ): array {
		return array(
			// Client_Access decides; the screens never guess it from a capability.
			'reachesEveryone'         => null !== $this->access && $this->access->reaches_everyone( $user_id ),
			// Words for the email types of the timeline, never the raw codes.
			'emailTypes'              => Email_Templates::labels(),
			// Why the profile disables the account actions of a client whose account has other roles.
			'accountProtectedMessage' => Account_Policy::error()->get_error_message(),
			// The Physical tab: null unless premium and the Settings switch allow it (the routes'
			// own rule, Measurement_Service::unavailable()); the plausible ranges of each value.
			'measurements'            => $this->measurement_settings(),
		);
	}

	/**
	 * The Physical tab's settings, or null when measurements are unavailable.
	 *
	 * @since 0.2.0
	 *
	 * @return array{ranges: array<string, array{min: float, max: float, unit: string, step: float}>}|null
	 */
	private function measurement_settings(): ?array {
		if ( null === $this->measurements || null !== $this->measurements->unavailable() ) {
			return null;
		}
		$ranges = array();
		foreach ( Measurement_Service::ranges() as $key => list( $min, $max, $unit ) ) {
			$ranges[ $key ] = array(
				'min'  => $min,
				'max'  => $max,
				'unit' => $unit,
				'step' => Measurement_Service::step( $key ),
			);
		}
		return array( 'ranges' => $ranges );
	}

	/**
	 * What the Settings screen needs besides the values (`GET /settings`): the rules and lists
	 * written once in PHP, and the reminder cron's status.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public function settings_meta(): array {
		$defaults = Email_Templates::defaults();
		$labels   = Email_Templates::labels();
		$types    = array();
		foreach ( Email_Templates::types() as $type ) {
			$types[] = array(
				'type'         => $type,
				'label'        => $labels[ $type ],
				'recipient'    => Email_Templates::recipient( $type ),
				'placeholders' => Email_Templates::placeholders_for( $type ),
				'defaults'     => array(
					'subject' => $defaults[ $type ]['subject'],
					'body'    => $defaults[ $type ]['body'],
				),
			);
		}
		$capabilities = array();
		foreach ( Capabilities::describe() as $name => $text ) {
			$capabilities[] = array_merge( array( 'name' => $name ), $text );
		}
		return array(
			'emailTypes'          => $types,
			'placeholders'        => Email_Templates::placeholders(),
			'capabilities'        => $capabilities,
			'cancellationWindows' => Settings::CANCELLATION_WINDOWS,
			'reminderHours'       => Settings::REMINDER_HOURS,
			'dashboardScopes'     => Settings::DASHBOARD_SCOPES,
			'defaultColors'       => Settings::default_colors(),
			'senderDefaults'      => array(
				'name'  => 'WordPress',
				'email' => self::default_sender_email(),
			),
			'reminders'           => $this->reminders ? $this->reminders->status() : null,
		);
	}

	/**
	 * The address WordPress sends from when no sender is set (`wordpress@` + the site's domain).
	 *
	 * @since 0.1.0
	 */
	private static function default_sender_email(): string {
		$host = (string) wp_parse_url( network_home_url(), PHP_URL_HOST );
		if ( str_starts_with( $host, 'www.' ) ) {
			$host = substr( $host, 4 );
		}
		return 'wordpress@' . $host;
	}
}
