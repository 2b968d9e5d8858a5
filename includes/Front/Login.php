<?php
/**
 * The front Login page and where each role lands after logging in.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Front;

use Joolweb\SessionsPro\Clients\Client_Repository;
use Joolweb\SessionsPro\Contracts\Registrable;
use Joolweb\SessionsPro\Security\Capabilities;
use WP_Error;
use WP_User;

defined( 'ABSPATH' ) || exit;

/**
 * `[joolwebsp_login]` prints core's login form (`wp_login_form()`, posting to wp-login.php: the site's
 * normal login, its plugins and its cookies). After a login without an explicit destination, coaches
 * land on Coach home, clients on the Client area, and everyone else (administrators included) where
 * WordPress sends them. A failed login from the front form comes back to it with a message.
 *
 * @since 0.1.0
 */
final class Login implements Registrable {

	public const SHORTCODE = 'joolwebsp_login';

	/** Hidden field marking a login posted from the front form. */
	private const FIELD = 'joolwebsp_front_login';

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Pages             $pages   Front pages.
	 * @param Client_Repository $clients Clients.
	 */
	public function __construct( private Pages $pages, private Client_Repository $clients ) {
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'init', array( $this, 'register_shortcode' ) );
		add_filter( 'login_redirect', array( $this, 'login_redirect' ), 10, 3 );
		add_action( 'wp_login_failed', array( $this, 'login_failed' ) );
		add_filter( 'joolwebsp_client_login_url', array( $this, 'client_login_url' ) );
	}

	/**
	 * Registers the shortcode.
	 *
	 * @since 0.1.0
	 */
	public function register_shortcode(): void {
		add_shortcode( self::SHORTCODE, array( $this, 'render' ) );
	}

	/**
	 * Where a user lands: Coach home for coaches, the Client area for clients; administrators and
	 * other users keep WordPress's destination (empty url).
	 *
	 * @since 0.1.0
	 *
	 * @param WP_User $user User.
	 * @return array{url: string, label: string}
	 */
	public function home_for( WP_User $user ): array {
		if ( ! $user->exists() || user_can( $user, Capabilities::MANAGE_SETTINGS ) ) {
			return array(
				'url'   => '',
				'label' => '',
			);
		}
		if ( user_can( $user, Capabilities::VIEW_SESSIONS ) || user_can( $user, Capabilities::VIEW_CLIENTS ) ) {
			return array(
				'url'   => $this->pages->url( Pages::COACH_HOME ),
				'label' => __( 'Go to Coach home', 'joolweb-sessions-pro' ),
			);
		}
		if ( $this->clients->find_by_user_id( $user->ID ) ) {
			return array(
				'url'   => $this->pages->url( Pages::CLIENT_AREA ),
				'label' => __( 'Go to your client area', 'joolweb-sessions-pro' ),
			);
		}
		return array(
			'url'   => '',
			'label' => '',
		);
	}

	/**
	 * Sends coaches and clients to their page after a login that asked for no destination.
	 *
	 * @since 0.1.0
	 *
	 * @param string           $redirect_to Destination so far.
	 * @param string           $requested   Destination asked for ('' when none).
	 * @param WP_User|WP_Error $user        The user, or the login error.
	 * @return string
	 */
	public function login_redirect( $redirect_to, $requested, $user ) {
		if ( ! $user instanceof WP_User || '' !== (string) $requested ) {
			return $redirect_to;
		}
		$home = $this->home_for( $user )['url'];
		return '' !== $home ? $home : ( '' !== (string) $redirect_to ? $redirect_to : admin_url() );
	}

	/**
	 * A failed login posted from the front form goes back to the Login page with a message (core
	 * shows its own screen otherwise).
	 *
	 * @since 0.1.0
	 */
	public function login_failed(): void {
		// phpcs:ignore WordPress.Security.NonceVerification.Missing -- a marker only; the login itself is core's.
		if ( empty( $_POST[ self::FIELD ] ) ) {
			return;
		}
		$url = $this->pages->url( Pages::LOGIN );
		if ( '' === $url ) {
			return;
		}
		// phpcs:ignore WordPress.Security.NonceVerification.Missing -- passed back unchanged, validated below.
		$back = isset( $_POST['redirect_to'] ) ? wp_validate_redirect( esc_url_raw( wp_unslash( (string) $_POST['redirect_to'] ) ), '' ) : '';
		$args = array( 'login' => 'failed' );
		if ( '' !== $back ) {
			$args['redirect_to'] = rawurlencode( $back );
		}
		wp_safe_redirect( add_query_arg( $args, $url ) );
		exit;
	}

	/**
	 * The `{login_link}` of the emails: the front Login page when it exists.
	 *
	 * @since 0.1.0
	 *
	 * @param string $url Default login URL.
	 * @return string
	 */
	public function client_login_url( $url ) {
		$front = $this->pages->url( Pages::LOGIN );
		return '' !== $front ? $front : $url;
	}

	/**
	 * The Login page: the form, or who is logged in with a link to their page.
	 *
	 * @since 0.1.0
	 */
	public function render(): string {
		if ( is_user_logged_in() ) {
			$user = wp_get_current_user();
			$home = $this->home_for( $user );
			$html = '<p>' . esc_html(
				/* translators: %s: user's display name. */
				sprintf( __( 'You are logged in as %s.', 'joolweb-sessions-pro' ), $user->display_name )
			) . '</p><p>';
			if ( '' !== $home['url'] ) {
				$html .= '<a class="joolwebsp-front__link" href="' . esc_url( $home['url'] ) . '">' . esc_html( $home['label'] ) . '</a> ';
			}
			$html .= '<a class="joolwebsp-front__link" href="' . esc_url( wp_logout_url( (string) get_permalink() ) ) . '">' . esc_html__( 'Log out', 'joolweb-sessions-pro' ) . '</a></p>';
			return '<div class="joolwebsp-front joolwebsp-front--message">' . $html . '</div>';
		}
		// phpcs:disable WordPress.Security.NonceVerification.Recommended -- read-only display parameters.
		$failed   = isset( $_GET['login'] ) && 'failed' === $_GET['login'];
		$redirect = isset( $_GET['redirect_to'] ) ? wp_validate_redirect( esc_url_raw( wp_unslash( (string) $_GET['redirect_to'] ) ), '' ) : '';
		// phpcs:enable
		$html = $failed ? '<p class="joolwebsp-front__error" role="alert">' . esc_html__( 'The email, username or password is not right. Please try again.', 'joolweb-sessions-pro' ) . '</p>' : '';
		return '<div class="joolwebsp-front joolwebsp-front--message">' . $html . $this->form( $redirect ) . '</div>';
	}

	/**
	 * Core's login form, posting to wp-login.php.
	 *
	 * @since 0.1.0
	 *
	 * @param string $redirect Where to go after logging in; '' for the user's own page, null for this page.
	 */
	public function form( ?string $redirect ): string {
		$form   = wp_login_form(
			array(
				'echo'           => false,
				'redirect'       => $redirect ?? self::current_url(),
				'form_id'        => 'joolwebsp-login-form',
				'label_username' => __( 'Email or username', 'joolweb-sessions-pro' ),
				'remember'       => true,
			)
		);
		$marker = '<input type="hidden" name="' . self::FIELD . '" value="1" />';
		$lost   = '<p class="joolwebsp-front__lost"><a class="joolwebsp-front__link" href="' . esc_url( wp_lostpassword_url() ) . '">' . esc_html__( 'Lost your password?', 'joolweb-sessions-pro' ) . '</a></p>';
		return str_replace( '</form>', $marker . '</form>', (string) $form ) . $lost;
	}

	/**
	 * The URL of the current request (the page to come back to).
	 *
	 * @since 0.1.0
	 */
	public static function current_url(): string {
		$host = isset( $_SERVER['HTTP_HOST'] ) ? sanitize_text_field( wp_unslash( (string) $_SERVER['HTTP_HOST'] ) ) : '';
		$uri  = isset( $_SERVER['REQUEST_URI'] ) ? esc_url_raw( wp_unslash( (string) $_SERVER['REQUEST_URI'] ) ) : '/';
		return wp_validate_redirect( ( is_ssl() ? 'https://' : 'http://' ) . $host . $uri, home_url( '/' ) );
	}
}
