<?php
/**
 * Session emails: booking confirmation, update, cancellation and reminder to the client; "client
 * cancelled" to the coach.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Sessions;

use Joolweb\SessionsPro\Clients\Client;
use Joolweb\SessionsPro\Emails\Email_Templates;
use Joolweb\SessionsPro\Emails\Template_Mailer;
use WP_Error;
use WP_User;

defined( 'ABSPATH' ) || exit;

/**
 * Fills the session placeholders (dates in the site's timezone and the recipient's language) and
 * sends the type's template through the Template_Mailer, which honours on/off and logs each email
 * with the session id. A switched-off type returns `joolwebsp_email_disabled` and sends nothing.
 *
 * @since 0.1.0
 */
final class Session_Emails {

	/** Log types (the values of the email log's `type` column). */
	public const TYPE_CONFIRMATION     = 'session_confirmation';
	public const TYPE_UPDATE           = 'session_update';
	public const TYPE_CANCELLATION     = 'session_cancellation';
	public const TYPE_REMINDER         = 'session_reminder';
	public const TYPE_CLIENT_CANCELLED = 'client_cancelled';

	/** Log type => template type. */
	private const TEMPLATES = array(
		self::TYPE_CONFIRMATION     => Email_Templates::BOOKING_CONFIRMATION,
		self::TYPE_UPDATE           => Email_Templates::SESSION_UPDATE,
		self::TYPE_CANCELLATION     => Email_Templates::CANCELLATION,
		self::TYPE_REMINDER         => Email_Templates::REMINDER,
		self::TYPE_CLIENT_CANCELLED => Email_Templates::CLIENT_CANCELLED,
	);

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Template_Mailer $mailer Template mailer.
	 */
	public function __construct( private Template_Mailer $mailer ) {
	}

	/**
	 * Whether the booking confirmation of a session was sent.
	 *
	 * @since 0.1.0
	 *
	 * @param Session $session Session.
	 */
	public function confirmed( Session $session ): bool {
		return $this->mailer->was_sent( $session->id, Email_Templates::BOOKING_CONFIRMATION );
	}

	/**
	 * Sends one of the emails to the client.
	 *
	 * @since 0.1.0
	 *
	 * @param string  $type    TYPE_CONFIRMATION, TYPE_UPDATE, TYPE_CANCELLATION or TYPE_REMINDER.
	 * @param Session $session Session.
	 * @param Client  $client  Client.
	 * @return true|WP_Error
	 */
	public function send( string $type, Session $session, Client $client ) {
		$template = self::TEMPLATES[ $type ] ?? Email_Templates::BOOKING_CONFIRMATION;
		if ( Email_Templates::CLIENT_CANCELLED === $template ) {
			return $this->send_client_cancelled( $session, $client );
		}
		return $this->mailer->send(
			$template,
			$client->email,
			$this->values( $session, $client, $client->user_id ),
			$client->id,
			$session->id,
			$client->user_id
		);
	}

	/**
	 * Sends the reminder of a session to its client.
	 *
	 * @since 0.1.0
	 *
	 * @param Session $session Session.
	 * @param Client  $client  Client.
	 * @return true|WP_Error
	 */
	public function send_reminder( Session $session, Client $client ) {
		return $this->send( self::TYPE_REMINDER, $session, $client );
	}

	/**
	 * Tells the coach who leads a session that the client cancelled it (from the client area).
	 *
	 * @since 0.1.0
	 *
	 * @param Session $session Session (as cancelled).
	 * @param Client  $client  Client who cancelled.
	 * @return true|WP_Error
	 */
	public function send_client_cancelled( Session $session, Client $client ) {
		$coach = get_userdata( $session->coach_id );
		if ( ! $coach instanceof WP_User || '' === $coach->user_email ) {
			return new WP_Error( 'joolwebsp_mail_failed', __( 'The coach of this session has no email address.', 'joolweb-sessions-pro' ), array( 'status' => 500 ) );
		}
		return $this->mailer->send(
			Email_Templates::CLIENT_CANCELLED,
			$coach->user_email,
			$this->values( $session, $client, $coach->ID ),
			$client->id,
			$session->id,
			$coach->ID
		);
	}

	/**
	 * The placeholder values of a session email; dates in the site's timezone and formats, month and
	 * day names in the recipient's language.
	 *
	 * @since 0.1.0
	 *
	 * @param Session $session     Session.
	 * @param Client  $client      Client.
	 * @param int     $locale_user User whose language the dates are written in.
	 * @return array<string, string>
	 */
	private function values( Session $session, Client $client, int $locale_user ): array {
		$start    = (int) strtotime( $session->start_gmt . ' UTC' );
		$switched = $locale_user > 0 ? switch_to_user_locale( $locale_user ) : false;
		$date     = wp_date( (string) get_option( 'date_format' ), $start );
		$time     = wp_date( (string) get_option( 'time_format' ), $start );
		if ( $switched ) {
			restore_previous_locale();
		}
		$coach = get_userdata( $session->coach_id );
		return array(
			'client_first_name' => $client->first_name,
			'client_name'       => $client->full_name(),
			'coach_name'        => $coach instanceof WP_User ? $coach->display_name : '',
			'session_date'      => (string) $date,
			'session_time'      => (string) $time,
			'session_location'  => $session->location,
			'session_link'      => $session->video_url,
			'login_link'        => self::login_url(),
		);
	}

	/**
	 * Where clients log in to see their sessions.
	 *
	 * @since 0.1.0
	 */
	public static function login_url(): string {
		/**
		 * Filters the login link of the session emails (`{login_link}`), e.g. the front Login page.
		 *
		 * @since 0.1.0
		 *
		 * @param string $url Login URL.
		 */
		return (string) apply_filters( 'joolwebsp_client_login_url', wp_login_url() );
	}
}
