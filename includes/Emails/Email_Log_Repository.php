<?php
/**
 * The only code that touches the email log table.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Emails;

use Joolweb\SessionsPro\Database\Abstract_Schema;

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.DB.DirectDatabaseQuery -- The plugin's own table; values go through prepare().

/**
 * Rows of `{prefix}joolwebsp_email_log`.
 *
 * @since 0.1.0
 *
 * @phpstan-type Email_Entry array{id: int, client_id: int, session_id: int|null, type: string, recipient: string, subject: string, success: bool, error: string, sent_by: int, sent_at_gmt: string}
 */
final class Email_Log_Repository {

	/**
	 * Table name.
	 *
	 * @since 0.1.0
	 */
	private function table(): string {
		return Abstract_Schema::table( Email_Log_Schema::LOG );
	}

	/**
	 * Records one email.
	 *
	 * @since 0.1.0
	 *
	 * @param array $entry Entry without id.
	 * @phpstan-param array{client_id: int, session_id?: int|null, type: string, recipient: string, subject: string, success: bool, error?: string, sent_by: int, sent_at_gmt: string} $entry
	 */
	public function insert( array $entry ): int {
		global $wpdb;
		$wpdb->insert(
			$this->table(),
			array(
				'client_id'   => $entry['client_id'],
				'session_id'  => $entry['session_id'] ?? null,
				'type'        => substr( $entry['type'], 0, 40 ),
				'recipient'   => substr( $entry['recipient'], 0, 100 ),
				'subject'     => mb_substr( $entry['subject'], 0, 255 ),
				'success'     => $entry['success'] ? 1 : 0,
				'error'       => mb_substr( $entry['error'] ?? '', 0, 255 ),
				'sent_by'     => $entry['sent_by'],
				'sent_at_gmt' => $entry['sent_at_gmt'],
			)
		);
		return (int) $wpdb->insert_id;
	}

	/**
	 * A client's emails, newest first.
	 *
	 * @since 0.1.0
	 *
	 * @param int $client_id Client.
	 * @param int $page      Page (1-based).
	 * @param int $per_page  Page size.
	 * @return array{items: list<Email_Entry>, total: int}
	 */
	public function for_client( int $client_id, int $page = 1, int $per_page = 20 ): array {
		global $wpdb;
		$total = (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE client_id = %d', $this->table(), $client_id ) );
		$rows  = $total ? $wpdb->get_results(
			$wpdb->prepare(
				'SELECT * FROM %i WHERE client_id = %d ORDER BY sent_at_gmt DESC, id DESC LIMIT %d OFFSET %d',
				$this->table(),
				$client_id,
				$per_page,
				( max( 1, $page ) - 1 ) * $per_page
			)
		) : array();
		$items = array();
		foreach ( $rows as $row ) {
			$items[] = array(
				'id'          => (int) $row->id,
				'client_id'   => (int) $row->client_id,
				'session_id'  => null === $row->session_id ? null : (int) $row->session_id,
				'type'        => (string) $row->type,
				'recipient'   => (string) $row->recipient,
				'subject'     => (string) $row->subject,
				'success'     => (bool) $row->success,
				'error'       => (string) $row->error,
				'sent_by'     => (int) $row->sent_by,
				'sent_at_gmt' => (string) $row->sent_at_gmt,
			);
		}
		return array(
			'items' => $items,
			'total' => $total,
		);
	}

	/**
	 * Deletes a client's log.
	 *
	 * @since 0.1.0
	 *
	 * @param int $client_id Client.
	 * @return int Rows deleted.
	 */
	public function delete_for_client( int $client_id ): int {
		global $wpdb;
		return (int) $wpdb->delete( $this->table(), array( 'client_id' => $client_id ) );
	}

	/**
	 * Whether a successful email of a type exists for a session.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $session_id Session.
	 * @param string $type       Type.
	 */
	public function session_has( int $session_id, string $type ): bool {
		global $wpdb;
		return (bool) $wpdb->get_var( $wpdb->prepare( 'SELECT 1 FROM %i WHERE session_id = %d AND type = %s AND success = 1 LIMIT 1', $this->table(), $session_id, $type ) );
	}
}
