<?php
/**
 * WordPress privacy tools (Tools → Export / Erase Personal Data) for client data.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Clients;

use Joolweb\SessionsPro\Contracts\Registrable;
use Joolweb\SessionsPro\Emails\Email_Log_Repository;

defined( 'ABSPATH' ) || exit;

/**
 * Exports the client profile and its email log; erases the phone number and the email log (the
 * account itself is deleted with the client, from the Customers screen).
 *
 * @since 0.1.0
 */
final class Privacy implements Registrable {

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param Client_Repository    $clients Clients repository.
	 * @param Email_Log_Repository $log     Email log.
	 */
	public function __construct( private Client_Repository $clients, private Email_Log_Repository $log ) {
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
	 * Exports a client's data.
	 *
	 * @since 0.1.0
	 *
	 * @param string $email Email of the data subject.
	 * @param int    $page   Page (1-based).
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
		$data = array();
		if ( 1 === (int) $page ) {
			$data[] = array(
				'group_id'    => 'joolwebsp-client',
				'group_label' => __( 'Client profile', 'joolweb-sessions-pro' ),
				'item_id'     => 'client-' . $client->id,
				'data'        => array(
					array(
						'name'  => __( 'First name', 'joolweb-sessions-pro' ),
						'value' => $client->first_name,
					),
					array(
						'name'  => __( 'Last name', 'joolweb-sessions-pro' ),
						'value' => $client->last_name,
					),
					array(
						'name'  => __( 'Email', 'joolweb-sessions-pro' ),
						'value' => $client->email,
					),
					array(
						'name'  => __( 'Phone', 'joolweb-sessions-pro' ),
						'value' => $client->phone,
					),
					array(
						'name'  => __( 'Client since (UTC)', 'joolweb-sessions-pro' ),
						'value' => $client->created_at_gmt,
					),
				),
			);
		}
		$per_page = 100;
		$emails   = $this->log->for_client( $client->id, (int) $page, $per_page );
		foreach ( $emails['items'] as $entry ) {
			$data[] = array(
				'group_id'    => 'joolwebsp-emails',
				'group_label' => __( 'Emails sent', 'joolweb-sessions-pro' ),
				'item_id'     => 'email-' . $entry['id'],
				'data'        => array(
					array(
						'name'  => __( 'Subject', 'joolweb-sessions-pro' ),
						'value' => $entry['subject'],
					),
					array(
						'name'  => __( 'Sent (UTC)', 'joolweb-sessions-pro' ),
						'value' => $entry['sent_at_gmt'],
					),
				),
			);
		}
		return array(
			'data' => $data,
			'done' => (int) $page * $per_page >= $emails['total'],
		);
	}

	/**
	 * Erases what can go without deleting the account: phone and email log.
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
		$removed = $this->log->delete_for_client( $client->id ) > 0;
		if ( '' !== $client->phone ) {
			$this->clients->update( $client, array( 'phone' => '' ), current_time( 'mysql', true ) );
			$removed = true;
		}
		return array(
			'items_removed'  => $removed,
			'items_retained' => true,
			'messages'       => array( __( 'The client profile (name and email) is kept while the account exists: delete the client from Customers to remove it.', 'joolweb-sessions-pro' ) ),
			'done'           => true,
		);
	}
}
