<?php
/**
 * WordPress privacy tools (Tools → Export / Erase Personal Data) for the plugin's client data.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Privacy;

use Joolweb\SessionsPro\Clients\Client;
use Joolweb\SessionsPro\Clients\Client_Repository;
use Joolweb\SessionsPro\Contracts\Registrable;
use Joolweb\SessionsPro\Emails\Email_Log_Repository;
use Joolweb\SessionsPro\Programs\Bundle_Repository;
use Joolweb\SessionsPro\Sessions\Money;
use Joolweb\SessionsPro\Measurements\Measurement_Repository;
use Joolweb\SessionsPro\Notes\Notes_Repository;
use Joolweb\SessionsPro\Sessions\Session;
use Joolweb\SessionsPro\Sessions\Session_Repository;

defined( 'ABSPATH' ) || exit;

/**
 * Exporter: the client profile, coach notes and bundles (page 1), then the sessions and the email log
 * a page at a time, so thousands of sessions export without a timeout.
 *
 * Eraser: removes the client record (names, email, phone), the coach notes, the email log and the
 * coach links, and detaches the client's sessions and bundles from the person — they keep coach, date,
 * price and payment for the coach's accounts and show as "Erased client". The WordPress account itself
 * belongs to core (Users screen) and is not touched. After erasure the exporter finds nothing.
 *
 * @since 0.1.0
 */
final class Privacy implements Registrable {

	/** Sessions per exporter page. */
	public const SESSIONS_PER_PAGE = 500;

	/** Email log entries per exporter page. */
	public const EMAILS_PER_PAGE = 500;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Client_Repository           $clients  Clients.
	 * @param Session_Repository          $sessions Sessions.
	 * @param Bundle_Repository           $bundles  Bundles.
	 * @param Notes_Repository            $notes    Coach notes.
	 * @param Email_Log_Repository        $log          Email log.
	 * @param Measurement_Repository|null $measurements Physical measurements.
	 */
	public function __construct(
		private Client_Repository $clients,
		private Session_Repository $sessions,
		private Bundle_Repository $bundles,
		private Notes_Repository $notes,
		private Email_Log_Repository $log,
		private ?Measurement_Repository $measurements = null
	) {
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( 'wp_privacy_personal_data_exporters', array( $this, 'register_exporter' ) );
		add_filter( 'wp_privacy_personal_data_erasers', array( $this, 'register_eraser' ) );
	}

	/**
	 * Adds the exporter.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, array<string, mixed>> $exporters Exporters.
	 * @return array<string, array<string, mixed>>
	 */
	public function register_exporter( $exporters ) {
		$exporters['joolweb-sessions-pro'] = array(
			'exporter_friendly_name' => __( 'Joolweb Sessions Pro client data', 'joolweb-sessions-pro' ),
			'callback'               => array( $this, 'export' ),
		);
		return $exporters;
	}

	/**
	 * Adds the eraser.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, array<string, mixed>> $erasers Erasers.
	 * @return array<string, array<string, mixed>>
	 */
	public function register_eraser( $erasers ) {
		$erasers['joolweb-sessions-pro'] = array(
			'eraser_friendly_name' => __( 'Joolweb Sessions Pro client data', 'joolweb-sessions-pro' ),
			'callback'             => array( $this, 'erase' ),
		);
		return $erasers;
	}

	/**
	 * Exports one page of a client's data.
	 *
	 * Page 1: profile, coach notes, bundles. Then the sessions, SESSIONS_PER_PAGE at a time, then the
	 * email log, EMAILS_PER_PAGE at a time.
	 *
	 * @since 0.1.0
	 *
	 * @param string $email Email of the data subject.
	 * @param int    $page  Page (1-based).
	 * @return array{data: list<array<string, mixed>>, done: bool}
	 */
	public function export( $email, $page = 1 ) {
		$client = $this->clients->find_by_email( (string) $email );
		if ( ! $client ) {
			return array(
				'data' => array(),
				'done' => true,
			);
		}
		$page = max( 1, (int) $page );
		if ( 1 === $page ) {
			$data = array_merge( array( $this->profile_item( $client ) ), $this->notes_items( $client ), $this->bundle_items( $client ), $this->measurement_items( $client ) );
			return array(
				'data' => $data,
				'done' => false,
			);
		}
		$sessions_total = $this->sessions->for_client( $client->id, 1, 1 )['total'];
		$session_pages  = (int) ceil( $sessions_total / self::SESSIONS_PER_PAGE );
		if ( $page - 1 <= $session_pages ) {
			$result = $this->sessions->for_client( $client->id, $page - 1, self::SESSIONS_PER_PAGE );
			$data   = array_map( array( $this, 'session_item' ), $result['items'] );
			return array(
				'data' => $data,
				'done' => false,
			);
		}
		$email_page = $page - 1 - $session_pages;
		$result     = $this->log->for_client( $client->id, $email_page, self::EMAILS_PER_PAGE );
		return array(
			'data' => array_map( array( $this, 'email_item' ), $result['items'] ),
			'done' => $email_page * self::EMAILS_PER_PAGE >= $result['total'],
		);
	}

