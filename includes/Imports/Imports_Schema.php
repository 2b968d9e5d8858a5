<?php
/**
 * Tables of the CSV imports.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Imports;

use Joolweb\SessionsPro\Database\Abstract_Schema;

defined( 'ABSPATH' ) || exit;

/**
 * `imports`: one row per import job (owner, options, columns, mapping, state and counters).
 * `import_rows`: the staging table, one row per record of the file (cells as JSON, the line of the
 * file), claimed by batches (`status` pending → claimed → done, `claim` names the batch) and holding
 * the outcome of each row.
 *
 * @since 0.2.0
 */
final class Imports_Schema extends Abstract_Schema {

	public const IMPORTS = 'imports';
	public const ROWS    = 'import_rows';

	/**
	 * {@inheritDoc}
	 */
	public function key(): string {
		return 'imports';
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
			self::IMPORTS => '
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
user_id bigint(20) unsigned NOT NULL,
coach_id bigint(20) unsigned NOT NULL DEFAULT 0,
status varchar(20) NOT NULL,
file_name varchar(255) NOT NULL DEFAULT \'\',
encoding varchar(20) NOT NULL DEFAULT \'\',
delimiter varchar(4) NOT NULL DEFAULT \'\',
columns longtext NOT NULL,
mapping text NOT NULL,
on_existing varchar(10) NOT NULL DEFAULT \'skip\',
send_login tinyint(1) NOT NULL DEFAULT 0,
dry_run tinyint(1) NOT NULL DEFAULT 0,
total_rows int(10) unsigned NOT NULL DEFAULT 0,
processed_rows int(10) unsigned NOT NULL DEFAULT 0,
created int(10) unsigned NOT NULL DEFAULT 0,
updated int(10) unsigned NOT NULL DEFAULT 0,
skipped int(10) unsigned NOT NULL DEFAULT 0,
failed int(10) unsigned NOT NULL DEFAULT 0,
created_at_gmt datetime NOT NULL,
updated_at_gmt datetime NOT NULL,
finished_at_gmt datetime DEFAULT NULL,
PRIMARY KEY  (id),
KEY user_id (user_id),
KEY status (status)',
			self::ROWS    => '
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
import_id bigint(20) unsigned NOT NULL,
line int(10) unsigned NOT NULL,
status varchar(10) NOT NULL DEFAULT \'pending\',
claim varchar(32) NOT NULL DEFAULT \'\',
claimed_at_gmt datetime DEFAULT NULL,
cells longtext NOT NULL,
result varchar(10) NOT NULL DEFAULT \'\',
error_field varchar(40) NOT NULL DEFAULT \'\',
error_message varchar(255) NOT NULL DEFAULT \'\',
PRIMARY KEY  (id),
KEY import_status (import_id,status,id),
KEY import_claim (import_id,claim),
KEY import_result (import_id,result,line)',
		);
	}
}
