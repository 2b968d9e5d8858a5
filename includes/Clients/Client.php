<?php
/**
 * Client value object.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Clients;

defined( 'ABSPATH' ) || exit;

/**
 * One client: a row of `{prefix}joolwebsp_clients` plus the ids of the coaches assigned to it.
 * Dates are GMT `Y-m-d H:i:s` strings.
 *
 * @since 0.1.0
 */
final class Client {

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param int         $id                Client id.
	 * @param int         $user_id           WordPress user id.
	 * @param string      $first_name        First name.
	 * @param string      $last_name         Last name.
	 * @param string      $email             Email (lower case).
	 * @param string      $phone             Phone as entered, trimmed; '' when none.
	 * @param list<int>   $coach_ids         Assigned coaches.
	 * @param string      $created_at_gmt    Creation time.
	 * @param string      $updated_at_gmt    Last update time.
	 * @param int         $created_by        User who created the client.
	 * @param string|null $login_sent_at_gmt When login details were last sent.
	 */
	public function __construct(
		public readonly int $id,
		public readonly int $user_id,
		public readonly string $first_name,
		public readonly string $last_name,
		public readonly string $email,
		public readonly string $phone,
		public readonly array $coach_ids,
		public readonly string $created_at_gmt,
		public readonly string $updated_at_gmt,
		public readonly int $created_by,
		public readonly ?string $login_sent_at_gmt,
	) {
	}

	/**
	 * Builds a client from a database row.
	 *
	 * @since 0.1.0
	 *
	 * @param object    $row       Row of the clients table.
	 * @param list<int> $coach_ids Assigned coaches.
	 */
	public static function from_row( object $row, array $coach_ids ): self {
		$r = get_object_vars( $row );
		return new self(
			(int) $r['id'],
			(int) $r['user_id'],
			(string) $r['first_name'],
			(string) $r['last_name'],
			(string) $r['email'],
			(string) $r['phone'],
			$coach_ids,
			(string) $r['created_at_gmt'],
			(string) $r['updated_at_gmt'],
			(int) $r['created_by'],
			null === $r['login_sent_at_gmt'] ? null : (string) $r['login_sent_at_gmt']
		);
	}

	/**
	 * "First Last".
	 *
	 * @since 0.1.0
	 */
	public function full_name(): string {
		return trim( $this->first_name . ' ' . $this->last_name );
	}
}
