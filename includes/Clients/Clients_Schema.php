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
 * (coach assignments).
 *
 * The `sort_*` columns hold lower-cased, accent-stripped copies of the names so that lists sort
 * alphabetically the way people expect, identically on MariaDB and SQLite, using an index.
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
		return 1;
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
KEY email (email),
KEY sort_last_name (sort_last_name,sort_first_name,id),
KEY sort_first_name (sort_first_name,sort_last_name,id),
KEY created_at_gmt (created_at_gmt,id)",
			self::COACHES => '
client_id bigint(20) unsigned NOT NULL,
coach_id bigint(20) unsigned NOT NULL,
assigned_at_gmt datetime NOT NULL,
PRIMARY KEY  (client_id,coach_id),
KEY coach_id (coach_id,client_id)',
		);
	}
}
