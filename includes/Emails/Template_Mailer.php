<?php
/**
 * Sends the plugin's emails from their templates in Settings → Emails.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Emails;

use Joolweb\SessionsPro\Settings\Settings;
use WP_Error;
use WP_User;

defined( 'ABSPATH' ) || exit;

/**
 * Composes an email from its type's template (on/off, subject, body) in the recipient's language,
 * in the format sent (plain text by default; `joolwebsp_email_format` may choose 'html'), and sends
 * it through the Mailer, which logs it. Also the preview and the test email of the Settings screen.
 *
 * @since 0.1.0
 */
final class Template_Mailer {

	/** Log type of test emails. */
	public const TEST_LOG_TYPE = 'test';

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Mailer   $mailer   Mailer (sends and logs).
	 * @param Settings $settings Settings (templates).
	 */
	public function __construct( private Mailer $mailer, private Settings $settings ) {
	}

	/**
	 * The log type of an email type (the names the email log has always used).
	 *
	 * @since 0.1.0
	 *
	 * @param string $type Email type.
	 */
	public static function log_type( string $type ): string {
		$map = array(
			Email_Templates::BOOKING_CONFIRMATION => 'session_confirmation',
			Email_Templates::CANCELLATION         => 'session_cancellation',
			Email_Templates::REMINDER             => 'session_reminder',
		);
		return $map[ $type ] ?? $type;
	}

	/**
	 * Whether an email type is switched on.
	 *
	 * @since 0.1.0
	 *
	 * @param string $type Email type.
	 */
	public function is_enabled( string $type ): bool {
		return $this->settings->email_template( $type )['enabled'];
	}

	/**
	 * The format emails are sent in: 'text' (default) or 'html'.
	 *
	 * @since 0.1.0
	 */
	public function format(): string {
		/**
		 * Filters the format of the plugin's emails. Values are escaped for the format chosen.
		 *
		 * @since 0.1.0
		 *
		 * @param string $format 'text' or 'html'.
		 */
		return 'html' === apply_filters( 'joolwebsp_email_format', 'text' ) ? 'html' : 'text';
	}

	/**
	 * The "switched off" error returned instead of sending.
	 *
	 * @since 0.1.0
	 *
	 * @param string $type Email type.
	 */
	public static function disabled_error( string $type ): WP_Error {
		return new WP_Error(
			'joolwebsp_email_disabled',
			sprintf(
				/* translators: %s: email type label. */
				__( 'The email "%s" is switched off in Settings → Emails.', 'joolweb-sessions-pro' ),
				Email_Templates::labels()[ $type ] ?? $type
			),
			array( 'status' => 409 )
		);
	}

	/**
	 * Composes an email of a type from its template, in the recipient's language.
	 *
	 * @since 0.1.0
	 *
	 * @param string                $type              Email type.
	 * @param array<string, string> $values            Placeholder values (see Email_Templates::placeholders_for()).
	 * @param int                   $recipient_user_id User whose language the email is written in (0: the site's).
	 * @return array{subject: string, message: string, headers: list<string>}|WP_Error The email, or `joolwebsp_email_disabled`.
	 */
	public function compose( string $type, array $values, int $recipient_user_id = 0 ) {
		$switched = $recipient_user_id > 0 ? switch_to_user_locale( $recipient_user_id ) : switch_to_locale( get_locale() );
		try {
			$template = $this->settings->email_template( $type );
			if ( ! $template['enabled'] ) {
				return self::disabled_error( $type );
			}
			$values = $this->with_site_name( $values );
			return $this->render( $template['subject'], $template['body'], $values );
		} finally {
			if ( $switched ) {
				restore_previous_locale();
			}
		}
	}

	/**
	 * Composes and sends an email of a type, logged by the Mailer.
	 *
	 * @since 0.1.0
	 *
	 * @param string                $type              Email type.
	 * @param string                $to                Recipient address.
	 * @param array<string, string> $values            Placeholder values.
	 * @param int                   $client_id         Client the email is about (for the log).
	 * @param int|null              $session_id        Session the email is about, if any.
	 * @param int                   $recipient_user_id User whose language the email is written in.
	 * @return true|WP_Error
	 */
	public function send( string $type, string $to, array $values, int $client_id, ?int $session_id = null, int $recipient_user_id = 0 ) {
		$email = $this->compose( $type, $values, $recipient_user_id );
		if ( is_wp_error( $email ) ) {
			return $email;
		}
		/**
		 * Filters an email of the plugin before it is sent.
		 *
		 * @since 0.1.0
		 *
		 * @param array{subject: string, message: string, headers: list<string>} $email  The email.
		 * @param string                                                         $type   Email type.
		 * @param array<string, string>                                          $values Placeholder values.
		 */
		$email = (array) apply_filters( 'joolwebsp_email', $email, $type, $values );
		return $this->mailer->send(
			$client_id,
			self::log_type( $type ),
			$to,
			(string) ( $email['subject'] ?? '' ),
			(string) ( $email['message'] ?? '' ),
			$session_id,
			array_values( array_map( 'strval', (array) ( $email['headers'] ?? array() ) ) )
		);
	}

