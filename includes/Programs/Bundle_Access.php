<?php
/**
 * Who reaches which bundle.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Programs;

use Joolweb\SessionsPro\Clients\Client_Access;

defined( 'ABSPATH' ) || exit;

/**
 * A bundle belongs to its coach: users who reach everyone reach every bundle; a coach only the bundles
 * they lead — even on a client shared with another coach. The item routes ask `reaches()`, the list
 * asks `scope_for()`: both are Client_Access's one rule for records led by a coach.
 *
 * @since 0.1.0
 */
final class Bundle_Access {

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Bundle_Repository $bundles Bundles.
	 * @param Client_Access     $clients Reach rules.
	 */
	public function __construct( private Bundle_Repository $bundles, private Client_Access $clients ) {
	}

	/**
	 * The bundle, if the user reaches it.
	 *
	 * @since 0.1.0
	 *
	 * @param int $user_id   User.
	 * @param int $bundle_id Bundle.
	 */
	public function find_reachable( int $user_id, int $bundle_id ): ?Bundle {
		$bundle = $bundle_id > 0 ? $this->bundles->find( $bundle_id ) : null;
		return $bundle && $this->reaches( $user_id, $bundle ) ? $bundle : null;
	}

	/**
	 * Whether a user reaches a bundle.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $user_id User.
	 * @param Bundle $bundle  Bundle.
	 */
	public function reaches( int $user_id, Bundle $bundle ): bool {
		return $this->clients->reaches_led_by( $user_id, $bundle->coach_id );
	}

	/**
	 * The coach a bundle list must be scoped to, or null for everyone.
	 *
	 * @since 0.1.0
	 *
	 * @param int $user_id User.
	 */
	public function scope_for( int $user_id ): ?int {
		return $this->clients->scope_for( $user_id );
	}
}
