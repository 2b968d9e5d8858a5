<?php
/**
 * Plugin Name: Joolweb Sessions Pro — e2e helpers
 * Description: Test-only. Captures outgoing mail so end-to-end tests can read it, and keeps pages free of outside requests. Never install on a real site.
 * Version:     0.1.0
 * License:     GPL-2.0-or-later
 *
 * @package Joolweb\SessionsPro
 */

defined( 'ABSPATH' ) || exit;

// Capture mail instead of sending it (there is no mail server in tests).
add_filter(
	'pre_wp_mail',
	static function ( $short_circuit, $atts ) {
		$mail   = get_option( 'joolwebsp_e2e_mail', array() );
		$mail   = is_array( $mail ) ? $mail : array();
		$mail[] = array(
			'to'      => $atts['to'],
			'subject' => $atts['subject'],
			'message' => $atts['message'],
			'headers' => $atts['headers'],
			'time'    => gmdate( 'c' ),
		);
		update_option( 'joolwebsp_e2e_mail', $mail, false );
		return true;
	},
	10,
	2
);

// The site language chosen by a test (WPLANG itself only accepts installed languages, and core's
// fr_FR files are not installed here).
add_filter(
	'pre_option_WPLANG',
	static function ( $value ) {
		$locale = get_option( 'joolwebsp_e2e_locale', '' );
		return is_string( $locale ) && '' !== $locale ? $locale : $value;
	}
);

// No Gravatar requests from a machine without network.
add_filter( 'pre_option_show_avatars', '__return_zero' );

// Rows per import batch chosen by a test (0: the plugin's default), so a small file runs in
// several batches and the progress can be watched.
add_filter(
	'joolwebsp_import_batch_size',
	static function ( $size ) {
		$chosen = (int) get_option( 'joolwebsp_e2e_import_batch_size', 0 );
		return $chosen > 0 ? $chosen : $size;
	}
);

add_action(
	'rest_api_init',
	static function () {
		$admin_only = static function () {
			return current_user_can( 'manage_options' );
		};
		// Captured mail: GET reads, DELETE empties.
		register_rest_route(
			'joolwebsp-e2e/v1',
			'/mail',
			array(
				array(
					'methods'             => 'GET',
					'permission_callback' => $admin_only,
					'callback'            => static function () {
						return rest_ensure_response( array_values( (array) get_option( 'joolwebsp_e2e_mail', array() ) ) );
					},
				),
				array(
					'methods'             => 'DELETE',
					'permission_callback' => $admin_only,
					'callback'            => static function () {
						delete_option( 'joolwebsp_e2e_mail' );
						return rest_ensure_response( array( 'deleted' => true ) );
					},
				),
			)
		);
		// The site language, which core's REST settings do not expose. Only the locales the tests use;
		// core's fr_FR files are not installed here, so only the plugin's own strings change.
		register_rest_route(
			'joolwebsp-e2e/v1',
			'/locale',
			array(
				array(
					'methods'             => 'GET',
					'permission_callback' => $admin_only,
					'callback'            => static function () {
						return rest_ensure_response( array( 'locale' => get_locale() ) );
					},
				),
				array(
					'methods'             => 'POST',
					'permission_callback' => $admin_only,
					'args'                => array(
						'locale' => array(
							'type'     => 'string',
							'enum'     => array( 'en_US', 'fr_FR' ),
							'required' => true,
						),
					),
					'callback'            => static function ( WP_REST_Request $request ) {
						$locale = (string) $request['locale'];
						update_option( 'joolwebsp_e2e_locale', 'en_US' === $locale ? '' : $locale );
						return rest_ensure_response( array( 'locale' => $locale ) );
					},
				),
			)
		);
		// The permalink structure ("" = plain), which core's REST settings do not expose.
		register_rest_route(
			'joolwebsp-e2e/v1',
			'/permalinks',
			array(
				'methods'             => 'POST',
				'permission_callback' => $admin_only,
				'args'                => array(
					'structure' => array(
						'type'     => 'string',
						'enum'     => array( '', '/%postname%/' ),
						'required' => true,
					),
				),
				'callback'            => static function ( WP_REST_Request $request ) {
					global $wp_rewrite;
					$wp_rewrite->set_permalink_structure( (string) $request['structure'] );
					flush_rewrite_rules();
					return rest_ensure_response( array( 'structure' => get_option( 'permalink_structure' ) ) );
				},
			)
		);
		// Rows per import batch (0: the plugin's default).
		register_rest_route(
			'joolwebsp-e2e/v1',
			'/import-batch-size',
			array(
				'methods'             => 'POST',
				'permission_callback' => $admin_only,
				'args'                => array(
					'size' => array(
						'type'     => 'integer',
						'minimum'  => 0,
						'maximum'  => 5000,
						'required' => true,
					),
				),
				'callback'            => static function ( WP_REST_Request $request ) {
					update_option( 'joolwebsp_e2e_import_batch_size', (int) $request['size'], false );
					return rest_ensure_response( array( 'size' => (int) $request['size'] ) );
				},
			)
		);
		// Grants (or denies) a user a role or a capability, for accounts the core Users API cannot
		// shape: a coach who may view but not add clients, a client promoted to another role.
		register_rest_route(
			'joolwebsp-e2e/v1',
			'/users/(?P<id>\\d+)/grant',
			array(
				'methods'             => 'POST',
				'permission_callback' => $admin_only,
				'args'                => array(
					'role'  => array( 'type' => 'string' ),
					'cap'   => array( 'type' => 'string' ),
					'grant' => array(
						'type'    => 'boolean',
						'default' => true,
					),
				),
				'callback'            => static function ( WP_REST_Request $request ) {
					$user = get_userdata( (int) $request['id'] );
					if ( ! $user ) {
						return new WP_Error( 'not_found', 'No such user.', array( 'status' => 404 ) );
					}
					if ( $request['role'] ) {
						$user->add_role( sanitize_key( $request['role'] ) );
					}
					if ( $request['cap'] ) {
						$user->add_cap( sanitize_key( $request['cap'] ), (bool) $request['grant'] );
					}
					return rest_ensure_response( array( 'caps' => $user->caps ) );
				},
			)
		);
	}
);
