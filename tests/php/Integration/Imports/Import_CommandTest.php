<?php
/**
 * `wp joolwebsp import` and `wp joolwebsp export` for real: vendor/bin/wp (WP-CLI 2.11) against a
 * throwaway site sharing the test database under its own table prefix (`wpcliimp_`), like
 * Reminders_CommandTest. Premium through the tests' license key pair.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration\Imports;

use Joolweb\SessionsPro\License\License;
use Joolweb\SessionsPro\Tests\Premium;
use PHPUnit\Framework\TestCase;

// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQL.NotPrepared -- Fixtures of a throwaway site.
// phpcs:disable WordPress.WP.AlternativeFunctions -- Files and processes of the test harness.

final class Import_CommandTest extends TestCase {

	private const PREFIX = 'wpcliimp_';

	/**
	 * Folder of the throwaway site.
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

	public static function setUpBeforeClass(): void {
		parent::setUpBeforeClass();
		self::$dir = rtrim( sys_get_temp_dir(), '/' ) . '/joolwebsp-cli-import-' . getmypid();
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
		$coach = self::wp( 'user create carla carla@example.org --role=joolwebsp_coach --porcelain' );
		self::assertSame( 0, $coach['code'], $coach['out'] . $coach['err'] );
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
		self::$db->query( 'DELETE FROM ' . self::$db->options . " WHERE option_name = '" . License::OPTION . "'" );
		self::$db->insert(
			self::$db->options,
			array(
				'option_name'  => License::OPTION,
				'option_value' => Premium::mint(),
				'autoload'     => 'on',
			)
		);
		@unlink( self::$dir . '/mail.jsonl' ); // phpcs:ignore WordPress.PHP.NoSilencedErrors -- absent on the first test.
	}

	protected function tearDown(): void {
		$log   = self::$dir . '/wp-content/debug.log';
		$lines = is_file( $log ) ? explode( "\n", trim( (string) file_get_contents( $log ) ) ) : array();
		$ours  = array_filter( $lines, static fn( string $line ): bool => '' !== $line && ! str_contains( $line, '/vendor/' ) );
		$this->assertSame( array(), array_values( $ours ), 'No PHP notice or warning in the WP-CLI runs' );
		@unlink( $log ); // phpcs:ignore WordPress.PHP.NoSilencedErrors -- may not exist.
		parent::tearDown();
	}

	public function test_import_with_progress_then_again_with_skip_then_export(): void {
		$file = dirname( __DIR__, 3 ) . '/fixtures/csv/fr-50-windows1252.csv';

		$dry = self::wp( 'joolwebsp import ' . escapeshellarg( $file ) . ' --dry-run' );
		$this->assertSame( 0, $dry['code'], $dry['out'] . $dry['err'] );
		$this->assertStringContainsString( 'Dry run (nothing written): 47 created, 0 updated, 0 skipped, 3 failed.', $dry['err'] );
		$this->assertSame( 0, $this->clients( '%@exemple.fr' ) );

		$run = self::wp( 'joolwebsp import ' . escapeshellarg( $file ) . ' --coach=carla' );
		$this->assertSame( 0, $run['code'], $run['out'] . $run['err'] );
		// The progress bar draws only on a terminal (php-cli-tools stays silent when piped, as here).
		$this->assertStringContainsString( 'first_name ← "Prénom"', $run['out'] );
		$this->assertStringContainsString( 'Warning: Row 8, email: Enter a valid email address.', $run['err'] );
		$this->assertStringContainsString( '47 created, 0 updated, 0 skipped, 3 failed.', $run['err'] );
		$this->assertSame( 47, $this->clients( '%@exemple.fr' ) );
		$carla = (int) self::$db->get_var( 'SELECT ID FROM ' . self::$db->users . " WHERE user_login = 'carla'" );
		$this->assertSame( 47, (int) self::$db->get_var( self::$db->prepare( 'SELECT COUNT(*) FROM ' . self::$db->prefix . 'joolwebsp_client_coaches WHERE coach_id = %d', $carla ) ) );
		$this->assertSame( array(), $this->mail() );

		$again = self::wp( 'joolwebsp import ' . escapeshellarg( $file ) );
		$this->assertSame( 0, $again['code'], $again['err'] );
		$this->assertStringContainsString( '0 created, 0 updated, 47 skipped, 3 failed.', $again['err'] );
		$this->assertSame( 47, $this->clients( '%@exemple.fr' ) );

		$export = self::wp( 'joolwebsp export --search=eleve1' );
		$this->assertSame( 0, $export['code'], $export['err'] );
		$lines = explode( "\r\n", $export['out'] );
		$this->assertStringStartsWith( "\xEF\xBB\xBF", $lines[0] );
		$this->assertStringContainsString( 'eleve1@exemple.fr', $export['out'] );
		$this->assertCount( 12, $lines, 'The header, eleve1 and eleve10 to eleve19' );
		$this->assertStringContainsString( 'carla@example.org', $lines[1] );

		// Sorted like the list: by first name (Élodie1, Élodie10…), then the other way round.
		$names     = static function ( string $options ): array {
			$run = self::wp( 'joolwebsp export --search=eleve1 ' . $options );
			self::assertSame( 0, $run['code'], $run['err'] );
			$rows = array_map( static fn( string $line ): array => str_getcsv( $line, ',', '"', '' ), array_slice( explode( "\r\n", rtrim( $run['out'] ) ), 1 ) );
			return array_column( $rows, 0 );
		};
		$ascending = $names( '--orderby=first_name' );
		$sorted    = $ascending;
		sort( $sorted, SORT_STRING );
		$this->assertSame( $sorted, $ascending );
		$this->assertSame( 'Élodie1', $ascending[0] );
		$this->assertSame( array_reverse( $ascending ), $names( '--orderby=first_name --order=desc' ) );
		$this->assertSame( 1, self::wp( 'joolwebsp export --orderby=user_pass' )['code'], 'Only the list\'s sort fields' );
	}

	public function test_update_mode_and_send_login(): void {
		$path = self::$dir . '/update.csv';
		file_put_contents( $path, "email,first name,last name,phone\neleve2@exemple.fr,Élodie,Changée,0611111111\nnew.cli@example.org,New,Client,\n" );
		$run = self::wp( 'joolwebsp import ' . escapeshellarg( $path ) . ' --on-existing=update --send-login' );
		$this->assertSame( 0, $run['code'], $run['out'] . $run['err'] );
		$this->assertStringContainsString( 'Success: 1 created, 1 updated, 0 skipped, 0 failed.', $run['out'] );
		$this->assertSame( 'Changée', self::$db->get_var( 'SELECT last_name FROM ' . self::$db->prefix . "joolwebsp_clients WHERE email = 'eleve2@exemple.fr'" ) );
		$mail = $this->mail();
		$this->assertCount( 1, $mail );
		$this->assertSame( 'new.cli@example.org', $mail[0]['to'] );
	}

	public function test_without_premium_or_with_a_bad_coach_it_stops(): void {
		self::$db->query( 'DELETE FROM ' . self::$db->options . " WHERE option_name = '" . License::OPTION . "'" );
		$none = self::wp( 'joolwebsp export' );
		$this->assertSame( 1, $none['code'] );
		$this->assertStringContainsString( 'premium license', $none['err'] );
		self::$db->insert(
			self::$db->options,
			array(
				'option_name'  => License::OPTION,
				'option_value' => Premium::mint(),
				'autoload'     => 'on',
			)
		);
		$coach = self::wp( 'joolwebsp import ' . escapeshellarg( dirname( __DIR__, 3 ) . '/fixtures/csv/utf8-comma.csv' ) . ' --coach=nobody' );
		$this->assertSame( 1, $coach['code'] );
		$this->assertStringContainsString( 'No coach with the login nobody.', $coach['err'] );
	}

	/**
	 * Clients whose email matches.
	 *
	 * @param string $like LIKE pattern.
	 */
	private function clients( string $like ): int {
		return (int) self::$db->get_var( self::$db->prepare( 'SELECT COUNT(*) FROM ' . self::$db->prefix . 'joolwebsp_clients WHERE email LIKE %s', $like ) );
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
			"define( 'JOOLWEBSP_LICENSE_PUBLIC_KEY', " . $export( Premium::public_key() ) . " );\n" .
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
