<?php
/**
 * Client_Service::create_many(), the imports' bulk path: the same clients, accounts and rules as
 * create(), written in multi-row statements.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Clients;

use Joolweb\SessionsPro\Clients\Client;
use Joolweb\SessionsPro\Clients\Client_Repository;
use Joolweb\SessionsPro\Dashboard\Dashboard;
use Joolweb\SessionsPro\Plugin;
use Joolweb\SessionsPro\Tests\TestCase;
use WP_Error;

final class Client_Service_BulkTest extends TestCase {

	public function test_bulk_clients_are_the_clients_create_makes(): void {
		$admin = $this->create_user( 'administrator' );
		$coach = $this->create_user( 'joolwebsp_coach' );
		$one   = $this->clients()->create(
			array(
				'first_name' => 'Élodie',
				'last_name'  => 'Durand',
				'email'      => 'elodie@example.org',
				'phone'      => '06 12 34 56 78',
				'coach_ids'  => array( $coach ),
			),
			$admin
		);
		$this->assertInstanceOf( Client::class, $one );

		$created   = array();
		$registers = array();
		add_action(
			'joolwebsp_client_created',
			static function ( Client $client, int $actor ) use ( &$created ) {
				$created[] = array( $client->email, $actor );
			},
			10,
			2
		);
		add_action(
			'user_register',
			static function ( $user_id ) use ( &$registers ) {
				$registers[] = (int) $user_id;
			}
		);
		$generation = (int) get_option( Dashboard::GENERATION_OPTION, 0 );
		$users      = (int) get_user_count();
		$many       = $this->clients()->create_many(
			array(
				'a' => array(
					'first_name' => 'Lucía',
					'last_name'  => 'García',
					'email'      => 'Lucia.Garcia@Example.org',
					'phone'      => '+34 612 345 678',
					'coach_ids'  => array( $coach ),
				),
				'b' => array(
					'first_name' => 'Marc',
					'last_name'  => 'Dupont',
					'email'      => 'marc@example.org',
				),
			),
			$admin
		);
		$this->assertSame( array( 'a', 'b' ), array_keys( $many ) );
		$lucia = $many['a'];
		$this->assertInstanceOf( Client::class, $lucia );
		$this->assertInstanceOf( Client::class, $many['b'] );
		$this->assertSame( array( 'Lucía', 'García', 'lucia.garcia@example.org', '+34 612 345 678', array( $coach ), $admin ), array( $lucia->first_name, $lucia->last_name, $lucia->email, $lucia->phone, $lucia->coach_ids, $lucia->created_by ) );

		// The account, as create() makes it.
		foreach ( array( $one, $lucia ) as $client ) {
			$user = get_userdata( $client->user_id );
			$this->assertSame( array( 'joolwebsp_client' ), $user->roles, $client->email );
			$this->assertSame( '*', $user->user_pass, 'No password hash for an account whose password nobody knows' );
			$this->assertSame( $client->email, $user->user_email );
			$this->assertSame( $client->first_name . ' ' . $client->last_name, $user->display_name );
			$this->assertSame( $client->first_name, get_user_meta( $client->user_id, 'nickname', true ) );
			$this->assertSame( $client->first_name, $user->first_name );
			$this->assertSame( $client->last_name, $user->last_name );
			$this->assertSame( sanitize_title( $user->user_login ), $user->user_nicename );
			$this->assertTrue( user_can( $client->user_id, 'read' ) );
		}
		$this->assertSame( array( 'lucia.garcia', 'lucia-garcia' ), array( get_userdata( $lucia->user_id )->user_login, get_userdata( $lucia->user_id )->user_nicename ) );

		// Searchable, counted, reachable by its coach; core and the plugin were told once per client.
		$repository = Plugin::instance()->get( Client_Repository::class );
		$this->assertSame( array( $lucia->id ), array_map( static fn( Client $c ): int => $c->id, $repository->query( array( 'search' => 'lucia garc' ) )['items'] ) );
		$this->assertSame( array( $lucia->id ), array_map( static fn( Client $c ): int => $c->id, $repository->query( array( 'search' => '34612' ) )['items'] ) );
		$this->assertSame( 3, $repository->query( array() )['total'] );
		$this->assertTrue( $repository->is_reachable( $lucia->id, $coach ) );
		$this->assertFalse( $repository->is_reachable( $many['b']->id, $coach ) );
		$this->assertSame( array( array( 'lucia.garcia@example.org', $admin ), array( 'marc@example.org', $admin ) ), $created );
		$this->assertSame( array( $lucia->user_id, $many['b']->user_id ), $registers );
		$this->assertSame( $generation + 1, (int) get_option( Dashboard::GENERATION_OPTION, 0 ), 'The dashboard forgets once per batch' );
		$this->assertSame( $users + 2, (int) get_user_count() );
	}

	public function test_bulk_applies_the_rules_of_create(): void {
		$admin = $this->create_user( 'administrator' );
		$coach = $this->create_user( 'joolwebsp_coach' );
		$this->create_user( 'editor', array( 'user_email' => 'staff@example.org' ) );
		$this->create_user( 'subscriber', array( 'user_login' => 'ana' ) );
		$many = $this->clients()->create_many(
			array(
				1 => array(
					'first_name' => '',
					'last_name'  => 'Nobody',
					'email'      => 'not-an-email',
					'phone'      => '12',
				),
				2 => array(
					'first_name' => 'Staff',
					'last_name'  => 'Member',
					'email'      => 'STAFF@example.org',
				),
				3 => array(
					'first_name' => 'Ana',
					'last_name'  => 'One',
					'email'      => 'ana@example.org',
				),
				4 => array(
					'first_name' => 'Ana',
					'last_name'  => 'Twice',
					'email'      => 'ana@example.org',
				),
				5 => array(
					'first_name' => 'Ana',
					'last_name'  => 'Net',
					'email'      => 'ana@example.net',
				),
				6 => array(
					'first_name' => 'Bad',
					'last_name'  => 'Coach',
					'email'      => 'bad.coach@example.org',
					'coach_ids'  => array( $admin + 1000 ),
				),
			),
			$admin
		);
		$this->assertWPError( $many[1] );
		$this->assertSame( array( 'first_name', 'email', 'phone' ), array_keys( $many[1]->get_error_data()['params'] ), 'Every failing field, as create() reports it' );
		$this->assertWPError( $many[2] );
		$this->assertSame( 'joolwebsp_email_exists', $many[2]->get_error_code() );
		$this->assertNull( Plugin::instance()->get( Client_Repository::class )->find_by_email( 'staff@example.org' ), 'Never a client on an account the plugin does not manage' );
		$this->assertInstanceOf( Client::class, $many[3] );
		$this->assertWPError( $many[4], 'The same email twice: the first wins' );
		$this->assertInstanceOf( Client::class, $many[5] );
		$this->assertWPError( $many[6] );
		$this->assertArrayHasKey( 'coach_ids', $many[6]->get_error_data()['params'] );
		// Logins WordPress must de-duplicate go through create(), with the same names it gives.
		$this->assertSame( 'ana-2', get_userdata( $many[3]->user_id )->user_login );
		$this->assertSame( 'ana-3', get_userdata( $many[5]->user_id )->user_login );

		// A coach creates their own clients and may not choose coaches.
		$mine = $this->clients()->create_many(
			array(
				array(
					'first_name' => 'Mine',
					'last_name'  => 'Client',
					'email'      => 'mine@example.org',
				),
				array(
					'first_name' => 'Other',
					'last_name'  => 'Coach',
					'email'      => 'other@example.org',
					'coach_ids'  => array( $admin ),
				),
			),
			$coach
		);
		$this->assertSame( array( $coach ), $mine[0]->coach_ids );
		$this->assertInstanceOf( WP_Error::class, $mine[1] );
		$this->assertSame( 403, $mine[1]->get_error_data()['status'] );
	}
}
