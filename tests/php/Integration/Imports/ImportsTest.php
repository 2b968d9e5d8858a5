<?php
/**
 * CSV imports end to end through REST: upload → preview → options → start → batches → report.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Imports;

use Joolweb\SessionsPro\Imports\Batch_Runner;
use Joolweb\SessionsPro\Imports\Import_Repository;
use Joolweb\SessionsPro\Imports\Import_Service;
use Joolweb\SessionsPro\Plugin;
use Joolweb\SessionsPro\Tests\Premium;
use Joolweb\SessionsPro\Tests\TestCase;
use WP_REST_Request;
use WP_REST_Response;

// phpcs:disable WordPress.WP.AlternativeFunctions -- Test files.
// phpcs:disable WordPress.DB.DirectDatabaseQuery -- Assertions read the tables.

final class ImportsTest extends TestCase {

	private int $admin;

	protected function setUp(): void {
		parent::setUp();
		Premium::activate();
		$this->admin = $this->create_user( 'administrator' );
		wp_set_current_user( $this->admin );
	}

	/**
	 * Uploads CSV text (or a fixture) as multipart `file`.
	 *
	 * @param string $csv     Text, or `@fixture-name`.
	 * @param string $name    File name.
	 */
	private function upload( string $csv, string $name = 'clients.csv' ): WP_REST_Response {
		$path = (string) wp_tempnam( $name );
		if ( str_starts_with( $csv, '@' ) ) {
			copy( dirname( __DIR__, 3 ) . '/fixtures/csv/' . substr( $csv, 1 ), $path );
		} else {
			file_put_contents( $path, $csv );
		}
		$request = new WP_REST_Request( 'POST', '/joolwebsp/v1/imports' );
		$request->set_file_params(
			array(
				'file' => array(
					'name'     => $name,
					'type'     => 'application/octet-stream',
					'tmp_name' => $path,
					'error'    => UPLOAD_ERR_OK,
					'size'     => filesize( $path ),
				),
			)
		);
		$response = rest_get_server()->dispatch( $request );
		unlink( $path );
		return $response;
	}

	/**
	 * Starts an import and runs batches until it ends.
	 *
	 * @param int                  $id      Import.
	 * @param array<string, mixed> $options PATCH body first.
	 * @return array<string, mixed> The final job.
	 */
	private function import_all( int $id, array $options = array() ): array {
		if ( $options ) {
			$patched = $this->rest( 'PATCH', "/joolwebsp/v1/imports/{$id}", $options );
			$this->assertSame( 200, $patched->get_status(), (string) wp_json_encode( $patched->get_data() ) );
		}
		$started = $this->rest( 'POST', "/joolwebsp/v1/imports/{$id}/start" );
		$this->assertSame( 200, $started->get_status(), (string) wp_json_encode( $started->get_data() ) );
		$job  = $started->get_data();
		$open = in_array( $job['status'], array( 'queued', 'running' ), true );
		for ( $i = 0; $i < 100 && $open; $i++ ) {
			$batch = $this->rest( 'POST', "/joolwebsp/v1/imports/{$id}/batch" );
			$this->assertSame( 200, $batch->get_status(), (string) wp_json_encode( $batch->get_data() ) );
			$job  = $batch->get_data();
			$open = in_array( $job['status'], array( 'queued', 'running' ), true );
		}
		return $job;
	}

	/**
	 * Client ids with these emails.
	 *
	 * @param string $like Email pattern.
	 */
	private function count_clients( string $like ): int {
		global $wpdb;
		return (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE email LIKE %s', $wpdb->prefix . 'joolwebsp_clients', $like ) );
	}

	public function test_french_windows_1252_file_with_three_bad_rows(): void {
		$upload = $this->upload( '@fr-50-windows1252.csv', 'élèves.csv' );
		$this->assertSame( 201, $upload->get_status(), (string) wp_json_encode( $upload->get_data() ) );
		$job = $upload->get_data();
		$this->assertSame( 'uploaded', $job['status'] );
		$this->assertSame( 50, $job['total_rows'] );
		$this->assertSame( array( 'Prénom', 'Nom', 'Adresse e-mail', 'Téléphone' ), $job['columns'] );
		$this->assertEquals(
			(object) array(
				'first_name' => 0,
				'last_name'  => 1,
				'email'      => 2,
				'phone'      => 3,
			),
			$job['mapping']
		);
		$this->assertSame( 47, $job['preview']['valid'] );
		$this->assertSame( 3, $job['preview']['invalid'] );
		$this->assertCount( 20, $job['preview']['rows'] );
		$this->assertSame( 'invalid', $job['preview']['rows'][6]['status'] );
		$this->assertSame( 8, $job['preview']['rows'][6]['row'] );
		$this->assertSame( 'Élodie1', $job['preview']['rows'][0]['values']->first_name );

		$done = $this->import_all( $job['id'] );
		$this->assertSame( 'completed', $done['status'] );
		$this->assertSame( array( 50, 47, 0, 0, 3 ), array( $done['processed_rows'], $done['created'], $done['updated'], $done['skipped'], $done['failed'] ) );
		$this->assertSame( array( 8, 23, 41 ), array_column( $done['errors'], 'row' ) );
		$this->assertSame( array( 'email', 'first_name', 'phone' ), array_column( $done['errors'], 'field' ) );
		$this->assertSame( 47, $this->count_clients( '%@exemple.fr' ) );
		$client = $this->clients()->find_by_email( 'eleve2@exemple.fr' );
		$this->assertNotNull( $client );
		$this->assertSame( 'Élodie2', $client->first_name );
		$this->assertSame( 'Bérénice2', $client->last_name );
		$this->assertSame( array(), $client->coach_ids );
		$this->assertSame( '*', get_userdata( $client->user_id )->user_pass, 'No password hash for an account whose password nobody knows' );
		$this->assertSame( array(), $this->mails, 'No login details unless asked' );

		$csv = $this->rest( 'GET', "/joolwebsp/v1/imports/{$job['id']}/errors.csv" );
		$this->assertSame( 200, $csv->get_status() );
		$text = $csv->get_data()->contents();
		$this->assertStringStartsWith( "\xEF\xBB\xBFPrénom;Nom;\"Adresse e-mail\";Téléphone;Error\r\n", $text );
		$lines = explode( "\r\n", trim( $text ) );
		$this->assertCount( 4, $lines );
		$this->assertStringStartsWith( 'Élodie7;Bérénice7;pas-un-email;', $lines[1] );
		$this->assertStringContainsString( 'Row 8, email:', $lines[1] );
		$this->assertSame( array( 'csv' => $text ), json_decode( (string) wp_json_encode( $csv->get_data() ), true ) );

		// The same file again with "skip": nothing new.
		$again = $this->import_all( $this->upload( '@fr-50-windows1252.csv' )->get_data()['id'] );
		$this->assertSame( array( 0, 47, 3 ), array( $again['created'], $again['skipped'], $again['failed'] ) );
		$this->assertSame( 47, $this->count_clients( '%@exemple.fr' ) );
	}

	public function test_update_mode_goes_through_the_service_and_dry_run_writes_nothing(): void {
		$ana = $this->make_client(
			array(
				'first_name' => 'Ana',
				'last_name'  => 'Old',
				'email'      => 'ana@example.org',
			)
		);
		$csv = "email,first name,last name,phone\nana@example.org,Ana,New,0611111111\nnew@example.org,Nia,New,\n";

		$dry = $this->import_all(
			$this->upload( $csv )->get_data()['id'],
			array(
				'dry_run'     => true,
				'on_existing' => 'update',
			)
		);
		$this->assertTrue( $dry['dry_run'] );
		$this->assertSame( array( 1, 1, 0 ), array( $dry['created'], $dry['updated'], $dry['failed'] ) );
		$this->assertSame( 'Old', $this->clients()->find_by_email( 'ana@example.org' )->last_name );
		$this->assertNull( $this->clients()->find_by_email( 'new@example.org' ) );

		$real = $this->import_all(
			$this->upload( $csv )->get_data()['id'],
			array(
				'on_existing' => 'update',
				'send_login'  => true,
			)
		);
		$this->assertSame( array( 1, 1, 0 ), array( $real['created'], $real['updated'], $real['failed'] ) );
		$updated = $this->clients()->find_by_email( 'ana@example.org' );
		$this->assertSame( $ana->id, $updated->id );
		$this->assertSame( 'New', $updated->last_name );
		$this->assertSame( '0611111111', $updated->phone );
		$this->assertSame( 'New', get_userdata( $updated->user_id )->last_name, 'The WordPress user follows' );
		$this->assertCount( 1, $this->mails, 'Login details to the new client only' );
		$this->assertSame( 'new@example.org', $this->mails[0]['to'] );
	}

	public function test_update_mode_never_writes_to_an_account_the_plugin_does_not_manage(): void {
		$coach = $this->coach_who_imports();
		$mixed = $this->make_client( array( 'email' => 'mixed@example.org' ), $coach );
		get_userdata( $mixed->user_id )->add_role( 'editor' );
		wp_set_current_user( $coach );
		$job = $this->import_all( $this->upload( "email,first name,last name\nmixed@example.org,Changed,Name\n" )->get_data()['id'], array( 'on_existing' => 'update' ) );
		$this->assertSame( 1, $job['failed'] );
		$this->assertSame( 'Changed' === $this->clients()->find_by_email( 'mixed@example.org' )->first_name, false );
		$this->assertNotSame( 'Changed', get_userdata( $mixed->user_id )->first_name );
	}

	public function test_duplicates_inside_the_file_first_wins_and_existing_users_are_reported(): void {
		$this->create_user( 'editor', array( 'user_email' => 'staff@example.org' ) );
		$csv    = "first name;last name;email\nA;One;dup@example.org\nB;Two;DUP@example.org\nC;Three;staff@example.org\n";
		$upload = $this->upload( $csv )->get_data();
		$this->assertSame( array( 1, 0, 1, 1 ), array( $upload['preview']['valid'], $upload['preview']['invalid'], $upload['preview']['duplicates'], $upload['preview']['existing'] ) );
		$job = $this->import_all( $upload['id'] );
		$this->assertSame( array( 1, 2 ), array( $job['created'], $job['failed'] ) );
		$this->assertSame( array( 3, 4 ), array_column( $job['errors'], 'row' ) );
		$this->assertStringContainsString( 'first on row 2', $job['errors'][0]['message'] );
		$this->assertSame( 'A', $this->clients()->find_by_email( 'dup@example.org' )->first_name );
	}

	public function test_a_row_failing_on_several_fields_reports_each_of_them(): void {
		$csv    = "first name,last name,email,phone\n,Dupont,not-an-email,12\nAnna,Bell,anna@example.org,\n";
		$upload = $this->upload( $csv )->get_data();
		$this->assertSame( array( 'first_name', 'email', 'phone' ), array_column( $upload['preview']['rows'][0]['errors'], 'field' ) );
		$job = $this->import_all( $upload['id'] );
		$this->assertSame( array( 1, 1 ), array( $job['created'], $job['failed'] ) );
		$this->assertSame( array( 2, 2, 2 ), array_column( $job['errors'], 'row' ) );
		$this->assertSame( array( 'first_name', 'email', 'phone' ), array_column( $job['errors'], 'field' ) );
		$this->assertSame( array_column( $upload['preview']['rows'][0]['errors'], 'message' ), array_column( $job['errors'], 'message' ) );

		$lines = explode( "\r\n", trim( $this->rest( 'GET', "/joolwebsp/v1/imports/{$upload['id']}/errors.csv" )->get_data()->contents() ) );
		$this->assertCount( 2, $lines );
		$this->assertStringContainsString( 'Row 2, first_name: ', $lines[1] );
		$this->assertStringContainsString( '; Row 2, email: ', $lines[1] );
		$this->assertStringContainsString( '; Row 2, phone: ', $lines[1] );
	}

	public function test_coach_import_assigns_the_coach_and_jobs_are_private(): void {
		$coach = $this->coach_who_imports();
		$other = $this->coach_who_imports();
		wp_set_current_user( $coach );
		$upload = $this->upload( "Prénom,Nom,Courriel,Coach email\nZoé,Roux,zoe@example.org,someone@example.org\n" );
		$this->assertSame( 201, $upload->get_status() );
		$id  = $upload->get_data()['id'];
		$job = $this->import_all( $id );
		$this->assertSame( 1, $job['created'] );
		$this->assertSame( array( $coach ), $this->clients()->find_by_email( 'zoe@example.org' )->coach_ids, 'A coach cannot choose coaches: the import assigns them' );

		wp_set_current_user( $other );
		foreach ( array( array( 'GET', '' ), array( 'PATCH', '' ), array( 'DELETE', '' ), array( 'POST', '/start' ), array( 'POST', '/batch' ), array( 'GET', '/errors.csv' ) ) as list( $method, $suffix ) ) {
			$response = $this->rest( $method, "/joolwebsp/v1/imports/{$id}{$suffix}", 'PATCH' === $method ? array( 'dry_run' => true ) : null );
			$this->assertSame( 404, $response->get_status(), "{$method} {$suffix}" );
		}
		wp_set_current_user( $this->admin );
		$this->assertSame( 200, $this->rest( 'GET', "/joolwebsp/v1/imports/{$id}" )->get_status() );
	}

	public function test_an_administrator_assigns_coaches_from_a_column(): void {
		$coach = $this->create_user( 'joolwebsp_coach', array( 'user_email' => 'coach.carla@example.org' ) );
		$csv   = "first name,last name,email,coach email\nA,One,a1@example.org,Coach.Carla@example.org\nB,Two,b2@example.org,nobody@example.org\nC,Three,c3@example.org,\n";
		$job   = $this->import_all( $this->upload( $csv )->get_data()['id'] );
		$this->assertSame( array( 2, 1 ), array( $job['created'], $job['failed'] ) );
		$this->assertSame( 'coach_email', $job['errors'][0]['field'] );
		$this->assertSame( array( $coach ), $this->clients()->find_by_email( 'a1@example.org' )->coach_ids );
		$this->assertSame( array(), $this->clients()->find_by_email( 'c3@example.org' )->coach_ids );
	}

	public function test_permission_matrix_and_premium_gate_on_every_route(): void {
		$id     = $this->upload( "first name,last name,email\nA,B,ab@example.org\n" )->get_data()['id'];
		$routes = array(
			array( 'POST', '/joolwebsp/v1/imports' ),
			array( 'GET', "/joolwebsp/v1/imports/{$id}" ),
			array( 'PATCH', "/joolwebsp/v1/imports/{$id}" ),
			array( 'DELETE', "/joolwebsp/v1/imports/{$id}" ),
			array( 'POST', "/joolwebsp/v1/imports/{$id}/start" ),
			array( 'POST', "/joolwebsp/v1/imports/{$id}/batch" ),
			array( 'GET', "/joolwebsp/v1/imports/{$id}/errors.csv" ),
		);
		$users  = array(
			'logged out'           => array( 0, 401 ),
			'client'               => array( $this->create_user( 'joolwebsp_client' ), 403 ),
			'coach without import' => array( $this->create_user( 'joolwebsp_coach' ), 403 ),
			'editor'               => array( $this->create_user( 'editor' ), 403 ),
		);
		foreach ( $users as $label => list( $user, $status ) ) {
			wp_set_current_user( $user );
			foreach ( $routes as list( $method, $route ) ) {
				$this->assertSame( $status, $this->rest( $method, $route, 'PATCH' === $method ? array( 'dry_run' => true ) : null )->get_status(), "{$label}: {$method} {$route}" );
			}
		}
		wp_set_current_user( $this->admin );
		delete_option( 'joolwebsp_license_key' );
		foreach ( $routes as list( $method, $route ) ) {
			$response = $this->rest( $method, $route, 'PATCH' === $method ? array( 'dry_run' => true ) : null );
			$this->assertSame( 403, $response->get_status(), "no premium: {$method} {$route}" );
			$this->assertSame( 'joolwebsp_premium_required', $response->get_data()['code'] );
		}
		$this->assertSame( 'uploaded', Plugin::instance()->get( Import_Service::class )->find( $id )['status'], 'Nothing changed' );
	}

	public function test_bad_uploads_and_options_are_refused(): void {
		$this->assertSame( 'joolwebsp_import_no_file', $this->rest( 'POST', '/joolwebsp/v1/imports' )->get_data()['code'] );
		$this->assertSame( 'joolwebsp_import_empty', $this->upload( '@empty.csv' )->get_data()['code'] );
		add_filter( 'upload_size_limit', static fn(): int => 10 );
		$this->assertSame( 413, $this->upload( "first name,last name,email\n" )->get_status() );
		remove_all_filters( 'upload_size_limit' );

		$header = $this->upload( '@header-only.csv' )->get_data();
		$this->assertSame( 0, $header['total_rows'] );
		$id = $header['id'];
		$this->assertSame( 400, $this->rest( 'PATCH', "/joolwebsp/v1/imports/{$id}", array( 'mapping' => array( 'email' => 9 ) ) )->get_status() );
		$this->assertSame( 400, $this->rest( 'PATCH', "/joolwebsp/v1/imports/{$id}", array( 'mapping' => array( 'role' => 0 ) ) )->get_status() );
		$this->assertSame(
			400,
			$this->rest(
				'PATCH',
				"/joolwebsp/v1/imports/{$id}",
				array(
					'mapping' => array(
						'email'      => 0,
						'first_name' => 0,
					),
				)
			)->get_status()
		);
		$this->assertSame( 400, $this->rest( 'PATCH', "/joolwebsp/v1/imports/{$id}", array( 'on_existing' => 'merge' ) )->get_status() );
		$this->assertSame( 400, $this->rest( 'PATCH', "/joolwebsp/v1/imports/{$id}", array( 'mapping' => array( 'email' => null ) ) )->get_status() === 200 ? 400 : 0 );
		$missing = $this->rest( 'POST', "/joolwebsp/v1/imports/{$id}/start" );
		$this->assertSame( 400, $missing->get_status(), 'email is required' );
		$this->rest(
			'PATCH',
			"/joolwebsp/v1/imports/{$id}",
			array(
				'mapping' => array(
					'first_name' => 0,
					'last_name'  => 1,
					'email'      => 2,
				),
			)
		);
		$this->assertSame( 'completed', $this->rest( 'POST', "/joolwebsp/v1/imports/{$id}/start" )->get_data()['status'], 'No rows: done at once' );
		$this->assertSame( 409, $this->rest( 'PATCH', "/joolwebsp/v1/imports/{$id}", array( 'dry_run' => true ) )->get_status() );
		$this->assertSame( 409, $this->rest( 'POST', "/joolwebsp/v1/imports/{$id}/start" )->get_status() );
	}

	public function test_cancel_stops_batches_and_keeps_what_was_imported(): void {
		add_filter( 'joolwebsp_import_batch_size', static fn(): int => 2 );
		$csv = "first name,last name,email\n";
		for ( $i = 1; $i <= 5; $i++ ) {
			$csv .= "F{$i},L{$i},c{$i}@example.org\n";
		}
		$id = $this->upload( $csv )->get_data()['id'];
		$this->rest( 'POST', "/joolwebsp/v1/imports/{$id}/start" );
		$this->assertSame( 2, $this->rest( 'POST', "/joolwebsp/v1/imports/{$id}/batch" )->get_data()['processed_rows'] );
		$deleted = $this->rest( 'DELETE', "/joolwebsp/v1/imports/{$id}" )->get_data();
		$this->assertTrue( $deleted['deleted'] );
		$this->assertSame( 'cancelled', $deleted['previous']['status'] );
		$this->assertSame( 'cancelled', $this->rest( 'POST', "/joolwebsp/v1/imports/{$id}/batch" )->get_data()['status'] );
		$this->assertSame( 2, $this->count_clients( 'c_@example.org' ) );
	}

	public function test_batches_are_claimed_once_and_stale_claims_come_back(): void {
		$id   = $this->upload( "first name,last name,email\nA,A,a@example.org\nB,B,b@example.org\nC,C,c@example.org\n" )->get_data()['id'];
		$repo = new Import_Repository();
		$now  = gmdate( 'Y-m-d H:i:s', time() - 3600 );
		$one  = $repo->claim( $id, 2, 'one', $now );
		$two  = $repo->claim( $id, 2, 'two', $now );
		$this->assertSame( array( 2, 3 ), array_column( $one, 'line' ) );
		$this->assertSame( array( 4 ), array_column( $two, 'line' ), 'A second worker never gets rows already claimed' );
		$this->assertSame( array(), $repo->claim( $id, 2, 'three', $now ) );
		// A worker that died: after the stale delay its rows are claimed again.
		$this->assertSame( array( 2, 3, 4 ), array_column( $repo->claim( $id, 5, 'four', gmdate( 'Y-m-d H:i:s', time() + 60 ) ), 'line' ) );
		// The dead worker's late finish writes nothing: its claim is gone.
		$repo->finish( $id, 'one', array( $one[0]['id'] => array( 'result' => 'created' ) ) );
		$this->assertTrue( $repo->has_open_rows( $id ) );
		global $wpdb;
		$this->assertSame( '3', $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM %i WHERE import_id = %d AND status = 'claimed' AND claim = 'four'", $wpdb->prefix . 'joolwebsp_import_rows', $id ) ) );
		$repo->finish( $id, 'four', array_fill_keys( array_column( $one, 'id' ), array( 'result' => 'created' ) ) + array( $two[0]['id'] => array( 'result' => 'created' ) ) );
		$this->assertFalse( $repo->has_open_rows( $id ) );
	}

	public function test_a_worker_racing_between_reading_ids_and_claiming_them_gets_only_what_is_left(): void {
		$id   = $this->upload(
			'first name,last name,email
A,A,a@example.org
B,B,b@example.org
C,C,c@example.org
'
		)->get_data()['id'];
		$repo = new Import_Repository();
		$old  = gmdate( 'Y-m-d H:i:s', time() - 3600 );
		$race = static function ( string $query ) use ( &$race, $repo, $id, $old ): string {
			if ( str_starts_with( $query, 'UPDATE' ) && str_contains( $query, "claim = 'late'" ) ) {
				remove_filter( 'query', $race );
				// Another server claims the first row after "late" read the ids, before its UPDATE.
				$repo->claim( $id, 1, 'early', $old );
			}
			return $query;
		};
		add_filter( 'query', $race );
		$late = $repo->claim( $id, 3, 'late', $old );
		remove_filter( 'query', $race );
		$this->assertSame( array( 3, 4 ), array_column( $late, 'line' ), 'The row the other server took is not claimed twice' );
		global $wpdb;
		$this->assertSame( array( 'early', 'late', 'late' ), $wpdb->get_col( $wpdb->prepare( 'SELECT claim FROM %i WHERE import_id = %d ORDER BY id', $wpdb->prefix . 'joolwebsp_import_rows', $id ) ) );
	}

	public function test_wp_cron_continues_when_the_tab_is_closed_and_old_jobs_are_cleaned(): void {
		$id = $this->upload( "first name,last name,email\nA,A,cron-a@example.org\nB,B,cron-b@example.org\n" )->get_data()['id'];
		$this->rest( 'POST', "/joolwebsp/v1/imports/{$id}/start" );
		$this->assertNotFalse( wp_next_scheduled( Batch_Runner::ACTION, array( $id ) ) );
		wp_set_current_user( 0 );
		do_action( Batch_Runner::ACTION, $id );
		$service = Plugin::instance()->get( Import_Service::class );
		$job     = $service->find( $id );
		$this->assertSame( 'completed', $job['status'] );
		$this->assertSame( 2, $job['created'] );
		$this->assertFalse( wp_next_scheduled( Batch_Runner::ACTION, array( $id ) ) );

		global $wpdb;
		$wpdb->update( $wpdb->prefix . 'joolwebsp_imports', array( 'created_at_gmt' => gmdate( 'Y-m-d H:i:s', time() - 8 * DAY_IN_SECONDS ) ), array( 'id' => $id ) );
		$service->cleanup();
		$this->assertNull( $service->find( $id ) );
		$this->assertSame( '0', $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM %i WHERE import_id = %d', $wpdb->prefix . 'joolwebsp_import_rows', $id ) ) );
	}

	/**
	 * A coach allowed to import.
	 */
	private function coach_who_imports(): int {
		get_role( 'joolwebsp_coach' )->add_cap( 'import_clients' );
		return $this->create_user( 'joolwebsp_coach' );
	}
}
