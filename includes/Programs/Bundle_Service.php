<?php
/**
 * Business rules of bundles and templates.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Programs;

use Joolweb\SessionsPro\Clients\Client_Service;
use Joolweb\SessionsPro\Sessions\Money;
use Joolweb\SessionsPro\Sessions\Schedule;
use Joolweb\SessionsPro\Sessions\Session_Repository;
use Joolweb\SessionsPro\Sessions\Session_Service;
use Joolweb\SessionsPro\Support\Text;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Creates a bundle and its N sessions in one all-or-nothing operation (prices split exactly),
 * updates and deletes bundles, and manages templates.
 *
 * @since 0.1.0
 */
final class Bundle_Service {

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Bundle_Repository   $bundles   Bundles.
	 * @param Template_Repository $templates Templates.
	 * @param Session_Repository  $sessions  Sessions.
	 * @param Session_Service     $service   Session rules.
	 */
	public function __construct(
		private Bundle_Repository $bundles,
		private Template_Repository $templates,
		private Session_Repository $sessions,
		private Session_Service $service
	) {
	}

	/**
	 * Start times of a schedule: `{starts: [...]}` or `{pattern: {...}}`.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $schedule Schedule.
	 * @return list<string>|WP_Error GMT starts.
	 */
	public function schedule_starts( $schedule ) {
		if ( ! is_array( $schedule ) ) {
			return Client_Service::invalid( array( 'schedule' => __( 'Give a list of dates or a pattern.', 'joolweb-sessions-pro' ) ) );
		}
		if ( isset( $schedule['pattern'] ) ) {
			return Schedule::expand( $schedule['pattern'] );
		}
		$starts = array();
		foreach ( is_array( $schedule['starts'] ?? null ) ? $schedule['starts'] : array() as $start ) {
			$gmt = Schedule::parse_start( $start, 'schedule' );
			if ( is_wp_error( $gmt ) ) {
				return $gmt;
			}
			$starts[] = $gmt;
		}
		if ( ! $starts || count( $starts ) > Schedule::MAX_COUNT ) {
			return Client_Service::invalid( array( 'schedule' => __( 'Give from 1 to 100 dates.', 'joolweb-sessions-pro' ) ) );
		}
		sort( $starts );
		return $starts;
	}

	/**
	 * Creates a bundle, and with a schedule its N sessions, all or nothing.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $input    client_id, coach_id?, template_id?, title, sessions_planned, price, location?, video_url?, schedule?.
	 * @param int                  $actor_id Acting user.
	 * @return Bundle|WP_Error
	 */
	public function create( array $input, int $actor_id ) {
		$client = $this->service->reachable_client( $input['client_id'] ?? null, $actor_id );
		if ( is_wp_error( $client ) ) {
			return $client;
		}
		$coach_id = $this->service->resolve_coach( $input['coach_id'] ?? null, $actor_id );
		if ( is_wp_error( $coach_id ) ) {
			return $coach_id;
		}
		$template = null;
		if ( ! empty( $input['template_id'] ) ) {
			$template = is_numeric( $input['template_id'] ) ? $this->templates->find( (int) $input['template_id'] ) : null;
			if ( ! $template ) {
				return Client_Service::invalid( array( 'template_id' => __( 'Choose an existing model.', 'joolweb-sessions-pro' ) ) );
			}
			$input += array(
				'title'            => $template->title,
				'sessions_planned' => $template->sessions_planned,
				'price'            => Money::format( $template->price_cents ),
				'location'         => $template->location,
				'video_url'        => $template->video_url,
			);
		}
		$fields = $this->validate_offer( $input, true );
		if ( is_wp_error( $fields ) ) {
			return $fields;
		}
		$starts = array();
		if ( isset( $input['schedule'] ) ) {
			$starts = $this->schedule_starts( $input['schedule'] );
			if ( is_wp_error( $starts ) ) {
				return $starts;
			}
			if ( count( $starts ) !== $fields['sessions_planned'] ) {
				return Client_Service::invalid(
					/* translators: %d: number of sessions. */
					array( 'schedule' => sprintf( __( 'The schedule must give exactly %d dates.', 'joolweb-sessions-pro' ), $fields['sessions_planned'] ) )
				);
			}
		}

		$now       = current_time( 'mysql', true );
		$bundle_id = $this->bundles->insert(
			array_merge(
				$fields,
				array(
					'client_id'          => $client->id,
					'coach_id'           => $coach_id,
					'template_id'        => $template?->id,
					'sessions_completed' => 0,
					'status'             => 'active',
					'created_by'         => $actor_id,
					'created_at_gmt'     => $now,
					'updated_at_gmt'     => $now,
				)
			)
		);
		if ( null === $bundle_id ) {
			return new WP_Error( 'joolwebsp_bundle_create_failed', __( 'The bundle could not be saved.', 'joolweb-sessions-pro' ), array( 'status' => 500 ) );
		}
		$created = array();
		$prices  = Money::split( (int) $fields['price_cents'], max( 1, count( $starts ) ) );
		foreach ( $starts as $index => $start ) {
			$result = $this->service->create(
				array(
					'client_id' => $client->id,
					'coach_id'  => $coach_id,
					'bundle_id' => $bundle_id,
					'start'     => str_replace( ' ', 'T', $start ) . 'Z',
					'title'     => sprintf( '%s — %d/%d', (string) $fields['title'], $index + 1, (int) $fields['sessions_planned'] ),
					'location'  => $fields['location'],
					'video_url' => $fields['video_url'],
					'price'     => Money::format( $prices[ $index ] ?? 0 ),
				),
				$actor_id
			);
			if ( is_wp_error( $result ) ) {
				foreach ( $created as $session ) {
					$this->service->delete( $session );
				}
				$this->bundles->delete( $bundle_id );
				return new WP_Error( 'joolwebsp_bundle_create_failed', __( 'The bundle could not be saved. Nothing was created; please try again.', 'joolweb-sessions-pro' ), array( 'status' => 500 ) );
			}
			$created[] = $result['session'];
			$this->sessions->update( $result['session']->id, array( 'bundle_index' => $index + 1 ) );
		}
		$bundle = $this->bundles->find( $bundle_id );
		return $bundle ?? new WP_Error( 'joolwebsp_bundle_create_failed', __( 'The bundle could not be saved.', 'joolweb-sessions-pro' ), array( 'status' => 500 ) );
	}

