<?php
/**
 * Session value object.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Sessions;

defined( 'ABSPATH' ) || exit;

/**
 * One row of `{prefix}joolwebsp_sessions`. Money in cents, times GMT `Y-m-d H:i:s`.
 *
 * @since 0.1.0
 */
final class Session {

	public const STATUSES         = array( 'booked', 'completed', 'cancelled', 'available' );
	public const PAYMENT_STATUSES = array( 'pending', 'paid', 'refunded', 'cancelled' );

	/**
	 * Status labels, in words (for emails and exports; the screens have their own translations).
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, string>
	 */
	public static function status_labels(): array {
		return array(
			'booked'    => __( 'Booked', 'joolweb-sessions-pro' ),
			'completed' => __( 'Completed', 'joolweb-sessions-pro' ),
			'cancelled' => __( 'Cancelled', 'joolweb-sessions-pro' ),
			'available' => __( 'Available', 'joolweb-sessions-pro' ),
		);
	}

	/**
	 * Payment status labels, in words.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, string>
	 */
	public static function payment_labels(): array {
		return array(
			'pending'   => __( 'Pending', 'joolweb-sessions-pro' ),
			'paid'      => __( 'Paid', 'joolweb-sessions-pro' ),
			'refunded'  => __( 'Refunded', 'joolweb-sessions-pro' ),
			'cancelled' => __( 'Cancelled', 'joolweb-sessions-pro' ),
		);
	}

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param int      $id               Id.
	 * @param int      $client_id        Client.
	 * @param int      $coach_id         Coach user.
	 * @param int|null $bundle_id        Bundle.
	 * @param int|null $bundle_index     Position in the bundle (1-based).
	 * @param string   $title            Title.
	 * @param string   $start_gmt        Start.
	 * @param int      $duration_minutes Duration.
	 * @param string   $location         Location.
	 * @param string   $video_url        Video link.
	 * @param int      $price_cents      Price.
	 * @param string   $currency         ISO 4217.
	 * @param string   $status           Status.
	 * @param string   $payment_status   Payment status.
	 * @param string   $notes            Private coach notes.
	 * @param string   $created_at_gmt   Created.
	 */
	public function __construct(
		public readonly int $id,
		public readonly int $client_id,
		public readonly int $coach_id,
		public readonly ?int $bundle_id,
		public readonly ?int $bundle_index,
		public readonly string $title,
		public readonly string $start_gmt,
		public readonly int $duration_minutes,
		public readonly string $location,
		public readonly string $video_url,
		public readonly int $price_cents,
		public readonly string $currency,
		public readonly string $status,
		public readonly string $payment_status,
		public readonly string $notes,
		public readonly string $created_at_gmt,
	) {
	}

	/**
	 * From a database row.
	 *
	 * @since 0.1.0
	 *
	 * @param object $row Row.
	 */
	public static function from_row( object $row ): self {
		$r = get_object_vars( $row );
		return new self(
			(int) $r['id'],
			(int) $r['client_id'],
			(int) $r['coach_id'],
			null === $r['bundle_id'] ? null : (int) $r['bundle_id'],
			null === $r['bundle_index'] ? null : (int) $r['bundle_index'],
			(string) $r['title'],
			(string) $r['start_gmt'],
			(int) $r['duration_minutes'],
			(string) $r['location'],
			(string) $r['video_url'],
			(int) $r['price_cents'],
			(string) $r['currency'],
			(string) $r['status'],
			(string) $r['payment_status'],
			(string) $r['notes'],
			(string) $r['created_at_gmt']
		);
	}

	/**
	 * Whether the session counts in billing: priced and not cancelled.
	 *
	 * @since 0.1.0
	 */
	public function is_billable(): bool {
		return $this->price_cents > 0 && 'cancelled' !== $this->status;
	}
}
