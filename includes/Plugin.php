<?php
/**
 * Composition root.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro;

use Joolweb\SessionsPro\Admin\Assets;
use Joolweb\SessionsPro\Admin\Menu;
use Joolweb\SessionsPro\Clients\Account_Emails;
use Joolweb\SessionsPro\Clients\Account_Policy;
use Joolweb\SessionsPro\Clients\Client_Access;
use Joolweb\SessionsPro\Clients\Client_Accounts;
use Joolweb\SessionsPro\Clients\Client_Repository;
use Joolweb\SessionsPro\Clients\Client_Service;
use Joolweb\SessionsPro\Clients\Email_Change;
use Joolweb\SessionsPro\Clients\REST\Client_Presenter;
use Joolweb\SessionsPro\Clients\REST\Clients_Controller;
use Joolweb\SessionsPro\Clients\REST\Coaches_Controller;
use Joolweb\SessionsPro\Clients\REST\Me_Controller;
use Joolweb\SessionsPro\Contracts\Registrable;
use Joolweb\SessionsPro\Dashboard\Dashboard;
use Joolweb\SessionsPro\Dashboard\Dashboard_Queries;
use Joolweb\SessionsPro\Dashboard\REST\Dashboard_Controller;
use Joolweb\SessionsPro\Emails\Email_Log_Repository;
use Joolweb\SessionsPro\Emails\Mailer;
use Joolweb\SessionsPro\Emails\Template_Mailer;
use Joolweb\SessionsPro\Finances\Client_Insights;
use Joolweb\SessionsPro\Front\Front_Assets;
use Joolweb\SessionsPro\Front\Login;
use Joolweb\SessionsPro\Front\Pages;
use Joolweb\SessionsPro\Front\Shortcodes;
use Joolweb\SessionsPro\Finances\REST\Client_Insights_Controller;
use Joolweb\SessionsPro\Privacy\Privacy;
use Joolweb\SessionsPro\Programs\Bundle_Access;
use Joolweb\SessionsPro\Programs\Bundle_Repository;
use Joolweb\SessionsPro\Programs\Bundle_Service;
use Joolweb\SessionsPro\Programs\REST\Bundles_Controller;
use Joolweb\SessionsPro\Programs\REST\Templates_Controller;
use Joolweb\SessionsPro\Programs\Template_Repository;
use Joolweb\SessionsPro\Notes\Notes_Repository;
use Joolweb\SessionsPro\Notes\Notes_Service;
use Joolweb\SessionsPro\Notes\REST\Notes_Controller;
use Joolweb\SessionsPro\Sessions\REST\My_Sessions_Controller;
use Joolweb\SessionsPro\Sessions\REST\Session_Presenter;
use Joolweb\SessionsPro\Sessions\REST\Sessions_Controller;
use Joolweb\SessionsPro\Sessions\Session_Access;
use Joolweb\SessionsPro\Sessions\Session_Emails;
use Joolweb\SessionsPro\Sessions\Session_Repository;
use Joolweb\SessionsPro\Sessions\Session_Service;
use Joolweb\SessionsPro\Lifecycle\Upgrader;
use Joolweb\SessionsPro\Measurements\Measurement_Repository;
use Joolweb\SessionsPro\Measurements\Measurement_Service;
use Joolweb\SessionsPro\Measurements\REST\Measurements_Controller;
use Joolweb\SessionsPro\Imports\Client_Export;
use Joolweb\SessionsPro\Imports\Cron_Batch_Runner;
use Joolweb\SessionsPro\Imports\Import_Command;
use Joolweb\SessionsPro\Imports\REST\Export_Controller;
use Joolweb\SessionsPro\Imports\Import_Repository;
use Joolweb\SessionsPro\Imports\Import_Service;
use Joolweb\SessionsPro\Imports\REST\Imports_Controller;
use Joolweb\SessionsPro\License\REST\License_Controller;
use Joolweb\SessionsPro\Reminders\Reminders;
use Joolweb\SessionsPro\Reminders\Reminders_Command;
use Joolweb\SessionsPro\Settings\Settings;
use Joolweb\SessionsPro\Settings\Settings_Controller;
use Joolweb\SessionsPro\Settings\Style;

defined( 'ABSPATH' ) || exit;

/**
 * Builds every service once with plain constructor injection, then registers their hooks.
 * The only singleton of the plugin.
 *
 * @since 0.1.0
 */
