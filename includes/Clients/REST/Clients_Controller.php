<?php
/**
 * REST: /joolwebsp/v1/clients.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Clients\REST;

use Joolweb\SessionsPro\Clients\Client;
use Joolweb\SessionsPro\Clients\Client_Access;
use Joolweb\SessionsPro\Clients\Client_Repository;
use Joolweb\SessionsPro\Clients\Client_Service;
use Joolweb\SessionsPro\Emails\Email_Log_Repository;
use Joolweb\SessionsPro\REST\Abstract_Controller;
use Joolweb\SessionsPro\Security\Capabilities;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * Clients: list, create, read, update, delete, send login details, password reset, email log.
 *
 * Permission order everywhere: logged out → 401; missing capability → 403 `rest_forbidden`;
 * a client the caller cannot reach (or that does not exist) → 404 `joolwebsp_client_not_found`.
 *
 * @since 0.1.0
 */
final class Clients_Controller extends Abstract_Controller {

	/** Fields a request may write (never ids, roles or capabilities). */
	private const WRITABLE = array( 'first_name', 'last_name', 'email', 'phone', 'coach_ids' );

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Client_Repository    $clients Clients repository.
	 * @param Client_Service       $service Clients service.
	 * @param Client_Access        $access  Reachability.
	 * @param Email_Log_Repository $log       Email log.
	 * @param Client_Presenter     $presenter Shapes clients.
	 */
	public function __construct(
		private Client_Repository $clients,
		private Client_Service $service,
		private Client_Access $access,
		private Email_Log_Repository $log,
		private Client_Presenter $presenter
	) {
		parent::__construct();
		$this->rest_base = 'clients';
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_routes(): void {
		$id = self::id_arg( __( 'Unique identifier of the client.', 'joolweb-sessions-pro' ) );
		// List and create clients.
		$this->route(
			'/clients',
			array(
				array( WP_REST_Server::READABLE, 'get_items', 'get_items_permissions_check', $this->get_collection_params() ),
				array(
					WP_REST_Server::CREATABLE,
					'create_item',
					'create_item_permissions_check',
					$this->get_endpoint_args_for_item_schema( WP_REST_Server::CREATABLE ) + array(
						'send_login' => array(
							'description' => __( 'Send the welcome email with a link to choose a password.', 'joolweb-sessions-pro' ),
							'type'        => 'boolean',
							'default'     => false,
						),
					),
				),
			)
		);
		// One client.
		$this->route(
			'/clients/(?P<id>[\d]+)',
			array(
				array( WP_REST_Server::READABLE, 'get_item', 'get_item_permissions_check', array( 'context' => $this->get_context_param( array( 'default' => 'view' ) ) ) ),
				array( WP_REST_Server::EDITABLE, 'update_item', 'update_item_permissions_check', $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ) ),
				array(
					WP_REST_Server::DELETABLE,
					'delete_item',
					'delete_item_permissions_check',
					array(
						'force' => array(
							'description' => __( 'Must be true: deleting a client cannot be undone.', 'joolweb-sessions-pro' ),
							'type'        => 'boolean',
							'default'     => false,
						),
					),
				),
			),
			$id
		);
		$sent = static fn( string $title, array $extra = array() ): array => self::object_schema(
			$title,
			array( 'sent' => self::field( 'boolean', __( 'Whether the email went out.', 'joolweb-sessions-pro' ) ) ) + $extra
		);
		// Send the welcome / login-details email again.
		$this->route(
			'/clients/(?P<id>[\d]+)/send-login',
			array( array( WP_REST_Server::CREATABLE, 'send_login', 'update_item_permissions_check' ) ),
			$id,
			static fn(): array => $sent( 'joolwebsp-login-sent', array( 'login_sent_at' => self::field( 'string', __( 'When, ISO 8601 in UTC.', 'joolweb-sessions-pro' ), array( 'format' => 'date-time' ) ) ) )
		);
		// Send a password-reset email.
		$this->route(
			'/clients/(?P<id>[\d]+)/password-reset',
			array( array( WP_REST_Server::CREATABLE, 'password_reset', 'update_item_permissions_check' ) ),
			$id,
			static fn(): array => $sent( 'joolwebsp-password-reset-sent' )
		);
		// The client's email log, newest first.
		$this->route(
			'/clients/(?P<id>[\d]+)/emails',
			array( array( WP_REST_Server::READABLE, 'get_emails', 'get_item_permissions_check', self::page_args() ) ),
			$id,
			array( self::class, 'email_schema' )
		);
	}

