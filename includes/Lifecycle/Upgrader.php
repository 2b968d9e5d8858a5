<?php
/**
 * Brings roles, capabilities and tables up to date, on activation and cheaply on every load.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Lifecycle;

use Joolweb\SessionsPro\Contracts\Registrable;
use Joolweb\SessionsPro\Database\Schemas;
use Joolweb\SessionsPro\Security\Capabilities;

defined( 'ABSPATH' ) || exit;

/**
 * Compares the stored versions (autoloaded options) with the code's and upgrades what is older,
 * so that an update without re-activation migrates. Stops at the first failure and shows a notice.
 *
 * @since 0.1.0
 */
final class Upgrader implements Registrable {

	public const ERROR_OPTION = 'joolwebsp_upgrade_error';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'plugins_loaded', array( self::class, 'maybe_upgrade' ), 5 );
		add_action( 'admin_notices', array( $this, 'render_error_notice' ) );
	}

	/**
	 * Upgrades whatever is older than the code. Costs a few autoloaded option reads when nothing is.
	 *
	 * @since 0.1.0
	 *
	 * @return bool Whether everything is current.
	 */
	public static function maybe_upgrade(): bool {
		if ( wp_installing() ) {
			return true;
			// WordPress is creating its own tables (e.g. a must-use copy on a fresh install): next load.
		}
		Capabilities::maybe_upgrade();
		foreach ( Schemas::all() as $schema ) {
			if ( ! $schema->needs_upgrade() ) {
				continue;
			}
			$result = $schema->install();
			if ( is_wp_error( $result ) ) {
				update_option( self::ERROR_OPTION, $result->get_error_message(), false );
				return false;
			}
		}
		if ( false !== get_option( self::ERROR_OPTION, false ) ) {
			delete_option( self::ERROR_OPTION );
		}
		return true;
	}

	/**
	 * Tells administrators that the database could not be upgraded.
	 *
	 * @since 0.1.0
	 */
	public function render_error_notice(): void {
		$error = get_option( self::ERROR_OPTION, false );
		if ( ! $error || ! current_user_can( Capabilities::MANAGE_SETTINGS ) ) {
			return;
		}
		printf(
			'<div class="notice notice-error"><p>%s</p><p><code>%s</code></p></div>',
			esc_html__( 'Joolweb Sessions Pro could not update its database tables. Its screens may not work until this is fixed.', 'joolweb-sessions-pro' ),
			esc_html( (string) $error )
		);
	}
}
