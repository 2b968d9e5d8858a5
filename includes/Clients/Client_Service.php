<?php
/**
 * Business rules of clients, shared by REST, admin screens, front pages, imports and CLI.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Clients;

use Joolweb\SessionsPro\Contracts\Registrable;
use Joolweb\SessionsPro\Emails\Email_Log_Repository;
use Joolweb\SessionsPro\Security\Capabilities;
use Joolweb\SessionsPro\Support\Text;
use WP_Error;
use WP_User;

defined( 'ABSPATH' ) || exit;

/**
 * Creates, updates and deletes clients (account + row + assignments) and keeps the WordPress user in
 * sync. Validation here is the same whichever surface calls it.
 *
 * @since 0.1.0
 *
 * @phpstan-type Client_Input array{first_name?: mixed, last_name?: mixed, email?: mixed, phone?: mixed, coach_ids?: mixed}
 */
final class Client_Service implements Registrable {

	public const NAME_MAX  = 100;
	public const EMAIL_MAX = 100;
	public const PHONE_MAX = 40;

	/** Characters a phone may hold (anchored, for preg_match with `/` delimiters and for JS RegExp). */
	public const PHONE_PATTERN = '^[0-9 +\\-.()]+$';

	/** How many digits a phone holds, at least and at most. */
	public const PHONE_DIGITS_MIN = 6;
	public const PHONE_DIGITS_MAX = 20;