	/**
	 * Schema of one entry of the email log.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function email_schema(): array {
		return self::object_schema(
			'joolwebsp-email-log-entry',
			array(
				'id'         => self::field( 'integer', __( 'Entry id.', 'joolweb-sessions-pro' ) ),
				'type'       => self::field( 'string', __( 'Kind of email, e.g. welcome, password_reset, session_confirmation.', 'joolweb-sessions-pro' ) ),
				'recipient'  => self::field( 'string', __( 'Recipient.', 'joolweb-sessions-pro' ) ),
				'subject'    => self::field( 'string', __( 'Subject.', 'joolweb-sessions-pro' ) ),
				'success'    => self::field( 'boolean', __( 'Whether the mail system accepted it.', 'joolweb-sessions-pro' ) ),
				'error'      => self::field( 'string', __( 'Why it failed ("" when it did not).', 'joolweb-sessions-pro' ) ),
				'session_id' => self::field( array( 'integer', 'null' ), __( 'Session the email is about, if any.', 'joolweb-sessions-pro' ) ),
				'sent_at'    => self::field( 'string', __( 'When, ISO 8601 in UTC.', 'joolweb-sessions-pro' ), array( 'format' => 'date-time' ) ),
			)
		);
	}

	/**
	 * Listing needs `view_clients`; the `coach` filter is for users who reach everyone.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		if ( ! current_user_can( Capabilities::VIEW_CLIENTS ) ) {
			return $this->forbidden();
		}
		if ( null !== $request['coach'] && ! $this->access->reaches_everyone( get_current_user_id() ) ) {
			return new WP_Error( 'rest_forbidden', __( 'Sorry, you are not allowed to filter by coach.', 'joolweb-sessions-pro' ), array( 'status' => 403 ) );
		}
		return true;
	}

	/**
	 * The clients the caller reaches, searched, sorted and paged in SQL.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	public function get_items( $request ): WP_REST_Response {
		$page     = (int) $request['page'];
		$per_page = (int) $request['per_page'];
		$result   = $this->clients->query(
			array(
				'search'         => (string) $request['search'],
				'orderby'        => (string) $request['orderby'],
				'order'          => (string) $request['order'],
				'page'           => $page,
				'per_page'       => $per_page,
				'reach_coach_id' => $this->access->scope_for( get_current_user_id() ),
				'coach_id'       => null === $request['coach'] ? null : (int) $request['coach'],
			)
		);
		$this->presenter->prime( $result['items'] );
		// Every row is reached by construction: the per-row checks (links, target hints) need no query.
		$this->access->remember_reached( get_current_user_id(), array_map( static fn( Client $client ): int => $client->id, $result['items'] ) );
		$items = array();
		foreach ( $result['items'] as $client ) {
			$items[] = $this->prepare_response_for_collection( $this->prepare_item_for_response( $client, $request ) );
		}
		return $this->paginated( $items, $result['total'], $page, $per_page, $request );
	}

	/**
	 * Creating needs `create_clients`; choosing coaches needs reaching everyone.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function create_item_permissions_check( $request ) {
		if ( ! current_user_can( Capabilities::CREATE_CLIENTS ) ) {
			return $this->forbidden();
		}
		return $this->coach_ids_check( $request );
	}

	/**
	 * Creates a client; 201 with a Location header. With `send_login`, sends the welcome email.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		$client = $this->service->create( $this->writable( $request, self::WRITABLE ), get_current_user_id() );
		if ( is_wp_error( $client ) ) {
			return $client;
		}
		if ( $request['send_login'] ) {
			$sent = $this->service->send_login( $client, get_current_user_id() );
			if ( is_wp_error( $sent ) ) {
				// The client stays created; say so with the error.
				$sent->add_data(
					array(
						'status' => 500,
						'client' => $this->prepare_item_for_response( $client, $request )->get_data(),
					)
				);
				return $sent;
			}
			$client = $this->clients->find( $client->id ) ?? $client;
		}
		$response = $this->prepare_item_for_response( $client, $request );
		$response->set_status( 201 );
		$response->header( 'Location', rest_url( sprintf( '%s/clients/%d', self::REST_NAMESPACE, $client->id ) ) );
		return $response;
	}

	/**
	 * Reading needs `view_clients` and reaching the client.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		return $this->client_check( $request, Capabilities::VIEW_CLIENTS, Capabilities::VIEW_CLIENT );
	}

	/**
	 * One client.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		$client = $this->clients->find( $this->route_id( $request ) );
		return $client ? $this->prepare_item_for_response( $client, $request ) : $this->client_not_found();
	}

	/**
	 * Updating needs `edit_clients`, reaching the client, and reaching everyone to change coaches.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function update_item_permissions_check( $request ) {
		$check = $this->client_check( $request, Capabilities::EDIT_CLIENTS, Capabilities::EDIT_CLIENT );
		return true === $check ? $this->coach_ids_check( $request ) : $check;
	}

	/**
	 * Partial update.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		$client = $this->clients->find( $this->route_id( $request ) );
		if ( ! $client ) {
			return $this->client_not_found();
		}
		$updated = $this->service->update( $client, $this->writable( $request, self::WRITABLE ), get_current_user_id() );
		return is_wp_error( $updated ) ? $updated : $this->prepare_item_for_response( $updated, $request );
	}

	/**
	 * Deleting needs `delete_clients` and reaching the client.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function delete_item_permissions_check( $request ) {
		return $this->client_check( $request, Capabilities::DELETE_CLIENTS, Capabilities::DELETE_CLIENT );
	}

	/**
	 * Deletes a client and everything of it; requires `force=true`.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function delete_item( $request ) {
		if ( true !== $request['force'] ) {
			return $this->error( 'force_required', __( 'Clients cannot be trashed: set force=true to delete this client permanently.', 'joolweb-sessions-pro' ), 400 );
		}
		$client = $this->clients->find( $this->route_id( $request ) );
		if ( ! $client ) {
			return $this->client_not_found();
		}
		$previous = $this->prepare_item_for_response( $client, $request )->get_data();
		$deleted  = $this->service->delete( $client, get_current_user_id() );
		if ( is_wp_error( $deleted ) ) {
			return $deleted;
		}
		return $this->deleted( $previous );
	}

	/**
	 * Sends the welcome / login-details email.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function send_login( $request ) {
		$client = $this->clients->find( $this->route_id( $request ) );
		if ( ! $client ) {
			return $this->client_not_found();
		}
		$sent = $this->service->send_login( $client, get_current_user_id() );
		if ( is_wp_error( $sent ) ) {
			return $sent;
		}
		return new WP_REST_Response(
			array(
				'sent'          => true,
				'login_sent_at' => self::iso_utc( $sent ),
			)
		);
	}

	/**
	 * Sends a password-reset email.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function password_reset( $request ) {
		$client = $this->clients->find( $this->route_id( $request ) );
		if ( ! $client ) {
			return $this->client_not_found();
		}
		$sent = $this->service->send_password_reset( $client, get_current_user_id() );
		return is_wp_error( $sent ) ? $sent : new WP_REST_Response( array( 'sent' => true ) );
	}

	/**
	 * The client's email log.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	public function get_emails( $request ): WP_REST_Response {
		$page     = (int) $request['page'];
		$per_page = (int) $request['per_page'];
		$result   = $this->log->for_client( $this->route_id( $request ), $page, $per_page );
		$items    = array_map(
			static fn( array $entry ): array => array(
				'id'         => $entry['id'],
				'type'       => $entry['type'],
				'recipient'  => $entry['recipient'],
				'subject'    => $entry['subject'],
				'success'    => $entry['success'],
				'error'      => $entry['error'],
				'session_id' => $entry['session_id'],
				'sent_at'    => self::iso_utc( $entry['sent_at_gmt'] ),
			),
			$result['items']
		);
		return $this->paginated( $items, $result['total'], $page, $per_page, $request );
	}

	/**
	 * Shapes a client for the response.
	 *
	 * @since 0.1.0
	 *
	 * @param Client          $item    Client.
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	public function prepare_item_for_response( $item, $request ): WP_REST_Response {
		$data     = $this->presenter->present( $item, get_current_user_id() );
		$context  = ! empty( $request['context'] ) ? (string) $request['context'] : 'view';
		$data     = $this->filter_response_by_context( $data, $context );
		$response = rest_ensure_response( $data );
		$response->add_links(
			array(
				'self'       => array(
					'href'        => rest_url( sprintf( '%s/clients/%d', self::REST_NAMESPACE, $item->id ) ),
					'targetHints' => array( 'allow' => $this->allowed_methods( $item->id ) ),
				),
				'collection' => array( 'href' => rest_url( self::REST_NAMESPACE . '/clients' ) ),
			)
		);
		return $response;
	}

	/**
	 * The methods the current user may send to `/clients/{id}`: the `allow` target hint of the
	 * row's `self` link. Core would find it by matching the link's URL against every route and
	 * running each handler's permission callback (about 0.3 ms a row); these are the same callbacks,
	 * asked directly, and the reach of a listed row is already known (`remember_reached()`).
	 *
	 * @since 0.3.0
	 *
	 * @param int $client_id Client.
	 * @return list<string>
	 */
	private function allowed_methods( int $client_id ): array {
		$request = new WP_REST_Request( 'GET', sprintf( '/%s/clients/%d', self::REST_NAMESPACE, $client_id ) );
		$request->set_url_params( array( 'id' => (string) $client_id ) );
		$allow = array();
		if ( true === $this->get_item_permissions_check( $request ) ) {
			$allow[] = 'GET';
		}
		if ( true === $this->update_item_permissions_check( $request ) ) {
			array_push( $allow, 'POST', 'PUT', 'PATCH' );
		}
		if ( true === $this->delete_item_permissions_check( $request ) ) {
			$allow[] = 'DELETE';
		}
		return $allow;
	}

