<?php
/**
 * Account emails of a client: welcome / login details, password reset.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Clients;

use Joolweb\SessionsPro\Emails\Mailer;
use WP_Error;
use WP_User;

defined( 'ABSPATH' ) || exit;

/**
 * Composes and sends the account emails. Sent only on an explicit request; never contains a password:
 * the welcome email carries core's set-password link (a reset key).
 *
 * @since 0.1.0
 */
final class Account_Emails {

	public const TYPE_WELCOME = 'welcome';
	public const TYPE_RESET   = 'password_reset';

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Mailer            $mailer  Mailer.
	 * @param Client_Repository $clients Clients repository.
	 */
	public function __construct( private Mailer $mailer, private Client_Repository $clients ) {
	}

	/**
	 * Sends the welcome / login-details email with a link to choose a password.
	 *
	 * @since 0.1.0
	 *
	 * @param Client $client Client.
	 * @return string|WP_Error GMT time it was sent.
	 */
	public function send_welcome( Client $client ) {
		$user = get_userdata( $client->user_id );
		if ( ! $user instanceof WP_User ) {
			return new WP_Error( 'joolwebsp_client_not_found', __( 'This client has no account.', 'joolweb-sessions-pro' ), array( 'status' => 404 ) );
		}
		$key = get_password_reset_key( $user );
		if ( is_wp_error( $key ) ) {
			return new WP_Error( 'joolwebsp_mail_failed', $key->get_error_message(), array( 'status' => 500 ) );
		}
		$site = wp_specialchars_decode( get_bloginfo( 'name' ), ENT_QUOTES );
		$link = network_site_url( 'wp-login.php?action=rp&key=' . rawurlencode( $key ) . '&login=' . rawurlencode( $user->user_login ), 'login' );

		/* translators: %s: site name. */
		$subject = sprintf( __( '[%s] Your account details', 'joolweb-sessions-pro' ), $site );
		$lines   = array(
			/* translators: %s: client first name. */
			sprintf( __( 'Hello %s,', 'joolweb-sessions-pro' ), $client->first_name ),
			'',
			/* translators: %s: site name. */
			sprintf( __( 'An account has been created for you on %s.', 'joolweb-sessions-pro' ), $site ),
			/* translators: %s: login email. */
			sprintf( __( 'You log in with your email address: %s', 'joolweb-sessions-pro' ), $client->email ),
			'',
			__( 'To choose your password, visit this address:', 'joolweb-sessions-pro' ),
			$link,
			'',
			__( 'The link can be used once and expires after a day. If it has expired, use "Lost your password?" on the login page.', 'joolweb-sessions-pro' ),
			'',
			wp_login_url(),
		);
		/**
		 * Filters the welcome email before it is sent.
		 *
		 * @since 0.1.0
		 *
		 * @param array{subject: string, message: string} $email  Subject and plain-text body.
		 * @param Client                                  $client Client.
		 */
		$email  = (array) apply_filters(
			'joolwebsp_welcome_email',
			array(
				'subject' => $subject,
				'message' => implode( "\n", $lines ),
			),
			$client
		);
		$result = $this->mailer->send( $client->id, self::TYPE_WELCOME, $client->email, (string) $email['subject'], (string) $email['message'] );
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		$now = current_time( 'mysql', true );
		$this->clients->set_login_sent( $client->id, $now );
		return $now;
	}

	/**
	 * Sends core's password-reset email (`retrieve_password()`), logged like every account email.
	 *
	 * @since 0.1.0
	 *
	 * @param Client $client Client.
	 * @return true|WP_Error
	 */
	public function send_password_reset( Client $client ) {
		$user = get_userdata( $client->user_id );
		if ( ! $user instanceof WP_User ) {
			return new WP_Error( 'joolwebsp_client_not_found', __( 'This client has no account.', 'joolweb-sessions-pro' ), array( 'status' => 404 ) );
		}
		$subject = __( 'Password reset', 'joolweb-sessions-pro' );
		$capture = static function ( $email ) use ( &$subject ) {
			$subject = is_array( $email ) && isset( $email['subject'] ) ? (string) $email['subject'] : $subject;
			return $email;
		};
		add_filter( 'retrieve_password_notification_email', $capture, PHP_INT_MAX );
		$result = $this->mailer->capture(
			$client->id,
			self::TYPE_RESET,
			$client->email,
			$subject,
			static fn() => retrieve_password( $user->user_login )
		);
		remove_filter( 'retrieve_password_notification_email', $capture, PHP_INT_MAX );
		return $result;
	}
}
