<?php
/**
 * The one place that decides "can user U reach client C".
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Clients;

use Joolweb\SessionsPro\Contracts\Registrable;
use Joolweb\SessionsPro\Security\Capabilities;

defined( 'ABSPATH' ) || exit;

/**
 * Resolves the meta capabilities `view_client`, `edit_client` and `delete_client` (argument: client
 * id) in `map_meta_cap`: the primitive capability (`view_clients`…) when the user reaches the client,
 * `do_not_allow` otherwise. Users with `manage_options` reach everyone; a coach reaches a client
 * assigned to them or with at least one session with them. Lists use `scope_for()`, which the
 * repository turns into SQL.
 *
 * Every surface asks here: `current_user_can( Capabilities::EDIT_CLIENT, $client_id )`.
 *
 * @since 0.1.0
 */
final class Client_Access implements Registrable {

	private const META_TO_PRIMITIVE = array(
		Capabilities::VIEW_CLIENT   => Capabilities::VIEW_CLIENTS,
		Capabilities::EDIT_CLIENT   => Capabilities::EDIT_CLIENTS,
		Capabilities::DELETE_CLIENT => Capabilities::DELETE_CLIENTS,
	);

	/**
	 * Reachability answers of this request: "user:client" => bool.
	 *
	 * @var array<string, bool>
	 */
	private array $cache = array();

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Client_Repository $clients Clients repository.
	 */
	public function __construct( private Client_Repository $clients ) {
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( 'map_meta_cap', array( $this, 'map_meta_cap' ), 10, 4 );
	}

	/**
	 * Maps the client meta capabilities.
	 *
	 * @since 0.1.0
	 *
	 * @param string[] $caps    Primitive capabilities required so far.
	 * @param string   $cap     Capability being checked.
	 * @param int      $user_id User.
	 * @param mixed[]  $args    Arguments; the first is the client id.
	 * @return string[]
	 */
	public function map_meta_cap( $caps, $cap, $user_id, $args ) {
		if ( ! isset( self::META_TO_PRIMITIVE[ $cap ] ) ) {
			return $caps;
		}
		$client_id = isset( $args[0] ) ? (int) $args[0] : 0;
		if ( $client_id <= 0 || ! $this->reaches( (int) $user_id, $client_id ) ) {
			return array( 'do_not_allow' );
		}
		return array( self::META_TO_PRIMITIVE[ $cap ] );
	}

	/**
	 * Whether a user reaches every client.
	 *
	 * @since 0.1.0
	 *
	 * @param int $user_id User.
	 */
	public function reaches_everyone( int $user_id ): bool {
		return $user_id > 0 && user_can( $user_id, Capabilities::REACH_EVERYONE );
	}

	/**
	 * Whether a user reaches a record led by a coach — a session or a bundle: users who reach everyone
	 * reach them all; anyone else only the ones they lead, even on a client shared with other coaches.
	 * `scope_for()` is the same rule for lists, in SQL.
	 *
	 * @since 0.1.0
	 *
	 * @param int $user_id  User.
	 * @param int $coach_id Coach who leads the record.
	 */
	public function reaches_led_by( int $user_id, int $coach_id ): bool {
		return $user_id > 0 && ( $user_id === $coach_id || $this->reaches_everyone( $user_id ) );
	}

	/**
	 * Whether a user reaches a client (the client must exist).
	 *
	 * @since 0.1.0
	 *
	 * @param int $user_id   User.
	 * @param int $client_id Client.
	 */
	public function reaches( int $user_id, int $client_id ): bool {
		if ( $user_id <= 0 ) {
			return false;
		}
		$key = $user_id . ':' . $client_id;
		if ( ! isset( $this->cache[ $key ] ) ) {
			if ( $this->reaches_everyone( $user_id ) ) {
				$this->cache[ $key ] = null !== $this->clients->find( $client_id );
			} else {
				$this->cache[ $key ] = $this->clients->is_reachable( $client_id, $user_id );
			}
		}
		return $this->cache[ $key ];
	}

	/**
	 * The coach id a list query must be scoped to for this user, or null for everyone.
	 *
	 * @since 0.1.0
	 *
	 * @param int $user_id User.
	 */
	public function scope_for( int $user_id ): ?int {
		return $this->reaches_everyone( $user_id ) ? null : $user_id;
	}

	/**
	 * Forgets cached answers (after assignments or sessions change).
	 *
	 * @since 0.1.0
	 */
	public function flush(): void {
		$this->cache = array();
	}
}
