<?php
/**
 * Shapes clients for REST responses.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Clients\REST;

use Joolweb\SessionsPro\Clients\Client;
use Joolweb\SessionsPro\Clients\Client_Service;
use Joolweb\SessionsPro\Sessions\Schedule;

defined( 'ABSPATH' ) || exit;

/**
 * A client as Client_Schema describes it, for the current user (`account_protected` depends on who
 * asks). Used by /clients and /me alike.
 *
 * @since 0.1.0
 */
final class Client_Presenter {

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Client_Service $service Client rules (the account state).
	 */
	public function __construct( private Client_Service $service ) {
	}

	/**
	 * Loads the accounts of a page of clients in one go (the account state reads each user).
	 *
	 * @since 0.1.0
	 *
	 * @param list<Client> $clients Clients.
	 */
	public function prime( array $clients ): void {
		cache_users( array_map( static fn( Client $client ): int => $client->user_id, $clients ) );
	}

	/**
	 * The client as returned.
	 *
	 * @since 0.1.0
	 *
	 * @param Client $client   Client.
	 * @param int    $actor_id Current user.
	 * @return array<string, mixed>
	 */
	public function present( Client $client, int $actor_id ): array {
		$account = $this->service->account_state( $client, $actor_id );
		return array(
			'id'                => $client->id,
			'user_id'           => $client->user_id,
			'first_name'        => $client->first_name,
			'last_name'         => $client->last_name,
			'email'             => $client->email,
			'phone'             => $client->phone,
			'coach_ids'         => $client->coach_ids,
			'created_at'        => Schedule::iso( $client->created_at_gmt ),
			'login_sent_at'     => null === $client->login_sent_at_gmt ? null : Schedule::iso( $client->login_sent_at_gmt ),
			'account_managed'   => $account['managed'],
			'account_protected' => $account['protected'],
		);
	}
}
