<?php
/**
 * Site-wide plugin settings.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Settings;

use Joolweb\SessionsPro\Contracts\Registrable;
use Joolweb\SessionsPro\Emails\Email_Templates;
use Joolweb\SessionsPro\Security\Capabilities;
use Joolweb\SessionsPro\Support\Text;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * The one option array `joolwebsp_settings` (registered with `register_setting`, read once per
 * request and normalised), its validation rules, and typed accessors.
 *
 * Stored: the scalar settings, `emails` (per type: `enabled`, and `subject` / `body` only when they
 * differ from the translated default, so a site keeps following its language until someone edits a
 * text), `colors`, and `pages` (ids of the front pages, written by the front-pages code). Not stored:
 * `coach_capabilities`, which is read from and written to the coach role itself.
 *
 * @since 0.1.0
 *
 * @phpstan-type Template array{enabled: bool, subject: string, body: string}
 * @phpstan-type Stored_Email array{enabled: bool, subject?: string, body?: string}
 * @phpstan-type Colors array{accent: string, text: string, background: string}
 * @phpstan-type Stored array{delete_data_on_uninstall: bool, currency: string, cancellation_window_hours: int, measurements_enabled: bool, dashboard_scope: string, sender_name: string, sender_email: string, reminder_hours: int, emails: array<string, Stored_Email>, colors: Colors, pages: array<string, int>}
 * @phpstan-type Settings_Array array{cancellation_window_hours: int, measurements_enabled: bool, dashboard_scope: string, currency: string, delete_data_on_uninstall: bool, sender_name: string, sender_email: string, reminder_hours: int, emails: array<string, Template>, coach_capabilities: list<string>, colors: Colors}
 */
final class Settings implements Registrable {

	public const OPTION = 'joolwebsp_settings';

	/** Cancellation window choices in hours; 0 = no limit. */
	public const CANCELLATION_WINDOWS = array( 0, 12, 24, 48, 72 );

	/** Reminder delay choices in hours before the session; 0 = no reminders. */
	public const REMINDER_HOURS = array( 0, 2, 12, 24, 48 );

	/** Admin dashboard scope: every coach's sessions, or only the administrator's own. */
	public const DASHBOARD_SCOPES = array( 'all', 'mine' );

	public const SENDER_NAME_MAX = 100;

	/**
	 * The raw option value last normalised, and the result.
	 *
	 * @var mixed
	 */
	private $raw = null;

