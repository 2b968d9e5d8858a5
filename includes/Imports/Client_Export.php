<?php
/**
 * The clients list as a CSV file.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Imports;

use Joolweb\SessionsPro\Clients\Client;
use Joolweb\SessionsPro\Clients\Client_Access;
use Joolweb\SessionsPro\Clients\Client_Repository;

defined( 'ABSPATH' ) || exit;

/**
 * Exports the clients a user reaches, filtered and sorted like the list (search, coach; orderby and
 * order, else creation order), as CSV streamed page by page through `Client_Repository::each_page()`.
 * The header names match the import's automatic mapping, so an export imports back as it is.
 *
 * @since 0.2.0
 */
final class Client_Export {

	/**
	 * Constructor.
	 *
	 * @since 0.2.0
	 *
	 * @param Client_Repository $clients Clients.
	 * @param Client_Access     $access  Reachability.
	 */
	public function __construct( private Client_Repository $clients, private Client_Access $access ) {
	}

	/**
	 * The CSV of a user's clients.
	 *
	 * @since 0.2.0
	 *
	 * @param int   $user_id User (scope).
	 * @param array $filters List filters and sort: `orderby` must be one of
	 *                       `Client_Repository::orderby_values()` (anything else: creation order).
	 * @phpstan-param array{search?: string, coach?: int|null, orderby?: string|null, order?: string|null} $filters
	 */
	public function csv( int $user_id, array $filters ): Csv_Stream {
		$args = array(
			'search'         => (string) ( $filters['search'] ?? '' ),
			'reach_coach_id' => $this->access->scope_for( $user_id ),
			'coach_id'       => isset( $filters['coach'] ) ? (int) $filters['coach'] : null,
		);
		if ( isset( $filters['orderby'] ) && in_array( $filters['orderby'], Client_Repository::orderby_values(), true ) ) {
			$args['orderby'] = $filters['orderby'];
			$args['order']   = 'desc' === ( $filters['order'] ?? 'asc' ) ? 'desc' : 'asc';
		}
		$clients = $this->clients;
		return new Csv_Stream(
			'clients-' . gmdate( 'Y-m-d' ) . '.csv',
			static function ( callable $write ) use ( $clients, $args ): void {
				$write(
					array(
						__( 'First name', 'joolweb-sessions-pro' ),
						__( 'Last name', 'joolweb-sessions-pro' ),
						__( 'Email', 'joolweb-sessions-pro' ),
						__( 'Phone', 'joolweb-sessions-pro' ),
						__( 'Coach email', 'joolweb-sessions-pro' ),
						__( 'Created', 'joolweb-sessions-pro' ),
					)
				);
				$coach_emails = array();
				$clients->each_page(
					$args,
					static function ( array $page ) use ( $write, &$coach_emails ): void {
						$missing = array();
						foreach ( $page as $client ) {
							foreach ( $client->coach_ids as $coach_id ) {
								if ( ! isset( $coach_emails[ $coach_id ] ) ) {
									$missing[] = $coach_id;
								}
							}
						}
						if ( $missing ) {
							foreach ( get_users(
								array(
									'include' => array_values( array_unique( $missing ) ),
									'fields'  => array( 'ID', 'user_email' ),
								)
							) as $user ) {
								$coach_emails[ (int) $user->ID ] = (string) $user->user_email;
							}
						}
						foreach ( $page as $client ) {
							assert( $client instanceof Client );
							$coaches = array_filter( array_map( static fn( int $id ): string => $coach_emails[ $id ] ?? '', $client->coach_ids ) );
							$write(
								array(
									$client->first_name,
									$client->last_name,
									$client->email,
									$client->phone,
									implode( ' ', $coaches ),
									get_date_from_gmt( $client->created_at_gmt, 'Y-m-d' ),
								)
							);
						}
					}
				);
			}
		);
	}
}
