<?php
/**
 * Table of the email log.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Emails;

use Joolweb\SessionsPro\Database\Abstract_Schema;

defined( 'ABSPATH' ) || exit;

/**
 * `{prefix}joolwebsp_email_log`: every email the plugin sends about a client (account emails now,
 * session emails later), with its outcome, for the client's email timeline.
 *
 * @since 0.1.0
 */
final class Email_Log_Schema extends Abstract_Schema {

	public const LOG = 'email_log';

	/**
	 * {@inheritDoc}
	 */
	public function key(): string {
		return 'email_log';
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
			self::LOG => "
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
client_id bigint(20) unsigned NOT NULL,
session_id bigint(20) unsigned NULL DEFAULT NULL,
type varchar(40) NOT NULL DEFAULT '',
recipient varchar(100) NOT NULL DEFAULT '',
subject varchar(255) NOT NULL DEFAULT '',
success tinyint(1) unsigned NOT NULL DEFAULT 0,
error varchar(255) NOT NULL DEFAULT '',
sent_by bigint(20) unsigned NOT NULL DEFAULT 0,
sent_at_gmt datetime NOT NULL,
PRIMARY KEY  (id),
KEY client_id (client_id,sent_at_gmt,id),
KEY session_id (session_id)",
		);
	}
}
