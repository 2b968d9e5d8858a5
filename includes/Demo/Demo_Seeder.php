<?php
/**
 * Demo data for `npm start`: seeded once, through the plugin's own services.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Demo;

use Joolweb\SessionsPro\Clients\Client_Service;
use Joolweb\SessionsPro\Security\Capabilities;

defined( 'ABSPATH' ) || exit;

/**
 * Creates two coaches and a dozen clients (through the clients service, as the coaches would) on a
 * development site. Never runs on its own: `scripts/start.js` calls it from the Playground blueprint.
 *
 * @since 0.1.0
 */
final class Demo_Seeder {

	public const DONE_OPTION = 'joolwebsp_demo_seeded';

	public const PASSWORD = 'password';

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Client_Service $clients Clients service.
	 */
	public function __construct( private Client_Service $clients ) {
	}

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
	 * Demo clients: [first name, last name, phone, coach login].
	 *
	 * @since 0.1.0
	 *
	 * @return list<array{0: string, 1: string, 2: string, 3: string}>
	 */
	public static function clients(): array {
		return array(
			array( 'Ana', 'Zed', '+33 6 12 34 56 78', 'coach1' ),
			array( 'Émile', 'Durand', '06 98 76 54 32', 'coach1' ),
			array( 'brown', 'adams', '', 'coach1' ),
			array( 'Lucía', 'García', '+34 612 345 678', 'coach1' ),
			array( 'Noah', 'Carter', '(555) 010-2030', 'coach1' ),
			array( 'Mia', 'Okafor', '', 'coach1' ),
			array( 'Liam', 'Schmidt', '+49 151 2345 6789', 'coach2' ),
			array( 'Zoé', 'Martin', '07 11 22 33 44', 'coach2' ),
			array( 'Oliver', 'Brown', '', 'coach2' ),
			array( 'Sofia', 'Rossi', '+39 312 345 6789', 'coach2' ),
			array( 'Yuki', 'Tanaka', '', 'coach2' ),
			array( 'Ben', 'Élie', '+1 202 555 0143', 'coach2' ),
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
		$created = array(
			'coaches' => 0,
			'clients' => 0,
		);
		$coaches = array();
		foreach ( self::coaches() as $login => $names ) {
			$user    = get_user_by( 'login', $login );
			$user_id = $user ? $user->ID : wp_insert_user(
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
			if ( is_wp_error( $user_id ) ) {
				continue;
			}
			$coaches[ $login ]   = (int) $user_id;
			$created['coaches'] += $user ? 0 : 1;
		}
		foreach ( self::clients() as $client ) {
			list( $first, $last, $phone, $coach ) = $client;
			if ( ! isset( $coaches[ $coach ] ) ) {
				continue;
			}
			$email = sanitize_user( remove_accents( strtolower( $first . '.' . $last ) ), true ) . '@example.com';
			// Created by its coach, who is assigned automatically.
			$result = $this->clients->create(
				array(
					'first_name' => $first,
					'last_name'  => $last,
					'email'      => $email,
					'phone'      => $phone,
				),
				$coaches[ $coach ]
			);
			if ( ! is_wp_error( $result ) ) {
				// Demo only: a known password, printed by npm start.
				wp_set_password( self::PASSWORD, $result->user_id );
				++$created['clients'];
			}
		}
		update_option( self::DONE_OPTION, gmdate( 'c' ), false );
		return $created;
	}
}
