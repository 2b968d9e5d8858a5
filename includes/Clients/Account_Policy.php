<?php
/**
 * The one place that decides "may the plugin write to, or mail, this WordPress account".
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Clients;

use Joolweb\SessionsPro\Security\Capabilities;
use WP_Error;
use WP_User;

defined( 'ABSPATH' ) || exit;

/**
 * The plugin manages a WordPress account only while it is *just a client*: it holds the client role and
 * no capability beyond what that role grants, on every site of a network. Any other account linked to
 * a client record (a client who became a coach, an editor, an administrator…) is the Users screen's
 * business: changing its email or names, sending it login details or a password reset, and deleting
 * it are refused (403 `joolwebsp_protected_account`) unless the acting user may `edit_user` /
 * `delete_user` it in core's own terms — an administrator editing an editor is fine, a coach never is.
 *
 * Every path that writes to an account or mails it asks here: the client service (REST, screens,
 * front pages, imports, CLI all go through it). Reach — whether the actor may see the client at all —
 * stays with Client_Access.
 *
 * @since 0.1.0
 */
final class Account_Policy {

	/** Changing the account's email or names, or sending it login details or a password reset. */
	public const EDIT = 'edit';

	/** Deleting the account. */
	public const DELETE = 'delete';

	/**
	 * Whether the plugin manages this account: the client role and nothing more, on every site.
	 *
	 * @since 0.1.0
	 *
	 * @param int $user_id WordPress user.
	 */
	public function is_managed( int $user_id ): bool {
		$user = $user_id > 0 ? get_userdata( $user_id ) : false;
		if ( ! $user instanceof WP_User ) {
			return false;
		}
		if ( is_multisite() ) {
			if ( is_super_admin( $user_id ) ) {
				return false;
			}
			// One capabilities entry per site the user belongs to ({base_prefix}{N_}capabilities), all
			// read from the user's cached meta: no query per site.
			global $wpdb;
			$pattern = '/^' . preg_quote( $wpdb->base_prefix, '/' ) . '(\d+_)?capabilities$/';
			foreach ( (array) get_user_meta( $user_id ) as $key => $values ) {
				if ( preg_match( $pattern, (string) $key ) && ! self::only_client( maybe_unserialize( $values[0] ?? '' ) ) ) {
					return false;
				}
			}
		}
		return self::only_client( $user->caps );
	}

	/**
	 * Whether the actor may do this to the account, through the plugin.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $actor_id Acting user.
	 * @param int    $user_id  The account.
	 * @param string $action   self::EDIT or self::DELETE.
	 */
	public function may( int $actor_id, int $user_id, string $action ): bool {
		if ( $this->is_managed( $user_id ) ) {
			return true;
		}
		return $actor_id > 0 && $user_id > 0 && user_can( $actor_id, self::DELETE === $action ? 'delete_user' : 'edit_user', $user_id );
	}

	/**
	 * True, or the 403 error to return.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $actor_id Acting user.
	 * @param Client $client   Client whose account is concerned.
	 * @param string $action   self::EDIT or self::DELETE.
	 * @return true|WP_Error
	 */
	public function check( int $actor_id, Client $client, string $action ) {
		return $this->may( $actor_id, $client->user_id, $action ) ? true : self::error();
	}

	/**
	 * The error for an account the plugin may not touch.
	 *
	 * @since 0.1.0
	 */
	public static function error(): WP_Error {
		return new WP_Error(
			'joolwebsp_protected_account',
			__( "This client's WordPress account also has another role (for example administrator or coach). Change its email, name or password, or delete it, from the Users screen.", 'joolweb-sessions-pro' ),
			array( 'status' => 403 )
		);
	}

	/**
	 * Whether a capabilities array holds the client role and no other grant.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $caps Role and capability grants (`{prefix}capabilities` user meta).
	 */
	private static function only_client( $caps ): bool {
		if ( ! is_array( $caps ) || empty( $caps[ Capabilities::ROLE_CLIENT ] ) ) {
			return false;
		}
		foreach ( $caps as $cap => $granted ) {
			if ( Capabilities::ROLE_CLIENT !== $cap && $granted ) {
				return false;
			}
		}
		return true;
	}
}