	/**
	 * Normalised stored settings, for $raw.
	 *
	 * @var Stored|null
	 */
	private ?array $stored = null;

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'init', array( $this, 'register' ) );
	}

	/**
	 * Registers the option, so any write to it (ours, `update_option()` elsewhere) is normalised.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		register_setting(
			'joolwebsp',
			self::OPTION,
			array(
				'type'              => 'object',
				'description'       => __( 'Joolweb Sessions Pro settings.', 'joolweb-sessions-pro' ),
				'sanitize_callback' => array( $this, 'sanitize_stored' ),
				'show_in_rest'      => false,
			)
		);
	}

	/**
	 * Default colours of the front pages.
	 *
	 * @since 0.1.0
	 *
	 * @return Colors
	 */
	public static function default_colors(): array {
		return array(
			'accent'     => '#2271b1',
			'text'       => '#1e1e1e',
			'background' => '#ffffff',
		);
	}

	/**
	 * Defaults of the settings object, which also serve as the allow-list of its keys.
	 *
	 * @since 0.1.0
	 *
	 * @return Settings_Array
	 */
	public static function defaults(): array {
		return array(
			'cancellation_window_hours' => 24,
			'measurements_enabled'      => false,
			'dashboard_scope'           => 'all',
			'currency'                  => 'EUR',
			'delete_data_on_uninstall'  => false,
			'sender_name'               => '',
			'sender_email'              => '',
			'reminder_hours'            => 24,
			'emails'                    => Email_Templates::defaults(),
			'coach_capabilities'        => self::default_coach_capabilities(),
			'colors'                    => self::default_colors(),
		);
	}

	/**
	 * The settings object: stored values, email texts with the translated defaults filled in, and the
	 * coach role's capabilities.
	 *
	 * @since 0.1.0
	 *
	 * @return Settings_Array
	 */
	public function all(): array {
		$stored = $this->stored();
		return array(
			'cancellation_window_hours' => $stored['cancellation_window_hours'],
			'measurements_enabled'      => $stored['measurements_enabled'],
			'dashboard_scope'           => $stored['dashboard_scope'],
			'currency'                  => $stored['currency'],
			'delete_data_on_uninstall'  => $stored['delete_data_on_uninstall'],
			'sender_name'               => $stored['sender_name'],
			'sender_email'              => $stored['sender_email'],
			'reminder_hours'            => $stored['reminder_hours'],
			'emails'                    => $this->email_templates(),
			'coach_capabilities'        => Capabilities::coach_capabilities(),
			'colors'                    => $stored['colors'],
		);
	}

	/**
	 * The site's currency (ISO 4217).
	 *
	 * @since 0.1.0
	 */
	public function currency(): string {
		return $this->stored()['currency'];
	}

	/**
	 * Minimum notice, in hours, for a client to cancel from the client area (0 = no limit).
	 *
	 * @since 0.1.0
	 */
	public function cancellation_window_hours(): int {
		return $this->stored()['cancellation_window_hours'];
	}

	/**
	 * Hours before a session when its reminder goes out (0 = off).
	 *
	 * @since 0.1.0
	 */
	public function reminder_hours(): int {
		return $this->stored()['reminder_hours'];
	}

	/**
	 * Whether the physical measurements (premium) are switched on.
	 *
	 * @since 0.1.0
	 */
	public function measurements_enabled(): bool {
		return $this->stored()['measurements_enabled'];
	}

	/**
	 * The administrators' dashboard scope: 'all' or 'mine'.
	 *
	 * @since 0.1.0
	 */
	public function dashboard_scope(): string {
		return $this->stored()['dashboard_scope'];
	}

	/**
	 * Whether all data goes when the plugin is uninstalled.
	 *
	 * @since 0.1.0
	 */
	public function delete_data_on_uninstall(): bool {
		return $this->stored()['delete_data_on_uninstall'];
	}

	/**
	 * Sender of the plugin's emails; empty strings mean WordPress's defaults.
	 *
	 * @since 0.1.0
	 *
	 * @return array{name: string, email: string}
	 */
	public function sender(): array {
		$stored = $this->stored();
		return array(
			'name'  => $stored['sender_name'],
			'email' => $stored['sender_email'],
		);
	}

	/**
	 * Colours of the front pages.
	 *
	 * @since 0.1.0
	 *
	 * @return Colors
	 */
	public function colors(): array {
		return $this->stored()['colors'];
	}

	/**
	 * One email type's template: on/off, subject and body (the translated default when not edited).
	 *
	 * @since 0.1.0
	 *
	 * @param string $type Email type (Email_Templates constants).
	 * @return Template
	 */
	public function email_template( string $type ): array {
		$defaults = Email_Templates::defaults();
		$default  = $defaults[ $type ] ?? array(
			'enabled' => false,
			'subject' => '',
			'body'    => '',
		);
		$stored   = $this->stored()['emails'][ $type ] ?? array( 'enabled' => true );
		return array(
			'enabled' => $stored['enabled'],
			'subject' => $stored['subject'] ?? $default['subject'],
			'body'    => $stored['body'] ?? $default['body'],
		);
	}

	/**
	 * Every email type's template.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, Template>
	 */
	public function email_templates(): array {
		$out = array();
		foreach ( Email_Templates::types() as $type ) {
			$out[ $type ] = $this->email_template( $type );
		}
		return $out;
	}

	/**
	 * Ids of the plugin's front pages, by key (e.g. 'coach_home'), as stored by the front-pages code.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, int>
	 */
	public function page_ids(): array {
		return $this->stored()['pages'];
	}

	/**
	 * Records ids of front pages (merged with the ones stored; 0 forgets one).
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, int> $pages Key (lower-case letters and underscores) => page id.
	 */
	public function set_page_ids( array $pages ): void {
		$stored = $this->stored();
		foreach ( $pages as $key => $id ) {
			if ( ! is_string( $key ) || ! preg_match( '/^[a-z_]{1,40}$/', $key ) ) {
				continue;
			}
			if ( (int) $id > 0 ) {
				$stored['pages'][ $key ] = (int) $id;
			} else {
				unset( $stored['pages'][ $key ] );
			}
		}
		$this->save( $stored );
	}

	/**
	 * Validates a partial settings object and merges it: nothing is saved unless every field is valid.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $changes Partial settings object.
	 * @return Settings_Array|WP_Error The settings after the change, or a 400 naming each invalid field.
	 */
	public function update( array $changes ) {
		$valid = $this->validate( $changes );
		if ( is_wp_error( $valid ) ) {
			return $valid;
		}
		$stored = $this->stored();
		foreach ( $valid as $key => $value ) {
			if ( 'emails' === $key ) {
				$stored['emails'] = $this->merge_emails( $stored['emails'], $value );
			} elseif ( 'colors' === $key ) {
				$stored['colors'] = array_merge( $stored['colors'], $value );
			} elseif ( 'coach_capabilities' !== $key ) {
				$stored[ $key ] = $value;
			}
		}
		$this->save( $this->sanitize_stored( $stored ) );
		if ( isset( $valid['coach_capabilities'] ) ) {
			Capabilities::set_coach_capabilities( $valid['coach_capabilities'] );
		}
		return $this->all();
	}

	/**
	 * Checks a partial settings object. Returns the normalised values, or a 400 `rest_invalid_param`
	 * whose `params` name each invalid field (nested ones as `emails.welcome.subject`, `colors.accent`).
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $changes Partial settings object.
	 * @return array<string, mixed>|WP_Error
	 */
	public function validate( array $changes ) {
		$errors = array();
		$out    = array();
		$allow  = self::defaults();
		foreach ( $changes as $key => $value ) {
			$key = (string) $key;
			if ( ! array_key_exists( $key, $allow ) ) {
				$errors[ $key ] = __( 'Unknown setting.', 'joolweb-sessions-pro' );
				continue;
			}
			switch ( $key ) {
				case 'delete_data_on_uninstall':
				case 'measurements_enabled':
					if ( ! is_bool( $value ) && ! rest_is_boolean( $value ) ) {
						$errors[ $key ] = __( 'Use true or false.', 'joolweb-sessions-pro' );
					} else {
						$out[ $key ] = self::to_bool( $value );
					}
					break;
				case 'currency':
					if ( ! is_string( $value ) || ! preg_match( '/^[A-Z]{3}$/', $value ) ) {
						$errors[ $key ] = __( 'Enter a three-letter currency code, such as EUR.', 'joolweb-sessions-pro' );
					} else {
						$out[ $key ] = $value;
					}
					break;
				case 'cancellation_window_hours':
				case 'reminder_hours':
					$choices = 'reminder_hours' === $key ? self::REMINDER_HOURS : self::CANCELLATION_WINDOWS;
					if ( ! self::is_int_like( $value ) || ! in_array( (int) $value, $choices, true ) ) {
						/* translators: %s: allowed values. */
						$errors[ $key ] = sprintf( __( 'Use one of: %s.', 'joolweb-sessions-pro' ), implode( ', ', $choices ) );
					} else {
						$out[ $key ] = (int) $value;
					}
					break;
				case 'dashboard_scope':
					if ( ! in_array( $value, self::DASHBOARD_SCOPES, true ) ) {
						/* translators: %s: allowed values. */
						$errors[ $key ] = sprintf( __( 'Use one of: %s.', 'joolweb-sessions-pro' ), implode( ', ', self::DASHBOARD_SCOPES ) );
					} else {
						$out[ $key ] = $value;
					}
					break;
				case 'sender_name':
					$name = is_string( $value ) ? Email_Templates::one_line( $value ) : null;
					if ( null === $name || mb_strlen( $name ) > self::SENDER_NAME_MAX ) {
						/* translators: %d: maximum number of characters. */
						$errors[ $key ] = sprintf( __( 'Enter a name of at most %d characters, or leave it empty.', 'joolweb-sessions-pro' ), self::SENDER_NAME_MAX );
					} else {
						$out[ $key ] = $name;
					}
					break;
				case 'sender_email':
					$email = is_string( $value ) ? strtolower( Email_Templates::one_line( $value ) ) : null;
					if ( null === $email || ( '' !== $email && ( strlen( $email ) > 100 || ! is_email( $email ) ) ) ) {
						$errors[ $key ] = __( 'Enter a valid email address, or leave it empty.', 'joolweb-sessions-pro' );
					} else {
						$out[ $key ] = $email;
					}
					break;
				case 'emails':
					$emails = $this->validate_emails( $value, $errors );
					if ( null !== $emails ) {
						$out[ $key ] = $emails;
					}
					break;
				case 'coach_capabilities':
					$caps = is_array( $value ) && array_is_list( $value ) ? $value : null;
					if ( null === $caps || array_diff( $caps, Capabilities::all() ) ) {
						/* translators: %s: capability names. */
						$errors[ $key ] = sprintf( __( 'Use capabilities among: %s.', 'joolweb-sessions-pro' ), implode( ', ', Capabilities::all() ) );
					} else {
						$out[ $key ] = array_values( array_intersect( Capabilities::all(), $caps ) );
					}
					break;
				case 'colors':
					$colors = $this->validate_colors( $value, $errors );
					if ( null !== $colors ) {
						$out[ $key ] = $colors;
					}
					break;
			}
		}
		if ( $errors ) {
			return new WP_Error(
				'rest_invalid_param',
				/* translators: %s: comma-separated field names. */
				sprintf( __( 'Invalid parameter(s): %s', 'joolweb-sessions-pro' ), implode( ', ', array_keys( $errors ) ) ),
				array(
					'status' => 400,
					'params' => $errors,
				)
			);
		}
		return $out;
	}

	/**
	 * Checks a subject or body of an email type (placeholders that apply, length, not empty).
	 *
	 * @since 0.1.0
	 *
	 * @param string $type  Email type.
	 * @param string $field 'subject' or 'body'.
	 * @param mixed  $value Value.
	 * @return string|WP_Error The normalised text, or an error whose message says what is wrong.
	 */
	public static function check_email_text( string $type, string $field, $value ) {
		if ( ! is_string( $value ) ) {
			return new WP_Error( 'invalid', __( 'Enter a text.', 'joolweb-sessions-pro' ) );
		}
		if ( 'subject' === $field ) {
			$text = Email_Templates::one_line( $value );
			$max  = Email_Templates::SUBJECT_MAX;
		} else {
			$text = trim( str_replace( array( "\r\n", "\r" ), "\n", wp_check_invalid_utf8( $value, true ) ) );
			$max  = Email_Templates::BODY_MAX;
		}
		if ( '' === $text ) {
			return new WP_Error( 'invalid', 'subject' === $field ? __( 'Enter a subject.', 'joolweb-sessions-pro' ) : __( 'Enter the text of the email.', 'joolweb-sessions-pro' ) );
		}
		if ( mb_strlen( $text ) > $max ) {
			/* translators: %d: maximum number of characters. */
			return new WP_Error( 'invalid', sprintf( __( 'Use at most %d characters.', 'joolweb-sessions-pro' ), $max ) );
		}
		$unknown = Email_Templates::unknown_tokens( $type, $text );
		if ( $unknown ) {
			$wrap = static fn( string $name ): string => '{' . $name . '}';
			return new WP_Error(
				'invalid',
				sprintf(
					/* translators: 1: unknown placeholders, 2: the placeholders this email can use. */
					_n( 'Unknown placeholder %1$s. This email can use: %2$s.', 'Unknown placeholders %1$s. This email can use: %2$s.', count( $unknown ), 'joolweb-sessions-pro' ),
					implode( ', ', array_map( $wrap, $unknown ) ),
					implode( ', ', array_map( $wrap, Email_Templates::placeholders_for( $type ) ) )
				)
			);
		}
		return $text;
	}

	/**
	 * Normalises a stored option value (register_setting's sanitize callback). Idempotent.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $value Raw value.
	 * @return Stored
	 */
	public function sanitize_stored( $value ): array {
		$raw      = is_array( $value ) ? $value : array();
		$defaults = self::defaults();
		$currency = isset( $raw['currency'] ) && is_string( $raw['currency'] ) ? strtoupper( $raw['currency'] ) : '';
		$window   = (int) ( $raw['cancellation_window_hours'] ?? -1 );
		$reminder = (int) ( $raw['reminder_hours'] ?? -1 );
		$scope    = $raw['dashboard_scope'] ?? '';
		$email    = isset( $raw['sender_email'] ) && is_string( $raw['sender_email'] ) ? $raw['sender_email'] : '';

		$emails = array();
		foreach ( Email_Templates::types() as $type ) {
			$entry = isset( $raw['emails'][ $type ] ) && is_array( $raw['emails'][ $type ] ) ? $raw['emails'][ $type ] : array();
			$clean = array( 'enabled' => (bool) ( $entry['enabled'] ?? true ) );
			foreach ( array( 'subject', 'body' ) as $field ) {
				if ( isset( $entry[ $field ] ) && is_string( $entry[ $field ] ) && '' !== trim( $entry[ $field ] ) ) {
					$clean[ $field ] = 'subject' === $field ? Email_Templates::one_line( $entry[ $field ] ) : $entry[ $field ];
				}
			}
			if ( array( 'enabled' => true ) !== $clean ) {
				$emails[ $type ] = $clean;
			}
		}
		$colors = self::default_colors();
		foreach ( array_keys( $colors ) as $key ) {
			$color = isset( $raw['colors'][ $key ] ) && is_string( $raw['colors'][ $key ] ) ? sanitize_hex_color( $raw['colors'][ $key ] ) : null;
			if ( $color ) {
				$colors[ $key ] = strtolower( $color );
			}
		}
		$pages = array();
		foreach ( isset( $raw['pages'] ) && is_array( $raw['pages'] ) ? $raw['pages'] : array() as $key => $id ) {
			if ( is_string( $key ) && preg_match( '/^[a-z_]{1,40}$/', $key ) && (int) $id > 0 ) {
				$pages[ $key ] = (int) $id;
			}
		}
		return array(
			'delete_data_on_uninstall'  => (bool) ( $raw['delete_data_on_uninstall'] ?? false ),
			'currency'                  => preg_match( '/^[A-Z]{3}$/', $currency ) ? $currency : $defaults['currency'],
			'cancellation_window_hours' => in_array( $window, self::CANCELLATION_WINDOWS, true ) ? $window : $defaults['cancellation_window_hours'],
			'measurements_enabled'      => (bool) ( $raw['measurements_enabled'] ?? false ),
			'dashboard_scope'           => in_array( $scope, self::DASHBOARD_SCOPES, true ) ? (string) $scope : $defaults['dashboard_scope'],
			'sender_name'               => isset( $raw['sender_name'] ) && is_string( $raw['sender_name'] ) ? Text::limit( Email_Templates::one_line( $raw['sender_name'] ), self::SENDER_NAME_MAX ) : '',
			'sender_email'              => '' !== $email && is_email( $email ) ? strtolower( $email ) : '',
			'reminder_hours'            => in_array( $reminder, self::REMINDER_HOURS, true ) ? $reminder : $defaults['reminder_hours'],
			'emails'                    => $emails,
			'colors'                    => $colors,
			'pages'                     => $pages,
		);
	}

	/**
	 * The stored settings, normalised once per option value.
	 *
	 * @since 0.1.0
	 *
	 * @return Stored
	 */
	private function stored(): array {
		$raw = get_option( self::OPTION, array() );
		if ( null === $this->stored || $raw !== $this->raw ) {
			$this->raw    = $raw;
			$this->stored = $this->sanitize_stored( $raw );
		}
		return $this->stored;
	}

	/**
	 * Writes the stored settings (autoloaded: they are read on most requests).
	 *
	 * @since 0.1.0
	 *
	 * @param Stored $stored Settings.
	 */
	private function save( array $stored ): void {
		update_option( self::OPTION, $stored, true );
		$this->stored = null;
	}

	/**
	 * Applies validated email changes: `subject` / `body` equal to the translated default are not
	 * stored, so the text keeps following the site's language.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, Stored_Email>               $stored  Stored emails.
	 * @param array<string, array<string, string|bool>> $changes Validated changes per type.
	 * @return array<string, Stored_Email>
	 */
	private function merge_emails( array $stored, array $changes ): array {
		$defaults = Email_Templates::defaults();
		foreach ( $changes as $type => $change ) {
			$entry = $stored[ $type ] ?? array( 'enabled' => true );
			if ( array_key_exists( 'enabled', $change ) ) {
				$entry['enabled'] = (bool) $change['enabled'];
			}
			foreach ( array( 'subject', 'body' ) as $field ) {
				if ( ! array_key_exists( $field, $change ) ) {
					continue;
				}
				if ( $change[ $field ] === $defaults[ $type ][ $field ] ) {
					unset( $entry[ $field ] );
				} else {
					$entry[ $field ] = (string) $change[ $field ];
				}
			}
			$stored[ $type ] = $entry;
		}
		return $stored;
	}

	/**
	 * Checks the `emails` part of a change.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed                 $value  Value.
	 * @param array<string, string> $errors Errors, by field (added to).
	 * @return array<string, array<string, string|bool>>|null
	 */
	private function validate_emails( $value, array &$errors ): ?array {
		if ( ! is_array( $value ) || ( $value && array_is_list( $value ) ) ) {
			$errors['emails'] = __( 'Give the emails as an object keyed by email type.', 'joolweb-sessions-pro' );
			return null;
		}
		$out = array();
		foreach ( $value as $type => $entry ) {
			$type = (string) $type;
			$path = 'emails.' . $type;
			if ( ! in_array( $type, Email_Templates::types(), true ) ) {
				$errors[ $path ] = __( 'Unknown email type.', 'joolweb-sessions-pro' );
				continue;
			}
			if ( ! is_array( $entry ) || ( $entry && array_is_list( $entry ) ) ) {
				$errors[ $path ] = __( 'Give enabled, subject and body.', 'joolweb-sessions-pro' );
				continue;
			}
			$clean = array();
			foreach ( $entry as $field => $field_value ) {
				$field = (string) $field;
				if ( 'enabled' === $field ) {
					if ( ! is_bool( $field_value ) && ! rest_is_boolean( $field_value ) ) {
						$errors[ $path . '.enabled' ] = __( 'Use true or false.', 'joolweb-sessions-pro' );
					} else {
						$clean['enabled'] = self::to_bool( $field_value );
					}
				} elseif ( 'subject' === $field || 'body' === $field ) {
					$text = self::check_email_text( $type, $field, $field_value );
					if ( is_wp_error( $text ) ) {
						$errors[ $path . '.' . $field ] = $text->get_error_message();
					} else {
						$clean[ $field ] = $text;
					}
				} else {
					$errors[ $path . '.' . $field ] = __( 'Unknown setting.', 'joolweb-sessions-pro' );
				}
			}
			$out[ $type ] = $clean;
		}
		return $out;
	}

	/**
	 * Checks the `colors` part of a change.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed                 $value  Value.
	 * @param array<string, string> $errors Errors, by field (added to).
	 * @return array<string, string>|null
	 */
	private function validate_colors( $value, array &$errors ): ?array {
		if ( ! is_array( $value ) || ( $value && array_is_list( $value ) ) ) {
			$errors['colors'] = __( 'Give the colours as an object: accent, text, background.', 'joolweb-sessions-pro' );
			return null;
		}
		$out = array();
		foreach ( $value as $key => $color ) {
			$key = (string) $key;
			if ( ! array_key_exists( $key, self::default_colors() ) ) {
				$errors[ 'colors.' . $key ] = __( 'Unknown setting.', 'joolweb-sessions-pro' );
			} elseif ( ! is_string( $color ) || ! preg_match( '/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/', $color ) ) {
				$errors[ 'colors.' . $key ] = __( 'Enter a colour as #rrggbb, for example #2271b1.', 'joolweb-sessions-pro' );
			} else {
				$out[ $key ] = strtolower( $color );
			}
		}
		return $out;
	}

	/**
	 * The coach role's default plugin capabilities.
	 *
	 * @since 0.1.0
	 *
	 * @return list<string>
	 */
	private static function default_coach_capabilities(): array {
		return array_values( array_intersect( Capabilities::all(), Capabilities::default_grants()[ Capabilities::ROLE_COACH ] ?? array() ) );
	}

	/**
	 * A boolean-like value (checked with rest_is_boolean()) as a boolean.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $value true, false, 1, 0, '1', '0', 'true', 'false', ''.
	 */
	private static function to_bool( $value ): bool {
		return is_bool( $value ) ? $value : in_array( strtolower( (string) $value ), array( '1', 'true' ), true );
	}

	/**
	 * Whether a value is an integer or a string of digits.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $value Value.
	 */
	private static function is_int_like( $value ): bool {
		return is_int( $value ) || ( is_string( $value ) && preg_match( '/^\d{1,3}$/', $value ) );
	}
}
