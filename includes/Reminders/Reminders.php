<?php
/**
 * Reminder emails before booked sessions, sent by WP-Cron every 15 minutes.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Reminders;

use Joolweb\SessionsPro\Clients\Client_Repository;
use Joolweb\SessionsPro\Contracts\Registrable;
use Joolweb\SessionsPro\Emails\Email_Templates;
use Joolweb\SessionsPro\Emails\Template_Mailer;
use Joolweb\SessionsPro\Sessions\Session_Emails;
use Joolweb\SessionsPro\Sessions\Session_Repository;
use Joolweb\SessionsPro\Settings\Settings;

defined( 'ABSPATH' ) || exit;

/**
 * Sends the reminder of each booked session N hours before it (Settings: `reminder_hours`, 0 = off).
 *
 * - Idempotent: each session is claimed by one conditional UPDATE (`reminded_for_gmt` = its start)
 *   before its email goes out, so two overlapping runs, even on two servers, never send twice.
 * - A session moved after its reminder has another start, so it gets a new reminder for the new time.
 * - Never early: only sessions starting within the next N hours; never for past or cancelled ones.
 * - Bounded: batches of BATCH, at most PER_RUN sessions and TIME_BUDGET seconds per run; the rest
 *   goes at the next run (a backlog of 10,000 never times a run out).
 * - A failed send is logged (email log) and not retried, so a broken mail setup does not repeat.
 * - Each cron or WP-CLI run is recorded (LAST_RUN_OPTION) for the Settings screen.
 *
 * @since 0.1.0
 *
 * @phpstan-type Run_Result array{status: string, sent: int, failed: int, skipped: int, more: bool}
 * @phpstan-type Last_Run array{at: string, source: string, status: string, sent: int, failed: int, skipped: int, more: bool}
 */
final class Reminders implements Registrable {

	public const HOOK            = 'joolwebsp_send_reminders';
	public const SCHEDULE        = 'joolwebsp_every_15_minutes';
	public const INTERVAL        = 900;
	public const LAST_RUN_OPTION = 'joolwebsp_reminders_last_run';
	public const STALE_AFTER     = 3600;
	public const BATCH           = 50;
	public const PER_RUN         = 300;
	public const TIME_BUDGET     = 20;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Session_Repository $sessions Sessions.
	 * @param Client_Repository  $clients  Clients.
	 * @param Session_Emails     $emails   Session emails.
	 * @param Template_Mailer    $mailer   Template mailer (on/off of the reminder).
	 * @param Settings           $settings Settings (delay).
	 */
	public function __construct(
		private Session_Repository $sessions,
		private Client_Repository $clients,
		private Session_Emails $emails,
		private Template_Mailer $mailer,
		private Settings $settings
	) {
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( 'cron_schedules', array( self::class, 'add_schedule' ) ); // phpcs:ignore WordPress.WP.CronInterval.ChangeDetected -- 15 minutes, by design.
		add_action( self::HOOK, array( $this, 'run_from_cron' ) );
		// Self-heal: an event lost (cron option reset, migration) comes back on the next request.
		add_action( 'init', array( self::class, 'schedule' ) );
	}

	/**
	 * Adds the 15-minute interval.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $schedules Schedules.
	 * @return array<string, mixed>
	 */
	public static function add_schedule( $schedules ): array {
		$schedules                   = is_array( $schedules ) ? $schedules : array();
		$schedules[ self::SCHEDULE ] = array(
			'interval' => self::INTERVAL,
			'display'  => __( 'Every 15 minutes (Joolweb Sessions Pro reminders)', 'joolweb-sessions-pro' ),
		);
		return $schedules;
	}

	/**
	 * Schedules the reminder event when it is not (activation, and every `init`: one array lookup).
	 *
	 * @since 0.1.0
	 */
	public static function schedule(): void {
		if ( wp_installing() || wp_next_scheduled( self::HOOK ) ) {
			return;
		}
		if ( ! has_filter( 'cron_schedules', array( self::class, 'add_schedule' ) ) ) {
			add_filter( 'cron_schedules', array( self::class, 'add_schedule' ) ); // phpcs:ignore WordPress.WP.CronInterval.ChangeDetected -- 15 minutes, by design.
		}
		wp_schedule_event( time() + 60, self::SCHEDULE, self::HOOK );
	}

	/**
	 * Removes the reminder event (deactivation).
	 *
	 * @since 0.1.0
	 */
	public static function unschedule(): void {
		wp_clear_scheduled_hook( self::HOOK );
	}

	/**
	 * The cron callback.
	 *
	 * @since 0.1.0
	 */
	public function run_from_cron(): void {
		$this->run( array( 'source' => 'cron' ) );
	}

