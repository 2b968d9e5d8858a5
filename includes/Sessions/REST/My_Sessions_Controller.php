<?php
/**
 * REST: /joolwebsp/v1/me/sessions and /me/summary — a client's own sessions, for the client area.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Sessions\REST;

use Joolweb\SessionsPro\Clients\Client;
use Joolweb\SessionsPro\Clients\Client_Repository;
use Joolweb\SessionsPro\REST\Abstract_Controller;
use Joolweb\SessionsPro\Sessions\Money;
use Joolweb\SessionsPro\Sessions\Session;
use Joolweb\SessionsPro\Sessions\Session_Repository;
use Joolweb\SessionsPro\Sessions\Session_Service;
use Joolweb\SessionsPro\Settings\Settings;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;
use WP_User;

defined( 'ABSPATH' ) || exit;

/**
 * A logged-in client (401 / 403 like `/me`) reads its own sessions — never another client's, and
 * never the coach's private notes — and cancels one (`POST /me/sessions/{id}/cancel`: 200, or 409
 * `joolwebsp_cancellation_window` with the deadline; a session that is not theirs is 404). The
 * window and the cancellation are Session_Service's: this controller only translates HTTP.
 *
 * @since 0.1.0
 */
final class My_Sessions_Controller extends Abstract_Controller {

	/** Session fields a client never sees. */
	private const PRIVATE_FIELDS = array( 'notes', 'email' );

