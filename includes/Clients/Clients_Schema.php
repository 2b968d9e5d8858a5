<?php
/**
 * Tables of the Clients domain.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Clients;

use Joolweb\SessionsPro\Database\Abstract_Schema;
use Joolweb\SessionsPro\Support\Text;

defined( 'ABSPATH' ) || exit;

/**
 * `{prefix}joolwebsp_clients` (one row per client account) and `{prefix}joolwebsp_client_coaches`
 * (which coaches reach which clients).
 *
 * - The `sort_*` columns hold lower-cased, accent-stripped copies of the names so that lists sort
 *   alphabetically the way people expect, identically on MariaDB and SQLite, using an index.
 * - `client_tokens` holds the words a client is found by (Support\Text::tokens(): folded words of
 *   the names and email, phone digits and their suffixes), indexed `(token, client_id)`: a search is
 *   an intersection of indexed prefix ranges, identical on MariaDB and SQLite. (Version 1 had a
 *   `search_text` column searched with a leading-wildcard LIKE — a full scan; version 2 no longer
 *   writes it, and dbDelta leaves the unused column in place on sites that had it.)
 * - Emails are stored lower-cased; the unique key backs the "one account per email" rule.
 * - Version 2: the search tokens table (and their backfill), and the `login_sent` index for the
 *   dashboard's "never received their login details" alert.
 * - A `client_coaches` row exists while the coach reaches the client: `is_assigned` for an
 *   assignment, `session_count` for sessions together (maintained by the sessions domain). Coach
 *   scoping is then one indexed join, whatever the number of sessions.
 *
 * @since 0.1.0
 */
final class Clients_Schema extends Abstract_Schema {

	public const CLIENTS = 'clients';
	public const COACHES = 'client_coaches';
	public const TOKENS  = 'client_tokens';

	/**
	 * {@inheritDoc}
	 */
	public function key(): string {
		return 'clients';
	}

	/**
	 * {@inheritDoc}
	 */
	public function version(): int {
		return 2;
	}

	/**
	 * {@inheritDoc}
	 */
	protected function definitions(): array {
		return array(
			self::CLIENTS => "
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
user_id bigint(20) unsigned NOT NULL,
first_name varchar(100) NOT NULL DEFAULT '',
last_name varchar(100) NOT NULL DEFAULT '',
email varchar(100) NOT NULL DEFAULT '',
phone varchar(40) NOT NULL DEFAULT '',
sort_first_name varchar(100) NOT NULL DEFAULT '',
sort_last_name varchar(100) NOT NULL DEFAULT '',
created_by bigint(20) unsigned NOT NULL DEFAULT 0,
created_at_gmt datetime NOT NULL,
updated_at_gmt datetime NOT NULL,
login_sent_at_gmt datetime NULL DEFAULT NULL,
PRIMARY KEY  (id),
UNIQUE KEY user_id (user_id),
UNIQUE KEY email (email),
KEY email_id (email,id),
KEY sort_last_name (sort_last_name,sort_first_name,id),
KEY sort_first_name (sort_first_name,sort_last_name,id),
KEY created_at_gmt (created_at_gmt,id),
KEY login_sent (login_sent_at_gmt,created_at_gmt)",
			self::COACHES => '
client_id bigint(20) unsigned NOT NULL,
coach_id bigint(20) unsigned NOT NULL,
is_assigned tinyint(1) unsigned NOT NULL DEFAULT 0,
session_count int(10) unsigned NOT NULL DEFAULT 0,
assigned_at_gmt datetime NULL DEFAULT NULL,
PRIMARY KEY  (client_id,coach_id),
KEY coach_id (coach_id,client_id)',
			self::TOKENS  => '
token varchar(64) NOT NULL,
client_id bigint(20) unsigned NOT NULL,
PRIMARY KEY  (token,client_id),
KEY client_id (client_id)',
		);
	}

	/**
	 * Version 2: search tokens for the clients created before them, in batches.
	 *
	 * @since 0.1.0
	 *
	 * @return true
	 */
	protected function migrate_to_2() {
		global $wpdb;
		$repository = new Client_Repository();
		$after      = 0;
		do {
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- A one-time migration of the plugin's own table.
			$rows   = $wpdb->get_results( $wpdb->prepare( 'SELECT id, first_name, last_name, email, phone FROM %i WHERE id > %d ORDER BY id LIMIT 1000', self::table( self::CLIENTS ), $after ) );
			$tokens = array();
			foreach ( $rows as $row ) {
				$tokens[ (int) $row->id ] = Text::tokens( (string) $row->first_name, (string) $row->last_name, (string) $row->email, (string) $row->phone );
				$after                    = (int) $row->id;
			}
			$repository->write_tokens( $tokens );
			$more = count( $rows ) === 1000;
		} while ( $more );
		return true;
	}
}