	/**
	 * Sends the reminders that are due.
	 *
	 * @since 0.1.0
	 *
	 * @param array{now?: string, limit?: int, batch?: int, source?: string} $args Now (GMT, for tests),
	 *        the most sessions to handle, the batch size, and who runs it ('cron', 'cli' or 'manual';
	 *        cron and cli runs are recorded as the last run).
	 * @return Run_Result Status 'off' (delay 0), 'disabled' (email switched off) or 'done'.
	 */
	public function run( array $args = array() ): array {
		$result = array(
			'status'  => 'done',
			'sent'    => 0,
			'failed'  => 0,
			'skipped' => 0,
			'more'    => false,
		);
		$hours  = $this->settings->reminder_hours();
		if ( 0 === $hours ) {
			$result['status'] = 'off';
		} elseif ( ! $this->mailer->is_enabled( Email_Templates::REMINDER ) ) {
			$result['status'] = 'disabled';
		} else {
			$result = $this->send_due( $args, $hours, $result );
		}
		$source = $args['source'] ?? 'manual';
		if ( 'manual' !== $source ) {
			update_option(
				self::LAST_RUN_OPTION,
				array_merge(
					array(
						'at'     => current_time( 'mysql', true ),
						'source' => $source,
					),
					$result
				),
				false
			);
		}
		return $result;
	}

	/**
	 * When reminders last ran, for the Settings screen.
	 *
	 * @since 0.1.0
	 *
	 * @return array{last_run: string|null, stale: bool, next_run: string|null, wp_cron_disabled: bool, cron_url: string, reminder_hours: int, last_result: Last_Run|null}
	 */
	public function status(): array {
		$raw  = get_option( self::LAST_RUN_OPTION, null );
		$last = null;
		if ( is_array( $raw ) && isset( $raw['at'] ) && is_string( $raw['at'] ) ) {
			$last = array(
				'at'      => $raw['at'],
				'source'  => (string) ( $raw['source'] ?? '' ),
				'status'  => (string) ( $raw['status'] ?? '' ),
				'sent'    => (int) ( $raw['sent'] ?? 0 ),
				'failed'  => (int) ( $raw['failed'] ?? 0 ),
				'skipped' => (int) ( $raw['skipped'] ?? 0 ),
				'more'    => (bool) ( $raw['more'] ?? false ),
			);
		}
		$at   = $last ? strtotime( $last['at'] . ' UTC' ) : false;
		$next = wp_next_scheduled( self::HOOK );
		return array(
			'last_run'         => $at ? gmdate( 'Y-m-d\TH:i:s\Z', $at ) : null,
			'stale'            => ! $at || time() - $at > self::STALE_AFTER,
			'next_run'         => $next ? gmdate( 'Y-m-d\TH:i:s\Z', (int) $next ) : null,
			'wp_cron_disabled' => defined( 'DISABLE_WP_CRON' ) && DISABLE_WP_CRON,
			'cron_url'         => site_url( 'wp-cron.php' ),
			'reminder_hours'   => $this->settings->reminder_hours(),
			'last_result'      => $last,
		);
	}

	/**
	 * Claims and sends the due reminders, in batches, within the run's limits.
	 *
	 * @since 0.1.0
	 *
	 * @param array{now?: string, limit?: int, batch?: int, source?: string} $args   Arguments.
	 * @param int                                                            $hours  Delay.
	 * @param Run_Result                                                     $result Counters.
	 * @return Run_Result
	 */
	private function send_due( array $args, int $hours, array $result ): array {
		$now      = $args['now'] ?? current_time( 'mysql', true );
		$until    = gmdate( 'Y-m-d H:i:s', (int) strtotime( $now . ' UTC' ) + $hours * 3600 );
		$limit    = max( 1, (int) ( $args['limit'] ?? self::PER_RUN ) );
		$batch    = max( 1, (int) ( $args['batch'] ?? self::BATCH ) );
		$deadline = microtime( true ) + self::TIME_BUDGET;
		$handled  = 0;
		while ( $handled < $limit && microtime( true ) < $deadline ) {
			$sessions = $this->sessions->due_for_reminder( $now, $until, min( $batch, $limit - $handled ) );
			if ( ! $sessions ) {
				return $result;
			}
			/**
			 * Fires when a batch of due reminders was read, before any is claimed.
			 *
			 * @since 0.1.0
			 *
			 * @param list<\Joolweb\SessionsPro\Sessions\Session> $sessions The batch.
			 */
			do_action( 'joolwebsp_reminders_batch', $sessions );
			foreach ( $sessions as $session ) {
				++$handled;
				if ( ! $this->sessions->claim_reminder( $session->id, $session->start_gmt ) ) {
					++$result['skipped'];
					// Another run has it, or it changed since it was read.
					continue;
				}
				$client = $this->clients->find( $session->client_id );
				if ( ! $client ) {
					++$result['skipped'];
					continue;
				}
				if ( true === $this->emails->send_reminder( $session, $client ) ) {
					++$result['sent'];
				} else {
					++$result['failed'];
				}
				if ( microtime( true ) >= $deadline ) {
					break;
				}
			}
		}
		$result['more'] = (bool) $this->sessions->due_for_reminder( $now, $until, 1 );
		return $result;
	}
}
