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
	 * Which of these emails any WordPress user has, in one query (imports check a batch at once).
	 *
	 * @since 0.2.0
	 *
	 * @param list<string> $emails Emails.
	 * @return list<string> The used ones, lower case.
	 */
	public function emails_in_use( array $emails ): array {
		global $wpdb;
		$emails = array_values( array_unique( array_map( static fn( string $email ): string => strtolower( trim( $email ) ), $emails ) ) );
		if ( ! $emails ) {
			return array();
		}
		$in = implode( ',', array_fill( 0, count( $emails ), '%s' ) );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- one indexed read of core's users table for a batch; placeholders only.
		$used = $wpdb->get_col( $wpdb->prepare( "SELECT user_email FROM %i WHERE user_email IN ({$in})", array_merge( array( $wpdb->users ), $emails ) ) );
		return array_values( array_unique( array_map( 'strtolower', $used ) ) );
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
				// Longer than the 4096 bytes WordPress hashes: it stores '*', a hash no password
				// matches, without running bcrypt (slow on purpose, and useless for a password nobody
				// knows — imports create thousands). A custom hasher still gets an unknown random value.
				'user_pass'    => str_repeat( wp_generate_password( 32, true, true ), 129 ),
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
