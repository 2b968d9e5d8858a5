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

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Client_Repository    $clients Clients repository.
	 * @param Client_Service       $service Clients service.
	 * @param Client_Access        $access  Reachability.
	 * @param Email_Log_Repository $log     Email log.
	 */
	public function __construct(
		private Client_Repository $clients,
		private Client_Service $service,
		private Client_Access $access,
		private Email_Log_Repository $log
	) {
		parent::__construct();
		$this->rest_base = 'clients';
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_routes(): void {
		$id_arg = array(
			'id' => array(
				'description' => __( 'Unique identifier of the client.', 'joolweb-sessions-pro' ),
				'type'        => 'integer',
				'minimum'     => 1,
			),
		);

		// List and create clients.
		register_rest_route(
			self::REST_NAMESPACE,
			'/clients',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'get_items_permissions_check' ),
					'args'                => $this->get_collection_params(),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => array( $this, 'create_item_permissions_check' ),
					'args'                => array_merge(
						$this->get_endpoint_args_for_item_schema( WP_REST_Server::CREATABLE ),
						array(
							'send_login' => array(
								'description' => __( 'Send the welcome email with a link to choose a password.', 'joolweb-sessions-pro' ),
								'type'        => 'boolean',
								'default'     => false,
							),
						)
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);

		// One client.
		register_rest_route(
			self::REST_NAMESPACE,
			'/clients/(?P<id>[\d]+)',
			array(
				'args'   => $id_arg,
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
					'args'                => array( 'context' => $this->get_context_param( array( 'default' => 'view' ) ) ),
				),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_item' ),
					'permission_callback' => array( $this, 'update_item_permissions_check' ),
					'args'                => $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ),
				),
				array(
					'methods'             => WP_REST_Server::DELETABLE,
					'callback'            => array( $this, 'delete_item' ),
					'permission_callback' => array( $this, 'delete_item_permissions_check' ),
					'args'                => array(
						'force' => array(
							'description' => __( 'Must be true: deleting a client cannot be undone.', 'joolweb-sessions-pro' ),
							'type'        => 'boolean',
							'default'     => false,
						),
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);

		// Send the welcome / login-details email again.
		register_rest_route(
			self::REST_NAMESPACE,
			'/clients/(?P<id>[\d]+)/send-login',
			array(
				'args' => $id_arg,
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'send_login' ),
					'permission_callback' => array( $this, 'update_item_permissions_check' ),
				),
			)
		);

		// Send a password-reset email.
		register_rest_route(
			self::REST_NAMESPACE,
			'/clients/(?P<id>[\d]+)/password-reset',
			array(
				'args' => $id_arg,
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'password_reset' ),
					'permission_callback' => array( $this, 'update_item_permissions_check' ),
				),
			)
		);

		// The client's email log, newest first.
		register_rest_route(
			self::REST_NAMESPACE,
			'/clients/(?P<id>[\d]+)/emails',
			array(
				'args' => $id_arg,
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_emails' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
					'args'                => array(
						'page'     => array(
							'type'    => 'integer',
							'default' => 1,
							'minimum' => 1,
						),
						'per_page' => array(
							'type'    => 'integer',
							'default' => 20,
							'minimum' => 1,
							'maximum' => 100,
						),
					),
				),
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
		// The account state of each row reads its user: load the page's users in one go.
		cache_users( array_map( static fn( Client $client ): int => $client->user_id, $result['items'] ) );
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
		$client = $this->service->create( $this->writable_fields( $request ), get_current_user_id() );
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
		return $client ? $this->prepare_item_for_response( $client, $request ) : $this->not_found();
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
			return $this->not_found();
		}
		$updated = $this->service->update( $client, $this->writable_fields( $request ), get_current_user_id() );
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
			return $this->not_found();
		}
		$previous = $this->prepare_item_for_response( $client, $request )->get_data();
		$deleted  = $this->service->delete( $client, get_current_user_id() );
		if ( is_wp_error( $deleted ) ) {
			return $deleted;
		}
		return new WP_REST_Response(
			array(
				'deleted'  => true,
				'previous' => $previous,
			)
		);
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
			return $this->not_found();
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
			return $this->not_found();
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
		$account  = $this->service->account_state( $item, get_current_user_id() );
		$data     = array(
			'id'                => $item->id,
			'user_id'           => $item->user_id,
			'first_name'        => $item->first_name,
			'last_name'         => $item->last_name,
			'email'             => $item->email,
			'phone'             => $item->phone,
			'coach_ids'         => $item->coach_ids,
			'created_at'        => self::iso_utc( $item->created_at_gmt ),
			'login_sent_at'     => self::iso_utc( $item->login_sent_at_gmt ),
			'account_managed'   => $account['managed'],
			'account_protected' => $account['protected'],
		);
		$context  = ! empty( $request['context'] ) ? (string) $request['context'] : 'view';
		$data     = $this->filter_response_by_context( $data, $context );
		$response = rest_ensure_response( $data );
		$response->add_links(
			array(
				'self'       => array( 'href' => rest_url( sprintf( '%s/clients/%d', self::REST_NAMESPACE, $item->id ) ) ),
				'collection' => array( 'href' => rest_url( self::REST_NAMESPACE . '/clients' ) ),
			)
		);
		return $response;
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
	 * The allow-listed writable fields present in the request (never ids, roles or capabilities).
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return array<string, mixed>
	 */
	private function writable_fields( WP_REST_Request $request ): array {
		$fields = array();
		foreach ( array( 'first_name', 'last_name', 'email', 'phone', 'coach_ids' ) as $key ) {
			if ( null !== $request->get_param( $key ) ) {
				$fields[ $key ] = $request->get_param( $key );
			}
		}
		return $fields;
	}

	/**
	 * Capability, then reachability (404, so existence does not leak).
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request   Request.
	 * @param string          $primitive Capability, e.g. `view_clients`.
	 * @param string          $meta      Meta capability on the client, e.g. `view_client`.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	private function client_check( WP_REST_Request $request, string $primitive, string $meta ) {
		if ( ! current_user_can( $primitive ) ) {
			return $this->forbidden();
		}
		if ( ! current_user_can( $meta, $this->route_id( $request ) ) ) {
			return $this->not_found();
		}
		return true;
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


	/**
	 * The 404 for a client that does not exist or is not reachable.
	 *
	 * @since 0.1.0
	 */
	private function not_found(): WP_Error {
		return $this->error( 'client_not_found', __( 'Client not found.', 'joolweb-sessions-pro' ), 404 );
	}
}
