<?php
/**
 * REST: /joolwebsp/v1/settings and its email preview, test email and reminder status.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Settings;

use Joolweb\SessionsPro\Emails\Email_Templates;
use Joolweb\SessionsPro\Emails\Template_Mailer;
use Joolweb\SessionsPro\Reminders\Reminders;
use Joolweb\SessionsPro\REST\Abstract_Controller;
use Joolweb\SessionsPro\Security\Capabilities;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Site settings, for users who can manage options.
 *
 * - `GET /settings`: the settings object. `POST /settings`: a partial object, merged; unknown keys
 *   and each invalid field → 400 naming it (`params`), and nothing is saved.
 * - `POST /settings/emails/preview`: an email type rendered with sample data (saved or draft texts).
 * - `POST /settings/emails/test`: the same, sent to the current user.
 * - `GET /settings/reminders`: when the reminder cron last ran, whether that is stale, the cron URL.
 *
 * @since 0.1.0
 */
final class Settings_Controller extends Abstract_Controller {

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Settings        $settings  Settings store.
	 * @param Template_Mailer $mailer    Email templates (preview, test).
	 * @param Reminders       $reminders Reminders (cron status).
	 */
	public function __construct( private Settings $settings, private Template_Mailer $mailer, private Reminders $reminders ) {
		parent::__construct();
		$this->rest_base = 'settings';
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_routes(): void {
		// The plugin's site settings.
		$this->route(
			'/settings',
			array(
				array( WP_REST_Server::READABLE, 'get_item', 'get_item_permissions_check' ),
				array( WP_REST_Server::EDITABLE, 'update_item', 'update_item_permissions_check', $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ) ),
			)
		);
		$email_args = array(
			'type'    => array(
				'description' => __( 'Email type.', 'joolweb-sessions-pro' ),
				'type'        => 'string',
				'enum'        => Email_Templates::types(),
				'required'    => true,
			),
			'subject' => array(
				'description' => __( 'Draft subject; the saved one when left out.', 'joolweb-sessions-pro' ),
				'type'        => 'string',
			),
			'body'    => array(
				'description' => __( 'Draft body; the saved one when left out.', 'joolweb-sessions-pro' ),
				'type'        => 'string',
			),
		);
		// An email rendered with sample data.
		$this->route(
			'/settings/emails/preview',
			array( array( WP_REST_Server::CREATABLE, 'preview_email', 'get_item_permissions_check', $email_args ) ),
			array(),
			array( self::class, 'preview_schema' )
		);
		// The same email sent to the current user.
		$this->route(
			'/settings/emails/test',
			array( array( WP_REST_Server::CREATABLE, 'send_test_email', 'get_item_permissions_check', $email_args ) ),
			array(),
			array( self::class, 'test_email_schema' )
		);
		// When the reminders last ran.
		$this->route(
			'/settings/reminders',
			array( array( WP_REST_Server::READABLE, 'get_reminders_status', 'get_item_permissions_check' ) ),
			array(),
			array( self::class, 'reminders_schema' )
		);
	}

