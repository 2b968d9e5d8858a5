<?php
/**
 * `wp joolwebsp reminders` for real: vendor/bin/wp (WP-CLI 2.11) against a throwaway site that
 * shares the test database under its own table prefix (`wpcli_`). Runs inside `npm test`: it needs
 * only what the PHPUnit run has (WP_CORE_DIR, the private MariaDB).
 *
 * Not a TestCase subclass: the WP-CLI processes have their own connections, so this class commits
 * its fixtures (through a second connection) instead of rolling them back, and drops the `wpcli_`
 * tables when it is done.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Reminders;

use PHPUnit\Framework\TestCase;

// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQL.NotPrepared -- Fixtures of a throwaway site.
// phpcs:disable WordPress.WP.AlternativeFunctions -- Files and processes of the test harness.

final class Reminders_CommandTest extends TestCase {

	private const PREFIX = 'wpcli_';

	/**
	 * Folder of the throwaway site (wp-config.php, wp-content, captured mail).
	 *
	 * @var string
	 */
	private static string $dir = '';

	/**
	 * Connection to the site's tables, autocommit.
	 *
	 * @var \wpdb|null
	 */
	private static ?\wpdb $db = null;

	/**
	 * Coach and client of the fixtures.
	 *
	 * @var array{coach: int, client: int}
	 */
	private static array $people = array(
		'coach'  => 0,
		'client' => 0,
	);

	public static function setUpBeforeClass(): void {
		parent::setUpBeforeClass();
		self::$dir = rtrim( sys_get_temp_dir(), '/' ) . '/joolwebsp-cli-' . getmypid();
		self::remove_dir( self::$dir );
		mkdir( self::$dir . '/wp-content/mu-plugins', 0777, true );
		mkdir( self::$dir . '/wp-content/themes', 0777, true );
		symlink( ABSPATH . 'wp-content/themes/twentytwentyfive', self::$dir . '/wp-content/themes/twentytwentyfive' );
		self::write_site();

		self::$db = new \wpdb( DB_USER, DB_PASSWORD, DB_NAME, DB_HOST );
		self::$db->set_prefix( self::PREFIX );
		self::drop_tables();

		$install = self::exec( escapeshellarg( PHP_BINARY ) . ' ' . escapeshellarg( self::$dir . '/install.php' ) );
		self::assertSame( 0, $install['code'], $install['out'] . $install['err'] );

		// The first WP-CLI run loads the plugin, which creates its tables and roles (Upgrader).
		$coach = self::wp( 'user create coach coach@example.org --role=joolwebsp_coach --display_name="Coach Carla" --porcelain' );
		self::assertSame( 0, $coach['code'], $coach['out'] . $coach['err'] );
		$client = self::wp( 'user create ana ana@example.org --role=joolwebsp_client --porcelain' );
		self::assertSame( 0, $client['code'], $client['out'] . $client['err'] );
		$now = gmdate( 'Y-m-d H:i:s' );
		self::$db->insert(
			self::$db->prefix . 'joolwebsp_clients',
			array(
				'user_id'         => (int) $client['out'],
				'first_name'      => 'Ana',
				'last_name'       => 'Zed',
				'email'           => 'ana@example.org',
				'sort_first_name' => 'ana',
				'sort_last_name'  => 'zed',
				'created_at_gmt'  => $now,
				'updated_at_gmt'  => $now,
			)
		);
		self::$people = array(
			'coach'  => (int) $coach['out'],
			'client' => (int) self::$db->insert_id,
		);
		self::assertGreaterThan( 0, self::$people['client'], self::$db->last_error );
	}

	public static function tearDownAfterClass(): void {
		if ( self::$db ) {
			self::drop_tables();
			self::$db->close();
		}
		self::remove_dir( self::$dir );
		parent::tearDownAfterClass();
	}

	protected function setUp(): void {
		parent::setUp();
		self::$db->query( 'DELETE FROM ' . self::$db->prefix . 'joolwebsp_sessions' );
		self::$db->query( 'DELETE FROM ' . self::$db->prefix . 'joolwebsp_email_log' );
		self::$db->delete( self::$db->options, array( 'option_name' => 'joolwebsp_settings' ) );
		@unlink( self::$dir . '/mail.jsonl' ); // phpcs:ignore WordPress.PHP.NoSilencedErrors -- absent on the first test.
	}

	protected function tearDown(): void {
		$log   = self::$dir . '/wp-content/debug.log';
		$lines = is_file( $log ) ? explode( "\n", trim( (string) file_get_contents( $log ) ) ) : array();
		// WP-CLI's own Mustache 2.13 is not clean on PHP 8.2; everything else must be.
		$ours = array_filter( $lines, static fn( string $line ): bool => '' !== $line && ! str_contains( $line, '/vendor/' ) );
		$this->assertSame( array(), array_values( $ours ), 'No PHP notice or warning in the WP-CLI runs' );
		@unlink( $log ); // phpcs:ignore WordPress.PHP.NoSilencedErrors -- may not exist.
		parent::tearDown();
	}

	public function test_run_sends_the_due_reminders_once(): void {
		$due   = $this->session( 2 * HOUR_IN_SECONDS );
		$later = $this->session( 30 * HOUR_IN_SECONDS );
		$gone  = $this->session( 3 * HOUR_IN_SECONDS, 'cancelled' );

		$run = self::wp( 'joolwebsp reminders run' );
		$this->assertSame( 0, $run['code'], $run['out'] . $run['err'] );
		$this->assertStringContainsString( 'Success: 1 reminder(s) sent, 0 failed, 0 skipped.', $run['out'] );

		$mail = $this->mail();
		$this->assertCount( 1, $mail );
		$this->assertSame( 'ana@example.org', $mail[0]['to'] );
		$this->assertStringContainsString( 'Reminder', $mail[0]['subject'] );
		$this->assertStringContainsString( 'Hello Ana,', $mail[0]['message'] );
		$this->assertSame( array( (string) $due ), $this->reminded() );
		$this->assertSame(
			self::$db->get_var( self::$db->prepare( 'SELECT start_gmt FROM ' . self::$db->prefix . 'joolwebsp_sessions WHERE id = %d', $due ) ),
			self::$db->get_var( self::$db->prepare( 'SELECT reminded_for_gmt FROM ' . self::$db->prefix . 'joolwebsp_sessions WHERE id = %d', $due ) )
		);

		$again = self::wp( 'joolwebsp reminders run' );
		$this->assertSame( 0, $again['code'] );
		$this->assertStringContainsString( 'Success: 0 reminder(s) sent', $again['out'] );
		$this->assertCount( 1, $this->mail() );

		$status = self::wp( 'joolwebsp reminders status --format=json' );
		$this->assertSame( 0, $status['code'], $status['err'] );
		$data = json_decode( $status['out'], true );
		$this->assertFalse( $data['stale'] );
		$this->assertSame( 'cli', $data['last_result']['source'] );
		$this->assertSame( 24, $data['reminder_hours'] );
		unset( $later, $gone );
	}

	public function test_limit_and_all_clear_a_backlog(): void {
		for ( $i = 1; $i <= 7; $i++ ) {
			$this->session( $i * 600 );
		}
		$run = self::wp( 'joolwebsp reminders run --limit=3' );
		$this->assertSame( 0, $run['code'], $run['err'] );
		$this->assertStringContainsString( '3 reminder(s) sent', $run['out'] );
		$this->assertStringContainsString( 'More reminders are due', $run['out'] );

		$all = self::wp( 'joolwebsp reminders run --limit=2 --all' );
		$this->assertSame( 0, $all['code'], $all['err'] );
		$this->assertStringContainsString( '4 reminder(s) sent', $all['out'] );
		$this->assertCount( 7, $this->mail() );
		$this->assertCount( 7, array_unique( $this->reminded() ) );
	}

	public function test_two_processes_at_once_send_each_reminder_once(): void {
		$ids = array();
		for ( $i = 1; $i <= 60; $i++ ) {
			$ids[] = (string) $this->session( $i * 60 );
		}
		$a = self::start( 'joolwebsp reminders run --limit=500' );
		$b = self::start( 'joolwebsp reminders run --limit=500' );
		$a = self::finish( $a );
		$b = self::finish( $b );
		$this->assertSame( 0, $a['code'], $a['err'] );
		$this->assertSame( 0, $b['code'], $b['err'] );

		$reminded = $this->reminded();
		sort( $reminded );
		sort( $ids );
		$this->assertSame( $ids, $reminded, 'Every session once, whichever process sent it' );
		$this->assertCount( 60, $this->mail() );
	}

	public function test_off_and_switched_off_are_said(): void {
		$this->session( HOUR_IN_SECONDS );
		self::$db->insert(
			self::$db->options,
			array(
				'option_name'  => 'joolwebsp_settings',
				'option_value' => serialize( array( 'reminder_hours' => 0 ) ), // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions -- the option as WordPress stores it.
				'autoload'     => 'on',
			)
		);
		$off = self::wp( 'joolwebsp reminders run' );
		$this->assertSame( 0, $off['code'] );
		$this->assertStringContainsString( 'Reminders are off', $off['out'] . $off['err'] );
		$this->assertSame( array(), $this->mail() );
	}

	/**
	 * Inserts a session starting in $seconds.
	 *
	 * @param int    $seconds From now.
	 * @param string $status  Status.
	 */
	private function session( int $seconds, string $status = 'booked' ): int {
		$now = gmdate( 'Y-m-d H:i:s' );
		self::$db->insert(
			self::$db->prefix . 'joolwebsp_sessions',
			array(
				'client_id'      => self::$people['client'],
				'coach_id'       => self::$people['coach'],
				'title'          => 'Session',
				'start_gmt'      => gmdate( 'Y-m-d H:i:s', time() + $seconds ),
				'status'         => $status,
				'notes'          => '',
				'created_at_gmt' => $now,
				'updated_at_gmt' => $now,
			)
		);
		$this->assertGreaterThan( 0, self::$db->insert_id, self::$db->last_error );
		return (int) self::$db->insert_id;
	}

	/**
	 * Session ids of the successful reminders in the email log.
	 *
	 * @return list<string>
	 */
	private function reminded(): array {
		return self::$db->get_col( 'SELECT session_id FROM ' . self::$db->prefix . "joolwebsp_email_log WHERE type = 'session_reminder' AND success = 1 ORDER BY id" );
	}

	/**
	 * Mail captured by the site's must-use plugin.
	 *
	 * @return list<array{to: string, subject: string, message: string}>
	 */
	private function mail(): array {
		$file = self::$dir . '/mail.jsonl';
		if ( ! is_file( $file ) ) {
			return array();
		}
		return array_map( static fn( string $line ): array => json_decode( $line, true ), array_values( array_filter( explode( "\n", (string) file_get_contents( $file ) ) ) ) );
	}

	/**
	 * Runs vendor/bin/wp and waits for it.
	 *
	 * @param string $args Arguments.
	 * @return array{code: int, out: string, err: string}
	 */
	private static function wp( string $args ): array {
		return self::finish( self::start( $args ) );
	}

	/**
	 * Starts vendor/bin/wp against the site.
	 *
	 * @param string $args Arguments.
	 * @return array{process: resource, pipes: array<int, resource>}
	 */
	private static function start( string $args ): array {
		$root    = dirname( __DIR__, 4 );
		$command = escapeshellarg( $root . '/vendor/bin/wp' ) . ' --allow-root --path=' . escapeshellarg( ABSPATH ) . ' ' . $args;
		$env     = array(
			'PATH'                => (string) getenv( 'PATH' ),
			'HOME'                => self::$dir,
			'WP_CLI_PHP'          => PHP_BINARY,
			'WP_CONFIG_PATH'      => self::$dir . '/wp-config.php',
			'WP_CLI_CONFIG_PATH'  => self::$dir . '/wp-cli.yml',
			'WP_CLI_CACHE_DIR'    => self::$dir . '/cache',
			'WP_CLI_PACKAGES_DIR' => self::$dir . '/packages',
		);
		$process = proc_open(
			$command,
			array(
				1 => array( 'pipe', 'w' ),
				2 => array(
					'pipe',
					'w',
				),
			),
			$pipes,
			$root,
			$env
		);
		self::assertIsResource( $process );
		return array(
			'process' => $process,
			'pipes'   => $pipes,
		);
	}

	/**
	 * Waits for a process.
	 *
	 * @param array{process: resource, pipes: array<int, resource>} $run Process.
	 * @return array{code: int, out: string, err: string}
	 */
	private static function finish( array $run ): array {
		$out = (string) stream_get_contents( $run['pipes'][1] );
		$err = (string) stream_get_contents( $run['pipes'][2] );
		fclose( $run['pipes'][1] );
		fclose( $run['pipes'][2] );
		return array(
			'code' => proc_close( $run['process'] ),
			'out'  => trim( $out ),
			'err'  => trim( $err ),
		);
	}

	/**
	 * Runs a shell command.
	 *
	 * @param string $command Command.
	 * @return array{code: int, out: string, err: string}
	 */
	private static function exec( string $command ): array {
		$process = proc_open(
			$command,
			array(
				1 => array( 'pipe', 'w' ),
				2 => array(
					'pipe',
					'w',
				),
			),
			$pipes
		);
		self::assertIsResource( $process );
		return self::finish(
			array(
				'process' => $process,
				'pipes'   => $pipes,
			)
		);
	}

	/**
	 * Writes the site's wp-config.php, installer, must-use plugin and an empty WP-CLI config.
	 */
	private static function write_site(): void {
		$dir    = self::$dir;
		$export = static fn( $value ): string => var_export( $value, true ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions -- code generation.
		$salts  = '';
		foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $key ) {
			$salts .= "define( '{$key}', 'cli-{$key}' );\n";
		}
		file_put_contents(
			"{$dir}/wp-config.php",
			"<?php\n" .
			'define( \'DB_NAME\', ' . $export( DB_NAME ) . " );\n" .
			'define( \'DB_USER\', ' . $export( DB_USER ) . " );\n" .
			'define( \'DB_PASSWORD\', ' . $export( DB_PASSWORD ) . " );\n" .
			'define( \'DB_HOST\', ' . $export( DB_HOST ) . " );\n" .
			"define( 'DB_CHARSET', 'utf8mb4' );\ndefine( 'DB_COLLATE', '' );\n" .
			'$table_prefix = ' . $export( self::PREFIX ) . ";\n" .
			"define( 'WP_HOME', 'http://cli.example.org' );\ndefine( 'WP_SITEURL', 'http://cli.example.org' );\n" .
			'define( \'WP_CONTENT_DIR\', ' . $export( "{$dir}/wp-content" ) . " );\n" .
			"define( 'WP_DEBUG', true );\ndefine( 'WP_DEBUG_DISPLAY', false );\n" .
			'define( \'WP_DEBUG_LOG\', ' . $export( "{$dir}/wp-content/debug.log" ) . " );\n" .
			"define( 'DISABLE_WP_CRON', true );\ndefine( 'WP_HTTP_BLOCK_EXTERNAL', true );\ndefine( 'AUTOMATIC_UPDATER_DISABLED', true );\n" .
			$salts .
			'if ( ! defined( \'ABSPATH\' ) ) { define( \'ABSPATH\', ' . $export( ABSPATH ) . " ); }\n" .
			"require_once ABSPATH . 'wp-settings.php';\n"
		);
		file_put_contents(
			"{$dir}/install.php",
			"<?php\ndefine( 'WP_INSTALLING', true );\n\$_SERVER['HTTP_HOST'] = 'cli.example.org';\n\$_SERVER['REQUEST_URI'] = '/';\n" .
			"require __DIR__ . '/wp-config.php';\nrequire_once ABSPATH . 'wp-admin/includes/upgrade.php';\n" .
			"add_filter( 'pre_wp_mail', '__return_true' );\n" .
			"\$result = wp_install( 'CLI site', 'admin', 'admin@example.org', true, '', 'password' );\n" .
			"exit( empty( \$result['user_id'] ) ? 1 : 0 );\n"
		);
		file_put_contents(
			"{$dir}/wp-content/mu-plugins/joolwebsp-cli-test.php",
			"<?php\n// Loads the plugin under test (once WordPress is installed) and captures mail, one JSON line per email (appends are atomic).\n" .
			"if ( ! defined( 'WP_INSTALLING' ) ) {\n\trequire " . $export( dirname( __DIR__, 4 ) . '/joolweb-sessions-pro.php' ) . ";\n}\n" .
			"add_filter( 'pre_wp_mail', static function ( \$short, \$atts ) {\n" .
			"\tfile_put_contents( __DIR__ . '/../../mail.jsonl', wp_json_encode( array( 'to' => \$atts['to'], 'subject' => \$atts['subject'], 'message' => \$atts['message'] ) ) . \"\\n\", FILE_APPEND | LOCK_EX );\n" .
			"\treturn true;\n}, 10, 2 );\n"
		);
		file_put_contents( "{$dir}/wp-cli.yml", "\n" );
	}

	/**
	 * Drops the site's tables.
	 */
	private static function drop_tables(): void {
		$tables = self::$db->get_col( self::$db->prepare( 'SHOW TABLES LIKE %s', self::$db->esc_like( self::PREFIX ) . '%' ) );
		foreach ( $tables as $table ) {
			self::$db->query( "DROP TABLE IF EXISTS `{$table}`" );
		}
	}

	/**
	 * Removes a folder.
	 *
	 * @param string $dir Folder.
	 */
	private static function remove_dir( string $dir ): void {
		if ( '' === $dir || ! is_dir( $dir ) ) {
			return;
		}
		$items = new \RecursiveIteratorIterator( new \RecursiveDirectoryIterator( $dir, \FilesystemIterator::SKIP_DOTS ), \RecursiveIteratorIterator::CHILD_FIRST );
		foreach ( $items as $item ) {
			$item->isDir() && ! $item->isLink() ? rmdir( $item->getPathname() ) : unlink( $item->getPathname() );
		}
		rmdir( $dir );
	}
}
