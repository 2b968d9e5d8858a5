<?php
/**
 * The front pages: their list, creation on activation, their URLs and the /customer/{id}/ rule.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Front;

use Joolweb\SessionsPro\Contracts\Registrable;
use Joolweb\SessionsPro\Settings\Settings;
use WP_Post;

defined( 'ABSPATH' ) || exit;

/**
 * Four pages — Coach home, My clients, Client area, Login — each holding one shortcode. They are
 * created on activation when missing (a stored id that still points to a live page, or a published
 * page already holding the shortcode, counts as present), with titles and slugs in the site's
 * language, and their ids are stored through Settings::set_page_ids().
 *
 * The front client profile is the My clients page with the query var `joolwebsp_customer`:
 * `/customer/{id}/` with pretty permalinks, `?page_id={my clients}&joolwebsp_customer={id}` without.
 *
 * @since 0.1.0
 *
 * @phpstan-type Page_Definition array{shortcode: string, title: string, slug: string}
 */
final class Pages implements Registrable {

	public const COACH_HOME    = 'coach_home';
	public const COACH_CLIENTS = 'coach_clients';
	public const CLIENT_AREA   = 'client_area';
	public const LOGIN         = 'login';

	/** Query var of the front client profile. */
	public const QUERY_VAR = 'joolwebsp_customer';

