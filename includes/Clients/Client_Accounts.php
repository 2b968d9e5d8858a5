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
	 * Creates many client accounts at once (imports), as `create()` would: role client, a login from
	 * the email, the unusable password `*`, the same names and user meta — in multi-row statements.
	 * A person whose login or nicename would need WordPress's de-duplication is left out (the caller
	 * creates them one by one through `create()`); core's `user_register` fires for each account.
	 *
	 * @since 0.2.0
	 *
	 * @param list<array{first_name: string, last_name: string, email: string}> $people Unused, distinct, lower-case emails.
	 * @return array<string, int> Email => new user id.
	 */
	public function create_many( array $people ): array {
		global $wpdb;
		$logins = array();
		foreach ( $people as $person ) {
			$logins[ $person['email'] ] = $this->base_login( $person['email'] );
		}
		// Logins and nicenames already taken (in the site or twice in the batch) go the slow way.
		$nicenames = array_map( static fn( string $login ): string => mb_substr( sanitize_title( $login ), 0, 50 ), $logins );
		$taken     = array_merge( $this->taken( 'user_login', array_values( $logins ) ), $this->taken( 'user_nicename', array_values( $nicenames ) ) );
		/** This filter is documented in wp-includes/user.php */
		$illegal = array_map( 'strtolower', (array) apply_filters( 'illegal_user_logins', array() ) ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- core's filter.
		$counts  = array_count_values( array_merge( array_values( $logins ), array_values( $nicenames ) ) );
		$now     = current_time( 'mysql', true );
		$values  = array();
		$chosen  = array();
		foreach ( $people as $person ) {
			$email = $person['email'];
			$login = $logins[ $email ];
			$nice  = $nicenames[ $email ];
			$twice = $login === $nice ? 2 : 1;
			if ( '' === $nice || isset( $taken[ $login ] ) || isset( $taken[ $nice ] ) || in_array( $login, $illegal, true ) || $counts[ $login ] > $twice || $counts[ $nice ] > $twice ) {
				continue;
			}
			$chosen[ $login ] = $person;
			$values[]         = $wpdb->prepare( '(%s, %s, %s, %s, %s, %s, %s)', $login, '*', $nice, $email, '', $now, trim( $person['first_name'] . ' ' . $person['last_name'] ) );
		}
		foreach ( array_chunk( $values, 500 ) as $chunk ) {
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- Multi-row insert into core's users table for an import batch; values prepared above.
			$wpdb->query( $wpdb->prepare( 'INSERT INTO %i (user_login, user_pass, user_nicename, user_email, user_url, user_registered, display_name) VALUES ', $wpdb->users ) . implode( ',', $chunk ) );
		}
		$ids = array();
		foreach ( array_chunk( array_keys( $chosen ), 500 ) as $chunk ) {
			$in = implode( ',', array_fill( 0, count( $chunk ), '%s' ) );
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- One %s per login.
			foreach ( $wpdb->get_results( $wpdb->prepare( "SELECT ID, user_login FROM %i WHERE user_login IN ({$in})", array_merge( array( $wpdb->users ), $chunk ) ) ) as $row ) {
				$ids[ (string) $row->user_login ] = (int) $row->ID;
			}
		}
		$prefix = $wpdb->get_blog_prefix();
		$role   = serialize( array( Capabilities::ROLE_CLIENT => true ) ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.serialize_serialize -- The format WordPress stores capabilities in.
		$meta   = array();
		$out    = array();
		foreach ( $ids as $login => $user_id ) {
			$person = $chosen[ $login ];
			$fields = array(
				'nickname'               => $person['first_name'],
				'first_name'             => $person['first_name'],
				'last_name'              => $person['last_name'],
				'description'            => '',
				'rich_editing'           => 'true',
				'syntax_highlighting'    => 'true',
				'comment_shortcuts'      => 'false',
				'admin_color'            => 'fresh',
				'use_ssl'                => '0',
				'show_admin_bar_front'   => 'true',
				'locale'                 => '',
				// What core's WP_Internal_Pointers adds to a new user (held below).
				'dismissed_wp_pointers'  => '',
				$prefix . 'capabilities' => $role,
				$prefix . 'user_level'   => '0',
			);
			foreach ( $fields as $key => $value ) {
				$meta[] = $wpdb->prepare( '(%d, %s, %s)', $user_id, $key, $value );
			}
			$out[ $person['email'] ] = $user_id;
		}
		foreach ( array_chunk( $meta, 1000 ) as $chunk ) {
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- Multi-row insert into core's usermeta table; values prepared above.
			$wpdb->query( $wpdb->prepare( 'INSERT INTO %i (user_id, meta_key, meta_value) VALUES ', $wpdb->usermeta ) . implode( ',', $chunk ) );
		}
		// Core's own per-user listeners run once for the batch: the user count (a COUNT over every
		// user, each time) after the loop; the pointers meta was written above.
		$held = array();
		foreach ( array( 'wp_maybe_update_user_counts', array( 'WP_Internal_Pointers', 'dismiss_pointers_for_new_users' ) ) as $callback ) {
			$priority = has_action( 'user_register', $callback );
			if ( false !== $priority ) {
				remove_action( 'user_register', $callback, $priority );
				$held[] = array( $callback, $priority );
			}
		}
		try {
			foreach ( $out as $user_id ) {
				/** This action is documented in wp-includes/user.php */
				do_action( 'user_register', $user_id, array( 'role' => Capabilities::ROLE_CLIENT ) ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- core's action.
			}
		} finally {
			foreach ( $held as list( $callback, $priority ) ) {
				add_action( 'user_register', $callback, $priority, 'wp_maybe_update_user_counts' === $callback ? 0 : 1 );
			}
		}
		if ( $out && function_exists( 'wp_maybe_update_user_counts' ) ) {
			wp_maybe_update_user_counts();
		}
		return $out;
	}

	/**
	 * Which of these values a user already has in a column (login or nicename), in one query.
	 *
	 * @param string       $column `user_login` or `user_nicename`.
	 * @param list<string> $values Values.
	 * @return array<string, true>
	 */
	private function taken( string $column, array $values ): array {
		global $wpdb;
		$taken = array();
		foreach ( array_chunk( array_values( array_unique( $values ) ), 500 ) as $chunk ) {
			$in = implode( ',', array_fill( 0, count( $chunk ), '%s' ) );
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- The column is one of two literals; one %s per value.
			foreach ( $wpdb->get_col( $wpdb->prepare( "SELECT %i FROM %i WHERE %i IN ({$in})", array_merge( array( $column, $wpdb->users, $column ), $chunk ) ) ) as $value ) {
				$taken[ strtolower( (string) $value ) ] = true;
			}
		}
		return $taken;
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
		$base  = $this->base_login( $email );
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

	/**
	 * The login an email suggests before de-duplication: its local part, sanitised.
	 *
	 * @param string $email Email.
	 */
	private function base_login( string $email ): string {
		$local = strtolower( (string) strstr( $email, '@', true ) );
		$base  = substr( sanitize_user( $local, true ), 0, 50 );
		return '' === $base ? 'client' : $base;
	}
}
