<?php
/**
 * Who reaches which session.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Sessions;

use Joolweb\SessionsPro\Clients\Client_Access;
use Joolweb\SessionsPro\Contracts\Registrable;
use Joolweb\SessionsPro\Security\Capabilities;

defined( 'ABSPATH' ) || exit;

/**
 * Meta capabilities `view_session`, `edit_session`, `delete_session` (argument: session id),
 * resolved in `map_meta_cap`: users who reach every client reach every session; a coach reaches the
 * sessions they lead. Built on Client_Access, the one place for "reaches everyone".
 *
 * @since 0.1.0
 */
final class Session_Access implements Registrable {

	private const META_TO_PRIMITIVE = array(
		Capabilities::VIEW_SESSION   => Capabilities::VIEW_SESSIONS,
		Capabilities::EDIT_SESSION   => Capabilities::EDIT_SESSIONS,
		Capabilities::DELETE_SESSION => Capabilities::EDIT_SESSIONS,
	);

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Session_Repository $sessions Sessions.
	 * @param Client_Access      $clients  Client reachability.
	 */
	public function __construct( private Session_Repository $sessions, private Client_Access $clients ) {
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( 'map_meta_cap', array( $this, 'map_meta_cap' ), 10, 4 );
	}

	/**
	 * Maps the session meta capabilities.
	 *
	 * @since 0.1.0
	 *
	 * @param string[] $caps    Required capabilities.
	 * @param string   $cap     Capability checked.
	 * @param int      $user_id User.
	 * @param mixed[]  $args    Arguments; the first is the session id.
	 * @return string[]
	 */
	public function map_meta_cap( $caps, $cap, $user_id, $args ) {
		if ( ! isset( self::META_TO_PRIMITIVE[ $cap ] ) ) {
			return $caps;
		}
		$session = isset( $args[0] ) ? $this->sessions->find( (int) $args[0] ) : null;
		if ( ! $session || ! $this->reaches( (int) $user_id, $session ) ) {
			return array( 'do_not_allow' );
		}
		return array( self::META_TO_PRIMITIVE[ $cap ] );
	}

	/**
	 * Whether a user reaches a session.
	 *
	 * @since 0.1.0
	 *
	 * @param int     $user_id User.
	 * @param Session $session Session.
	 */
	public function reaches( int $user_id, Session $session ): bool {
		return $this->clients->reaches_led_by( $user_id, $session->coach_id );
	}

	/**
	 * The coach a session list must be scoped to, or null for everyone.
	 *
	 * @since 0.1.0
	 *
	 * @param int $user_id User.
	 */
	public function scope_for( int $user_id ): ?int {
		return $this->clients->scope_for( $user_id );
	}
}
