<?php
/**
 * Demo data for `npm start`: seeded once, through the plugin's own services.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Demo;

use Joolweb\SessionsPro\Security\Capabilities;

defined( 'ABSPATH' ) || exit;

/**
 * Creates two coaches (and, through the clients service, a dozen clients) on a development site.
 * Never runs on its own: `scripts/start.js` calls it from the Playground blueprint.
 *
 * @since 0.1.0
 */
final class Demo_Seeder {

	public const DONE_OPTION = 'joolwebsp_demo_seeded';

	public const PASSWORD = 'password';

	/**
	 * Demo coaches: login => [first name, last name].
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array{0: string, 1: string}>
	 */
	public static function coaches(): array {
		return array(
			'coach1' => array( 'Carla', 'Mendes' ),
			'coach2' => array( 'Tom', 'Becker' ),
		);
	}

	/**
	 * Seeds once; later calls do nothing.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, int> Counts of what was created.
	 */
	public function seed(): array {
		if ( get_option( self::DONE_OPTION ) ) {
			return array();
		}
		$created = array( 'coaches' => 0 );
		foreach ( self::coaches() as $login => $names ) {
			if ( username_exists( $login ) ) {
				continue;
			}
			$id = wp_insert_user(
				array(
					'user_login'   => $login,
					'user_pass'    => self::PASSWORD,
					'user_email'   => $login . '@example.com',
					'first_name'   => $names[0],
					'last_name'    => $names[1],
					'display_name' => $names[0] . ' ' . $names[1],
					'role'         => Capabilities::ROLE_COACH,
				)
			);
			if ( ! is_wp_error( $id ) ) {
				++$created['coaches'];
			}
		}
		update_option( self::DONE_OPTION, gmdate( 'c' ), false );
		return $created;
	}
}
