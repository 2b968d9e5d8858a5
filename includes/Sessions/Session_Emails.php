<?php
/**
 * Session emails to the client: booking confirmation, update, cancellation.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Sessions;

use Joolweb\SessionsPro\Clients\Client;
use Joolweb\SessionsPro\Emails\Mailer;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Composes the session emails (dates in the site's timezone and format) and sends them through the
 * Mailer, which logs each with the session id.
 *
 * @since 0.1.0
 */
final class Session_Emails {

	public const TYPE_CONFIRMATION = 'session_confirmation';
	public const TYPE_UPDATE       = 'session_update';
	public const TYPE_CANCELLATION = 'session_cancellation';

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Mailer $mailer Mailer.
	 */
	public function __construct( private Mailer $mailer ) {
	}

	/**
	 * Whether the booking confirmation of a session was sent.
	 *
	 * @since 0.1.0
	 *
	 * @param Session $session Session.
	 */
	public function confirmed( Session $session ): bool {
		return $this->mailer->was_sent( $session->id, self::TYPE_CONFIRMATION );
	}

	/**
	 * Sends one of the session emails.
	 *
	 * @since 0.1.0
	 *
	 * @param string  $type    One of the TYPE_* constants.
	 * @param Session $session Session.
	 * @param Client  $client  Client.
	 * @return true|WP_Error
	 */
	public function send( string $type, Session $session, Client $client ) {
		$site = wp_specialchars_decode( get_bloginfo( 'name' ), ENT_QUOTES );
		$when = wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), (int) strtotime( $session->start_gmt . ' UTC' ) );
		switch ( $type ) {
			case self::TYPE_CANCELLATION:
				/* translators: 1: site name, 2: session title. */
				$subject = sprintf( __( '[%1$s] Session cancelled: %2$s', 'joolweb-sessions-pro' ), $site, $session->title );
				/* translators: 1: session title, 2: date and time. */
				$intro = sprintf( __( 'Your session "%1$s" on %2$s has been cancelled.', 'joolweb-sessions-pro' ), $session->title, $when );
				break;
			case self::TYPE_UPDATE:
				/* translators: 1: site name, 2: session title. */
				$subject = sprintf( __( '[%1$s] Session updated: %2$s', 'joolweb-sessions-pro' ), $site, $session->title );
				/* translators: %s: session title. */
				$intro = sprintf( __( 'Your session "%s" has changed. Here are the new details:', 'joolweb-sessions-pro' ), $session->title );
				break;
			default:
				$type = self::TYPE_CONFIRMATION;
				/* translators: 1: site name, 2: session title. */
				$subject = sprintf( __( '[%1$s] Session booked: %2$s', 'joolweb-sessions-pro' ), $site, $session->title );
				/* translators: %s: session title. */
				$intro = sprintf( __( 'Your session "%s" is booked:', 'joolweb-sessions-pro' ), $session->title );
		}
		$lines = array(
			/* translators: %s: client first name. */
			sprintf( __( 'Hello %s,', 'joolweb-sessions-pro' ), $client->first_name ),
			'',
			$intro,
		);
		if ( self::TYPE_CANCELLATION !== $type ) {
			/* translators: %s: date and time. */
			$lines[] = sprintf( __( 'When: %s', 'joolweb-sessions-pro' ), $when );
			/* translators: %d: minutes. */
			$lines[] = sprintf( __( 'Duration: %d minutes', 'joolweb-sessions-pro' ), $session->duration_minutes );
			if ( '' !== $session->location ) {
				/* translators: %s: location. */
				$lines[] = sprintf( __( 'Where: %s', 'joolweb-sessions-pro' ), $session->location );
			}
			if ( '' !== $session->video_url ) {
				/* translators: %s: video link. */
				$lines[] = sprintf( __( 'Video link: %s', 'joolweb-sessions-pro' ), $session->video_url );
			}
		}
		return $this->mailer->send( $client->id, $type, $client->email, $subject, implode( "\n", $lines ), $session->id );
	}
}
