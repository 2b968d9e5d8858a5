<?php
/**
 * Writes the rules the screens check (limits, phone rule, statuses, email types) from the PHP
 * constants and schemas to tests/fixtures/rules.json, which src/test/rules.test.ts compares with
 * src/rules.ts: a rule changed on one side only fails CI.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration;

use Joolweb\SessionsPro\Clients\Client_Service;
use Joolweb\SessionsPro\Clients\REST\Client_Schema;
use Joolweb\SessionsPro\Emails\Email_Templates;
use Joolweb\SessionsPro\Programs\Bundle;
use Joolweb\SessionsPro\Programs\REST\Template_Schema;
use Joolweb\SessionsPro\Sessions\REST\Session_Schema;
use Joolweb\SessionsPro\Sessions\Session;
use Joolweb\SessionsPro\Tests\TestCase;

final class RulesExportTest extends TestCase {

	private const FILE = __DIR__ . '/../../fixtures/rules.json';

	public function test_the_committed_rules_json_is_what_php_defines(): void {
		$client   = Client_Schema::get()['properties'];
		$session  = Session_Schema::get()['properties'];
		$offer    = Template_Schema::offer_properties();
		$expected = array(
			'client'          => array(
				'nameMax'        => Client_Service::NAME_MAX,
				'emailMax'       => Client_Service::EMAIL_MAX,
				'phoneMax'       => Client_Service::PHONE_MAX,
				'phonePattern'   => Client_Service::PHONE_PATTERN,
				'phoneDigitsMin' => Client_Service::PHONE_DIGITS_MIN,
				'phoneDigitsMax' => Client_Service::PHONE_DIGITS_MAX,
				'coachesMax'     => $client['coach_ids']['maxItems'],
			),
			'session'         => array(
				'durationMin' => $session['duration_minutes']['minimum'],
				'durationMax' => $session['duration_minutes']['maximum'],
			),
			'offer'           => array(
				'titleMax'    => $offer['title']['maxLength'],
				'sessionsMin' => $offer['sessions_planned']['minimum'],
				'sessionsMax' => $offer['sessions_planned']['maximum'],
			),
			'sessionStatuses' => Session::STATUSES,
			'paymentStatuses' => Session::PAYMENT_STATUSES,
			'bundleStatuses'  => Bundle::STATUSES,
			'emailTypes'      => Email_Templates::types(),
		);
		// The schema and the service agree on the client limits the screens use.
		$this->assertSame( Client_Service::NAME_MAX, $client['first_name']['maxLength'] );
		$this->assertSame( Client_Service::PHONE_MAX, $client['phone']['maxLength'] );

		$json      = (string) wp_json_encode( $expected, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES ) . "\n";
		$committed = is_readable( self::FILE ) ? (string) file_get_contents( self::FILE ) : ''; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local fixture.
		if ( $committed !== $json ) {
			// Leave the new rules in place so the diff shows what changed; commit it with src/rules.ts.
			file_put_contents( self::FILE, $json ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents -- a local fixture.
		}
		$this->assertSame( $json, $committed, 'tests/fixtures/rules.json was out of date and has been rewritten: update src/rules.ts to match and commit both.' );
	}
}
