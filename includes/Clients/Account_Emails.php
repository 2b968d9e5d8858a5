<?php
/**
 * Account emails of a client: welcome / login details, password reset.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Clients;

use Joolweb\SessionsPro\Emails\Email_Templates;
use Joolweb\SessionsPro\Emails\Mailer;
use Joolweb\SessionsPro\Emails\Template_Mailer;
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
	 * @param Mailer            $mailer    Mailer (logs every email).
	 * @param Client_Repository $clients   Clients repository.
	 * @param Template_Mailer   $templates Templates of Settings → Emails.
	 */
	public function __construct( private Mailer $mailer, private Client_Repository $clients, private Template_Mailer $templates ) {
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
		if ( ! $this->templates->is_enabled( Email_Templates::WELCOME ) ) {
			return Template_Mailer::disabled_error( Email_Templates::WELCOME );
		}
		$key = get_password_reset_key( $user );
		if ( is_wp_error( $key ) ) {
			return new WP_Error( 'joolwebsp_mail_failed', $key->get_error_message(), array( 'status' => 500 ) );
		}
		$email = $this->templates->compose( Email_Templates::WELCOME, $this->values( $client, self::set_password_url( $user, $key ) ), $user->ID );
		if ( is_wp_error( $email ) ) {
			return $email;
		}
		/**
		 * Filters the welcome email before it is sent.
		 *
		 * @since 0.1.0
		 *
		 * @param array{subject: string, message: string, headers: list<string>} $email  Subject, body and headers.
		 * @param Client                                                         $client Client.
		 */
		$email   = (array) apply_filters( 'joolwebsp_welcome_email', $email, $client );
		$headers = array_values( array_map( 'strval', (array) ( $email['headers'] ?? array() ) ) );
		$result  = $this->mailer->send( $client->id, self::TYPE_WELCOME, $client->email, (string) ( $email['subject'] ?? '' ), (string) ( $email['message'] ?? '' ), null, $headers );
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		$now = current_time( 'mysql', true );
		$this->clients->set_login_sent( $client->id, $now );
		/**
		 * Fires after a client was sent their login details.
		 *
		 * @since 0.1.0
		 *
		 * @param Client $client  Client.
		 * @param string $now_gmt When.
		 */
		do_action( 'joolwebsp_login_sent', $client, $now );
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
		if ( ! $this->templates->is_enabled( Email_Templates::PASSWORD_RESET ) ) {
			return Template_Mailer::disabled_error( Email_Templates::PASSWORD_RESET );
		}
		$subject = __( 'Password reset', 'joolweb-sessions-pro' );
		$failure = null;
		// Core makes the key and sends; the template writes the email around core's link.
		$compose = function ( $email, $key, $user_login, $user_data ) use ( $client, &$subject, &$failure ) {
			if ( ! is_array( $email ) || ! $user_data instanceof WP_User ) {
				return $email;
			}
			$composed = $this->templates->compose( Email_Templates::PASSWORD_RESET, $this->values( $client, self::set_password_url( $user_data, (string) $key ) ), $user_data->ID );
			if ( is_wp_error( $composed ) ) {
				$failure = $composed;
				return $email;
			}
			$email['subject'] = $composed['subject'];
			$email['message'] = $composed['message'];
			$email['headers'] = $composed['headers'];
			$subject          = $composed['subject'];
			return $email;
		};
		add_filter( 'retrieve_password_notification_email', $compose, PHP_INT_MAX - 1, 4 );
		$result = $this->mailer->capture(
			$client->id,
			self::TYPE_RESET,
			$client->email,
			$subject,
			static fn() => retrieve_password( $user->user_login )
		);
		remove_filter( 'retrieve_password_notification_email', $compose, PHP_INT_MAX - 1 );
		return $failure ?? $result;
	}

	/**
	 * Placeholder values of the account emails.
	 *
	 * @since 0.1.0
	 *
	 * @param Client $client Client.
	 * @param string $link   The link to choose a password.
	 * @return array<string, string>
	 */
	private function values( Client $client, string $link ): array {
		return array(
			'client_first_name' => $client->first_name,
			'client_name'       => $client->full_name(),
			'login_link'        => $link,
		);
	}

	/**
	 * Core's "choose your password" link for a reset key.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_User $user User.
	 * @param string  $key  Reset key.
	 */
	private static function set_password_url( WP_User $user, string $key ): string {
		return network_site_url( 'wp-login.php?action=rp&key=' . rawurlencode( $key ) . '&login=' . rawurlencode( $user->user_login ), 'login' );
	}
}
