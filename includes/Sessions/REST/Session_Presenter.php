<?php
/**
 * Shapes sessions for REST responses.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Sessions\REST;

use Joolweb\SessionsPro\Clients\Client_Repository;
use Joolweb\SessionsPro\Sessions\Session;

defined( 'ABSPATH' ) || exit;

/**
 * Sessions as Session_Schema describes them, with their clients' names read in one query per list.
 * Every controller that returns sessions (sessions, bundles, the client profile, the dashboard) uses
 * this one presenter.
 *
 * @since 0.1.0
 */
final class Session_Presenter {

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Client_Repository $clients Clients (names).
	 */
	public function __construct( private Client_Repository $clients ) {
	}

	/**
	 * Sessions as returned.
	 *
	 * @since 0.1.0
	 *
	 * @param list<Session> $sessions Sessions.
	 * @return list<array<string, mixed>>
	 */
	public function present( array $sessions ): array {
		$names = $this->clients->names_for( array_map( static fn( Session $s ): int => $s->client_id, $sessions ) );
		return array_map( static fn( Session $s ): array => Session_Schema::to_array( $s, $names[ $s->client_id ] ?? '' ), $sessions );
	}

	/**
	 * One session as returned, with the outcome of the email a write sent, if any.
	 *
	 * @since 0.1.0
	 *
	 * @param Session             $session Session.
	 * @param true|\WP_Error|null $email   Email outcome.
	 * @return array<string, mixed>
	 */
	public function present_one( Session $session, $email = null ): array {
		$data = $this->present( array( $session ) )[0];
		if ( null !== $email ) {
			$data['email'] = is_wp_error( $email )
				? array(
					'sent'  => false,
					'error' => $email->get_error_message(),
				)
				: array( 'sent' => true );
		}
		return $data;
	}
}
