<?php
/**
 * Tools → Export / Erase Personal Data.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Clients;

use Joolweb\SessionsPro\Tests\TestCase;

final class PrivacyTest extends TestCase {

	public function test_exporter_and_eraser_are_registered_and_work(): void {
		$client = $this->make_client(
			array(
				'first_name' => 'Ana',
				'email'      => 'ana@example.org',
				'phone'      => '0612345678',
			)
		);
		wp_set_current_user( $this->create_user( 'administrator' ) );
		$this->rest( 'POST', '/joolwebsp/v1/clients/' . $client->id . '/send-login' );

		$exporters = apply_filters( 'wp_privacy_personal_data_exporters', array() );
		$this->assertArrayHasKey( 'joolweb-sessions-pro', $exporters );
		$export = call_user_func( $exporters['joolweb-sessions-pro']['callback'], 'ANA@example.org', 1 );
		$this->assertTrue( $export['done'] );
		$groups = wp_list_pluck( $export['data'], 'group_id' );
		$this->assertSame( array( 'joolwebsp-client', 'joolwebsp-emails' ), $groups );
		$values = wp_list_pluck( $export['data'][0]['data'], 'value' );
		$this->assertContains( '0612345678', $values );

		$erasers = apply_filters( 'wp_privacy_personal_data_erasers', array() );
		$erased  = call_user_func( $erasers['joolweb-sessions-pro']['callback'], 'ana@example.org', 1 );
		$this->assertTrue( $erased['items_removed'] );
		$after = call_user_func( $exporters['joolweb-sessions-pro']['callback'], 'ana@example.org', 1 );
		$this->assertSame( array( 'joolwebsp-client' ), wp_list_pluck( $after['data'], 'group_id' ), 'Email log erased' );
		$this->assertNotContains( '0612345678', wp_list_pluck( $after['data'][0]['data'], 'value' ), 'Phone erased' );

		$nobody = call_user_func( $exporters['joolweb-sessions-pro']['callback'], 'nobody@example.org', 1 );
		$this->assertSame( array(), $nobody['data'] );
	}
}