	/**
	 * Schema of POST /settings/emails/preview.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function preview_schema(): array {
		return self::object_schema(
			'joolwebsp-email-preview',
			array(
				'type'    => self::field( 'string', __( 'Email type.', 'joolweb-sessions-pro' ), array( 'enum' => Email_Templates::types() ) ),
				'subject' => self::field( 'string', __( 'Subject with the sample data.', 'joolweb-sessions-pro' ) ),
				'body'    => self::field( 'string', __( 'Body with the sample data, in the format sent.', 'joolweb-sessions-pro' ) ),
				'format'  => self::field( 'string', __( 'Format of the body.', 'joolweb-sessions-pro' ), array( 'enum' => array( 'text', 'html' ) ) ),
			)
		);
	}

	/**
	 * Schema of POST /settings/emails/test.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function test_email_schema(): array {
		return self::object_schema(
			'joolwebsp-test-email',
			array(
				'sent' => self::field( 'boolean', __( 'Whether the email was handed to the mail system.', 'joolweb-sessions-pro' ) ),
				'to'   => self::field( 'string', __( 'Address of the current user, where it went.', 'joolweb-sessions-pro' ), array( 'format' => 'email' ) ),
			)
		);
	}

	/**
	 * Schema of GET /settings/reminders.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function reminders_schema(): array {
		$time = static fn( string $description ): array => self::field( array( 'string', 'null' ), $description, array( 'format' => 'date-time' ) );
		$int  = array( 'type' => 'integer' );
		return self::object_schema(
			'joolwebsp-reminders-status',
			array(
				'last_run'         => $time( __( 'When the cron or WP-CLI last ran the reminders (UTC), or null.', 'joolweb-sessions-pro' ) ),
				'stale'            => self::field( 'boolean', __( 'True when that was more than an hour ago, or never.', 'joolweb-sessions-pro' ) ),
				'next_run'         => $time( __( 'When WP-Cron runs them next (UTC), or null.', 'joolweb-sessions-pro' ) ),
				'wp_cron_disabled' => self::field( 'boolean', __( 'Whether DISABLE_WP_CRON is set: wp-cron.php must then be called by a system cron.', 'joolweb-sessions-pro' ) ),
				'cron_url'         => self::field( 'string', __( 'The wp-cron.php address to call.', 'joolweb-sessions-pro' ), array( 'format' => 'uri' ) ),
				'reminder_hours'   => self::field( 'integer', __( 'Hours before a session (0 = off).', 'joolweb-sessions-pro' ), array( 'enum' => Settings::REMINDER_HOURS ) ),
				'last_result'      => self::field(
					array( 'object', 'null' ),
					__( 'Outcome of that run.', 'joolweb-sessions-pro' ),
					array(
						'properties' => array(
							'at'      => array( 'type' => 'string' ),
							'source'  => array(
								'type' => 'string',
								'enum' => array( 'cron', 'cli' ),
							),
							'status'  => array(
								'type' => 'string',
								'enum' => array( 'done', 'off', 'disabled' ),
							),
							'sent'    => $int,
							'failed'  => $int,
							'skipped' => $int,
							'more'    => array( 'type' => 'boolean' ),
						),
					)
				),
			)
		);
	}

	/**
	 * Only users who manage the site read settings.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		return current_user_can( Capabilities::MANAGE_SETTINGS ) ? true : $this->forbidden();
	}

	/**
	 * Only users who manage the site change settings.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function update_item_permissions_check( $request ) {
		return $this->get_item_permissions_check( $request );
	}

	/**
	 * Returns the settings.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function get_item( $request ): WP_REST_Response {
		return rest_ensure_response( $this->settings->all() );
	}

	/**
	 * Merges the partial settings object of the body.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		$known   = Settings::defaults();
		$changes = array();
		$unknown = array();
		$sent    = array_merge( (array) $request->get_body_params(), (array) $request->get_json_params() );
		foreach ( array_keys( $sent ) as $key ) {
			$key = (string) $key;
			if ( ! str_starts_with( $key, '_' ) && ! array_key_exists( $key, $known ) ) {
				// Envelope parameters (_locale, _wpnonce, _method) are not settings.
				$unknown[ $key ] = __( 'Unknown setting.', 'joolweb-sessions-pro' );
			}
		}
		foreach ( array_keys( $known ) as $key ) {
			if ( $request->has_param( $key ) ) {
				$changes[ $key ] = $request->get_param( $key );
			}
		}
		if ( $unknown ) {
			return new WP_Error(
				'rest_invalid_param',
				/* translators: %s: comma-separated field names. */
				sprintf( __( 'Invalid parameter(s): %s', 'joolweb-sessions-pro' ), implode( ', ', array_keys( $unknown ) ) ),
				array(
					'status' => 400,
					'params' => $unknown,
				)
			);
		}
		$result = $this->settings->update( $changes );
		return is_wp_error( $result ) ? $result : rest_ensure_response( $result );
	}

	/**
	 * An email rendered with sample data.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function preview_email( $request ) {
		$draft = $this->draft( $request );
		if ( is_wp_error( $draft ) ) {
			return $draft;
		}
		$type  = (string) $request['type'];
		$email = $this->mailer->preview( $type, wp_get_current_user(), $draft['subject'], $draft['body'] );
		return new WP_REST_Response(
			array(
				'type'    => $type,
				'subject' => $email['subject'],
				'body'    => $email['message'],
				'format'  => $this->mailer->format(),
			)
		);
	}

	/**
	 * Sends an email with sample data to the current user.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function send_test_email( $request ) {
		$draft = $this->draft( $request );
		if ( is_wp_error( $draft ) ) {
			return $draft;
		}
		$user = wp_get_current_user();
		$sent = $this->mailer->send_test( (string) $request['type'], $user, $draft['subject'], $draft['body'] );
		if ( is_wp_error( $sent ) ) {
			return $sent;
		}
		return new WP_REST_Response(
			array(
				'sent' => true,
				'to'   => $user->user_email,
			)
		);
	}

	/**
	 * When the reminders last ran.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public function get_reminders_status( $request ): WP_REST_Response {
		return new WP_REST_Response( $this->reminders->status() );
	}

	/**
	 * The draft subject and body of a preview or test, checked like a save.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return array{subject: string|null, body: string|null}|WP_Error
	 */
	private function draft( WP_REST_Request $request ) {
		$type   = (string) $request['type'];
		$out    = array(
			'subject' => null,
			'body'    => null,
		);
		$errors = array();
		foreach ( array_keys( $out ) as $field ) {
			if ( null === $request[ $field ] ) {
				continue;
			}
			$text = Settings::check_email_text( $type, $field, $request[ $field ] );
			if ( is_wp_error( $text ) ) {
				$errors[ $field ] = $text->get_error_message();
			} else {
				$out[ $field ] = $text;
			}
		}
		if ( $errors ) {
			return new WP_Error(
				'rest_invalid_param',
				/* translators: %s: comma-separated field names. */
				sprintf( __( 'Invalid parameter(s): %s', 'joolweb-sessions-pro' ), implode( ', ', array_keys( $errors ) ) ),
				array(
					'status' => 400,
					'params' => $errors,
				)
			);
		}
		return $out;
	}

	/**
	 * {@inheritDoc}
	 */
	protected function build_schema(): array {
		$edit     = array( 'view', 'edit' );
		$template = array(
			'type'                 => 'object',
			'additionalProperties' => false,
			'properties'           => array(
				'enabled' => array(
					'description' => __( 'Whether this email is sent.', 'joolweb-sessions-pro' ),
					'type'        => 'boolean',
				),
				'subject' => array(
					'description' => __( 'Subject; placeholders in braces.', 'joolweb-sessions-pro' ),
					'type'        => 'string',
					'maxLength'   => Email_Templates::SUBJECT_MAX,
				),
				'body'    => array(
					'description' => __( 'Plain-text body; placeholders in braces.', 'joolweb-sessions-pro' ),
					'type'        => 'string',
					'maxLength'   => Email_Templates::BODY_MAX,
				),
			),
		);
		$emails   = array();
		foreach ( Email_Templates::types() as $type ) {
			$emails[ $type ] = array_merge( $template, array( 'description' => Email_Templates::labels()[ $type ] ) );
		}
		$color = static fn( string $description ): array => array(
			'description' => $description,
			'type'        => 'string',
			'format'      => 'hex-color',
		);
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'joolwebsp-settings',
			'type'       => 'object',
			'properties' => array(
				'cancellation_window_hours' => array(
					'description' => __( 'Minimum notice, in hours, for a client to cancel from the client area (0 = no limit).', 'joolweb-sessions-pro' ),
					'type'        => 'integer',
					'enum'        => Settings::CANCELLATION_WINDOWS,
					'context'     => $edit,
				),
				'measurements_enabled'      => array(
					'description' => __( 'Physical measurements on or off.', 'joolweb-sessions-pro' ),
					'type'        => 'boolean',
					'context'     => $edit,
				),
				'dashboard_scope'           => array(
					'description' => __( 'Administrators\' dashboard: all sessions, or only mine.', 'joolweb-sessions-pro' ),
					'type'        => 'string',
					'enum'        => Settings::DASHBOARD_SCOPES,
					'context'     => $edit,
				),
				'currency'                  => array(
					'description' => __( 'Currency of prices (ISO 4217 code, e.g. EUR).', 'joolweb-sessions-pro' ),
					'type'        => 'string',
					'pattern'     => '^[A-Z]{3}$',
					'context'     => $edit,
				),
				'delete_data_on_uninstall'  => array(
					'description' => __( 'Delete all data when the plugin is uninstalled.', 'joolweb-sessions-pro' ),
					'type'        => 'boolean',
					'context'     => $edit,
				),
				'sender_name'               => array(
					'description' => __( 'Sender name of the emails; empty for WordPress\'s default.', 'joolweb-sessions-pro' ),
					'type'        => 'string',
					'maxLength'   => Settings::SENDER_NAME_MAX,
					'context'     => $edit,
				),
				'sender_email'              => array(
					'description' => __( 'Sender address of the emails; empty for WordPress\'s default.', 'joolweb-sessions-pro' ),
					'type'        => 'string',
					'maxLength'   => 100,
					'context'     => $edit,
				),
				'reminder_hours'            => array(
					'description' => __( 'Hours before a session when its reminder is sent (0 = off).', 'joolweb-sessions-pro' ),
					'type'        => 'integer',
					'enum'        => Settings::REMINDER_HOURS,
					'context'     => $edit,
				),
				'emails'                    => array(
					'description'          => __( 'Each email type: on/off, subject and body.', 'joolweb-sessions-pro' ),
					'type'                 => 'object',
					'additionalProperties' => false,
					'properties'           => $emails,
					'context'              => $edit,
				),
				'coach_capabilities'        => array(
					'description' => __( 'Plugin capabilities of the Coach role (administrators keep them all).', 'joolweb-sessions-pro' ),
					'type'        => 'array',
					'items'       => array(
						'type' => 'string',
						'enum' => Capabilities::all(),
					),
					'uniqueItems' => true,
					'context'     => $edit,
				),
				'colors'                    => array(
					'description'          => __( 'Colours of the front pages.', 'joolweb-sessions-pro' ),
					'type'                 => 'object',
					'additionalProperties' => false,
					'properties'           => array(
						'accent'     => $color( __( 'Accent colour (buttons, links).', 'joolweb-sessions-pro' ) ),
						'text'       => $color( __( 'Text colour.', 'joolweb-sessions-pro' ) ),
						'background' => $color( __( 'Background colour.', 'joolweb-sessions-pro' ) ),
					),
					'context'              => $edit,
				),
			),
		);
	}
}
