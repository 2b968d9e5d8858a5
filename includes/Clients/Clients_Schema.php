<?php
/**
 * Tables of the Clients domain.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Clients;

use Joolweb\SessionsPro\Database\Abstract_Schema;

defined( 'ABSPATH' ) || exit;

/**
 * `{prefix}joolwebsp_clients` (one row per client account) and `{prefix}joolwebsp_client_coaches`
 * (which coaches reach which clients).
 *
 * - The `sort_*` columns hold lower-cased, accent-stripped copies of the names so that lists sort
 *   alphabetically the way people expect, identically on MariaDB and SQLite, using an index.
 * - `search_text` holds the same normalisation of "first last email phone": one LIKE on one column
 *   searches every field case- and accent-insensitively on both engines.
 * - Emails are stored lower-cased; the unique key backs the "one account per email" rule.
 * - Version 2: `login_sent` index, for the dashboard's "never received their login details" alert.
 * - A `client_coaches` row exists while the coach reaches the client: `is_assigned` for an
 *   assignment, `session_count` for sessions together (maintained by the sessions domain). Coach
 *   scoping is then one indexed join, whatever the number of sessions.
 *
 * @since 0.1.0
 */
final class Clients_Schema extends Abstract_Schema {

	public const CLIENTS = 'clients';
	public const COACHES = 'client_coaches';

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
search_text varchar(400) NOT NULL DEFAULT '',
created_by bigint(20) unsigned NOT NULL DEFAULT 0,
created_at_gmt datetime NOT NULL,
updated_at_gmt datetime NOT NULL,
login_sent_at_gmt datetime NULL DEFAULT NULL,
PRIMARY KEY  (id),
UNIQUE KEY user_id (user_id),
UNIQUE KEY email (email),
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
		);
	}
}
