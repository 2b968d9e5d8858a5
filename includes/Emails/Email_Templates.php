<?php
/**
 * The email types, their placeholders and their default texts.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Emails;

defined( 'ABSPATH' ) || exit;

/**
 * The one list of email types: who receives each, which placeholders apply, the default subject and
 * body (English, translatable: French comes from the translation files), and the placeholder rules
 * (find, check, render). Pure: no settings, no sending.
 *
 * Rendering rules:
 * - `{name}` is replaced by its value; a placeholder that does not apply to the type stays as typed
 *   (saving refuses it, so only text stored before a change can hold one).
 * - In the body, a line whose placeholders all came out empty is left out ("Where: {session_location}"
 *   disappears when the session has no location).
 * - Values are single lines (line breaks removed). In the subject they are plain text; in an HTML
 *   body they are escaped, so a client named `<b>x</b>` never becomes markup.
 *
 * @since 0.1.0
 *
 * @phpstan-type Template array{enabled: bool, subject: string, body: string}
 */
final class Email_Templates {

	public const WELCOME              = 'welcome';
	public const PASSWORD_RESET       = 'password_reset';
	public const BOOKING_CONFIRMATION = 'booking_confirmation';
	public const SESSION_UPDATE       = 'session_update';
	public const CANCELLATION         = 'cancellation';
	public const REMINDER             = 'reminder';
	public const CLIENT_CANCELLED     = 'client_cancelled';

	public const SUBJECT_MAX = 255;
	public const BODY_MAX    = 10000;

	/** Placeholder syntax: what looks like one is checked, so a typo is caught on save. */
	private const TOKEN = '/\{([A-Za-z0-9_]+)\}/';

	/**
	 * Email types in screen order.
	 *
	 * @since 0.1.0
	 *
	 * @return list<string>
	 */
	public static function types(): array {
		return array(
			self::WELCOME,
			self::PASSWORD_RESET,
			self::BOOKING_CONFIRMATION,
			self::SESSION_UPDATE,
			self::CANCELLATION,
			self::REMINDER,
			self::CLIENT_CANCELLED,
		);
	}

	/**
	 * Every placeholder with what it stands for.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, string>
	 */
	public static function placeholders(): array {
		return array(
			'client_first_name' => __( 'First name of the client', 'joolweb-sessions-pro' ),
			'client_name'       => __( 'First and last name of the client', 'joolweb-sessions-pro' ),
			'coach_name'        => __( 'Name of the coach who leads the session', 'joolweb-sessions-pro' ),
			'session_date'      => __( 'Date of the session', 'joolweb-sessions-pro' ),
			'session_time'      => __( 'Start time of the session', 'joolweb-sessions-pro' ),
			'session_location'  => __( 'Location of the session', 'joolweb-sessions-pro' ),
			'session_link'      => __( 'Video link of the session', 'joolweb-sessions-pro' ),
			'site_name'         => __( 'Name of this site', 'joolweb-sessions-pro' ),
			'login_link'        => __( 'Login link (for login details and password reset: the link to choose a password)', 'joolweb-sessions-pro' ),
		);
	}

	/**
	 * The placeholders that apply to a type.
	 *
	 * @since 0.1.0
	 *
	 * @param string $type Email type.
	 * @return list<string>
	 */
	public static function placeholders_for( string $type ): array {
		$account = array( 'client_first_name', 'client_name', 'site_name', 'login_link' );
		$session = array( 'client_first_name', 'client_name', 'coach_name', 'session_date', 'session_time', 'session_location', 'session_link', 'site_name', 'login_link' );
		switch ( $type ) {
			case self::WELCOME:
			case self::PASSWORD_RESET:
				return $account;
			case self::CLIENT_CANCELLED:
				return array_values( array_diff( $session, array( 'login_link' ) ) );
			default:
				return in_array( $type, self::types(), true ) ? $session : array();
		}
	}

	/**
	 * Who receives a type: the client, or the coach.
	 *
	 * @since 0.1.0
	 *
	 * @param string $type Email type.
	 */
	public static function recipient( string $type ): string {
		return self::CLIENT_CANCELLED === $type ? 'coach' : 'client';
	}