	/**
	 * Collection parameters: anything outside these values is a 400 `rest_invalid_param`.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public function get_collection_params(): array {
		return array(
			'context'  => $this->get_context_param( array( 'default' => 'view' ) ),
			'search'   => array(
				'description' => __( 'Case-insensitive text in the first name, last name, "first last", email or phone.', 'joolweb-sessions-pro' ),
				'type'        => 'string',
				'maxLength'   => 200,
				'default'     => '',
			),
			'orderby'  => array(
				'description' => __( 'Sort field.', 'joolweb-sessions-pro' ),
				'type'        => 'string',
				'enum'        => Client_Repository::orderby_values(),
				'default'     => 'last_name',
			),
			'order'    => array(
				'description' => __( 'Sort direction.', 'joolweb-sessions-pro' ),
				'type'        => 'string',
				'enum'        => array( 'asc', 'desc' ),
				'default'     => 'asc',
			),
			'page'     => array(
				'description' => __( 'Page of results, from 1.', 'joolweb-sessions-pro' ),
				'type'        => 'integer',
				'minimum'     => 1,
				'default'     => 1,
			),
			'per_page' => array(
				'description' => __( 'Results per page.', 'joolweb-sessions-pro' ),
				'type'        => 'integer',
				'minimum'     => 1,
				'maximum'     => 100,
				'default'     => 20,
			),
			'coach'    => array(
				'description' => __( 'Only clients reached by this coach (user id). For users who reach every client.', 'joolweb-sessions-pro' ),
				'type'        => 'integer',
				'minimum'     => 1,
			),
		);
	}

	/**
	 * {@inheritDoc}
	 */
	protected function build_schema(): array {
		return Client_Schema::get();
	}

	/**
	 * Only users who reach everyone may send `coach_ids`.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	private function coach_ids_check( WP_REST_Request $request ) {
		if ( null !== $request->get_param( 'coach_ids' ) && ! $this->access->reaches_everyone( get_current_user_id() ) ) {
			return new WP_Error( 'rest_forbidden', __( 'Sorry, you are not allowed to choose coaches.', 'joolweb-sessions-pro' ), array( 'status' => 403 ) );
		}
		return true;
	}
}
