<?php
/**
 * The explicit list of table schemas.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Database;

use Joolweb\SessionsPro\Clients\Clients_Schema;
use Joolweb\SessionsPro\Emails\Email_Log_Schema;
use Joolweb\SessionsPro\Imports\Imports_Schema;
use Joolweb\SessionsPro\Measurements\Measurements_Schema;
use Joolweb\SessionsPro\Notes\Notes_Schema;
use Joolweb\SessionsPro\Programs\Programs_Schema;
use Joolweb\SessionsPro\Sessions\Sessions_Schema;

defined( 'ABSPATH' ) || exit;

/**
 * Every schema of the plugin, in creation order. Domains add theirs here.
 *
 * @since 0.1.0
 */
final class Schemas {

	/**
	 * All schemas.
	 *
	 * @since 0.1.0
	 *
	 * @return list<Abstract_Schema>
	 */
	public static function all(): array {
		return array(
			new Counters_Schema(),
			new Clients_Schema(),
			new Email_Log_Schema(),
			new Sessions_Schema(),
			new Programs_Schema(),
			new Notes_Schema(),
			new Imports_Schema(),
			new Measurements_Schema(),
		);
	}
}