	/**
	 * Screen label of each type.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, string>
	 */
	public static function labels(): array {
		return array(
			self::WELCOME              => __( 'Welcome / login details', 'joolweb-sessions-pro' ),
			self::PASSWORD_RESET       => __( 'Password reset', 'joolweb-sessions-pro' ),
			self::BOOKING_CONFIRMATION => __( 'Booking confirmation', 'joolweb-sessions-pro' ),
			self::SESSION_UPDATE       => __( 'Session update', 'joolweb-sessions-pro' ),
			self::CANCELLATION         => __( 'Cancellation', 'joolweb-sessions-pro' ),
			self::REMINDER             => __( 'Reminder before a session', 'joolweb-sessions-pro' ),
			self::CLIENT_CANCELLED     => __( 'Client cancelled (to the coach)', 'joolweb-sessions-pro' ),
		);
	}

	/**
	 * Default templates, translated in the current locale.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, Template>
	 */
	public static function defaults(): array {
		/* translators: Keep the placeholder {client_first_name} as it is. */
		$hello = __( 'Hello {client_first_name},', 'joolweb-sessions-pro' );
		$lines = static fn( string ...$lines ): string => implode( "\n", $lines );
		$where = array(
			/* translators: Keep the placeholders in braces as they are. */
			__( 'When: {session_date} at {session_time}', 'joolweb-sessions-pro' ),
			/* translators: Keep the placeholder {session_location} as it is. */
			__( 'Where: {session_location}', 'joolweb-sessions-pro' ),
			/* translators: Keep the placeholder {session_link} as it is. */
			__( 'Video link: {session_link}', 'joolweb-sessions-pro' ),
			/* translators: Keep the placeholder {coach_name} as it is. */
			__( 'With: {coach_name}', 'joolweb-sessions-pro' ),
		);
		/* translators: Keep the placeholder {login_link} as it is. */
		$see = __( 'Your sessions: {login_link}', 'joolweb-sessions-pro' );

		return array(
			self::WELCOME              => array(
				'enabled' => true,
				/* translators: Keep the placeholder {site_name} as it is. */
				'subject' => __( '[{site_name}] Your account details', 'joolweb-sessions-pro' ),
				'body'    => $lines(
					$hello,
					'',
					/* translators: Keep the placeholder {site_name} as it is. */
					__( 'An account has been created for you on {site_name}. You log in with your email address.', 'joolweb-sessions-pro' ),
					'',
					__( 'To choose your password, visit this address:', 'joolweb-sessions-pro' ),
					'{login_link}',
					'',
					__( 'The link can be used once and expires after a day. If it has expired, use "Lost your password?" on the login page.', 'joolweb-sessions-pro' )
				),
			),
			self::PASSWORD_RESET       => array(
				'enabled' => true,
				/* translators: Keep the placeholder {site_name} as it is. */
				'subject' => __( '[{site_name}] Password reset', 'joolweb-sessions-pro' ),
				'body'    => $lines(
					$hello,
					'',
					/* translators: Keep the placeholder {site_name} as it is. */
					__( 'Someone asked to reset the password of your account on {site_name}. If it was not you, ignore this email: nothing changes.', 'joolweb-sessions-pro' ),
					'',
					__( 'To choose a new password, visit this address:', 'joolweb-sessions-pro' ),
					'{login_link}'
				),
			),
			self::BOOKING_CONFIRMATION => array(
				'enabled' => true,
				/* translators: Keep the placeholders in braces as they are. */
				'subject' => __( '[{site_name}] Session booked: {session_date} at {session_time}', 'joolweb-sessions-pro' ),
				'body'    => $lines( $hello, '', __( 'Your session is booked:', 'joolweb-sessions-pro' ), ...array_merge( $where, array( '', $see ) ) ),
			),
			self::SESSION_UPDATE       => array(
				'enabled' => true,
				/* translators: Keep the placeholders in braces as they are. */
				'subject' => __( '[{site_name}] Session updated: {session_date} at {session_time}', 'joolweb-sessions-pro' ),
				'body'    => $lines( $hello, '', __( 'Your session has changed. Here are the new details:', 'joolweb-sessions-pro' ), ...array_merge( $where, array( '', $see ) ) ),
			),
			self::CANCELLATION         => array(
				'enabled' => true,
				/* translators: Keep the placeholders in braces as they are. */
				'subject' => __( '[{site_name}] Session cancelled: {session_date} at {session_time}', 'joolweb-sessions-pro' ),
				'body'    => $lines(
					$hello,
					'',
					/* translators: Keep the placeholders in braces as they are. */
					__( 'Your session on {session_date} at {session_time} has been cancelled.', 'joolweb-sessions-pro' ),
					'',
					$see
				),
			),
			self::REMINDER             => array(
				'enabled' => true,
				/* translators: Keep the placeholders in braces as they are. */
				'subject' => __( '[{site_name}] Reminder: your session on {session_date} at {session_time}', 'joolweb-sessions-pro' ),
				'body'    => $lines( $hello, '', __( 'A reminder of your next session:', 'joolweb-sessions-pro' ), ...array_merge( $where, array( '', $see ) ) ),
			),
			self::CLIENT_CANCELLED     => array(
				'enabled' => true,
				/* translators: Keep the placeholders in braces as they are. */
				'subject' => __( '[{site_name}] {client_name} cancelled the session on {session_date}', 'joolweb-sessions-pro' ),
				'body'    => $lines(
					/* translators: Keep the placeholder {coach_name} as it is. */
					__( 'Hello {coach_name},', 'joolweb-sessions-pro' ),
					'',
					/* translators: Keep the placeholders in braces as they are. */
					__( '{client_name} cancelled their session from the client area:', 'joolweb-sessions-pro' ),
					$where[0],
					$where[1],
					$where[2]
				),
			),
		);
	}

