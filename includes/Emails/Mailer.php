<?php
/**
 * Sends an email about a client and logs the outcome.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Emails;

use Joolweb\SessionsPro\Settings\Settings;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Wraps wp_mail(): captures the failure reason (`wp_mail_failed`) and writes one log row per email.
 * The sender name and address of Settings → Emails apply to the plugin's emails only, through
 * `wp_mail_from` / `wp_mail_from_name` while one is sent, and only when set (else WordPress's defaults).
 *
 * @since 0.1.0
 */
final class Mailer {

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Email_Log_Repository $log      Email log.
	 * @param Settings             $settings Settings (sender).
	 */
	public function __construct( private Email_Log_Repository $log, private Settings $settings ) {
	}

	/**
	 * Sends an email (plain text unless $headers say otherwise) and logs it.
	 *
	 * @since 0.1.0
	 *
	 * @param int          $client_id  Client the email is about (0 for none, e.g. a test email).
	 * @param string       $type       Log type, e.g. 'welcome'.
	 * @param string       $to         Recipient.
	 * @param string       $subject    Subject (line breaks are removed).
	 * @param string       $message    Body.
	 * @param int|null     $session_id Session the email is about, if any.
	 * @param list<string> $headers    Extra headers, e.g. a Content-Type.
	 * @return true|WP_Error
	 */
	public function send( int $client_id, string $type, string $to, string $subject, string $message, ?int $session_id = null, array $headers = array() ) {
		$subject = Email_Templates::one_line( $subject );
		return $this->capture(
			$client_id,
			$type,
			$to,
			$subject,
			static fn(): bool => wp_mail( $to, $subject, $message, $headers ),
			$session_id
		);
	}

	/**
	 * Whether an email of a type was already sent successfully about a session.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $session_id Session.
	 * @param string $type       Type.
	 */
	public function was_sent( int $session_id, string $type ): bool {
		return $this->log->session_has( $session_id, $type );
	}

	/**
	 * Runs a sending callback (ours or core's), captures its failure reason and logs the outcome.
	 *
	 * @since 0.1.0
	 *
	 * @param int      $client_id Client.
	 * @param string   $type      Log type.
	 * @param string   $to        Recipient.
	 * @param string   $subject   Subject as logged (by reference: the callback may learn the real one).
	 * @param callable $send      Returns true on success, false or WP_Error on failure.
	 * @param int|null $session_id Session, if any.
	 * @phpstan-param callable(): (bool|WP_Error) $send
	 * @return true|WP_Error
	 */
	public function capture( int $client_id, string $type, string $to, string &$subject, callable $send, ?int $session_id = null ) {
		$failure  = null;
		$listener = static function ( WP_Error $error ) use ( &$failure ): void {
			$failure = $error;
		};
		add_action( 'wp_mail_failed', $listener );
		$sender = $this->settings->sender();
		$from   = static fn( $value ) => '' !== $sender['email'] ? $sender['email'] : $value;
		$name   = static fn( $value ) => '' !== $sender['name'] ? $sender['name'] : $value;
		add_filter( 'wp_mail_from', $from );
		add_filter( 'wp_mail_from_name', $name );
		try {
			$result = $send();
		} finally {
			remove_filter( 'wp_mail_from', $from );
			remove_filter( 'wp_mail_from_name', $name );
			remove_action( 'wp_mail_failed', $listener );
		}

		$error = null;
		if ( $result instanceof WP_Error ) {
			$error = $result;
		} elseif ( true !== $result ) {
			$error = $failure ?? new WP_Error( 'wp_mail_failed', __( 'The email could not be sent.', 'joolweb-sessions-pro' ) );
		}
		$this->log->insert(
			array(
				'client_id'   => $client_id,
				'session_id'  => $session_id,
				'type'        => $type,
				'recipient'   => $to,
				'subject'     => $subject,
				'success'     => null === $error,
				'error'       => $error ? $error->get_error_message() : '',
				'sent_by'     => get_current_user_id(),
				'sent_at_gmt' => current_time( 'mysql', true ),
			)
		);
		if ( $error ) {
			return new WP_Error(
				'joolwebsp_mail_failed',
				/* translators: %s: reason given by the mail system. */
				sprintf( __( 'The email could not be sent: %s', 'joolweb-sessions-pro' ), $error->get_error_message() ),
				array( 'status' => 500 )
			);
		}
		return true;
	}
}