	/** Rewrite rule of the front client profile. */
	public const REWRITE_REGEX = '^customer/([0-9]+)/?$';

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Settings $settings Settings (page ids).
	 */
	public function __construct( private Settings $settings ) {
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'init', array( $this, 'add_rewrite_rule' ) );
		add_filter( 'query_vars', array( $this, 'query_vars' ) );
	}

	/**
	 * The pages by key: shortcode, title and slug (translated in the current locale).
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, Page_Definition>
	 */
	public static function definitions(): array {
		return array(
			self::COACH_HOME    => array(
				'shortcode' => Shortcodes::COACH_DASHBOARD,
				'title'     => _x( 'Coach home', 'page title', 'joolweb-sessions-pro' ),
				'slug'      => _x( 'coach-home', 'page slug', 'joolweb-sessions-pro' ),
			),
			self::COACH_CLIENTS => array(
				'shortcode' => Shortcodes::COACH_CLIENTS,
				'title'     => _x( 'My clients', 'page title', 'joolweb-sessions-pro' ),
				'slug'      => _x( 'my-clients', 'page slug', 'joolweb-sessions-pro' ),
			),
			self::CLIENT_AREA   => array(
				'shortcode' => Shortcodes::CLIENT_AREA,
				'title'     => _x( 'Client area', 'page title', 'joolweb-sessions-pro' ),
				'slug'      => _x( 'client-area', 'page slug', 'joolweb-sessions-pro' ),
			),
			self::LOGIN         => array(
				'shortcode' => Login::SHORTCODE,
				'title'     => _x( 'Login', 'page title', 'joolweb-sessions-pro' ),
				'slug'      => _x( 'login', 'page slug', 'joolweb-sessions-pro' ),
			),
		);
	}

	/**
	 * Creates the pages missing on the current site, in the site's language, and stores their ids.
	 * Safe to run again: nothing is created twice.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, int> Page ids by key.
	 */
	public function ensure_pages(): array {
		$site_locale = get_locale();
		$switched    = determine_locale() !== $site_locale && switch_to_locale( $site_locale );
		$ids         = array();
		$stored      = $this->settings->page_ids();
		foreach ( self::definitions() as $key => $page ) {
			$id = $this->existing_page( $stored[ $key ] ?? 0, $page['shortcode'] );
			if ( ! $id ) {
				$id = (int) wp_insert_post(
					array(
						'post_type'      => 'page',
						'post_status'    => 'publish',
						'post_title'     => $page['title'],
						'post_name'      => sanitize_title( $page['slug'] ),
						'post_content'   => '<!-- wp:shortcode -->[' . $page['shortcode'] . ']<!-- /wp:shortcode -->',
						'comment_status' => 'closed',
						'ping_status'    => 'closed',
						'post_author'    => get_current_user_id(),
					),
					false,
					false
				);
			}
			if ( $id > 0 ) {
				$ids[ $key ] = $id;
			}
		}
		if ( $switched ) {
			restore_previous_locale();
		}
		$this->settings->set_page_ids( $ids );
		return $ids;
	}

	/**
	 * Activation on the current site: the pages, then the rewrite rules rebuilt with ours.
	 *
	 * @since 0.1.0
	 *
	 * @param bool $switched Whether the caller switched to this site (then the rules are rebuilt on its
	 *                       next request: $wp_rewrite still holds the first site's structure).
	 */
	public function install( bool $switched = false ): void {
		$this->ensure_pages();
		if ( $switched ) {
			delete_option( 'rewrite_rules' );
			return;
		}
		$this->add_rewrite_rule();
		flush_rewrite_rules( false );
	}

	/**
	 * A live page: the stored id if it still is a page that is not in the trash, else a published page
	 * already holding the shortcode (e.g. after the settings were reset), else 0.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $stored_id Stored id.
	 * @param string $shortcode Shortcode of the page.
	 */
	private function existing_page( int $stored_id, string $shortcode ): int {
		$post = $stored_id > 0 ? get_post( $stored_id ) : null;
		if ( $post instanceof WP_Post && 'page' === $post->post_type && ! in_array( $post->post_status, array( 'trash', 'auto-draft' ), true ) ) {
			return $post->ID;
		}
		$found = get_posts(
			array(
				'post_type'        => 'page',
				'post_status'      => 'publish',
				's'                => '[' . $shortcode . ']',
				'search_columns'   => array( 'post_content' ),
				'fields'           => 'ids',
				'orderby'          => 'ID',
				'order'            => 'ASC',
				'posts_per_page'   => 1,
				'suppress_filters' => true,
			)
		);
		return $found ? (int) $found[0] : 0;
	}

	/**
	 * The id of one of the pages (0 when missing).
	 *
	 * @since 0.1.0
	 *
	 * @param string $key Page key.
	 */
	public function id( string $key ): int {
		return (int) ( $this->settings->page_ids()[ $key ] ?? 0 );
	}

	/**
	 * The URL of one of the pages ('' when missing).
	 *
	 * @since 0.1.0
	 *
	 * @param string $key Page key.
	 */
	public function url( string $key ): string {
		$id = $this->id( $key );
		if ( ! $id || 'publish' !== get_post_status( $id ) ) {
			return '';
		}
		$url = get_permalink( $id );
		return $url ? $url : '';
	}

	/**
	 * The front profile of a client: /customer/{id}/, or a query string without pretty permalinks.
	 *
	 * @since 0.1.0
	 *
	 * @param int $client_id Client.
	 */
	public function customer_url( int $client_id ): string {
		if ( get_option( 'permalink_structure' ) ) {
			return home_url( user_trailingslashit( 'customer/' . $client_id ) );
		}
		$list = $this->url( self::COACH_CLIENTS );
		return $list ? add_query_arg( self::QUERY_VAR, $client_id, $list ) : '';
	}

	/**
	 * The client id asked for on this request (0 when none).
	 *
	 * @since 0.1.0
	 */
	public static function requested_customer(): int {
		$value = get_query_var( self::QUERY_VAR );
		return is_numeric( $value ) ? max( 0, (int) $value ) : 0;
	}

	/**
	 * `/customer/{id}/` → the My clients page with the client id.
	 *
	 * @since 0.1.0
	 */
	public function add_rewrite_rule(): void {
		$page = $this->id( self::COACH_CLIENTS );
		if ( $page > 0 ) {
			add_rewrite_rule( self::REWRITE_REGEX, 'index.php?page_id=' . $page . '&' . self::QUERY_VAR . '=$matches[1]', 'top' );
		}
	}

	/**
	 * Registers the query var.
	 *
	 * @since 0.1.0
	 *
	 * @param string[] $vars Public query vars.
	 * @return string[]
	 */
	public function query_vars( $vars ) {
		$vars[] = self::QUERY_VAR;
		return $vars;
	}
}
