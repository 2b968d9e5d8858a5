<?php
/**
 * A French site: the plugin's PHP strings, email defaults and script translations come out in
 * French from languages/, through WordPress's own loaders (just-in-time .mo loading, the locale
 * switcher, load_script_textdomain()).
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Tests\Integration;

use Joolweb\SessionsPro\Admin\Screens;
use Joolweb\SessionsPro\Emails\Email_Templates;
use Joolweb\SessionsPro\Emails\Template_Mailer;
use Joolweb\SessionsPro\Plugin;
use Joolweb\SessionsPro\Sessions\Session;
use Joolweb\SessionsPro\Settings\Settings;
use Joolweb\SessionsPro\Tests\TestCase;
use WP_Locale_Switcher;
use WP_Textdomain_Registry;

final class TranslationsTest extends TestCase {

	private const DOMAIN = 'joolweb-sessions-pro';

	/**
	 * No-break space (French typography before : ; ? !).
	 */
	private const NBSP = "\u{00a0}";

	private WP_Locale_Switcher $switcher;

	private WP_Textdomain_Registry $registry;

	protected function setUp(): void {
		parent::setUp();
		$this->switcher = $GLOBALS['wp_locale_switcher'];
		$this->registry = $GLOBALS['wp_textdomain_registry'];

		// On an installed site load_plugin_textdomain() (Plugin::load_textdomain(), on init) points the
		// registry at wp-content/plugins/joolweb-sessions-pro/languages. The test harness loads the plugin
		// from the repository, outside WP_PLUGIN_DIR, so point it at the same folder here.
		$registry = clone $this->registry;
		$registry->set_custom_path( self::DOMAIN, JOOLWEBSP_DIR . 'languages' );
		$GLOBALS['wp_textdomain_registry'] = $registry;

		// A French site has core's fr_FR files in wp-content/languages; this machine has none, and the
		// locale switcher only switches to installed languages (read when it is built).
		add_filter(
			'get_available_languages',
			static fn( array $languages ): array => array_values( array_unique( array_merge( $languages, array( 'fr_FR' ) ) ) )
		);
		$switcher = new WP_Locale_Switcher();
		$switcher->init();
		$GLOBALS['wp_locale_switcher'] = $switcher;
		$this->assertTrue( switch_to_locale( 'fr_FR' ) );
	}

	protected function tearDown(): void {
		restore_current_locale();
		$GLOBALS['wp_locale_switcher']     = $this->switcher;
		$GLOBALS['wp_textdomain_registry'] = $this->registry;
		unload_textdomain( self::DOMAIN, true );
		parent::tearDown();
	}

	public function test_the_plugin_loads_its_translations_on_init(): void {
		$this->assertSame( 10, has_action( 'init', array( Plugin::instance(), 'load_textdomain' ) ) );
		$this->assertFileExists( JOOLWEBSP_DIR . 'languages/joolweb-sessions-pro-fr_FR.mo' );
		$this->assertSame( JOOLWEBSP_DIR . 'languages/', $GLOBALS['wp_textdomain_registry']->get( self::DOMAIN, 'fr_FR' ) );
	}

	public function test_php_strings_are_french(): void {
		$this->assertSame( 'fr_FR', get_locale() );
		$this->assertSame( 'Clients', __( 'Customers', 'joolweb-sessions-pro' ) );

		$titles = array_column( Screens::all(), 'menu_title', 'entry' );
		$this->assertSame( 'Tableau de bord', $titles['dashboard'] );
		$this->assertSame( 'Clients', $titles['clients'] );
		$this->assertSame( 'Ajouter un client', $titles['add-client'] );
		$this->assertSame( 'Réglages', $titles['settings'] );

		$this->assertSame( 'Réservée', Session::status_labels()['booked'] );
		$this->assertSame( 'Remboursé', Session::payment_labels()['refunded'] );
		$this->assertSame(
			'Désolé, vous n’avez pas l’autorisation d’accéder à cette page.',
			__( 'Sorry, you are not allowed to access this page.', 'joolweb-sessions-pro' )
		);
		/* translators: %s: client name (the plugin's own string, read back in a test). */
		$this->assertSame( 'Séance avec Ana', sprintf( __( 'Session with %s', 'joolweb-sessions-pro' ), 'Ana' ) );
	}

	public function test_plural_forms_follow_french_rules(): void {
		// French uses the singular for 0 and 1.
		/* translators: 1: unknown placeholders, 2: the placeholders this email can use. */
		$one = _n( 'Unknown placeholder %1$s. This email can use: %2$s.', 'Unknown placeholders %1$s. This email can use: %2$s.', 1, 'joolweb-sessions-pro' );
		/* translators: 1: unknown placeholders, 2: the placeholders this email can use. */
		$zero = _n( 'Unknown placeholder %1$s. This email can use: %2$s.', 'Unknown placeholders %1$s. This email can use: %2$s.', 0, 'joolweb-sessions-pro' );
		/* translators: 1: unknown placeholders, 2: the placeholders this email can use. */
		$two = _n( 'Unknown placeholder %1$s. This email can use: %2$s.', 'Unknown placeholders %1$s. This email can use: %2$s.', 2, 'joolweb-sessions-pro' );
		$this->assertSame( 'Balise inconnue %1$s. Cet e-mail peut utiliser' . self::NBSP . ': %2$s.', $one );
		$this->assertSame( $one, $zero );
		$this->assertSame( 'Balises inconnues %1$s. Cet e-mail peut utiliser' . self::NBSP . ': %2$s.', $two );
	}

	public function test_email_template_defaults_are_french(): void {
		$defaults = Email_Templates::defaults();
		$this->assertSame( '[{site_name}] Les informations de votre compte', $defaults[ Email_Templates::WELCOME ]['subject'] );
		$this->assertSame(
			'[{site_name}] Séance réservée' . self::NBSP . ': le {session_date} à {session_time}',
			$defaults[ Email_Templates::BOOKING_CONFIRMATION ]['subject']
		);
		$this->assertStringStartsWith( "Bonjour {client_first_name},\n\nVotre séance est réservée" . self::NBSP . ':', $defaults[ Email_Templates::BOOKING_CONFIRMATION ]['body'] );
		$this->assertStringContainsString( 'Quand' . self::NBSP . ': le {session_date} à {session_time}', $defaults[ Email_Templates::BOOKING_CONFIRMATION ]['body'] );
		$this->assertSame( 'Confirmation de réservation', Email_Templates::labels()[ Email_Templates::BOOKING_CONFIRMATION ] );

		// Every default keeps exactly the placeholders of its English text.
		foreach ( Email_Templates::types() as $type ) {
			foreach ( array( 'subject', 'body' ) as $field ) {
				$this->assertSame( array(), Email_Templates::unknown_tokens( $type, $defaults[ $type ][ $field ] ), "$type $field" );
			}
		}

		// The saved settings follow the site language while the text was never edited.
		$template = Plugin::instance()->get( Settings::class )->email_template( Email_Templates::REMINDER );
		$this->assertSame( '[{site_name}] Rappel' . self::NBSP . ': votre séance du {session_date} à {session_time}', $template['subject'] );
	}

	public function test_an_email_is_written_in_the_recipients_language(): void {
		$mailer = Plugin::instance()->get( Template_Mailer::class );
		$values = array(
			'client_first_name' => 'Ana',
			'client_name'       => 'Ana Lopez',
			'coach_name'        => 'Carla',
			'session_date'      => '4 mars 2031',
			'session_time'      => '9h30',
			'session_location'  => 'Studio',
			'session_link'      => '',
			'login_link'        => 'https://example.org/login',
		);

		// A client without a language of their own gets the site's: French.
		$french = $mailer->compose( Email_Templates::BOOKING_CONFIRMATION, $values, $this->create_user( 'joolwebsp_client' ) );
		$this->assertIsArray( $french );
		$this->assertSame( '[Tests] Séance réservée' . self::NBSP . ': le 4 mars 2031 à 9h30', $french['subject'] );
		$this->assertStringContainsString( 'Bonjour Ana,', $french['message'] );
		$this->assertStringContainsString( 'Où' . self::NBSP . ': Studio', $french['message'] );

		// A client who chose English in their profile gets English.
		$english = $mailer->compose( Email_Templates::BOOKING_CONFIRMATION, $values, $this->create_user( 'joolwebsp_client', array( 'locale' => 'en_US' ) ) );
		$this->assertIsArray( $english );
		$this->assertSame( '[Tests] Session booked: 4 mars 2031 at 9h30', $english['subject'] );
		$this->assertSame( 'fr_FR', get_locale(), 'Back to the site language after the email' );
	}

	public function test_every_admin_script_has_its_french_json(): void {
		// The URL of an installed copy: load_script_textdomain() derives the file name from the
		// script's path inside the plugin folder (md5 of build/admin-{entry}.js).
		$url = plugins_url( '/', WP_PLUGIN_DIR . '/joolweb-sessions-pro/joolweb-sessions-pro.php' );
		foreach ( Screens::all() as $screen ) {
			$handle = 'joolwebsp-test-admin-' . $screen['entry'];
			wp_register_script( $handle, $url . 'build/admin-' . $screen['entry'] . '.js', array( 'wp-i18n' ), '1', true );
			$json = load_script_textdomain( $handle, self::DOMAIN, JOOLWEBSP_DIR . 'languages' );
			wp_deregister_script( $handle );

			$this->assertIsString( $json, $screen['entry'] );
			$data = json_decode( $json, true );
			$this->assertSame( 'build/admin-' . $screen['entry'] . '.js', $data['source'] );
			$this->assertSame( 'fr_FR', $data['locale_data']['messages']['']['lang'] );
			$this->assertGreaterThan( 1, count( $data['locale_data']['messages'] ), $screen['entry'] );
		}

		wp_register_script( 'joolwebsp-test-clients', $url . 'build/admin-clients.js', array(), '1', true );
		$clients = json_decode( (string) load_script_textdomain( 'joolwebsp-test-clients', self::DOMAIN, JOOLWEBSP_DIR . 'languages' ), true );
		wp_deregister_script( 'joolwebsp-test-clients' );
		$this->assertSame( array( 'Clients' ), $clients['locale_data']['messages']['Customers'] );
		$this->assertSame( array( 'Rechercher des clients' ), $clients['locale_data']['messages']['Search clients'] );
	}
}
