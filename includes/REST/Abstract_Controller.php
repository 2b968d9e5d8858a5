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
