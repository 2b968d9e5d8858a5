<?php
/**
 * Contract for services that hook into WordPress.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Contracts;

defined( 'ABSPATH' ) || exit;

/**
 * A service whose hooks are added by the composition root, never by its constructor.
 *
 * @since 0.1.0
 */
interface Registrable {

	/**
	 * Adds the service's actions and filters.
	 *
	 * @since 0.1.0
	 */
	public function register_hooks(): void;
}