	/**
	 * Coach display names of this request, by user id.
	 *
	 * @var array<int, string>
	 */
	private array $coach_names = array();

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Session_Repository $sessions  Sessions.
	 * @param Session_Service    $service   Rules (window, cancellation).
	 * @param Client_Repository  $clients   Clients (the caller's account).
	 * @param Session_Presenter  $presenter Shapes sessions.
	 * @param Settings           $settings  Settings (window, currency).
	 */
	public function __construct(
		private Session_Repository $sessions,
		private Session_Service $service,
		private Client_Repository $clients,
		private Session_Presenter $presenter,
		private Settings $settings
	) {
		parent::__construct();
		$this->rest_base = 'me/sessions';
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_routes(): void {
		// The current client's sessions.
		$this->route(
			'/me/sessions',
			array(
				array( WP_REST_Server::READABLE, 'get_items', 'permissions_check', $this->get_collection_params() ),
			)
		);
		// Cancel one of them (the server judges the window).
		$this->route(
			'/me/sessions/(?P<id>[\d]+)/cancel',
			array(
				array( WP_REST_Server::CREATABLE, 'cancel_item', 'permissions_check' ),
			),
			self::id_arg( __( 'Unique identifier of the session.', 'joolweb-sessions-pro' ) )
		);
		// The client area's figures.
		$this->route(
			'/me/summary',
			array(
				array( WP_REST_Server::READABLE, 'get_summary', 'permissions_check' ),
			),
			array(),
			array( $this, 'summary_schema' )
		);
	}

	/**
	 * Page, timeline and payment status.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public function get_collection_params() {
		return array_merge(
			self::page_args( 10 ),
			array(
				'timeline'       => array(
					'description' => __( 'Upcoming (booked, from now on, soonest first) or past (everything else, latest first).', 'joolweb-sessions-pro' ),
					'type'        => 'string',
					'enum'        => array( 'upcoming', 'past' ),
				),
				'payment_status' => array(
					'description' => __( 'Only priced sessions with this payment status.', 'joolweb-sessions-pro' ),
					'type'        => 'string',
					'enum'        => Session::PAYMENT_STATUSES,
				),
			)
		);
	}

	/**
	 * Logged in (401) with a client account (403).
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return true|WP_Error
	 */
	public function permissions_check( $request ) {
		if ( ! is_user_logged_in() ) {
			return $this->forbidden();
		}
		return $this->current_client() ? true : $this->not_a_client();
	}

	/**
	 * A page of the client's own sessions.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_items( $request ) {
		$client = $this->current_client();
		if ( ! $client ) {
			return $this->not_a_client();
		}
		$page     = (int) $request['page'];
		$per_page = (int) $request['per_page'];
		$timeline = null === $request['timeline'] ? null : (string) $request['timeline'];
		$payment  = null === $request['payment_status'] ? null : (string) $request['payment_status'];
		$result   = $this->sessions->query(
			array(
				'client_id'      => $client->id,
				'timeline'       => $timeline,
				'now'            => current_time( 'mysql', true ),
				'payment_status' => $payment,
				'priced'         => null !== $payment,
				'order'          => 'upcoming' === $timeline ? 'asc' : 'desc',
				'page'           => $page,
				'per_page'       => $per_page,
			)
		);
		return $this->paginated( $this->shape( $result['items'] ), $result['total'], $page, $per_page, $request );
	}

	/**
	 * Cancels one of the client's sessions.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function cancel_item( $request ) {
		$client  = $this->current_client();
		$session = $this->sessions->find( $this->route_id( $request ) );
		if ( ! $client || ! $session || $session->client_id !== $client->id ) {
			return $this->error( 'session_not_found', __( 'Session not found.', 'joolweb-sessions-pro' ), 404 );
		}
		$result = $this->service->cancel_by_client( $session, $client );
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		return new WP_REST_Response( $this->shape( array( $result['session'] ) )[0] );
	}

	/**
	 * Figures of the client area: sessions total and completed, time spent, next session, money.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @phpstan-param WP_REST_Request<array<string, mixed>> $request
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_summary( $request ) {
		$client = $this->current_client();
		if ( ! $client ) {
			return $this->not_a_client();
		}
		$now    = current_time( 'mysql', true );
		$totals = $this->sessions->client_totals( $client->id, $now );
		$next   = $this->sessions->query(
			array(
				'client_id' => $client->id,
				'timeline'  => 'upcoming',
				'now'       => $now,
				'order'     => 'asc',
				'page'      => 1,
				'per_page'  => 1,
			)
		)['items'];
		return new WP_REST_Response(
			array(
				'sessions_total'            => $totals['sessions_total'],
				'sessions_completed'        => $totals['sessions_completed'],
				'sessions_upcoming'         => $totals['sessions_upcoming'],
				'minutes_completed'         => $this->sessions->completed_minutes( $client->id ),
				'total_spent'               => Money::format( $totals['paid'] ),
				'pending'                   => Money::format( $totals['pending'] ),
				'currency'                  => $this->settings->currency(),
				'next_session'              => $next ? $this->shape( $next )[0] : null,
				'cancellation_window_hours' => $this->settings->cancellation_window_hours(),
			)
		);
	}

	/**
	 * Sessions as a client sees them: the shared shape without the private fields, plus the coach's
	 * name and whether (and until when) the client may cancel.
	 *
	 * @since 0.1.0
	 *
	 * @param list<Session> $sessions Sessions.
	 * @return list<array<string, mixed>>
	 */
	private function shape( array $sessions ): array {
		$out = array();
		foreach ( $this->presenter->present( $sessions ) as $i => $data ) {
			$session = $sessions[ $i ];
			foreach ( self::PRIVATE_FIELDS as $field ) {
				unset( $data[ $field ] );
			}
			$data['coach_name']      = $this->coach_name( $session->coach_id );
			$data['can_cancel']      = $this->service->client_may_cancel( $session );
			$data['cancel_deadline'] = 'booked' === $session->status ? gmdate( 'Y-m-d\TH:i:s\Z', $this->service->cancellation_deadline( $session ) ) : null;
			$out[]                   = $data;
		}
		return $out;
	}

	/**
	 * A coach's display name.
	 *
	 * @since 0.1.0
	 *
	 * @param int $user_id Coach.
	 */
	private function coach_name( int $user_id ): string {
		if ( ! isset( $this->coach_names[ $user_id ] ) ) {
			$user                          = get_userdata( $user_id );
			$this->coach_names[ $user_id ] = $user instanceof WP_User ? $user->display_name : '';
		}
		return $this->coach_names[ $user_id ];
	}

	/**
	 * {@inheritDoc}
	 */
	protected function build_schema(): array {
		$schema          = Session_Schema::get();
		$schema['title'] = 'joolwebsp-my-session';
		foreach ( self::PRIVATE_FIELDS as $field ) {
			unset( $schema['properties'][ $field ] );
		}
		foreach ( $schema['properties'] as $key => $property ) {
			unset( $property['required'], $property['minimum'], $property['maxLength'] );
			$property['readonly']         = true;
			$schema['properties'][ $key ] = $property;
		}
		$schema['properties']['coach_name']      = self::field( 'string', __( 'Name of the coach leading the session.', 'joolweb-sessions-pro' ) );
		$schema['properties']['can_cancel']      = self::field( 'boolean', __( 'Whether the client may cancel it now (booked, before the deadline).', 'joolweb-sessions-pro' ) );
		$schema['properties']['cancel_deadline'] = self::field( array( 'string', 'null' ), __( 'Last moment to cancel online (ISO 8601 UTC), for booked sessions.', 'joolweb-sessions-pro' ) );
		return $schema;
	}

	/**
	 * Schema of `/me/summary`.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public function summary_schema(): array {
		$session = $this->get_item_schema();
		unset( $session['$schema'] );
		$session['type'] = array( 'object', 'null' );
		return self::object_schema(
			'joolwebsp-my-summary',
			array(
				'sessions_total'            => self::field( 'integer', __( 'Sessions, every status.', 'joolweb-sessions-pro' ) ),
				'sessions_completed'        => self::field( 'integer', __( 'Completed sessions.', 'joolweb-sessions-pro' ) ),
				'sessions_upcoming'         => self::field( 'integer', __( 'Booked sessions to come.', 'joolweb-sessions-pro' ) ),
				'minutes_completed'         => self::field( 'integer', __( 'Minutes spent in completed sessions.', 'joolweb-sessions-pro' ) ),
				'total_spent'               => self::field( 'string', __( 'Paid, in the site currency ("60.00").', 'joolweb-sessions-pro' ) ),
				'pending'                   => self::field( 'string', __( 'Still to pay, in the site currency.', 'joolweb-sessions-pro' ) ),
				'currency'                  => self::field( 'string', __( 'Site currency (ISO 4217).', 'joolweb-sessions-pro' ) ),
				'next_session'              => $session,
				'cancellation_window_hours' => self::field( 'integer', __( 'Minimum notice to cancel online, in hours (0 = up to the start).', 'joolweb-sessions-pro' ) ),
			)
		);
	}

	/**
	 * The 403 for users without a client account.
	 *
	 * @since 0.1.0
	 */
	private function not_a_client(): WP_Error {
		return new WP_Error( 'rest_forbidden', __( 'Only client accounts have a client area.', 'joolweb-sessions-pro' ), array( 'status' => 403 ) );
	}

	/**
	 * The client account of the current user, if any.
	 *
	 * @since 0.1.0
	 */
	private function current_client(): ?Client {
		$user_id = get_current_user_id();
		return $user_id ? $this->clients->find_by_user_id( $user_id ) : null;
	}
}
