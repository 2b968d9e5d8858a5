<?php
/**
 * The front pages' shortcodes: server-side gate, then a mount point for the React app.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Front;

use Joolweb\SessionsPro\Clients\Client_Repository;
use Joolweb\SessionsPro\Contracts\Registrable;
use Joolweb\SessionsPro\Security\Capabilities;

defined( 'ABSPATH' ) || exit;

/**
 * `[joolwebsp_coach_dashboard]`, `[joolwebsp_coach_clients]` (and the client profile through
 * `joolwebsp_customer`) and `[joolwebsp_client_area]`. Each one decides on the server, before
 * printing anything: a visitor gets the login form (back to this page after logging in), a user
 * without the page's capability a polite "not available", a client the user does not reach a 404
 * with the REST API's message. Only then is the app's script enqueued and an empty root printed:
 * the app reads every record through REST with the nonce; no client data is in the page.
 *
 * @since 0.1.0
 */
final class Shortcodes implements Registrable {

	public const COACH_DASHBOARD = 'joolwebsp_coach_dashboard';
	public const COACH_CLIENTS   = 'joolwebsp_coach_clients';
	public const CLIENT_AREA     = 'joolwebsp_client_area';

	public const OK            = 'ok';
	public const LOGIN         = 'login';
	public const NOT_AVAILABLE = 'not_available';
	public const NOT_FOUND     = 'not_found';

	/** Shortcode => [page key, script entry]. */
	private const APPS = array(
		self::COACH_DASHBOARD => array( Pages::COACH_HOME, 'coach-home' ),
		self::COACH_CLIENTS   => array( Pages::COACH_CLIENTS, 'coach-clients' ),
		self::CLIENT_AREA     => array( Pages::CLIENT_AREA, 'client-area' ),
	);

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Pages             $pages   Front pages.
	 * @param Client_Repository $clients Clients (the current user's client account).
	 * @param Front_Assets      $assets  Scripts of the apps.
	 * @param Login             $login   Login form.
	 */
	public function __construct( private Pages $pages, private Client_Repository $clients, private Front_Assets $assets, private Login $login ) {
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'init', array( $this, 'register_shortcodes' ) );
		add_action( 'template_redirect', array( $this, 'send_status' ) );
	}

	/**
	 * Registers the shortcodes.
	 *
	 * @since 0.1.0
	 */
	public function register_shortcodes(): void {
		foreach ( array_keys( self::APPS ) as $tag ) {
			add_shortcode( $tag, array( $this, 'render' ) );
		}
	}

	/**
	 * A front profile the user may not open answers 404 (headers go before the page is printed).
	 *
	 * @since 0.1.0
	 */
	public function send_status(): void {
		if ( Pages::requested_customer() > 0 && self::NOT_FOUND === $this->decide( Pages::COACH_CLIENTS ) ) {
			status_header( 404 );
			nocache_headers();
		}
	}

	/**
	 * Who may see a page: OK, LOGIN (visitor), NOT_AVAILABLE (no capability or no client account),
	 * NOT_FOUND (a client the user does not reach, or that does not exist).
	 *
	 * @since 0.1.0
	 *
	 * @param string $page Page key (Pages constants).
	 */
	public function decide( string $page ): string {
		if ( ! is_user_logged_in() ) {
			return self::LOGIN;
		}
		switch ( $page ) {
			case Pages::COACH_HOME:
				return current_user_can( Capabilities::VIEW_SESSIONS ) ? self::OK : self::NOT_AVAILABLE;
			case Pages::COACH_CLIENTS:
				if ( ! current_user_can( Capabilities::VIEW_CLIENTS ) ) {
					return self::NOT_AVAILABLE;
				}
				$customer = Pages::requested_customer();
				return 0 === $customer || current_user_can( Capabilities::VIEW_CLIENT, $customer ) ? self::OK : self::NOT_FOUND;
			case Pages::CLIENT_AREA:
				return $this->clients->find_by_user_id( get_current_user_id() ) ? self::OK : self::NOT_AVAILABLE;
		}
		return self::NOT_AVAILABLE;
	}

	/**
	 * Renders one of the shortcodes.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, string>|string $atts    Attributes (none).
	 * @param string|null                  $content Content (none).
	 * @param string                       $tag     Shortcode.
	 */
	public function render( $atts = array(), $content = null, $tag = '' ): string {
		if ( ! isset( self::APPS[ $tag ] ) ) {
			return '';
		}
		list( $page, $entry ) = self::APPS[ $tag ];
		$decision             = $this->decide( $page );
		if ( self::LOGIN === $decision ) {
			return $this->wrap( '<p>' . esc_html__( 'Please log in to see this page.', 'joolweb-sessions-pro' ) . '</p>' . $this->login->form( null ) );
		}
		if ( self::NOT_AVAILABLE === $decision ) {
			return $this->wrap( $this->not_available( $page ) );
		}
		if ( self::NOT_FOUND === $decision ) {
			$back = $this->pages->url( Pages::COACH_CLIENTS );
			return $this->wrap(
				'<h2>' . esc_html__( 'Client not found.', 'joolweb-sessions-pro' ) . '</h2>'
				. ( $back ? '<p><a class="joolwebsp-front__link" href="' . esc_url( $back ) . '">' . esc_html__( 'Back to My clients', 'joolweb-sessions-pro' ) . '</a></p>' : '' )
			);
		}
		$customer = Pages::COACH_CLIENTS === $page ? Pages::requested_customer() : 0;
		if ( ! $this->assets->enqueue( $entry ) ) {
			return $this->wrap( '<p>' . esc_html__( 'This page could not load its script. Please ask the site administrator to build the plugin.', 'joolweb-sessions-pro' ) . '</p>' );
		}
		return sprintf(
			'<div class="joolwebsp-front" id="joolwebsp-front-%1$s-root" data-customer="%2$d"><p class="joolwebsp-front__loading">%3$s</p></div>',
			esc_attr( $entry ),
			$customer,
			esc_html__( 'Loading…', 'joolweb-sessions-pro' )
		);
	}

	/**
	 * The polite refusal: what this page is for, and where the user's own page is.
	 *
	 * @since 0.1.0
	 *
	 * @param string $page Page key.
	 */
	private function not_available( string $page ): string {
		$text = Pages::CLIENT_AREA === $page
			? __( 'The client area is for client accounts. Your account has no client profile.', 'joolweb-sessions-pro' )
			: __( 'This page is not available for your account. It is for coaches.', 'joolweb-sessions-pro' );
		$home = $this->login->home_for( wp_get_current_user() );
		$link = '';
		if ( $home['url'] && untrailingslashit( $home['url'] ) !== untrailingslashit( (string) get_permalink() ) ) {
			$link = '<p><a class="joolwebsp-front__link" href="' . esc_url( $home['url'] ) . '">' . esc_html( $home['label'] ) . '</a></p>';
		}
		return '<p>' . esc_html( $text ) . '</p>' . $link;
	}

	/**
	 * The server-rendered messages' wrapper (styled like the apps).
	 *
	 * @since 0.1.0
	 *
	 * @param string $html Escaped HTML.
	 */
	private function wrap( string $html ): string {
		$this->assets->enqueue_style_only();
		return '<div class="joolwebsp-front joolwebsp-front--message">' . $html . '</div>';
	}
}