	/**
	 * Whether an email of a type was sent successfully about a session.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $session_id Session.
	 * @param string $type       Email type.
	 */
	public function was_sent( int $session_id, string $type ): bool {
		return $this->mailer->was_sent( $session_id, self::log_type( $type ) );
	}

	/**
	 * A preview with sample data, of the saved template or of the texts given (a draft).
	 *
	 * @since 0.1.0
	 *
	 * @param string      $type    Email type.
	 * @param WP_User     $user    Current user (the sample coach).
	 * @param string|null $subject Draft subject, or null for the saved one.
	 * @param string|null $body    Draft body, or null for the saved one.
	 * @return array{subject: string, message: string, headers: list<string>}
	 */
	public function preview( string $type, WP_User $user, ?string $subject = null, ?string $body = null ): array {
		$template = $this->settings->email_template( $type );
		return $this->render( $subject ?? $template['subject'], $body ?? $template['body'], $this->with_site_name( $this->sample_values( $type, $user ) ) );
	}

	/**
	 * Sends a preview to a user (the Settings screen's "Send test email"), whether or not the type is
	 * switched on. Logged with the type `test`.
	 *
	 * @since 0.1.0
	 *
	 * @param string      $type    Email type.
	 * @param WP_User     $user    Recipient (the current user).
	 * @param string|null $subject Draft subject, or null for the saved one.
	 * @param string|null $body    Draft body, or null for the saved one.
	 * @return true|WP_Error
	 */
	public function send_test( string $type, WP_User $user, ?string $subject = null, ?string $body = null ) {
		$email = $this->preview( $type, $user, $subject, $body );
		return $this->mailer->send( 0, self::TEST_LOG_TYPE, $user->user_email, $email['subject'], $email['message'], null, $email['headers'] );
	}

	/**
	 * Sample values of a type's placeholders, for previews and test emails.
	 *
	 * @since 0.1.0
	 *
	 * @param string  $type Email type.
	 * @param WP_User $user Current user (the sample coach).
	 * @return array<string, string>
	 */
	public function sample_values( string $type, WP_User $user ): array {
		$start  = ( new \DateTimeImmutable( 'tomorrow 10:00', wp_timezone() ) )->getTimestamp();
		$values = array(
			'client_first_name' => __( 'Alex', 'joolweb-sessions-pro' ),
			'client_name'       => __( 'Alex Martin', 'joolweb-sessions-pro' ),
			'coach_name'        => $user->display_name,
			'session_date'      => (string) wp_date( (string) get_option( 'date_format' ), $start ),
			'session_time'      => (string) wp_date( (string) get_option( 'time_format' ), $start ),
			'session_location'  => __( 'Studio, 12 Main Street', 'joolweb-sessions-pro' ),
			'session_link'      => 'https://meet.example.com/alex-martin',
			'login_link'        => wp_login_url(),
		);
		return array_intersect_key( $values, array_flip( Email_Templates::placeholders_for( $type ) ) );
	}

	/**
	 * Renders subject and body in the format sent.
	 *
	 * @since 0.1.0
	 *
	 * @param string                $subject Subject template.
	 * @param string                $body    Body template.
	 * @param array<string, string> $values  Values.
	 * @return array{subject: string, message: string, headers: list<string>}
	 */
	private function render( string $subject, string $body, array $values ): array {
		$format = $this->format();
		return array(
			'subject' => Email_Templates::render_subject( $subject, $values ),
			'message' => Email_Templates::render_body( $body, $values, $format ),
			'headers' => 'html' === $format ? array( 'Content-Type: text/html; charset=UTF-8' ) : array(),
		);
	}

	/**
	 * Adds the site name (as text: WordPress stores it HTML-encoded).
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, string> $values Values.
	 * @return array<string, string>
	 */
	private function with_site_name( array $values ): array {
		$values['site_name'] = wp_specialchars_decode( (string) get_bloginfo( 'name' ), ENT_QUOTES );
		return $values;
	}
}