	/**
	 * Changes a bundle's title or status (its sessions are not rewritten).
	 *
	 * @since 0.1.0
	 *
	 * @param int                  $bundle_id Bundle.
	 * @param array<string, mixed> $input     title?, status?.
	 * @return Bundle|WP_Error
	 */
	public function update( int $bundle_id, array $input ) {
		$row = array();
		if ( array_key_exists( 'title', $input ) ) {
			$title = is_string( $input['title'] ) ? Text::clean_line( $input['title'] ) : '';
			if ( '' === $title || mb_strlen( $title ) > 200 ) {
				return Client_Service::invalid( array( 'title' => __( 'Enter a title (up to 200 characters).', 'joolweb-sessions-pro' ) ) );
			}
			$row['title'] = $title;
		}
		if ( array_key_exists( 'status', $input ) ) {
			if ( ! in_array( $input['status'], Bundle::STATUSES, true ) ) {
				return Client_Service::invalid( array( 'status' => __( 'Use active, paused or completed.', 'joolweb-sessions-pro' ) ) );
			}
			$row['status'] = (string) $input['status'];
		}
		if ( $row ) {
			$row['updated_at_gmt'] = current_time( 'mysql', true );
			$this->bundles->update( $bundle_id, $row );
		}
		$bundle = $this->bundles->find( $bundle_id );
		return $bundle ?? new WP_Error( 'joolwebsp_bundle_not_found', __( 'Bundle not found.', 'joolweb-sessions-pro' ), array( 'status' => 404 ) );
	}

	/**
	 * Deletes a bundle with its sessions still booked in the future; the others stay, unlinked.
	 *
	 * @since 0.1.0
	 *
	 * @param int $bundle_id Bundle.
	 * @return array{deleted_sessions: int, kept_sessions: int}
	 */
	public function delete( int $bundle_id ): array {
		$now     = current_time( 'mysql', true );
		$deleted = 0;
		$kept    = 0;
		foreach ( $this->sessions->for_bundle( $bundle_id ) as $session ) {
			if ( 'booked' === $session->status && $session->start_gmt > $now ) {
				$this->service->delete( $session );
				++$deleted;
			} else {
				$this->sessions->update(
					$session->id,
					array(
						'bundle_id'    => null,
						'bundle_index' => null,
					)
				);
				++$kept;
			}
		}
		$this->bundles->delete( $bundle_id );
		return array(
			'deleted_sessions' => $deleted,
			'kept_sessions'    => $kept,
		);
	}

	/**
	 * Sends the booking confirmation of every booked session of a bundle not confirmed yet.
	 *
	 * @since 0.1.0
	 *
	 * @param int $bundle_id Bundle.
	 * @param int $actor_id  Acting user.
	 * @return array{sent: int, failed: int}
	 */
	public function send_confirmations( int $bundle_id, int $actor_id ): array {
		$sent   = 0;
		$failed = 0;
		foreach ( $this->sessions->for_bundle( $bundle_id ) as $session ) {
			if ( 'booked' !== $session->status ) {
				continue;
			}
			$result = $this->service->update( $session, array(), $actor_id, true );
			if ( is_wp_error( $result ) || ( $result['email'] instanceof WP_Error ) ) {
				++$failed;
			} elseif ( true === $result['email'] ) {
				++$sent;
			}
		}
		return array(
			'sent'   => $sent,
			'failed' => $failed,
		);
	}

