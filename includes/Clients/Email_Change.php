<?php
/**
 * A client changing its own email: confirmed from the new address before it applies.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Clients;

use Joolweb\SessionsPro\Contracts\Registrable;
use Joolweb\SessionsPro\Emails\Mailer;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Like core's profile screen (the `new_user_email` flow): `PATCH /me` with a new email stores it as
 * pending and mails a confirmation link to the new address; the switch happens only when the logged-in
 * client opens that link. Until then the account keeps its address, and `GET /me` shows the pending one.
 *
 * The link carries a random token; only its keyed hash is stored (user meta), and it expires.
 *
 * @since 0.1.0
 */
final class Email_Change implements Registrable {

	/** User meta holding the pending change: {email, hash, expires}. */
	public const META = 'joolwebsp_pending_email';

	/** Query argument of the confirmation link. */
	public const QUERY_ARG = 'joolwebsp_confirm_email';

	/** Email log type of the confirmation email. */
	public const TYPE = 'email_change';

	/** How long the link works. */
	public const LIFETIME = 3 * DAY_IN_SECONDS;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Client_Service    $service  Client rules (validation, the update itself).
	 * @param Client_Repository $clients  Clients.
	 * @param Client_Accounts   $accounts Accounts (email uniqueness).
	 * @param Mailer            $mailer   Mailer (logs every email).
	 */
	public function __construct(
		private Client_Service $service,
		private Client_Repository $clients,
		private Client_Accounts $accounts,
		private Mailer $mailer
	) {
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'template_redirect', array( $this, 'handle_link' ) );
	}

	/**
	 * The pending address of a client, if a change waits for confirmation.
	 *
	 * @since 0.1.0
	 *
	 * @param Client $client Client.
	 */
	public function pending( Client $client ): ?string {
		$pending = $this->read( $client->user_id );
		return $pending ? $pending['email'] : null;
	}

	/**
	 * Asks for a change: validates the address, stores it as pending and mails the link to it.
	 * Asking for the current address cancels a pending change.
	 *
	 * @since 0.1.0
	 *
	 * @param Client $client Client (the acting user is the client itself).
	 * @param mixed  $email  New address.
	 * @return true|WP_Error
	 */
	public function request( Client $client, $email ) {
		$fields = $this->service->validate( array( 'email' => $email ), false );
		if ( is_wp_error( $fields ) ) {
			return $fields;
		}
		$email = $fields['email'] ?? '';
		if ( $email === $client->email ) {
			delete_user_meta( $client->user_id, self::META );
			return true;
		}
		if ( $this->accounts->email_in_use( $email, $client->user_id ) ) {
			return new WP_Error(
				'joolwebsp_email_exists',
				__( 'A user with this email address already exists.', 'joolweb-sessions-pro' ),
				array(
					'status' => 409,
					'params' => array( 'email' => __( 'A user with this email address already exists.', 'joolweb-sessions-pro' ) ),
				)
			);
		}
		$token = wp_generate_password( 32, false );
		update_user_meta(
			$client->user_id,
			self::META,
			array(
				'email'   => $email,
				'hash'    => self::hash( $token ),
				'expires' => time() + self::LIFETIME,
			)
		);
		$site = wp_specialchars_decode( get_bloginfo( 'name' ), ENT_QUOTES );
		$link = add_query_arg( self::QUERY_ARG, rawurlencode( $token ), home_url( '/' ) );
		/* translators: %s: site name. */
		$subject = sprintf( __( '[%s] Confirm your new email address', 'joolweb-sessions-pro' ), $site );
		$message = implode(
			"\n",
			array(
				/* translators: %s: client first name. */
				sprintf( __( 'Hello %s,', 'joolweb-sessions-pro' ), $client->first_name ),
				'',
				/* translators: %s: site name. */
				sprintf( __( 'You asked to change the email address of your account on %s to this one.', 'joolweb-sessions-pro' ), $site ),
				__( 'To confirm, log in and open this link:', 'joolweb-sessions-pro' ),
				$link,
				'',
				__( 'If you did not ask for this, ignore this email: your address does not change.', 'joolweb-sessions-pro' ),
			)
		);
		$sent    = $this->mailer->send( $client->id, self::TYPE, $email, $subject, $message );
		if ( is_wp_error( $sent ) ) {
			delete_user_meta( $client->user_id, self::META );
			return $sent;
		}
		return true;
	}

	/**
	 * Applies a pending change when the token matches, for the logged-in client it belongs to.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $user_id Logged-in user.
	 * @param string $token   Token from the link.
	 * @return Client|WP_Error
	 */
	public function confirm( int $user_id, string $token ) {
		$client  = $user_id > 0 ? $this->clients->find_by_user_id( $user_id ) : null;
		$pending = $client ? $this->read( $user_id ) : null;
		if ( ! $client || ! $pending || ! hash_equals( $pending['hash'], self::hash( $token ) ) ) {
			return new WP_Error( 'joolwebsp_email_change_invalid', __( 'This confirmation link is not valid, or it has expired. Ask for the change again from your profile.', 'joolweb-sessions-pro' ), array( 'status' => 400 ) );
		}
		delete_user_meta( $user_id, self::META );
		// The same rules as any change: uniqueness is checked again, core tells the old address.
		return $this->service->update( $client, array( 'email' => $pending['email'] ), $user_id );
	}

	/**
	 * Opens a confirmation link: logged out → the login form, then back here; logged in → applies the
	 * change and goes on with a result flag.
	 *
	 * @since 0.1.0
	 */
	public function handle_link(): void {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- The token is the proof; it is single-use and bound to the user.
		$token = isset( $_GET[ self::QUERY_ARG ] ) ? sanitize_text_field( wp_unslash( (string) $_GET[ self::QUERY_ARG ] ) ) : '';
		if ( '' === $token ) {
			return;
		}
		$here = add_query_arg( self::QUERY_ARG, rawurlencode( $token ), home_url( '/' ) );
		if ( ! is_user_logged_in() ) {
			wp_safe_redirect( wp_login_url( $here ) );
			exit;
		}
		$result = $this->confirm( get_current_user_id(), $token );
		/**
		 * Filters where a client lands after opening an email-change confirmation link.
		 *
		 * @since 0.1.0
		 *
		 * @param string $url     Destination (the home page by default).
		 * @param bool   $changed Whether the email was changed.
		 */
		$target = (string) apply_filters( 'joolwebsp_email_change_redirect', home_url( '/' ), ! is_wp_error( $result ) );
		wp_safe_redirect( add_query_arg( 'joolwebsp_email_changed', is_wp_error( $result ) ? '0' : '1', $target ) );
		exit;
	}

	/**
	 * The stored pending change of a user, if valid and not expired.
	 *
	 * @since 0.1.0
	 *
	 * @param int $user_id User.
	 * @return array{email: string, hash: string, expires: int}|null
	 */
	private function read( int $user_id ): ?array {
		$pending = get_user_meta( $user_id, self::META, true );
		if ( ! is_array( $pending ) || ! isset( $pending['email'], $pending['hash'], $pending['expires'] ) || (int) $pending['expires'] < time() ) {
			return null;
		}
		return array(
			'email'   => (string) $pending['email'],
			'hash'    => (string) $pending['hash'],
			'expires' => (int) $pending['expires'],
		);
	}

	/**
	 * Keyed hash of a token (only the hash is stored).
	 *
	 * @since 0.1.0
	 *
	 * @param string $token Token.
	 */
	private static function hash( string $token ): string {
		return hash_hmac( 'sha256', $token, wp_salt( 'auth' ) );
	}
}
