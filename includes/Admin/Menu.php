<?php
/**
 * The admin menu: one top-level item and a page per screen, each gated by its capability.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Admin;

use Joolweb\SessionsPro\Contracts\Registrable;

defined( 'ABSPATH' ) || exit;

/**
 * Registers the pages, enqueues each screen's assets on `load-{hook}` only, and prints the React root.
 *
 * @since 0.1.0
 */
final class Menu implements Registrable {

	/** Just below Users (70). */
	private const POSITION = 71;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Assets $assets Asset loader.
	 */
	public function __construct( private Assets $assets ) {
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'admin_menu', array( $this, 'register_pages' ) );
	}

	/**
	 * Adds the menu and its pages.
	 *
	 * @since 0.1.0
	 */
	public function register_pages(): void {
		$screens = Screens::all();
		$top     = $screens[0];
		add_menu_page(
			__( 'Joolweb Sessions Pro', 'joolweb-sessions-pro' ),
			__( 'Joolweb Sessions Pro', 'joolweb-sessions-pro' ),
			$top['capability'],
			Screens::PARENT_SLUG,
			'',
			'dashicons-groups',
			self::POSITION
		);
		foreach ( $screens as $screen ) {
			$parent     = Screens::PARENT_SLUG;
			$capability = $screen['capability'];
			$item_id    = $this->requested_item( $screen['slug'] );
			if ( ! current_user_can( $capability ) && current_user_can( Screens::capability_for( $screen, $item_id ) ) ) {
				// A profile for a user who may view clients but not add them: the page is reachable
				// with its item id, and its menu entry (which adds) stays hidden.
				$parent     = '';
				$capability = Screens::capability_for( $screen, $item_id );
			}
			$hook = add_submenu_page(
				$parent,
				$screen['page_title'],
				$screen['menu_title'],
				$capability,
				$screen['slug'],
				function () use ( $screen ): void {
					$this->render( $screen );
				}
			);
			if ( $hook ) {
				add_action(
					'load-' . $hook,
					function () use ( $screen, $parent ): void {
						if ( '' === $parent ) {
							$this->dress_hidden_page( $screen['page_title'] );
						}
						$this->assets->enqueue_screen( $screen['entry'] );
					}
				);
			}
		}
	}

	/**
	 * A page outside the menu (a profile for a viewer) still gets a title, and the plugin's menu
	 * stays open on Customers.
	 *
	 * @since 0.1.0
	 *
	 * @param string $page_title Title.
	 */
	private function dress_hidden_page( string $page_title ): void {
		global $title;
		$title = $page_title; // phpcs:ignore WordPress.WP.GlobalVariablesOverride -- core reads it for hidden pages, which it cannot title.
		add_filter( 'parent_file', static fn(): string => Screens::PARENT_SLUG );
		add_filter( 'submenu_file', static fn(): string => 'joolwebsp-clients' );
	}

	/**
	 * The item id named in the URL of a screen being requested (`client_id`), or 0.
	 *
	 * @since 0.1.0
	 *
	 * @param string $slug Screen slug.
	 */
	private function requested_item( string $slug ): int {
		// phpcs:disable WordPress.Security.NonceVerification.Recommended -- which page is shown; nothing is changed.
		$page = isset( $_GET['page'] ) ? sanitize_key( wp_unslash( $_GET['page'] ) ) : '';
		$id   = $slug === $page && isset( $_GET['client_id'] ) ? absint( $_GET['client_id'] ) : 0;
		// phpcs:enable WordPress.Security.NonceVerification.Recommended
		return $id;
	}

	/**
	 * Prints the screen's root element after re-checking the capability (for a profile:
	 * `view_clients`; for the add form: `create_clients`).
	 *
	 * @since 0.1.0
	 *
	 * @param array{slug: string, page_title: string, menu_title: string, capability: string, entry: string, item_capability?: string} $screen Screen.
	 */
	private function render( array $screen ): void {
		if ( ! current_user_can( Screens::capability_for( $screen, $this->requested_item( $screen['slug'] ) ) ) ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to access this page.', 'joolweb-sessions-pro' ), 403 );
		}
		printf(
			'<div class="wrap joolwebsp-wrap"><div id="joolwebsp-%1$s-root" class="joolwebsp-root" data-screen="%1$s"><h1 class="wp-heading-inline">%2$s</h1>%3$s</div></div>',
			esc_attr( $screen['entry'] ),
			esc_html( $screen['page_title'] ),
			$this->assets->is_built( $screen['entry'] )
				? '<noscript><p>' . esc_html__( 'This screen needs JavaScript.', 'joolweb-sessions-pro' ) . '</p></noscript>'
				: '<div class="notice notice-error inline"><p>' . esc_html__( 'The scripts of this screen are missing. Run "npm run build" in the plugin folder, or install a release zip.', 'joolweb-sessions-pro' ) . '</p></div>'
		);
	}
}