	/**
	 * Erases a client's data (see the class description).
	 *
	 * @since 0.1.0
	 *
	 * @param string $email Email of the data subject.
	 * @return array{items_removed: bool, items_retained: bool, messages: list<string>, done: bool}
	 */
	public function erase( $email ) {
		$client = $this->clients->find_by_email( (string) $email );
		if ( ! $client ) {
			return array(
				'items_removed'  => false,
				'items_retained' => false,
				'messages'       => array(),
				'done'           => true,
			);
		}
		$notes  = '' !== $this->notes->get( $client->id )['notes'];
		$emails = $this->log->delete_for_client( $client->id );
		$this->notes->delete( $client->id );
		$measured = $this->measurements ? $this->measurements->delete_for_client( $client->id ) : 0;
		$sessions = $this->sessions->detach_client( $client->id, __( 'Session', 'joolweb-sessions-pro' ) );
		$bundles  = $this->bundles->detach_client( $client->id );
		$this->clients->delete( $client->id );

		$messages = array(
			sprintf(
				/* translators: 1: number of emails, 2: "yes"/"no" whether notes existed. */
				__( 'Client record (names, email, phone) removed; %1$d logged emails deleted; coach notes deleted: %2$s.', 'joolweb-sessions-pro' ),
				$emails,
				$notes ? __( 'yes', 'joolweb-sessions-pro' ) : __( 'none', 'joolweb-sessions-pro' )
			),
			__( 'The WordPress user account is not deleted by this tool: delete it from the Users screen if the person asked for it.', 'joolweb-sessions-pro' ),
		);
		if ( $measured ) {
			/* translators: %d: number of measurements. */
			$messages[] = sprintf( __( '%d physical measurements deleted.', 'joolweb-sessions-pro' ), $measured );
		}
		if ( $sessions || $bundles ) {
			$messages[] = sprintf(
				/* translators: 1: number of sessions, 2: number of bundles. */
				__( '%1$d sessions and %2$d bundles are kept for the coach\'s accounts (date, duration, price, payment) but no longer point to the person: they show as "Erased client".', 'joolweb-sessions-pro' ),
				$sessions,
				$bundles
			);
		}
		return array(
			'items_removed'  => true,
			'items_retained' => $sessions > 0 || $bundles > 0,
			'messages'       => $messages,
			'done'           => true,
		);
	}

	/**
	 * The profile group.
	 *
	 * @since 0.1.0
	 *
	 * @param Client $client Client.
	 * @return array<string, mixed>
	 */
	private function profile_item( Client $client ): array {
		return self::item(
			'joolwebsp-client',
			__( 'Client profile', 'joolweb-sessions-pro' ),
			'client-' . $client->id,
			array(
				__( 'First name', 'joolweb-sessions-pro' ) => $client->first_name,
				__( 'Last name', 'joolweb-sessions-pro' )  => $client->last_name,
				__( 'Email', 'joolweb-sessions-pro' )      => $client->email,
				__( 'Phone', 'joolweb-sessions-pro' )      => $client->phone,
				__( 'Client since (UTC)', 'joolweb-sessions-pro' ) => $client->created_at_gmt,
			)
		);
	}

	/**
	 * The physical measurements group, one item per entry.
	 *
	 * @param Client $client Client.
	 * @return list<array<string, mixed>>
	 */
	private function measurement_items( Client $client ): array {
		if ( ! $this->measurements ) {
			return array();
		}
		$labels = array(
			'weight_kg'    => __( 'Weight (kg)', 'joolweb-sessions-pro' ),
			'body_fat_pct' => __( 'Body fat (%)', 'joolweb-sessions-pro' ),
			'waist_cm'     => __( 'Waist (cm)', 'joolweb-sessions-pro' ),
			'hips_cm'      => __( 'Hips (cm)', 'joolweb-sessions-pro' ),
			'chest_cm'     => __( 'Chest (cm)', 'joolweb-sessions-pro' ),
			'arm_cm'       => __( 'Arm (cm)', 'joolweb-sessions-pro' ),
			'thigh_cm'     => __( 'Thigh (cm)', 'joolweb-sessions-pro' ),
		);
		$items  = array();
		foreach ( $this->measurements->for_client( $client->id, 10000 ) as $entry ) {
			$fields = array( __( 'Date', 'joolweb-sessions-pro' ) => $entry['date'] );
			foreach ( $labels as $key => $label ) {
				if ( null !== $entry[ $key ] ) {
					$fields[ $label ] = (string) $entry[ $key ];
				}
			}
			if ( '' !== $entry['notes'] ) {
				$fields[ __( 'Notes', 'joolweb-sessions-pro' ) ] = $entry['notes'];
			}
			$items[] = self::item( 'joolwebsp-measurements', __( 'Physical measurements', 'joolweb-sessions-pro' ), 'measurement-' . $entry['id'], $fields );
		}
		return $items;
	}

