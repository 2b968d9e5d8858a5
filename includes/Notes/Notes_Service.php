<?php
/**
 * Coach notes: read, save, and delete with their client.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Notes;

use Joolweb\SessionsPro\Clients\Client;
use Joolweb\SessionsPro\Contracts\Registrable;

defined( 'ABSPATH' ) || exit;

/**
 * One notes document per client, shared by every coach who reaches the client (a practice's shared
 * file) and never shown to the client. Plain text.
 *
 * @since 0.1.0
 */
final class Notes_Service implements Registrable {

	/** Longest notes document, in characters. */
	public const MAX_LENGTH = 20000;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Notes_Repository $notes Notes.
	 */
	public function __construct( private Notes_Repository $notes ) {
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'joolwebsp_client_deleting', array( $this, 'delete_for_client' ) );
	}

	/**
	 * A client's notes.
	 *
	 * @since 0.1.0
	 *
	 * @param int $client_id Client.
	 * @return array{notes: string, updated_at_gmt: string|null, updated_by: int}
	 */
	public function get( int $client_id ): array {
		return $this->notes->get( $client_id );
	}

	/**
	 * Saves a client's notes as plain text.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $client_id Client.
	 * @param string $text      Notes.
	 * @param int    $actor_id  Author.
	 */
	public function save( int $client_id, string $text, int $actor_id ): bool {
		return $this->notes->save( $client_id, sanitize_textarea_field( $text ), $actor_id );
	}

	/**
	 * Deletes the notes of a client being deleted.
	 *
	 * @since 0.1.0
	 *
	 * @param Client $client Client.
	 */
	public function delete_for_client( Client $client ): void {
		$this->notes->delete( $client->id );
	}
}
