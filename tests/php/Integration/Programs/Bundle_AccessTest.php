<?php
/**
 * A bundle belongs to its coach, even on a client shared with another coach; a session joins only a
 * bundle of the same client and the same coach.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Programs;

use Joolweb\SessionsPro\Clients\Client;
use Joolweb\SessionsPro\Plugin;
use Joolweb\SessionsPro\Programs\Bundle_Repository;
use Joolweb\SessionsPro\Tests\TestCase;

final class Bundle_AccessTest extends TestCase {

	private int $admin;
	private int $owner;
	private int $other;
	private Client $shared;

	/** @var array<string, mixed> */
	private array $bundle;

	protected function setUp(): void {
		parent::setUp();
		$this->admin = $this->create_user( 'administrator' );
		$this->owner = $this->create_user( 'joolwebsp_coach' );
		$this->other = $this->create_user( 'joolwebsp_coach' );
		get_role( 'joolwebsp_coach' )->add_cap( 'manage_programs' );
		// A client shared by both coaches.
		$this->shared = $this->make_client( array( 'coach_ids' => array( $this->owner, $this->other ) ), $this->admin );

		wp_set_current_user( $this->owner );
		$created = $this->rest(
			'POST',
			'/joolwebsp/v1/bundles',
			array(
				'client_id'        => $this->shared->id,
				'title'            => 'Owner pack',
				'sessions_planned' => 2,
				'price'            => '100',
				'schedule'         => array( 'starts' => array( '2030-03-04T10:00:00Z', '2030-03-11T10:00:00Z' ) ),
			)
		);
		$this->assertSame( 201, $created->get_status(), (string) wp_json_encode( $created->get_data() ) );
		$this->bundle = $created->get_data();
	}

	/**
	 * @return array<string, array{0: string, 1: string, 2: array<string, mixed>|null}>
	 */
	public function provide_item_routes(): array {
		return array(
			'read'               => array( 'GET', '', null ),
			'update'             => array( 'PATCH', '', array( 'title' => 'Renamed' ) ),
			'send confirmations' => array( 'POST', '/send-confirmations', null ),
			'delete'             => array( 'DELETE', '', null ),
		);
	}

	/**
	 * @dataProvider provide_item_routes
	 *
	 * @param string                    $method Method.
	 * @param string                    $suffix Route suffix.
	 * @param array<string, mixed>|null $body   Body.
	 */
	public function test_item_routes_are_for_the_bundles_coach_and_admins( string $method, string $suffix, ?array $body ): void {
		$route = '/joolwebsp/v1/bundles/' . $this->bundle['id'] . $suffix;

		wp_set_current_user( $this->other );
		$refused = $this->rest( $method, $route, $body );
		$this->assertSame( 404, $refused->get_status() );
		$this->assertSame( 'joolwebsp_bundle_not_found', $refused->get_data()['code'] );
		$this->assertSame( 'Owner pack', $this->bundles()->find( $this->bundle['id'] )?->title, 'Refused: nothing changed' );
		$this->assertSame( array(), $this->mails );

		wp_set_current_user( $this->owner );
		$this->assertSame( 200, $this->rest( $method, $route, $body )->get_status() );

		if ( 'DELETE' !== $method ) {
			wp_set_current_user( $this->admin );
			$this->assertSame( 200, $this->rest( $method, $route, $body )->get_status() );
		}
	}

	public function test_the_list_and_the_item_routes_agree(): void {
		wp_set_current_user( $this->other );
		$list = $this->rest( 'GET', '/joolwebsp/v1/bundles', null, array( 'client_id' => $this->shared->id ) );
		$this->assertSame( 200, $list->get_status() );
		$this->assertSame( array(), $list->get_data() );

		wp_set_current_user( $this->owner );
		$list = $this->rest( 'GET', '/joolwebsp/v1/bundles', null, array( 'client_id' => $this->shared->id ) );
		$this->assertSame( array( $this->bundle['id'] ), wp_list_pluck( $list->get_data(), 'id' ) );
	}

	public function test_a_session_joins_only_a_bundle_of_the_same_client_and_coach(): void {
		// The other coach, on the shared client, with the owner's bundle.
		wp_set_current_user( $this->other );
		$response = $this->rest(
			'POST',
			'/joolwebsp/v1/sessions',
			array(
				'client_id' => $this->shared->id,
				'start'     => '2030-04-01T10:00:00Z',
				'bundle_id' => $this->bundle['id'],
			)
		);
		$this->assertSame( 400, $response->get_status() );
		$this->assertArrayHasKey( 'bundle_id', $response->get_data()['data']['params'] );

		// An administrator cannot mix them either.
		wp_set_current_user( $this->admin );
		$response = $this->rest(
			'POST',
			'/joolwebsp/v1/sessions',
			array(
				'client_id' => $this->shared->id,
				'coach_id'  => $this->other,
				'start'     => '2030-04-01T10:00:00Z',
				'bundle_id' => $this->bundle['id'],
			)
		);
		$this->assertSame( 400, $response->get_status() );
		$this->assertArrayHasKey( 'bundle_id', $response->get_data()['data']['params'] );

		// Nor move a bundle's session to another coach.
		$session = $this->bundle['sessions'][0];
		$moved   = $this->rest( 'PATCH', '/joolwebsp/v1/sessions/' . $session['id'], array( 'coach_id' => $this->other ) );
		$this->assertSame( 400, $moved->get_status() );
		$this->assertArrayHasKey( 'bundle_id', $moved->get_data()['data']['params'] );
		$this->assertSame( $this->owner, $this->rest( 'GET', '/joolwebsp/v1/sessions/' . $session['id'] )->get_data()['coach_id'] );

		// Another client's bundle is refused too; the right one is accepted.
		$stranger = $this->make_client( array(), $this->owner );
		wp_set_current_user( $this->owner );
		$wrong_client = $this->rest(
			'POST',
			'/joolwebsp/v1/sessions',
			array(
				'client_id' => $stranger->id,
				'start'     => '2030-04-01T10:00:00Z',
				'bundle_id' => $this->bundle['id'],
			)
		);
		$this->assertSame( 400, $wrong_client->get_status() );
		$right = $this->rest(
			'POST',
			'/joolwebsp/v1/sessions',
			array(
				'client_id' => $this->shared->id,
				'start'     => '2030-04-01T10:00:00Z',
				'bundle_id' => $this->bundle['id'],
			)
		);
		$this->assertSame( 201, $right->get_status() );
		$this->assertSame( $this->bundle['id'], $right->get_data()['bundle_id'] );
	}

	/**
	 * The bundles repository.
	 */
	private function bundles(): Bundle_Repository {
		return Plugin::instance()->get( Bundle_Repository::class );
	}
}