	/**
	 * The coach notes group (none when empty).
	 *
	 * @since 0.1.0
	 *
	 * @param Client $client Client.
	 * @return list<array<string, mixed>>
	 */
	private function notes_items( Client $client ): array {
		$notes = $this->notes->get( $client->id );
		if ( '' === $notes['notes'] ) {
			return array();
		}
		return array(
			self::item(
				'joolwebsp-notes',
				__( 'Coach notes', 'joolweb-sessions-pro' ),
				'notes-' . $client->id,
				array(
					__( 'Notes', 'joolweb-sessions-pro' ) => $notes['notes'],
					__( 'Last changed (UTC)', 'joolweb-sessions-pro' ) => (string) $notes['updated_at_gmt'],
				)
			),
		);
	}

	/**
	 * The bundles group.
	 *
	 * @since 0.1.0
	 *
	 * @param Client $client Client.
	 * @return list<array<string, mixed>>
	 */
	private function bundle_items( Client $client ): array {
		$items = array();
		foreach ( $this->bundles->for_client( $client->id ) as $bundle ) {
			$items[] = self::item(
				'joolwebsp-bundles',
				__( 'Bundles', 'joolweb-sessions-pro' ),
				'bundle-' . $bundle->id,
				array(
					__( 'Title', 'joolweb-sessions-pro' )  => $bundle->title,
					__( 'Sessions planned', 'joolweb-sessions-pro' ) => (string) $bundle->sessions_planned,
					__( 'Sessions completed', 'joolweb-sessions-pro' ) => (string) $bundle->sessions_completed,
					__( 'Price', 'joolweb-sessions-pro' )  => Money::format( $bundle->price_cents ),
					__( 'Status', 'joolweb-sessions-pro' ) => $bundle->status,
					__( 'Created (UTC)', 'joolweb-sessions-pro' ) => $bundle->created_at_gmt,
				)
			);
		}
		return $items;
	}

	/**
	 * One session.
	 *
	 * @since 0.1.0
	 *
	 * @param Session $session Session.
	 * @return array<string, mixed>
	 */
	private function session_item( Session $session ): array {
		return self::item(
			'joolwebsp-sessions',
			__( 'Sessions', 'joolweb-sessions-pro' ),
			'session-' . $session->id,
			array(
				__( 'Title', 'joolweb-sessions-pro' )      => $session->title,
				__( 'Date (UTC)', 'joolweb-sessions-pro' ) => $session->start_gmt,
				__( 'Duration (minutes)', 'joolweb-sessions-pro' ) => (string) $session->duration_minutes,
				__( 'Location', 'joolweb-sessions-pro' )   => $session->location,
				__( 'Video link', 'joolweb-sessions-pro' ) => $session->video_url,
				__( 'Status', 'joolweb-sessions-pro' )     => Session::status_labels()[ $session->status ] ?? $session->status,
				__( 'Price', 'joolweb-sessions-pro' )      => Money::format( $session->price_cents ) . ' ' . $session->currency,
				__( 'Payment status', 'joolweb-sessions-pro' ) => Session::payment_labels()[ $session->payment_status ] ?? $session->payment_status,
			)
		);
	}

	/**
	 * One logged email.
	 *
	 * @since 0.1.0
	 *
	 * @param array{id: int, type: string, recipient: string, subject: string, success: bool, sent_at_gmt: string} $entry Log entry.
	 * @return array<string, mixed>
	 */
	private function email_item( array $entry ): array {
		return self::item(
			'joolwebsp-emails',
			__( 'Emails sent', 'joolweb-sessions-pro' ),
			'email-' . $entry['id'],
			array(
				__( 'Subject', 'joolweb-sessions-pro' )    => $entry['subject'],
				__( 'Recipient', 'joolweb-sessions-pro' )  => $entry['recipient'],
				__( 'Sent (UTC)', 'joolweb-sessions-pro' ) => $entry['sent_at_gmt'],
				__( 'Delivered', 'joolweb-sessions-pro' )  => $entry['success'] ? __( 'yes', 'joolweb-sessions-pro' ) : __( 'no', 'joolweb-sessions-pro' ),
			)
		);
	}

	/**
	 * An exporter item.
	 *
	 * @since 0.1.0
	 *
	 * @param string                $group_id    Group id.
	 * @param string                $group_label Group label.
	 * @param string                $item_id     Item id.
	 * @param array<string, string> $fields      Name => value.
	 * @return array<string, mixed>
	 */
	private static function item( string $group_id, string $group_label, string $item_id, array $fields ): array {
		$data = array();
		foreach ( $fields as $name => $value ) {
			$data[] = array(
				'name'  => $name,
				'value' => $value,
			);
		}
		return array(
			'group_id'    => $group_id,
			'group_label' => $group_label,
			'item_id'     => $item_id,
			'data'        => $data,
		);
	}
}
