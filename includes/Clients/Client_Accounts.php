<?php
/**
 * The WordPress-user side of a client.
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
 * Creates, updates and deletes the WordPress account of a client, and answers "is this email used by
 * any account". Never sets another user's password or role after creation.
 *
 * @since 0.1.0
 */
final class Client_Accounts {

	/**
	 * Whether any WordPress user (admin, coach, client…) has this email, compared case-insensitively.
	 *
	 * @since 0.1.0
	 *
	 * @param string $email           Email.
	 * @param int    $except_user_id  A user to ignore (the client being updated).
	 */
	public function email_in_use( string $email, int $except_user_id = 0 ): bool {
		// Core's lookup: on MySQL/MariaDB wp_users uses a case-insensitive collation, so the index
		// answers for any case. (SQLite, the dev-only Playground, compares case-sensitively; the
		// plugin stores client emails lower-cased).
		$user = get_user_by( 'email', strtolower( trim( $email ) ) );
		return $user instanceof WP_User && $user->ID !== $except_user_id;
	}

	/**
	 * Creates the account: role client, username derived from the email, an unknown random password
	 * (the client chooses one through the set-password link).
	 *
	 * @since 0.1.0
	 *
	 * @param string $first_name First name.
	 * @param string $last_name  Last name.
	 * @param string $email      Email (lower case).
	 * @return int|WP_Error User id.
	 */
	public function create( string $first_name, string $last_name, string $email ) {
		$user_id = wp_insert_user(
			array(
				'user_login'   => $this->unique_login( $email ),
				'user_email'   => $email,
				'user_pass'    => wp_generate_password( 32, true, true ),
				'first_name'   => $first_name,
				'last_name'    => $last_name,
				'display_name' => trim( $first_name . ' ' . $last_name ),
				'nickname'     => $first_name,
				'role'         => Capabilities::ROLE_CLIENT,
			)
		);
		return $user_id;
	}

	/**
	 * Copies changed profile fields to the WordPress user (never the password or the role).
	 *
	 * @since 0.1.0
	 *
	 * @param int    $user_id    User.
	 * @param string $first_name First name.
	 * @param string $last_name  Last name.
	 * @param string $email      Email.
	 * @return true|WP_Error
	 */
	public function update( int $user_id, string $first_name, string $last_name, string $email ) {
		// When the email changes, core mails its "email changed" notice to the old address: an account
		// must never move to another address without its owner hearing of it.
		$result = wp_update_user(
			array(
				'ID'           => $user_id,
				'user_email'   => $email,
				'first_name'   => $first_name,
				'last_name'    => $last_name,
				'display_name' => trim( $first_name . ' ' . $last_name ),
			)
		);
		return is_wp_error( $result ) ? $result : true;
	}

	/**
	 * Deletes the account (on multisite: removes it from this site).
	 *
	 * @since 0.1.0
	 *
	 * @param int $user_id User.
	 */
	public function delete( int $user_id ): bool {
		require_once ABSPATH . 'wp-admin/includes/user.php';
		return wp_delete_user( $user_id );
	}

	/**
	 * Takes the client role off an account that the plugin does not manage (it holds other roles):
	 * the account and its content stay.
	 *
	 * @since 0.1.0
	 *
	 * @param int $user_id User.
	 */
	public function remove_client_role( int $user_id ): bool {
		$user = get_userdata( $user_id );
		if ( ! $user instanceof WP_User ) {
			return false;
		}
		$user->remove_role( Capabilities::ROLE_CLIENT );
		return true;
	}

	/**
	 * A free username derived from the email's local part ("ana.zed@x.com" → "ana.zed", "ana.zed-2"…).
	 *
	 * @since 0.1.0
	 *
	 * @param string $email Email.
	 */
	private function unique_login( string $email ): string {
		$local = strtolower( (string) strstr( $email, '@', true ) );
		$base  = substr( sanitize_user( $local, true ), 0, 50 );
		$base  = '' === $base ? 'client' : $base;
		$login = $base;
		/** This filter is documented in wp-includes/user.php */
		$illegal = array_map( 'strtolower', (array) apply_filters( 'illegal_user_logins', array() ) ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- core's filter.
		$n       = 1;
		while ( username_exists( $login ) || in_array( $login, $illegal, true ) ) {
			++$n;
			$login = $n < 50 ? "{$base}-{$n}" : $base . '-' . strtolower( wp_generate_password( 6, false ) );
		}
		return $login;
	}
}