	/**
	 * The placeholder names written in a text (`{name}`), in order of appearance, without repeats.
	 *
	 * @since 0.1.0
	 *
	 * @param string $text Subject or body.
	 * @return list<string>
	 */
	public static function tokens( string $text ): array {
		preg_match_all( self::TOKEN, $text, $matches );
		return array_values( array_unique( $matches[1] ) );
	}

	/**
	 * The placeholders of a text that do not apply to a type (or do not exist).
	 *
	 * @since 0.1.0
	 *
	 * @param string $type Email type.
	 * @param string $text Subject or body.
	 * @return list<string>
	 */
	public static function unknown_tokens( string $type, string $text ): array {
		return array_values( array_diff( self::tokens( $text ), self::placeholders_for( $type ) ) );
	}

	/**
	 * A single-line text: control characters and line breaks removed (no header injection).
	 *
	 * @since 0.1.0
	 *
	 * @param string $text Text.
	 */
	public static function one_line( string $text ): string {
		$text = (string) preg_replace( '/[\x00-\x1F\x7F\x{2028}\x{2029}]+/u', ' ', $text );
		return trim( (string) preg_replace( '/ {2,}/', ' ', $text ) );
	}

	/**
	 * Renders a subject: plain text on one line, whatever the values hold.
	 *
	 * @since 0.1.0
	 *
	 * @param string                $subject Subject template.
	 * @param array<string, string> $values  Placeholder => value (only the type's placeholders).
	 */
	public static function render_subject( string $subject, array $values ): string {
		return self::one_line( self::replace( $subject, self::clean_values( $values ) ) );
	}

	/**
	 * Renders a body in the format sent: 'text' (values as they are) or 'html' (the template is
	 * filtered with wp_kses_post, values are escaped, line breaks become `<br>`).
	 *
	 * @since 0.1.0
	 *
	 * @param string                $body   Body template.
	 * @param array<string, string> $values Placeholder => value.
	 * @param string                $format 'text' or 'html'.
	 */
	public static function render_body( string $body, array $values, string $format = 'text' ): string {
		$values = self::clean_values( $values );
		$html   = 'html' === $format;
		$out    = array();
		foreach ( explode( "\n", str_replace( array( "\r\n", "\r" ), "\n", $body ) ) as $line ) {
			$tokens = array_values( array_intersect( self::tokens( $line ), array_keys( $values ) ) );
			if ( $tokens && ! array_filter( $tokens, static fn( string $t ): bool => '' !== $values[ $t ] ) ) {
				continue;
			}
			if ( $html ) {
				$line = self::replace( wp_kses_post( $line ), array_map( 'esc_html', $values ) );
			} else {
				$line = self::replace( $line, $values );
			}
			$out[] = $line;
		}
		$text = rtrim( implode( "\n", $out ) );
		return $html ? nl2br( $text, false ) : $text;
	}

	/**
	 * Replaces the placeholders present in $values in one pass (a value holding `{x}` is not expanded again).
	 *
	 * @since 0.1.0
	 *
	 * @param string                $text   Template.
	 * @param array<string, string> $values Values.
	 */
	private static function replace( string $text, array $values ): string {
		return (string) preg_replace_callback(
			self::TOKEN,
			static fn( array $m ): string => array_key_exists( $m[1], $values ) ? $values[ $m[1] ] : $m[0],
			$text
		);
	}

	/**
	 * Values as single lines.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, string> $values Values.
	 * @return array<string, string>
	 */
	private static function clean_values( array $values ): array {
		return array_map( array( self::class, 'one_line' ), $values );
	}
}
