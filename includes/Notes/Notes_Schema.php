<?php
/**
 * The coach notes table.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Notes;

use Joolweb\SessionsPro\Database\Abstract_Schema;

defined( 'ABSPATH' ) || exit;

/**
 * `client_notes`: the coach notes of a client, one document per client, shared by the coaches who
 * reach the client. Created by the sessions schema before version 2 of that schema: same DDL.
 *
 * @since 0.1.0
 */
final class Notes_Schema extends Abstract_Schema {

	public const NOTES = 'client_notes';

	/**
	 * {@inheritDoc}
	 */
	public function key(): string {
		return 'notes';
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
			self::NOTES => '
client_id bigint(20) unsigned NOT NULL,
notes longtext NOT NULL,
updated_by bigint(20) unsigned NOT NULL DEFAULT 0,
updated_at_gmt datetime NOT NULL,
PRIMARY KEY  (client_id)',
		);
	}
}
