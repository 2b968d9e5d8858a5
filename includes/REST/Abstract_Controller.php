<?php
/**
 * Shared base of the plugin's REST controllers.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\REST;

use Joolweb\SessionsPro\Contracts\Registrable;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;

defined( 'ABSPATH' ) || exit;

/**
 * Namespace `joolwebsp/v1`, a cached item schema, and `joolwebsp_{reason}` errors.
 *
 * @since 0.1.0
 */
abstract class Abstract_Controller extends WP_REST_Controller implements Registrable {

	public const REST_NAMESPACE = 'joolwebsp/v1';

	/**
	 * Sets the namespace.
	 *
	 * @since 0.1.0
	 */
	public function __construct() {
		$this->namespace = self::REST_NAMESPACE;
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'rest_api_init', array( $this, 'register_routes' ) );
	}

	/**
	 * The item schema, built once per request.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema() {
		if ( ! $this->schema ) {
			$this->schema = $this->build_schema();
		}
		return $this->add_additional_fields_schema( $this->schema );
	}

	/**
	 * Builds the JSON Schema of one item.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	abstract protected function build_schema(): array;

	/**
	 * Registers one route of the namespace. Each endpoint is `[methods, callback, permission_callback,
	 * args?]` with method names of this controller; the route publishes `$schema` (default: the item
	 * schema), so `OPTIONS` describes every route.
	 *
	 * @since 0.1.0
	 *
	 * @param string                                                                 $path       Route, e.g. '/clients/(?P<id>[\d]+)'.
	 * @phpstan-param non-falsy-string $path
	 * @param list<array{0: string, 1: string, 2: string, 3?: array<string, mixed>}> $endpoints Endpoints.
	 * @param array<string, mixed>                                                   $route_args Arguments of every endpoint (path ids).
	 * @param (callable(): array<string, mixed>)|null                                $schema     Response schema of the route.
	 */
	protected function route( string $path, array $endpoints, array $route_args = array(), ?callable $schema = null ): void {
		$spec = array( 'schema' => $schema ?? array( $this, 'get_public_item_schema' ) );
		if ( $route_args ) {
			$spec['args'] = $route_args;
		}
		foreach ( $endpoints as $endpoint ) {
			$spec[] = array(
				'methods'             => $endpoint[0],
				'callback'            => array( $this, $endpoint[1] ),
				'permission_callback' => array( $this, $endpoint[2] ),
				'args'                => $endpoint[3] ?? array(),
			);
		}
		register_rest_route( self::REST_NAMESPACE, $path, $spec );
	}

	/**
	 * The `id` argument of an item route.
	 *
	 * @since 0.1.0
	 *
	 * @param string $description What the id identifies.
	 * @return array<string, array<string, mixed>>
	 */
	protected static function id_arg( string $description ): array {
		return array(
			'id' => array(
				'description' => $description,
				'type'        => 'integer',
				'minimum'     => 1,
			),
		);
	}

	/**
	 * `page` and `per_page` arguments of a list.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $per_page Default page size.
	 * @param string $prefix   Prefix of the names, for a response with several lists (e.g. 'upcoming_').
	 * @return array<string, array<string, mixed>>
	 */
	protected static function page_args( int $per_page = 20, string $prefix = '' ): array {
		return array(
			$prefix . 'page'     => array(
				'description' => __( 'Page of results, from 1.', 'joolweb-sessions-pro' ),
				'type'        => 'integer',
				'minimum'     => 1,
				'default'     => 1,
			),
			$prefix . 'per_page' => array(
				'description' => __( 'Results per page.', 'joolweb-sessions-pro' ),
				'type'        => 'integer',
				'minimum'     => 1,
				'maximum'     => 100,
				'default'     => $per_page,
			),
		);
	}

	/**
	 * A JSON Schema object with its properties (draft-04, as WordPress's REST API uses).
	 *
	 * @since 0.1.0
	 *
	 * @param string               $title      Title.
	 * @param array<string, mixed> $properties Properties.
	 * @return array<string, mixed>
	 */
	public static function object_schema( string $title, array $properties ): array {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => $title,
			'type'       => 'object',
			'properties' => $properties,
		);
	}

	/**
	 * A response property: readonly, in every context.
	 *
	 * @since 0.1.0
	 *
	 * @param string|list<string>  $type        JSON type(s).
	 * @param string               $description Description.
	 * @param array<string, mixed> $extra       More keywords (items, properties, enum, format…).
	 * @return array<string, mixed>
	 */
	public static function field( $type, string $description, array $extra = array() ): array {
		return array_merge(
			array(
				'description' => $description,
				'type'        => $type,
				'context'     => array( 'view', 'edit', 'embed' ),
				'readonly'    => true,
			),
			$extra
		);
	}

	/**
	 * A `joolwebsp_{reason}` error with an HTTP status.
	 *
	 * @since 0.1.0
	 *
	 * @param string               $reason  Code suffix.
	 * @param string               $message Human-readable message.
	 * @param int                  $status  HTTP status.
	 * @param array<string, mixed> $data    Extra data.
	 */
	protected function error( string $reason, string $message, int $status, array $data = array() ): WP_Error {
		return new WP_Error( 'joolwebsp_' . $reason, $message, array_merge( $data, array( 'status' => $status ) ) );
	}

	/**
	 * The standard "not allowed" error: 401 when logged out, 403 otherwise.
	 *
	 * @since 0.1.0
	 */
	protected function forbidden(): WP_Error {
		return new WP_Error(
			'rest_forbidden',
			__( 'Sorry, you are not allowed to do that.', 'joolweb-sessions-pro' ),
			array( 'status' => rest_authorization_required_code() )
		);
	}

	/**
	 * A 201 response with the Location of the new item.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $data Item as returned.
	 * @param string               $base Route base, e.g. 'clients'.
	 * @param int                  $id   Item id.
	 */
	protected function created( array $data, string $base, int $id ): WP_REST_Response {
		$response = new WP_REST_Response( $data );
		$response->set_status( 201 );
		$response->header( 'Location', rest_url( sprintf( '%s/%s/%d', self::REST_NAMESPACE, $base, $id ) ) );
		return $response;
	}

	/**
	 * The answer of a DELETE: `{deleted: true, previous: item}`, like core.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $previous The item as it was.
	 */
	protected function deleted( array $previous ): WP_REST_Response {
		return new WP_REST_Response(
			array(
				'deleted'  => true,
				'previous' => $previous,
			)
		);
	}

	/**
	 * The allow-listed fields present in the request (never ids from the body, roles, owners…).
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @param list<string>    $keys    Allowed fields.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return array<string, mixed>
	 */
	protected function writable( WP_REST_Request $request, array $keys ): array {
		$fields = array();
		foreach ( $keys as $key ) {
			if ( null !== $request->get_param( $key ) ) {
				$fields[ $key ] = $request->get_param( $key );
			}
		}
		return $fields;
	}

	/**
	 * The standard check of an item route: the capability (403), then the object-level meta
	 * capability on the id from the route (404, so existence does not leak).
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request   Request.
	 * @param string          $primitive Capability, e.g. `view_clients`.
	 * @param string          $meta      Meta capability on the object, e.g. `view_client`.
	 * @param WP_Error        $not_found The 404 to answer.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	protected function item_check( WP_REST_Request $request, string $primitive, string $meta, WP_Error $not_found ) {
		if ( ! current_user_can( $primitive ) ) {
			return $this->forbidden();
		}
		return current_user_can( $meta, $this->route_id( $request ) ) ? true : $not_found;
	}

	/**
	 * `item_check()` for routes under /clients/{id}.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request   Request.
	 * @param string          $primitive Capability.
	 * @param string          $meta      Meta capability on the client.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	protected function client_check( WP_REST_Request $request, string $primitive, string $meta ) {
		return $this->item_check( $request, $primitive, $meta, $this->client_not_found() );
	}

	/**
	 * The 404 of a client that does not exist or that the caller does not reach.
	 *
	 * @since 0.1.0
	 */
	protected function client_not_found(): WP_Error {
		return $this->error( 'client_not_found', __( 'Client not found.', 'joolweb-sessions-pro' ), 404 );
	}

	/**
	 * A list response with `X-WP-Total`, `X-WP-TotalPages` and prev/next `Link` headers, like core.
	 *
	 * @since 0.1.0
	 *
	 * @param array<int, mixed> $items    Prepared items.
	 * @param int               $total    Total matching items.
	 * @param int               $page     Current page.
	 * @param int               $per_page Page size.
	 * @param WP_REST_Request   $request  Request (for the links).
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	protected function paginated( array $items, int $total, int $page, int $per_page, WP_REST_Request $request ): WP_REST_Response {
		$pages    = (int) ceil( $total / max( 1, $per_page ) );
		$response = new WP_REST_Response( array_values( $items ) );
		$response->header( 'X-WP-Total', (string) $total );
		$response->header( 'X-WP-TotalPages', (string) $pages );
		$base = add_query_arg( urlencode_deep( $request->get_query_params() ), rest_url( $request->get_route() ) );
		if ( $page > 1 && $page <= $pages + 1 ) {
			$response->link_header( 'prev', add_query_arg( 'page', $page - 1, $base ) );
		}
		if ( $page < $pages ) {
			$response->link_header( 'next', add_query_arg( 'page', $page + 1, $base ) );
		}
		return $response;
	}

	/**
	 * The object id from the route only. Never from the body or query: WordPress lets a JSON `id`
	 * shadow the URL's, which must not redirect a request to another object.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 */
	protected function route_id( WP_REST_Request $request ): int {
		$params = $request->get_url_params();
		return isset( $params['id'] ) ? (int) $params['id'] : 0;
	}

	/**
	 * ISO 8601 UTC ("2026-01-31T09:30:00Z") of a GMT MySQL datetime, or null.
	 *
	 * @since 0.1.0
	 *
	 * @param string|null $gmt `Y-m-d H:i:s` in GMT.
	 */
	protected static function iso_utc( ?string $gmt ): ?string {
		if ( null === $gmt || '' === $gmt || '0000-00-00 00:00:00' === $gmt ) {
			return null;
		}
		$time = strtotime( $gmt . ' UTC' );
		return false === $time ? null : gmdate( 'Y-m-d\TH:i:s\Z', $time );
	}
}
