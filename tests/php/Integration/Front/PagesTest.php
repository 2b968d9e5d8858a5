<?php
/**
 * Front pages: created once, in the site's language, with the /customer/{id}/ rule.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Front;

use Joolweb\SessionsPro\Front\Pages;
use Joolweb\SessionsPro\Plugin;
use Joolweb\SessionsPro\Settings\Settings;
use Joolweb\SessionsPro\Tests\TestCase;

final class PagesTest extends TestCase {

	private function pages(): Pages {
		return Plugin::instance()->get( Pages::class );
	}

	/**
	 * Published pages holding a shortcode.
	 *
	 * @param string $shortcode Shortcode.
	 */
	private function count_pages_with( string $shortcode ): int {
		global $wpdb;
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->posts} WHERE post_type = 'page' AND post_status = 'publish' AND post_content LIKE %s", '%' . $wpdb->esc_like( '[' . $shortcode . ']' ) . '%' ) );
	}

	public function test_pages_are_created_once_and_their_ids_stored(): void {
		Plugin::instance()->get( Settings::class )->set_page_ids( array_fill_keys( array_keys( Pages::definitions() ), 0 ) );
		$first = $this->pages()->ensure_pages();
		$this->assertSame( array_keys( Pages::definitions() ), array_keys( $first ) );
		$this->assertSame( $first, Plugin::instance()->get( Settings::class )->page_ids() );

		$again = $this->pages()->ensure_pages();
		$this->assertSame( $first, $again, 'Re-activation creates nothing' );
		foreach ( Pages::definitions() as $key => $page ) {
			$this->assertSame( 1, $this->count_pages_with( $page['shortcode'] ), $key );
			$this->assertSame( 'page', get_post_type( $first[ $key ] ) );
		}
		$this->assertSame( 'coach-home', get_post_field( 'post_name', $first[ Pages::COACH_HOME ] ) );
		$this->assertSame( 'Client area', get_the_title( $first[ Pages::CLIENT_AREA ] ) );

		// Settings lost (e.g. reset): the existing pages are found again, not duplicated.
		Plugin::instance()->get( Settings::class )->set_page_ids( array_fill_keys( array_keys( Pages::definitions() ), 0 ) );
		$this->assertSame( $first, $this->pages()->ensure_pages() );

		// A trashed page is replaced.
		wp_trash_post( $first[ Pages::LOGIN ] );
		$after = $this->pages()->ensure_pages();
		$this->assertNotSame( $first[ Pages::LOGIN ], $after[ Pages::LOGIN ] );
		$this->assertSame( 'publish', get_post_status( $after[ Pages::LOGIN ] ) );
	}

	public function test_a_french_site_gets_french_slugs_and_titles(): void {
		Plugin::instance()->get( Settings::class )->set_page_ids( array_fill_keys( array_keys( Pages::definitions() ), 0 ) );
		// The French .po ships separately; the strings are translated here through the gettext filter.
		$french = array(
			'page slug'  => array(
				'coach-home'  => 'accueil-coach',
				'my-clients'  => 'mes-clients',
				'client-area' => 'accueil-client',
				'login'       => 'connexion',
			),
			'page title' => array(
				'Coach home'  => 'Accueil coach',
				'My clients'  => 'Mes clients',
				'Client area' => 'Mon espace client',
				'Login'       => 'Connexion',
			),
		);
		add_filter(
			'gettext_with_context_joolweb-sessions-pro',
			static function ( $translation, $text, $context ) use ( $french ) {
				return $french[ $context ][ $text ] ?? $translation;
			},
			10,
			3
		);
		$ids = $this->pages()->ensure_pages();
		$this->assertSame( 'accueil-coach', get_post_field( 'post_name', $ids[ Pages::COACH_HOME ] ) );
		$this->assertSame( 'mes-clients', get_post_field( 'post_name', $ids[ Pages::COACH_CLIENTS ] ) );
		$this->assertSame( 'accueil-client', get_post_field( 'post_name', $ids[ Pages::CLIENT_AREA ] ) );
		$this->assertSame( 'connexion', get_post_field( 'post_name', $ids[ Pages::LOGIN ] ) );
		$this->assertSame( 'Mes clients', get_the_title( $ids[ Pages::COACH_CLIENTS ] ) );
	}

	public function test_customer_rule_maps_to_the_my_clients_page(): void {
		global $wp_rewrite;
		$ids = $this->pages()->ensure_pages();
		$this->pages()->install();
		$rules = $wp_rewrite->wp_rewrite_rules();
		$this->assertArrayHasKey( Pages::REWRITE_REGEX, $rules );
		$this->assertSame( 'index.php?page_id=' . $ids[ Pages::COACH_CLIENTS ] . '&joolwebsp_customer=$matches[1]', $rules[ Pages::REWRITE_REGEX ] );
		$keys = array_keys( $rules );
		$this->assertLessThan( array_search( '(.?.+?)(?:/([0-9]+))?/?$', $keys, true ), array_search( Pages::REWRITE_REGEX, $keys, true ), 'Before the page rules' );
		$this->assertContains( Pages::QUERY_VAR, apply_filters( 'query_vars', array() ) );

		// The request is parsed into the page and the client id.
		$this->go_to( home_url( '/customer/42/' ) );
		$this->assertSame( $ids[ Pages::COACH_CLIENTS ], get_queried_object_id() );
		$this->assertSame( 42, Pages::requested_customer() );
		$this->assertSame( home_url( '/customer/42/' ), $this->pages()->customer_url( 42 ) );

		// Without pretty permalinks: a query string on the My clients page.
		$wp_rewrite->set_permalink_structure( '' );
		$url = $this->pages()->customer_url( 42 );
		$this->assertSame( add_query_arg( 'joolwebsp_customer', 42, get_permalink( $ids[ Pages::COACH_CLIENTS ] ) ), $url );
		$this->go_to( $url );
		$this->assertSame( $ids[ Pages::COACH_CLIENTS ], get_queried_object_id() );
		$this->assertSame( 42, Pages::requested_customer() );
		$wp_rewrite->set_permalink_structure( '/%postname%/' );
		$wp_rewrite->flush_rules( false );
	}

	/**
	 * Runs the main query for a URL, as WordPress's test library does.
	 *
	 * @param string $url URL.
	 */
	private function go_to( string $url ): void {
		$parts                  = wp_parse_url( $url );
		$_SERVER['REQUEST_URI'] = ( $parts['path'] ?? '/' ) . ( isset( $parts['query'] ) ? '?' . $parts['query'] : '' );
		$_GET                   = array();
		if ( isset( $parts['query'] ) ) {
			parse_str( $parts['query'], $_GET ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- simulating a request.
		}
		unset( $GLOBALS['wp_query'], $GLOBALS['wp_the_query'] );
		$GLOBALS['wp_the_query'] = new \WP_Query();
		$GLOBALS['wp_query']     = $GLOBALS['wp_the_query'];
		$GLOBALS['wp']           = new \WP();
		$GLOBALS['wp']->main();
	}
}
