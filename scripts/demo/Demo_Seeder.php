<?php
/**
 * Demo data for `npm start`: seeded once, through the plugin's own services.
 *
 * Development only: this file lives in scripts/, outside the release zip (package.json "files"), because
 * it creates accounts with a known password. scripts/start.js loads it from the Playground blueprint.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Demo;

use Joolweb\SessionsPro\Clients\Client_Service;
use Joolweb\SessionsPro\Plugin;
use Joolweb\SessionsPro\Programs\Bundle_Service;
use Joolweb\SessionsPro\Security\Capabilities;
use Joolweb\SessionsPro\Sessions\Session_Service;

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
	 * @param Client_Service  $clients  Clients service.
	 * @param Session_Service $sessions Sessions service.
	 * @param Bundle_Service  $bundles  Bundles service.
	 */
	public function __construct( private Client_Service $clients, private Session_Service $sessions, private Bundle_Service $bundles ) {
	}

	/**
	 * A seeder wired with the plugin's services.
	 *
	 * @since 0.1.0
	 */
	public static function from_plugin(): self {
		$plugin = Plugin::instance();
		return new self( $plugin->get( Client_Service::class ), $plugin->get( Session_Service::class ), $plugin->get( Bundle_Service::class ) );
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
			'coaches'  => 0,
			'clients'  => 0,
			'sessions' => 0,
			'bundles'  => 0,
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
			if ( is_wp_error( $result ) ) {
				continue;
			}
			// Demo only: a known password, printed by npm start — on the account just created, never on
			// an existing one (an email already in use makes create() fail above).
			wp_set_password( self::PASSWORD, $result->user_id );
			++$created['clients'];
			$created['sessions'] += $this->seed_sessions( $result->id, $coaches[ $coach ], $created['clients'] );
		}
		$created['bundles'] = $this->seed_programs( $coaches );
		update_option( self::DONE_OPTION, gmdate( 'c' ), false );
		return $created;
	}

	/**
	 * A past paid session, a past one awaiting payment, and an upcoming one, per client.
	 *
	 * @since 0.1.0
	 *
	 * @param int $client_id Client.
	 * @param int $coach_id  Coach.
	 * @param int $n         Client number (varies the times).
	 * @return int Sessions created.
	 */
	private function seed_sessions( int $client_id, int $coach_id, int $n ): int {
		$day     = DAY_IN_SECONDS;
		$plans   = array(
			array( -14 * $day, 'completed', 'paid', '60' ),
			array( -7 * $day, 'completed', 'pending', '60' ),
			array( ( 2 + $n % 5 ) * $day, 'booked', 'pending', '60' ),
		);
		$created = 0;
		foreach ( $plans as $plan ) {
			$start    = gmdate( 'Y-m-d', time() + $plan[0] ) . sprintf( 'T%02d:00', 8 + $n % 9 );
			$result   = $this->sessions->create(
				array(
					'client_id'      => $client_id,
					'start'          => $start,
					'price'          => $plan[3],
					'status'         => $plan[1],
					'payment_status' => $plan[2],
					'location'       => __( 'Studio', 'joolweb-sessions-pro' ),
				),
				$coach_id
			);
			$created += is_wp_error( $result ) ? 0 : 1;
		}
		return $created;
	}

	/**
	 * A program model and a 10-session bundle for the first demo client.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, int> $coaches Coach ids by login.
	 * @return int Bundles created.
	 */
	private function seed_programs( array $coaches ): int {
		$template = $this->bundles->create_template(
			array(
				'title'            => __( '10-session pack', 'joolweb-sessions-pro' ),
				'sessions_planned' => 10,
				'price'            => '500',
				'location'         => __( 'Studio', 'joolweb-sessions-pro' ),
			)
		);
		$client   = $this->clients->find_by_email( 'ana.zed@example.com' );
		if ( is_wp_error( $template ) || ! $client || empty( $coaches['coach1'] ) ) {
			return 0;
		}
		$bundle = $this->bundles->create(
			array(
				'client_id'   => $client->id,
				'coach_id'    => $coaches['coach1'],
				'template_id' => $template->id,
				'schedule'    => array(
					'pattern' => array(
						'first_date' => gmdate( 'Y-m-d', time() + DAY_IN_SECONDS ),
						'weekdays'   => array( 2, 4 ),
						'time'       => '18:00',
						'count'      => 10,
					),
				),
			),
			$coaches['coach1']
		);
		return is_wp_error( $bundle ) ? 0 : 1;
	}
}
