<?php
/**
 * Business rules of sessions, shared by REST, screens and bundles.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Sessions;

use Joolweb\SessionsPro\Clients\Client;
use Joolweb\SessionsPro\Clients\Client_Access;
use Joolweb\SessionsPro\Clients\Client_Repository;
use Joolweb\SessionsPro\Clients\Client_Service;
use Joolweb\SessionsPro\Contracts\Registrable;
use Joolweb\SessionsPro\Programs\Bundle_Repository;
use Joolweb\SessionsPro\Settings\Settings;
use Joolweb\SessionsPro\Support\Text;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Creates, updates and deletes sessions: validation, the coach rule, the client's reachability
 * through sessions, bundle progress, and the emails (never on a plain save; cancellation always).
 *
 * @since 0.1.0
 *
 * @phpstan-type Session_Input array<string, mixed>
 */
final class Session_Service implements Registrable {

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Session_Repository $sessions       Sessions.
	 * @param Client_Repository  $clients        Clients.
	 * @param Client_Access      $client_access  Client reachability.
	 * @param Client_Service     $client_service Client rules (coach check).
	 * @param Bundle_Repository  $bundles        Bundles.
	 * @param Session_Emails     $emails         Emails.
	 * @param Settings           $settings       Settings (currency).
	 */
	public function __construct(
		private Session_Repository $sessions,
		private Client_Repository $clients,
		private Client_Access $client_access,
		private Client_Service $client_service,
		private Bundle_Repository $bundles,
		private Session_Emails $emails,
		private Settings $settings
	) {
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'joolwebsp_client_deleting', array( $this, 'delete_client_data' ) );
	}

	/**
	 * Creates a session.
	 *
	 * @since 0.1.0
	 *
	 * @param array $input    Fields (client_id, coach_id, start, duration_minutes, title, location,
	 *                        video_url, price, status, payment_status, notes, bundle_id).
	 * @param int   $actor_id Acting user.
	 * @param bool  $notify   Send the booking confirmation.
	 * @phpstan-param Session_Input $input
	 * @return array{session: Session, email: true|WP_Error|null}|WP_Error
	 */
	public function create( array $input, int $actor_id, bool $notify = false ) {
		$client = $this->reachable_client( $input['client_id'] ?? null, $actor_id );
		if ( is_wp_error( $client ) ) {
			return $client;
		}
		$coach_id = $this->resolve_coach( $input['coach_id'] ?? null, $actor_id );
		if ( is_wp_error( $coach_id ) ) {
			return $coach_id;
		}
		if ( ! isset( $input['start'] ) ) {
			return Client_Service::invalid( array( 'start' => __( 'Enter a date and time.', 'joolweb-sessions-pro' ) ) );
		}
		$columns = $this->normalize( $input, null, $client, $coach_id );
		if ( is_wp_error( $columns ) ) {
			return $columns;
		}
		$now = current_time( 'mysql', true );
		$row = array_merge(
			array(
				'duration_minutes' => 60,
				'location'         => '',
				'video_url'        => '',
				'price_cents'      => 0,
				'status'           => 'booked',
				'payment_status'   => 'pending',
				'notes'            => '',
				'title'            => '',
			),
			$columns,
			array(
				'client_id'      => $client->id,
				'coach_id'       => $coach_id,
				'currency'       => $this->currency(),
				'created_by'     => $actor_id,
				'created_at_gmt' => $now,
				'updated_at_gmt' => $now,
			)
		);
		if ( '' === $row['title'] ) {
			/* translators: %s: client name. */
			$row['title'] = sprintf( __( 'Session with %s', 'joolweb-sessions-pro' ), $client->full_name() );
		}
		$row = $this->apply_cancellation_rule( $row );
		$id  = $this->sessions->insert( $row );
		if ( null === $id ) {
			return new WP_Error( 'joolwebsp_session_create_failed', __( 'The session could not be saved.', 'joolweb-sessions-pro' ), array( 'status' => 500 ) );
		}
		$this->clients->add_session_link( $client->id, $coach_id, 1 );
		$this->client_access->flush();
		if ( ! empty( $row['bundle_id'] ) ) {
			$this->recount_bundle( (int) $row['bundle_id'] );
		}
		$session = $this->sessions->find( $id );
		if ( ! $session ) {
			return new WP_Error( 'joolwebsp_session_create_failed', __( 'The session could not be saved.', 'joolweb-sessions-pro' ), array( 'status' => 500 ) );
		}
		$email = $notify && 'cancelled' !== $session->status ? $this->emails->send( Session_Emails::TYPE_CONFIRMATION, $session, $client ) : null;
		/**
		 * Fires after a session was created.
		 *
		 * @since 0.1.0
		 *
		 * @param Session $session  The session.
		 * @param int     $actor_id User who created it.
		 */
		do_action( 'joolwebsp_session_created', $session, $actor_id );
		return array(
			'session' => $session,
			'email'   => $email,
		);
	}

	/**
	 * Updates a session. Emails: cancellation when the status becomes cancelled; with $notify, the
	 * booking confirmation if none was sent yet, else an update only if date, time, location or link changed.
	 *
	 * @since 0.1.0
	 *
	 * @param Session $session  Session.
	 * @param array   $input    Changed fields.
	 * @param int     $actor_id Acting user.
	 * @param bool    $notify   "Save and notify".
	 * @phpstan-param Session_Input $input
	 * @return array{session: Session, email: true|WP_Error|null}|WP_Error
	 */
	public function update( Session $session, array $input, int $actor_id, bool $notify = false ) {
		$client = $this->clients->find( $session->client_id );
		if ( ! $client ) {
			return new WP_Error( 'joolwebsp_client_not_found', __( 'Client not found.', 'joolweb-sessions-pro' ), array( 'status' => 404 ) );
		}
		if ( isset( $input['client_id'] ) && (int) $input['client_id'] !== $session->client_id ) {
			return Client_Service::invalid( array( 'client_id' => __( 'A session cannot move to another client: create a new one.', 'joolweb-sessions-pro' ) ) );
		}
		$coach_id = $session->coach_id;
		if ( isset( $input['coach_id'] ) && (int) $input['coach_id'] !== $session->coach_id ) {
			$coach_id = $this->resolve_coach( $input['coach_id'], $actor_id );
			if ( is_wp_error( $coach_id ) ) {
				return $coach_id;
			}
		}
		$columns = $this->normalize( $input, $session, $client, $coach_id );
		if ( is_wp_error( $columns ) ) {
			return $columns;
		}
		if ( array_key_exists( 'title', $columns ) && '' === $columns['title'] ) {
			/* translators: %s: client name. */
			$columns['title'] = sprintf( __( 'Session with %s', 'joolweb-sessions-pro' ), $client->full_name() );
		}
		$columns['coach_id']       = $coach_id;
		$columns['status']         = $columns['status'] ?? $session->status;
		$columns['payment_status'] = $columns['payment_status'] ?? $session->payment_status;
		$columns                   = $this->apply_cancellation_rule( $columns );
		$columns['updated_at_gmt'] = current_time( 'mysql', true );
		if ( ! $this->sessions->update( $session->id, $columns ) ) {
			return new WP_Error( 'joolwebsp_session_update_failed', __( 'The session could not be saved.', 'joolweb-sessions-pro' ), array( 'status' => 500 ) );
		}
		if ( $coach_id !== $session->coach_id ) {
			$this->clients->add_session_link( $session->client_id, $session->coach_id, -1 );
			$this->clients->add_session_link( $session->client_id, $coach_id, 1 );
			$this->client_access->flush();
		}
		$updated = $this->sessions->find( $session->id );
		if ( ! $updated ) {
			return new WP_Error( 'joolwebsp_session_not_found', __( 'Session not found.', 'joolweb-sessions-pro' ), array( 'status' => 404 ) );
		}
		if ( $updated->bundle_id && $updated->status !== $session->status ) {
			$this->recount_bundle( $updated->bundle_id );
		}

		$email = null;
		if ( 'cancelled' === $updated->status && 'cancelled' !== $session->status ) {
			$email = $this->emails->send( Session_Emails::TYPE_CANCELLATION, $updated, $client );
		} elseif ( $notify && 'cancelled' !== $updated->status ) {
			if ( ! $this->emails->confirmed( $updated ) ) {
				$email = $this->emails->send( Session_Emails::TYPE_CONFIRMATION, $updated, $client );
			} elseif ( $updated->start_gmt !== $session->start_gmt || $updated->location !== $session->location || $updated->video_url !== $session->video_url || $updated->duration_minutes !== $session->duration_minutes ) {
				$email = $this->emails->send( Session_Emails::TYPE_UPDATE, $updated, $client );
			}
		}
		/**
		 * Fires after a session was updated.
		 *
		 * @since 0.1.0
		 *
		 * @param Session $updated  The session now.
		 * @param Session $session  The session before.
		 * @param int     $actor_id User who changed it.
		 */
		do_action( 'joolwebsp_session_updated', $updated, $session, $actor_id );
		return array(
			'session' => $updated,
			'email'   => $email,
		);
	}

	/**
	 * Deletes a session.
	 *
	 * @since 0.1.0
	 *
	 * @param Session $session Session.
	 */
	public function delete( Session $session ): bool {
		if ( ! $this->sessions->delete( $session->id ) ) {
			return false;
		}
		$this->clients->add_session_link( $session->client_id, $session->coach_id, -1 );
		$this->client_access->flush();
		if ( $session->bundle_id ) {
			$this->recount_bundle( $session->bundle_id );
		}
		/**
		 * Fires after a session was deleted.
		 *
		 * @since 0.1.0
		 *
		 * @param Session $session The session as it was.
		 */
		do_action( 'joolwebsp_session_deleted', $session );
		return true;
	}

	/**
	 * The last moment (Unix time) a client may cancel a session from the client area: the start minus
	 * the cancellation window of Settings (0 = up to the start).
	 *
	 * @since 0.1.0
	 *
	 * @param Session $session Session.
	 */
	public function cancellation_deadline( Session $session ): int {
		return (int) strtotime( $session->start_gmt . ' UTC' ) - 3600 * $this->settings->cancellation_window_hours();
	}

	/**
	 * Whether a client may cancel a session now: booked, and the deadline not passed (the deadline
	 * itself included).
	 *
	 * @since 0.1.0
	 *
	 * @param Session  $session Session.
	 * @param int|null $now     Unix time (now when null).
	 */
	public function client_may_cancel( Session $session, ?int $now = null ): bool {
		return 'booked' === $session->status && ( $now ?? time() ) <= $this->cancellation_deadline( $session );
	}

	/**
	 * A client cancels one of their sessions from the client area. The server is the only judge of
	 * the window: up to the deadline the session is cancelled like any cancellation (update(): a
	 * pending payment is cancelled, the client gets the cancellation email) and the coach is told;
	 * after it, 409 `joolwebsp_cancellation_window` with the deadline.
	 *
	 * @since 0.1.0
	 *
	 * @param Session  $session Session (the caller checked it is the client's).
	 * @param Client   $client  The client cancelling.
	 * @param int|null $now     Unix time (now when null).
	 * @return array{session: Session, email: true|WP_Error|null, coach_email: true|WP_Error}|WP_Error
	 */
	public function cancel_by_client( Session $session, Client $client, ?int $now = null ) {
		if ( $session->client_id !== $client->id ) {
			return new WP_Error( 'joolwebsp_session_not_found', __( 'Session not found.', 'joolweb-sessions-pro' ), array( 'status' => 404 ) );
		}
		if ( 'booked' !== $session->status ) {
			return new WP_Error( 'joolwebsp_not_cancellable', __( 'This session is not booked any more, so it cannot be cancelled.', 'joolweb-sessions-pro' ), array( 'status' => 409 ) );
		}
		$deadline = $this->cancellation_deadline( $session );
		if ( ! $this->client_may_cancel( $session, $now ) ) {
			$hours = $this->settings->cancellation_window_hours();
			return new WP_Error(
				'joolwebsp_cancellation_window',
				$hours > 0
					/* translators: %d: number of hours. */
					? sprintf( _n( 'Sessions can be cancelled online up to %d hour before they start. Please contact your coach.', 'Sessions can be cancelled online up to %d hours before they start. Please contact your coach.', $hours, 'joolweb-sessions-pro' ), $hours )
					: __( 'This session has already started. Please contact your coach.', 'joolweb-sessions-pro' ),
				array(
					'status'       => 409,
					'deadline'     => gmdate( 'Y-m-d\TH:i:s\Z', $deadline ),
					'window_hours' => $hours,
				)
			);
		}
		$result = $this->update( $session, array( 'status' => 'cancelled' ), $client->user_id );
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		$coach_email = $this->emails->send_client_cancelled( $result['session'], $client );
		/**
		 * Fires after a client cancelled a session from the client area.
		 *
		 * @since 0.1.0
		 *
		 * @param Session $session The session, cancelled.
		 * @param Client  $client  The client.
		 */
		do_action( 'joolwebsp_session_cancelled_by_client', $result['session'], $client );
		return $result + array( 'coach_email' => $coach_email );
	}

	/**
	 * Recomputes a bundle's progress; the bundle completes when N sessions are completed.
	 *
	 * @since 0.1.0
	 *
	 * @param int $bundle_id Bundle.
	 */
	public function recount_bundle( int $bundle_id ): void {
		$bundle = $this->bundles->find( $bundle_id );
		if ( ! $bundle ) {
			return;
		}
		$completed = $this->sessions->count_completed_in_bundle( $bundle_id );
		$row       = array( 'sessions_completed' => $completed );
		if ( $completed >= $bundle->sessions_planned ) {
			$row['status'] = 'completed';
		} elseif ( 'completed' === $bundle->status ) {
			$row['status'] = 'active';
		}
		$this->bundles->update( $bundle_id, $row );
	}

	/**
	 * Deletes a client's sessions and bundles (the client is being deleted).
	 *
	 * @since 0.1.0
	 *
	 * @param Client $client Client.
	 */
	public function delete_client_data( Client $client ): void {
		$this->sessions->delete_for_client( $client->id );
		$this->bundles->delete_for_client( $client->id );
		/**
		 * Fires when a client's session data was deleted with the client.
		 *
		 * @since 0.1.0
		 *
		 * @param Client $client The client.
		 */
		do_action( 'joolwebsp_client_sessions_deleted', $client );
	}

	/**
	 * The site's currency (ISO 4217).
	 *
	 * @since 0.1.0
	 */
	public function currency(): string {
		return $this->settings->all()['currency'];
	}

	/**
	 * The client of a session, if the actor reaches it (404 naming `client_id` otherwise).
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $client_id Client id.
	 * @param int   $actor_id  Acting user.
	 * @return Client|WP_Error
	 */
	public function reachable_client( $client_id, int $actor_id ) {
		$id     = is_numeric( $client_id ) ? (int) $client_id : 0;
		$client = $id > 0 && $this->client_access->reaches( $actor_id, $id ) ? $this->clients->find( $id ) : null;
		if ( ! $client ) {
			return new WP_Error(
				'joolwebsp_client_not_found',
				__( 'Client not found.', 'joolweb-sessions-pro' ),
				array(
					'status' => 404,
					'params' => array( 'client_id' => __( 'Choose one of your clients.', 'joolweb-sessions-pro' ) ),
				)
			);
		}
		return $client;
	}

	/**
	 * The coach of a new or moved session: a coach leads their own sessions; someone who reaches
	 * everyone picks any coach or administrator (default: themselves).
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $coach_id Requested coach.
	 * @param int   $actor_id Acting user.
	 * @return int|WP_Error
	 */
	public function resolve_coach( $coach_id, int $actor_id ) {
		$requested = is_numeric( $coach_id ) ? (int) $coach_id : 0;
		if ( ! $this->client_access->reaches_everyone( $actor_id ) ) {
			if ( $requested && $requested !== $actor_id ) {
				return new WP_Error( 'rest_forbidden', __( 'Sorry, you can only create sessions for yourself.', 'joolweb-sessions-pro' ), array( 'status' => 403 ) );
			}
			return $actor_id;
		}
		$requested = $requested ? $requested : $actor_id;
		if ( ! $this->client_service->is_coach( $requested ) ) {
			return Client_Service::invalid( array( 'coach_id' => __( 'Choose users with the Coach role or administrators.', 'joolweb-sessions-pro' ) ) );
		}
		return $requested;
	}

	/**
	 * Validates the given fields into column values.
	 *
	 * @since 0.1.0
	 *
	 * @param array        $input    Input.
	 * @param Session|null $current  Current session on update.
	 * @param Client       $client   Client.
	 * @param int          $coach_id The coach the session will have.
	 * @phpstan-param Session_Input $input
	 * @return array<string, scalar|null>|WP_Error
	 */
	private function normalize( array $input, ?Session $current, Client $client, int $coach_id ) {
		$out    = array();
		$errors = array();
		if ( array_key_exists( 'start', $input ) ) {
			$start = Schedule::parse_start( $input['start'] );
			if ( is_wp_error( $start ) ) {
				$errors['start'] = __( 'Enter a date and time.', 'joolweb-sessions-pro' );
			} else {
				$out['start_gmt'] = $start;
			}
		}
		if ( array_key_exists( 'duration_minutes', $input ) ) {
			$minutes = is_numeric( $input['duration_minutes'] ) ? (int) $input['duration_minutes'] : 0;
			if ( $minutes < 5 || $minutes > 1440 ) {
				$errors['duration_minutes'] = __( 'Enter a duration from 5 to 1440 minutes.', 'joolweb-sessions-pro' );
			} else {
				$out['duration_minutes'] = $minutes;
			}
		}
		foreach ( array(
			'title'    => 200,
			'location' => 255,
		) as $key => $max ) {
			if ( array_key_exists( $key, $input ) ) {
				$value = is_scalar( $input[ $key ] ) || null === $input[ $key ] ? Text::clean_line( (string) $input[ $key ] ) : '';
				if ( mb_strlen( $value ) > $max ) {
					/* translators: %d: maximum number of characters. */
					$errors[ $key ] = sprintf( __( 'Use at most %d characters.', 'joolweb-sessions-pro' ), $max );
				} else {
					$out[ $key ] = $value;
				}
			}
		}
		if ( array_key_exists( 'video_url', $input ) ) {
			$url = is_string( $input['video_url'] ) ? trim( $input['video_url'] ) : '';
			if ( '' !== $url && ( strlen( $url ) > 500 || ! preg_match( '#^https?://#i', $url ) || false === filter_var( $url, FILTER_VALIDATE_URL ) ) ) {
				$errors['video_url'] = __( 'Enter a link starting with http:// or https://.', 'joolweb-sessions-pro' );
			} else {
				$out['video_url'] = esc_url_raw( $url, array( 'http', 'https' ) );
			}
		}
		if ( array_key_exists( 'price', $input ) ) {
			$cents = Money::parse( $input['price'] );
			if ( is_wp_error( $cents ) ) {
				$errors['price'] = __( 'Enter an amount from 0 to 1,000,000 with at most two decimals.', 'joolweb-sessions-pro' );
			} else {
				$out['price_cents'] = $cents;
			}
		}
		foreach ( array(
			'status'         => Session::STATUSES,
			'payment_status' => Session::PAYMENT_STATUSES,
		) as $key => $allowed ) {
			if ( array_key_exists( $key, $input ) ) {
				if ( ! in_array( $input[ $key ], $allowed, true ) ) {
					/* translators: %s: allowed values. */
					$errors[ $key ] = sprintf( __( 'Use one of: %s.', 'joolweb-sessions-pro' ), implode( ', ', $allowed ) );
				} else {
					$out[ $key ] = (string) $input[ $key ];
				}
			}
		}
		if ( array_key_exists( 'notes', $input ) ) {
			$out['notes'] = is_string( $input['notes'] ) ? sanitize_textarea_field( Text::limit( $input['notes'], 10000 ) ) : '';
		}
		// A session belongs only to a bundle of the same client and the same coach: checked when the
		// bundle or the coach changes.
		$bundle_id = $input['bundle_id'] ?? $current?->bundle_id;
		if ( null !== $bundle_id && ( ! $current || $bundle_id !== $current->bundle_id || $coach_id !== $current->coach_id ) ) {
			$bundle = is_numeric( $bundle_id ) ? $this->bundles->find( (int) $bundle_id ) : null;
			if ( ! $bundle || $bundle->client_id !== $client->id || $bundle->coach_id !== $coach_id ) {
				$errors['bundle_id'] = __( 'Choose a bundle of this client led by the same coach.', 'joolweb-sessions-pro' );
			} elseif ( isset( $input['bundle_id'] ) ) {
				$out['bundle_id'] = $bundle->id;
			}
		}
		return $errors ? Client_Service::invalid( $errors ) : $out;
	}

	/**
	 * Cancelling a session whose payment is pending cancels the payment.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, scalar|null> $row Columns.
	 * @return array<string, scalar|null>
	 */
	private function apply_cancellation_rule( array $row ): array {
		if ( 'cancelled' === ( $row['status'] ?? '' ) && 'pending' === ( $row['payment_status'] ?? '' ) ) {
			$row['payment_status'] = 'cancelled';
		}
		return $row;
	}
}