	/**
	 * Creates a template.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $input title, sessions_planned, price, location?, video_url?.
	 * @return Template|WP_Error
	 */
	public function create_template( array $input ) {
		$fields = $this->validate_offer( $input, true );
		if ( is_wp_error( $fields ) ) {
			return $fields;
		}
		$now      = current_time( 'mysql', true );
		$id       = $this->templates->insert(
			array_merge(
				$fields,
				array(
					'created_at_gmt' => $now,
					'updated_at_gmt' => $now,
				)
			)
		);
		$template = null === $id ? null : $this->templates->find( $id );
		return $template ?? new WP_Error( 'joolwebsp_template_create_failed', __( 'The model could not be saved.', 'joolweb-sessions-pro' ), array( 'status' => 500 ) );
	}

	/**
	 * Updates a template.
	 *
	 * @since 0.1.0
	 *
	 * @param int                  $id    Template.
	 * @param array<string, mixed> $input Changed fields.
	 * @return Template|WP_Error
	 */
	public function update_template( int $id, array $input ) {
		$fields = $this->validate_offer( $input, false );
		if ( is_wp_error( $fields ) ) {
			return $fields;
		}
		if ( $fields ) {
			$fields['updated_at_gmt'] = current_time( 'mysql', true );
			$this->templates->update( $id, $fields );
		}
		$template = $this->templates->find( $id );
		return $template ?? new WP_Error( 'joolwebsp_template_not_found', __( 'Model not found.', 'joolweb-sessions-pro' ), array( 'status' => 404 ) );
	}

	/**
	 * Deletes a template; bundles made from it keep their copy of its values.
	 *
	 * @since 0.1.0
	 *
	 * @param int $id Template.
	 * @return Template|null The template as it was, or null when there was none.
	 */
	public function delete_template( int $id ): ?Template {
		$template = $this->templates->find( $id );
		if ( $template ) {
			$this->templates->delete( $id );
		}
		return $template;
	}

	/**
	 * Validates offer fields shared by bundles and templates.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $input    Input.
	 * @param bool                 $creating Whether title, N and price are required.
	 * @return array{title: string, sessions_planned: int, price_cents: int, location: string, video_url: string}|array<string, scalar>|WP_Error
	 */
	private function validate_offer( array $input, bool $creating ) {
		$out    = array();
		$errors = array();
		if ( $creating || array_key_exists( 'title', $input ) ) {
			$title = isset( $input['title'] ) && is_scalar( $input['title'] ) ? Text::clean_line( (string) $input['title'] ) : '';
			if ( '' === $title || mb_strlen( $title ) > 200 ) {
				$errors['title'] = __( 'Enter a title (up to 200 characters).', 'joolweb-sessions-pro' );
			}
			$out['title'] = $title;
		}
		if ( $creating || array_key_exists( 'sessions_planned', $input ) ) {
			$n = isset( $input['sessions_planned'] ) && is_numeric( $input['sessions_planned'] ) ? (int) $input['sessions_planned'] : 0;
			if ( $n < 1 || $n > Schedule::MAX_COUNT ) {
				$errors['sessions_planned'] = __( 'Choose from 1 to 100 sessions.', 'joolweb-sessions-pro' );
			}
			$out['sessions_planned'] = $n;
		}
		if ( $creating || array_key_exists( 'price', $input ) ) {
			$cents = Money::parse( $input['price'] ?? '0' );
			if ( is_wp_error( $cents ) ) {
				$errors['price'] = __( 'Enter an amount from 0 to 1,000,000 with at most two decimals.', 'joolweb-sessions-pro' );
			} else {
				$out['price_cents'] = $cents;
			}
		}
		if ( $creating || array_key_exists( 'location', $input ) ) {
			$out['location'] = Text::limit( Text::clean_line( is_scalar( $input['location'] ?? '' ) ? (string) ( $input['location'] ?? '' ) : '' ), 255 );
		}
		if ( $creating || array_key_exists( 'video_url', $input ) ) {
			$url = is_string( $input['video_url'] ?? null ) ? trim( $input['video_url'] ) : '';
			if ( '' !== $url && ( ! preg_match( '#^https?://#i', $url ) || false === filter_var( $url, FILTER_VALIDATE_URL ) ) ) {
				$errors['video_url'] = __( 'Enter a link starting with http:// or https://.', 'joolweb-sessions-pro' );
			}
			$out['video_url'] = $url;
		}
		return $errors ? Client_Service::invalid( $errors ) : $out;
	}
}