	/**
	 * Set while this service writes a WordPress user, so the profile_update sync does not echo it.
	 *
	 * @var bool
	 */
	private bool $writing_user = false;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Client_Repository    $clients  Clients repository.
	 * @param Client_Accounts      $accounts WordPress accounts.
	 * @param Client_Access        $access   Reachability.
	 * @param Account_Emails       $emails   Account emails.
	 * @param Email_Log_Repository $log      Email log.
	 * @param Account_Policy       $policy   Which accounts the plugin may write to or mail.
	 */
	public function __construct(
		private Client_Repository $clients,
		private Client_Accounts $accounts,
		private Client_Access $access,
		private Account_Emails $emails,
		private Email_Log_Repository $log,
		private Account_Policy $policy
	) {
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'delete_user', array( $this, 'on_delete_user' ) );
		add_action( 'profile_update', array( $this, 'on_profile_update' ), 10, 1 );
	}

	/**
	 * Creates a client: WordPress account, row, assignments — all or nothing.
	 *
	 * A coach (someone who does not reach everyone) is assigned automatically and may not choose coaches.
	 *
	 * @since 0.1.0
	 *
	 * @param array $input    first_name, last_name, email, phone?, coach_ids?.
	 * @param int   $actor_id Acting user.
	 * @phpstan-param Client_Input $input
	 * @return Client|WP_Error
	 */
	public function create( array $input, int $actor_id ) {
		$fields = $this->validate( $input, true );
		if ( is_wp_error( $fields ) ) {
			return $fields;
		}
		$coach_ids = $this->resolve_coach_ids( $input, $actor_id, true );
		if ( is_wp_error( $coach_ids ) ) {
			return $coach_ids;
		}
		if ( $this->accounts->email_in_use( $fields['email'] ) ) {
			return $this->email_exists_error();
		}

		$this->writing_user = true;
		$user_id            = $this->accounts->create( $fields['first_name'], $fields['last_name'], $fields['email'] );
		$this->writing_user = false;
		if ( is_wp_error( $user_id ) ) {
			return new WP_Error( 'joolwebsp_client_create_failed', $user_id->get_error_message(), array( 'status' => 500 ) );
		}

		$now       = current_time( 'mysql', true );
		$client_id = null;
		try {
			$row       = array(
				'first_name' => $fields['first_name'] ?? '',
				'last_name'  => $fields['last_name'] ?? '',
				'email'      => $fields['email'] ?? '',
				'phone'      => $fields['phone'] ?? '',
			);
			$client_id = $this->clients->insert( $user_id, $row, $actor_id, $now );
			if ( null === $client_id ) {
				throw new \RuntimeException( 'insert' );
			}
			if ( ! $this->clients->set_assigned_coaches( $client_id, $coach_ids ?? array(), $now ) ) {
				throw new \RuntimeException( 'assign' );
			}
			$client = $this->clients->find( $client_id );
			if ( ! $client ) {
				throw new \RuntimeException( 'read back' );
			}
		} catch ( \Throwable $e ) {
			// Nothing may remain: no half row, no orphan account.
			if ( null !== $client_id ) {
				$this->clients->delete( $client_id );
			}
			$this->accounts->delete( $user_id );
			return new WP_Error(
				'joolwebsp_client_create_failed',
				__( 'The client could not be saved. Nothing was created; please try again.', 'joolweb-sessions-pro' ),
				array( 'status' => 500 )
			);
		}
		$this->access->flush();

		/**
		 * Fires after a client was created.
		 *
		 * @since 0.1.0
		 *
		 * @param Client $client   The client.
		 * @param int    $actor_id User who created it.
		 */
		do_action( 'joolwebsp_client_created', $client, $actor_id );
		return $client;
	}

	/**
	 * Creates many clients at once (imports): each input goes through the same validation, coach
	 * rules and uniqueness as `create()`, then the accounts, rows, search tokens and coach links are
	 * written in multi-row statements; `joolwebsp_client_created` fires for each client. An input the
	 * bulk path cannot take (a login WordPress must de-duplicate) is created by `create()`.
	 *
	 * @since 0.2.0
	 *
	 * @param array<int|string, array> $inputs   Key => first_name, last_name, email, phone?, coach_ids?.
	 * @param int                      $actor_id Acting user.
	 * @phpstan-param array<int|string, Client_Input> $inputs
	 * @return array<int|string, Client|WP_Error> Key => the client or why not, in the inputs' order.
	 */
	public function create_many( array $inputs, int $actor_id ): array {
		$results = array();
		$ready   = array();
		foreach ( $inputs as $key => $input ) {
			$fields = $this->validate( $input, true );
			if ( ! is_wp_error( $fields ) ) {
				$coach_ids = $this->resolve_coach_ids( $input, $actor_id, true );
				$fields    = is_wp_error( $coach_ids ) ? $coach_ids : $fields;
			}
			if ( is_wp_error( $fields ) ) {
				$results[ $key ] = $fields;
				continue;
			}
			$email = $fields['email'];
			if ( isset( $ready[ $email ] ) ) {
				$results[ $key ] = $this->email_exists_error();
				continue;
			}
			$results[ $key ] = null;
			$ready[ $email ] = array(
				'key'       => $key,
				'input'     => $input,
				'coach_ids' => $coach_ids ?? array(),
				'fields'    => array(
					'first_name' => $fields['first_name'] ?? '',
					'last_name'  => $fields['last_name'] ?? '',
					'email'      => $email,
					'phone'      => $fields['phone'] ?? '',
				),
			);
		}
		foreach ( $this->accounts->emails_in_use( array_map( 'strval', array_keys( $ready ) ) ) as $used ) {
			if ( isset( $ready[ $used ] ) ) {
				$results[ $ready[ $used ]['key'] ] = $this->email_exists_error();
				unset( $ready[ $used ] );
			}
		}
		$this->writing_user = true;
		$user_ids           = $this->accounts->create_many( array_values( array_column( $ready, 'fields' ) ) );
		$this->writing_user = false;
		$rows               = array();
		$coaches            = array();
		foreach ( $ready as $email => $item ) {
			if ( isset( $user_ids[ $email ] ) ) {
				$rows[ $user_ids[ $email ] ]    = $item['fields'];
				$coaches[ $user_ids[ $email ] ] = $item['coach_ids'];
			}
		}
		$client_ids = $this->clients->insert_many( $rows, $coaches, $actor_id, current_time( 'mysql', true ) );
		$by_id      = array();
		foreach ( $this->clients->find_many( array_values( $client_ids ) ) as $client ) {
			$by_id[ $client->id ] = $client;
		}
		$this->access->flush();
		/**
		 * Fires before a run of writes that each fire their own action (an import batch); listeners
		 * may hold work until `joolwebsp_bulk_end`.
		 *
		 * @since 0.2.0
		 */
		do_action( 'joolwebsp_bulk_begin' );
		foreach ( $ready as $email => $item ) {
			$client_id = $client_ids[ $user_ids[ $email ] ?? 0 ] ?? 0;
			if ( isset( $by_id[ $client_id ] ) ) {
				$results[ $item['key'] ] = $by_id[ $client_id ];
				/** This action is documented in includes/Clients/Client_Service.php (create()). */
				do_action( 'joolwebsp_client_created', $by_id[ $client_id ], $actor_id );
			} elseif ( isset( $user_ids[ $email ] ) ) {
				// An account without its row: nothing may remain.
				$this->accounts->delete( $user_ids[ $email ] );
				$results[ $item['key'] ] = new WP_Error( 'joolwebsp_client_create_failed', __( 'The client could not be saved. Nothing was created; please try again.', 'joolweb-sessions-pro' ), array( 'status' => 500 ) );
			} else {
				$results[ $item['key'] ] = $this->create( $item['input'], $actor_id );
			}
		}
		/**
		 * Fires after a run of writes announced by `joolwebsp_bulk_begin`.
		 *
		 * @since 0.2.0
		 */
		do_action( 'joolwebsp_bulk_end' );
		return array_filter( $results, static fn( $result ): bool => null !== $result );
	}

	/**
	 * Updates some fields of a client; the WordPress user follows.
	 *
	 * @since 0.1.0
	 *
	 * @param Client $client   Client.
	 * @param array  $input    Changed fields (first_name, last_name, email, phone, coach_ids).
	 * @param int    $actor_id Acting user.
	 * @phpstan-param Client_Input $input
	 * @return Client|WP_Error
	 */
	public function update( Client $client, array $input, int $actor_id ) {
		$fields = $this->validate( $input, false );
		if ( is_wp_error( $fields ) ) {
			return $fields;
		}
		$coach_ids = $this->resolve_coach_ids( $input, $actor_id, false );
		if ( is_wp_error( $coach_ids ) ) {
			return $coach_ids;
		}
		if ( isset( $fields['email'] ) && $fields['email'] !== $client->email && $this->accounts->email_in_use( $fields['email'], $client->user_id ) ) {
			return $this->email_exists_error();
		}
		$changed = array_filter(
			$fields,
			static fn( string $value, string $key ): bool => $value !== $client->{$key},
			ARRAY_FILTER_USE_BOTH
		);
		$now     = current_time( 'mysql', true );
		if ( array_intersect_key( $changed, array_flip( array( 'first_name', 'last_name', 'email' ) ) ) ) {
			$allowed = $this->policy->check( $actor_id, $client, Account_Policy::EDIT );
			if ( is_wp_error( $allowed ) ) {
				return $allowed;
			}
		}
		if ( $changed ) {
			$first = $changed['first_name'] ?? $client->first_name;
			$last  = $changed['last_name'] ?? $client->last_name;
			$email = $changed['email'] ?? $client->email;
			if ( array_intersect_key( $changed, array_flip( array( 'first_name', 'last_name', 'email' ) ) ) ) {
				$this->writing_user = true;
				$synced             = $this->accounts->update( $client->user_id, $first, $last, $email );
				$this->writing_user = false;
				if ( is_wp_error( $synced ) ) {
					return new WP_Error( 'joolwebsp_client_update_failed', $synced->get_error_message(), array( 'status' => 500 ) );
				}
			}
			if ( ! $this->clients->update( $client, $changed, $now ) ) {
				$this->writing_user = true;
				$this->accounts->update( $client->user_id, $client->first_name, $client->last_name, $client->email );
				$this->writing_user = false;
				return new WP_Error( 'joolwebsp_client_update_failed', __( 'The client could not be saved.', 'joolweb-sessions-pro' ), array( 'status' => 500 ) );
			}
		}
		if ( null !== $coach_ids ) {
			$this->clients->set_assigned_coaches( $client->id, $coach_ids, $now );
			$this->access->flush();
		}
		$updated = $this->clients->find( $client->id );
		if ( ! $updated ) {
			return new WP_Error( 'joolwebsp_client_not_found', __( 'Client not found.', 'joolweb-sessions-pro' ), array( 'status' => 404 ) );
		}
		/**
		 * Fires after a client was updated.
		 *
		 * @since 0.1.0
		 *
		 * @param Client $updated  The client now.
		 * @param Client $client   The client before.
		 * @param int    $actor_id User who changed it.
		 */
		do_action( 'joolwebsp_client_updated', $updated, $client, $actor_id );
		return $updated;
	}

	/**
	 * Deletes a client: its plugin data, its row and — when the plugin manages it — its WordPress
	 * account. An account that holds other roles is kept with its content; only the client role goes.
	 * Irreversible.
	 *
	 * @since 0.1.0
	 *
	 * @param Client $client   Client.
	 * @param int    $actor_id Acting user.
	 * @return true|WP_Error
	 */
	public function delete( Client $client, int $actor_id ) {
		$allowed = $this->policy->check( $actor_id, $client, Account_Policy::DELETE );
		if ( is_wp_error( $allowed ) ) {
			return $allowed;
		}
		$managed = $this->policy->is_managed( $client->user_id );
		/**
		 * Fires before a client is deleted: other domains delete their data of this client here
		 * (sessions, bundles, notes, measurements).
		 *
		 * @since 0.1.0
		 *
		 * @param Client $client The client.
		 */
		do_action( 'joolwebsp_client_deleting', $client );
		$this->log->delete_for_client( $client->id );
		$this->clients->delete( $client->id );
		$this->writing_user = true;
		$deleted            = $managed ? $this->accounts->delete( $client->user_id ) : $this->accounts->remove_client_role( $client->user_id );
		$this->writing_user = false;
		$this->access->flush();
		/**
		 * Fires after a client was deleted.
		 *
		 * @since 0.1.0
		 *
		 * @param Client $client The client as it was.
		 */
		do_action( 'joolwebsp_client_deleted', $client );
		if ( ! $deleted && $managed ) {
			return new WP_Error( 'joolwebsp_delete_failed', __( 'The client account could not be deleted.', 'joolweb-sessions-pro' ), array( 'status' => 500 ) );
		}
		return true;
	}

	/**
	 * What the acting user may do with the client's WordPress account through the plugin.
	 *
	 * @since 0.1.0
	 *
	 * @param Client $client   Client.
	 * @param int    $actor_id Acting user.
	 * @return array{managed: bool, protected: bool} `managed`: the account is just a client;
	 *                                               `protected`: the actor may not change, mail or delete it.
	 */
	public function account_state( Client $client, int $actor_id ): array {
		$managed = $this->policy->is_managed( $client->user_id );
		return array(
			'managed'   => $managed,
			'protected' => ! $managed && ! ( $this->policy->may( $actor_id, $client->user_id, Account_Policy::EDIT ) && $this->policy->may( $actor_id, $client->user_id, Account_Policy::DELETE ) ),
		);
	}

	/**
	 * The client with an email, if any.
	 *
	 * @since 0.1.0
	 *
	 * @param string $email Email.
	 */
	public function find_by_email( string $email ): ?Client {
		return $this->clients->find_by_email( $email );
	}

	/**
	 * The clients with any of these emails, in one query.
	 *
	 * @since 0.2.0
	 *
	 * @param list<string> $emails Emails.
	 * @return array<string, Client> Lower-case email => client.
	 */
	public function find_by_emails( array $emails ): array {
		return $this->clients->find_by_emails( $emails );
	}

	/**
	 * Which of these emails any WordPress user has (client or not), in one query.
	 *
	 * @since 0.2.0
	 *
	 * @param list<string> $emails Emails.
	 * @return list<string> Lower case.
	 */
	public function emails_in_use( array $emails ): array {
		return $this->accounts->emails_in_use( $emails );
	}

	/**
	 * Sends the welcome / login-details email.
	 *
	 * @since 0.1.0
	 *
	 * @param Client $client   Client.
	 * @param int    $actor_id Acting user.
	 * @return string|WP_Error GMT time sent.
	 */
	public function send_login( Client $client, int $actor_id ) {
		$allowed = $this->policy->check( $actor_id, $client, Account_Policy::EDIT );
		return is_wp_error( $allowed ) ? $allowed : $this->emails->send_welcome( $client );
	}

	/**
	 * Sends a password-reset email.
	 *
	 * @since 0.1.0
	 *
	 * @param Client $client   Client.
	 * @param int    $actor_id Acting user.
	 * @return true|WP_Error
	 */
	public function send_password_reset( Client $client, int $actor_id ) {
		$allowed = $this->policy->check( $actor_id, $client, Account_Policy::EDIT );
		return is_wp_error( $allowed ) ? $allowed : $this->emails->send_password_reset( $client );
	}

	/**
	 * A WordPress user was deleted elsewhere (Users screen): remove the client's data, or the coach's links.
	 *
	 * @since 0.1.0
	 *
	 * @param int $user_id Deleted user.
	 */
	public function on_delete_user( $user_id ): void {
		// On a network the user may be deleted from a site where the plugin has no tables.
		if ( $this->writing_user || ! $this->clients->is_installed() ) {
			return;
		}
		$client = $this->clients->find_by_user_id( (int) $user_id );
		if ( $client ) {
			/** This action is documented in includes/Clients/Client_Service.php */
			do_action( 'joolwebsp_client_deleting', $client );
			$this->log->delete_for_client( $client->id );
			$this->clients->delete( $client->id );
			/** This action is documented in includes/Clients/Client_Service.php */
			do_action( 'joolwebsp_client_deleted', $client );
		}
		$this->clients->delete_coach_links( (int) $user_id );
		$this->access->flush();
	}

	/**
	 * A client's WordPress user was edited elsewhere (Users screen): copy names and email back.
	 *
	 * @since 0.1.0
	 *
	 * @param int $user_id Updated user.
	 */
	public function on_profile_update( $user_id ): void {
		// On a network the user may be edited from a site (or the network admin) without the plugin's tables.
		if ( $this->writing_user || ! $this->clients->is_installed() ) {
			return;
		}
		$client = $this->clients->find_by_user_id( (int) $user_id );
		$user   = get_userdata( (int) $user_id );
		if ( ! $client || ! $user instanceof WP_User ) {
			return;
		}
		$fields  = array(
			'first_name' => Text::limit( Text::clean_line( (string) $user->first_name ), self::NAME_MAX ),
			'last_name'  => Text::limit( Text::clean_line( (string) $user->last_name ), self::NAME_MAX ),
			'email'      => strtolower( (string) $user->user_email ),
		);
		$changed = array_filter( $fields, static fn( string $value, string $key ): bool => $value !== $client->{$key}, ARRAY_FILTER_USE_BOTH );
		if ( $changed ) {
			$this->clients->update( $client, $changed, current_time( 'mysql', true ) );
		}
	}

	/**
	 * Validates and normalises client fields. On create every required field must be there.
	 *
	 * @since 0.1.0
	 *
	 * @param array $input    Raw input.
	 * @param bool  $creating Whether required fields must be present.
	 * @phpstan-param Client_Input $input
	 * @return array<string, string>|WP_Error Normalised fields (only those given).
	 */
	public function validate( array $input, bool $creating ) {
		$fields = array();
		$errors = array();
		foreach ( array( 'first_name', 'last_name', 'email' ) as $key ) {
			if ( $creating && ! array_key_exists( $key, $input ) ) {
				/* translators: %s: field name. */
				$errors[ $key ] = sprintf( __( '%s is required.', 'joolweb-sessions-pro' ), $key );
			}
		}
		foreach ( array( 'first_name', 'last_name' ) as $key ) {
			if ( ! array_key_exists( $key, $input ) ) {
				continue;
			}
			$value = is_scalar( $input[ $key ] ) ? Text::clean_line( (string) $input[ $key ] ) : '';
			if ( '' === $value ) {
				$errors[ $key ] = __( 'This field cannot be empty.', 'joolweb-sessions-pro' );
			} elseif ( mb_strlen( $value ) > self::NAME_MAX ) {
				/* translators: %d: maximum number of characters. */
				$errors[ $key ] = sprintf( __( 'Use at most %d characters.', 'joolweb-sessions-pro' ), self::NAME_MAX );
			} else {
				$fields[ $key ] = $value;
			}
		}
		if ( array_key_exists( 'email', $input ) ) {
			$email = is_scalar( $input['email'] ) ? strtolower( trim( (string) $input['email'] ) ) : '';
			if ( '' === $email || strlen( $email ) > self::EMAIL_MAX || ! is_email( $email ) ) {
				$errors['email'] = __( 'Enter a valid email address.', 'joolweb-sessions-pro' );
			} else {
				$fields['email'] = $email;
			}
		}
		if ( array_key_exists( 'phone', $input ) ) {
			$phone = is_scalar( $input['phone'] ) || null === $input['phone'] ? Text::clean_line( (string) $input['phone'] ) : '';
			if ( '' !== $phone && ! self::is_valid_phone( $phone ) ) {
				$errors['phone'] = __( 'Enter a phone number: 6 to 20 digits, with spaces, +, -, . or brackets if you like.', 'joolweb-sessions-pro' );
			} else {
				$fields['phone'] = $phone;
			}
		}
		if ( $errors ) {
			return self::invalid( $errors );
		}
		return $fields;
	}

	/**
	 * Loose phone check: digits, spaces, `+ - . ( )`, 6 to 20 digits.
	 *
	 * @since 0.1.0
	 *
	 * @param string $phone Phone.
	 */
	public static function is_valid_phone( string $phone ): bool {
		if ( strlen( $phone ) > self::PHONE_MAX || ! preg_match( '/' . self::PHONE_PATTERN . '/', $phone ) ) {
			return false;
		}
		$digits = strlen( (string) preg_replace( '/\D/', '', $phone ) );
		return $digits >= self::PHONE_DIGITS_MIN && $digits <= self::PHONE_DIGITS_MAX;
	}

	/**
	 * A 400 error naming the invalid fields, shaped like core's `rest_invalid_param`.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, string> $errors Field => message.
	 */
	public static function invalid( array $errors ): WP_Error {
		return new WP_Error(
			'rest_invalid_param',
			/* translators: %s: comma-separated field names. */
			sprintf( __( 'Invalid parameter(s): %s', 'joolweb-sessions-pro' ), implode( ', ', array_keys( $errors ) ) ),
			array(
				'status' => 400,
				'params' => $errors,
			)
		);
	}

	/**
	 * Which coaches to assign: chosen ones (only by someone who reaches everyone, and only coaches or
	 * administrators), the acting coach on create, or null for "unchanged" on update.
	 *
	 * @since 0.1.0
	 *
	 * @param array $input    Input.
	 * @param int   $actor_id Acting user.
	 * @param bool  $creating Create or update.
	 * @phpstan-param Client_Input $input
	 * @return list<int>|null|WP_Error
	 */
	private function resolve_coach_ids( array $input, int $actor_id, bool $creating ) {
		$given = array_key_exists( 'coach_ids', $input ) && null !== $input['coach_ids'];
		if ( ! $this->access->reaches_everyone( $actor_id ) ) {
			if ( $given ) {
				return new WP_Error( 'rest_forbidden', __( 'Sorry, you are not allowed to choose coaches.', 'joolweb-sessions-pro' ), array( 'status' => 403 ) );
			}
			return $creating ? array( $actor_id ) : null;
		}
		if ( ! $given ) {
			return $creating ? array() : null;
		}
		$ids = array();
		foreach ( (array) $input['coach_ids'] as $id ) {
			$id = is_numeric( $id ) ? (int) $id : 0;
			if ( ! $this->is_coach( $id ) ) {
				return self::invalid( array( 'coach_ids' => __( 'Choose users with the Coach role or administrators.', 'joolweb-sessions-pro' ) ) );
			}
			$ids[] = $id;
		}
		return array_values( array_unique( $ids ) );
	}

	/**
	 * Whether a user may be assigned as a coach.
	 *
	 * @since 0.1.0
	 *
	 * @param int $user_id User.
	 */
	public function is_coach( int $user_id ): bool {
		$user = $user_id > 0 ? get_userdata( $user_id ) : false;
		return $user instanceof WP_User && (bool) array_intersect( array( Capabilities::ROLE_COACH, 'administrator' ), $user->roles );
	}

	/**
	 * The 409 error for an email used by any account.
	 *
	 * @since 0.1.0
	 */
	private function email_exists_error(): WP_Error {
		return new WP_Error(
			'joolwebsp_email_exists',
			__( 'A user with this email address already exists.', 'joolweb-sessions-pro' ),
			array(
				'status' => 409,
				'params' => array( 'email' => __( 'A user with this email address already exists.', 'joolweb-sessions-pro' ) ),
			)
		);
	}
}
