<?php
/**
 * Tables of the Programs domain.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Programs;

use Joolweb\SessionsPro\Database\Abstract_Schema;

defined( 'ABSPATH' ) || exit;

/**
 * `templates` (program models, site-wide) and `bundles` (a client's bundle of N sessions with one coach;
 * `sessions_completed` is maintained on write). Created by the sessions schema before version 2 of
 * that schema: same DDL, so existing tables are kept as they are.
 *
 * @since 0.1.0
 */
final class Programs_Schema extends Abstract_Schema {

	public const TEMPLATES = 'templates';
	public const BUNDLES   = 'bundles';

	/**
	 * {@inheritDoc}
	 */
	public function key(): string {
		return 'programs';
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
			self::TEMPLATES => "
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
title varchar(200) NOT NULL DEFAULT '',
sessions_planned smallint(5) unsigned NOT NULL DEFAULT 1,
price_cents bigint(20) NOT NULL DEFAULT 0,
location varchar(255) NOT NULL DEFAULT '',
video_url varchar(500) NOT NULL DEFAULT '',
created_at_gmt datetime NOT NULL,
updated_at_gmt datetime NOT NULL,
PRIMARY KEY  (id),
KEY title (title(100))",
			self::BUNDLES   => "
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
client_id bigint(20) unsigned NOT NULL,
coach_id bigint(20) unsigned NOT NULL,
template_id bigint(20) unsigned NULL DEFAULT NULL,
title varchar(200) NOT NULL DEFAULT '',
sessions_planned smallint(5) unsigned NOT NULL DEFAULT 1,
sessions_completed smallint(5) unsigned NOT NULL DEFAULT 0,
price_cents bigint(20) NOT NULL DEFAULT 0,
location varchar(255) NOT NULL DEFAULT '',
video_url varchar(500) NOT NULL DEFAULT '',
status varchar(20) NOT NULL DEFAULT 'active',
created_by bigint(20) unsigned NOT NULL DEFAULT 0,
created_at_gmt datetime NOT NULL,
updated_at_gmt datetime NOT NULL,
PRIMARY KEY  (id),
KEY client_status (client_id,status),
KEY coach_id (coach_id),
KEY status (status,id)",
		);
	}
}