final class Plugin {

	/**
	 * The instance.
	 *
	 * @var Plugin|null
	 */
	private static ?Plugin $instance = null;

	/**
	 * Whether boot() ran.
	 *
	 * @var bool
	 */
	private bool $booted = false;

	/**
	 * Services by class name.
	 *
	 * @var array<class-string, object>
	 */
	private array $services = array();

	/**
	 * The instance.
	 *
	 * @since 0.1.0
	 */
	public static function instance(): Plugin {
		if ( null === self::$instance ) {
			self::$instance = new self();
		}
		return self::$instance;
	}

	/**
	 * Wires the services and registers their hooks. Runs once.
	 *
	 * @since 0.1.0
	 */
	public function boot(): void {
		if ( $this->booted ) {
			return;
		}
		$this->booted = true;

		$settings = new Settings();

		// Emails.
		$email_log       = new Email_Log_Repository();
		$mailer          = new Mailer( $email_log, $settings );
		$template_mailer = new Template_Mailer( $mailer, $settings );

		// Clients.
		$clients        = new Client_Repository();
		$accounts       = new Client_Accounts();
		$access         = new Client_Access( $clients );
		$client_service = new Client_Service( $clients, $accounts, $access, new Account_Emails( $mailer, $clients, $template_mailer ), $email_log, new Account_Policy() );
		$client_shape   = new Client_Presenter( $client_service );
		$email_change   = new Email_Change( $client_service, $clients, $accounts, $mailer );

		// Sessions, programs, notes, insights.
		$sessions        = new Session_Repository();
		$bundles         = new Bundle_Repository();
		$templates       = new Template_Repository();
		$notes           = new Notes_Repository();
		$session_emails  = new Session_Emails( $template_mailer );
		$session_access  = new Session_Access( $sessions, $access );
		$session_service = new Session_Service( $sessions, $clients, $access, $client_service, $bundles, $session_emails, $settings );
		$bundle_service  = new Bundle_Service( $bundles, $templates, $sessions, $session_service );
		$session_shape   = new Session_Presenter( $clients );
		$notes_service   = new Notes_Service( $notes );

		// Reminders, dashboard, admin.
		$reminders    = new Reminders( $sessions, $clients, $session_emails, $template_mailer, $settings );
		$measurements = new Measurement_Repository();
		$measure      = new Measurement_Service( $measurements, $settings );
		$assets       = new Assets( $settings, JOOLWEBSP_DIR, JOOLWEBSP_URL, $reminders, $access, $measure );
		$dashboard    = new Dashboard( new Dashboard_Queries(), $sessions, $access, $settings );

		// Front pages.
		$style       = new Style( $settings );
		$front_pages = new Pages( $settings );
		$front_login = new Login( $front_pages, $clients );
		$front_app   = new Front_Assets( $assets, $style, $settings, $front_pages, JOOLWEBSP_DIR, JOOLWEBSP_URL );

		// Premium: imports.
		$import_service = new Import_Service( new Import_Repository(), $client_service, $access, new Cron_Batch_Runner() );
		$client_export  = new Client_Export( $clients, $access );

		$this->services = array(
			Settings::class                   => $settings,
			Style::class                      => $style,
			Assets::class                     => $assets,
			Upgrader::class                   => new Upgrader(),
			Menu::class                       => new Menu( $assets ),
			Settings_Controller::class        => new Settings_Controller( $settings, $template_mailer, $reminders ),
			Email_Log_Repository::class       => $email_log,
			Mailer::class                     => $mailer,
			Template_Mailer::class            => $template_mailer,
			Client_Repository::class          => $clients,
			Client_Access::class              => $access,
			Client_Service::class             => $client_service,
			Clients_Controller::class         => new Clients_Controller( $clients, $client_service, $access, $email_log, $client_shape ),
			Email_Change::class               => $email_change,
			Me_Controller::class              => new Me_Controller( $clients, $client_service, $client_shape, $email_change ),
			Coaches_Controller::class         => new Coaches_Controller( $access ),
			Privacy::class                    => new Privacy( $clients, $sessions, $bundles, $notes, $email_log, $measurements ),
			Session_Repository::class         => $sessions,
			Bundle_Repository::class          => $bundles,
			Template_Repository::class        => $templates,
			Session_Access::class             => $session_access,
			Session_Emails::class             => $session_emails,
			Session_Service::class            => $session_service,
			Bundle_Service::class             => $bundle_service,
			Notes_Service::class              => $notes_service,
			Notes_Controller::class           => new Notes_Controller( $notes_service ),
			Sessions_Controller::class        => new Sessions_Controller( $sessions, $session_service, $session_access, $session_shape ),
			Templates_Controller::class       => new Templates_Controller( $templates, $bundle_service ),
			Bundles_Controller::class         => new Bundles_Controller( $bundles, $bundle_service, new Bundle_Access( $bundles, $access ), $sessions, $clients, $session_shape ),
			Client_Insights_Controller::class => new Client_Insights_Controller( new Client_Insights( $sessions, $settings ), $session_access, $session_shape, $access ),
			Reminders::class                  => $reminders,
			Reminders_Command::class          => new Reminders_Command( $reminders ),
			Dashboard::class                  => $dashboard,
			Dashboard_Controller::class       => new Dashboard_Controller( $dashboard, $session_shape, $settings ),
			Pages::class                      => $front_pages,
			Login::class                      => $front_login,
			Front_Assets::class               => $front_app,
			Shortcodes::class                 => new Shortcodes( $front_pages, $clients, $front_app, $front_login ),
			My_Sessions_Controller::class     => new My_Sessions_Controller( $sessions, $session_service, $clients, $session_shape, $settings ),

			License_Controller::class         => new License_Controller(),
			Import_Service::class             => $import_service,
			Imports_Controller::class         => new Imports_Controller( $import_service ),
			Client_Export::class              => $client_export,
			Export_Controller::class          => new Export_Controller( $client_export, $access ),
			Import_Command::class             => new Import_Command( $import_service, $client_export, $client_service ),
			Measurement_Service::class        => $measure,
			Measurements_Controller::class    => new Measurements_Controller( $measure ),
		);

		add_action( 'init', array( $this, 'load_textdomain' ) );
		foreach ( $this->services as $service ) {
			if ( $service instanceof Registrable ) {
				$service->register_hooks();
			}
		}
	}

	/**
	 * A wired service, for CLI commands, the demo seeder and tests.
	 *
	 * @since 0.1.0
	 *
	 * @template T of object
	 * @param string $class_name Service class.
	 * @phpstan-param class-string<T> $class_name
	 * @return T
	 * @throws \InvalidArgumentException When the service is not wired.
	 */
	public function get( string $class_name ): object {
		if ( ! isset( $this->services[ $class_name ] ) ) {
			throw new \InvalidArgumentException( esc_html( "Unknown service {$class_name}" ) );
		}
		$service = $this->services[ $class_name ];
		assert( $service instanceof $class_name );
		return $service;
	}

	/**
	 * Loads PHP translations from the plugin's languages folder (WordPress.org language packs win).
	 *
	 * @since 0.1.0
	 */
	public function load_textdomain(): void {
		load_plugin_textdomain( 'joolweb-sessions-pro', false, dirname( plugin_basename( JOOLWEBSP_FILE ) ) . '/languages' );
	}
}
