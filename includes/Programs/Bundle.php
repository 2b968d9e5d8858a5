<?php
/**
 * Bundle value object.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Programs;

defined( 'ABSPATH' ) || exit;

/**
 * A client's bundle ("programme") of N sessions with one coach. Money in cents, times GMT.
 * `sessions_completed` is maintained on every session write.
 *
 * @since 0.1.0
 */
final class Bundle {

	public const STATUSES = array( 'active', 'paused', 'completed' );

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param int      $id                 Id.
	 * @param int      $client_id          Client (0 once erased for privacy).
	 * @param int      $coach_id           Coach who leads it.
	 * @param int|null $template_id        Model it was made from.
	 * @param string   $title              Title.
	 * @param int      $sessions_planned   N.
	 * @param int      $sessions_completed Completed sessions.
	 * @param int      $price_cents        Total price.
	 * @param string   $location           Default location of its sessions.
	 * @param string   $video_url          Default video link of its sessions.
	 * @param string   $status             One of STATUSES.
	 * @param string   $created_at_gmt     Created.
	 */
	public function __construct(
		public readonly int $id,
		public readonly int $client_id,
		public readonly int $coach_id,
		public readonly ?int $template_id,
		public readonly string $title,
		public readonly int $sessions_planned,
		public readonly int $sessions_completed,
		public readonly int $price_cents,
		public readonly string $location,
		public readonly string $video_url,
		public readonly string $status,
		public readonly string $created_at_gmt,
	) {
	}

	/**
	 * From a database row.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $r Row.
	 */
	public static function from_row( array $r ): self {
		return new self(
			(int) $r['id'],
			(int) $r['client_id'],
			(int) $r['coach_id'],
			null === $r['template_id'] ? null : (int) $r['template_id'],
			(string) $r['title'],
			(int) $r['sessions_planned'],
			(int) $r['sessions_completed'],
			(int) $r['price_cents'],
			(string) $r['location'],
			(string) $r['video_url'],
			(string) $r['status'],
			(string) $r['created_at_gmt']
		);
	}

	/**
	 * Share of the planned sessions completed, 0 to 1.
	 *
	 * @since 0.1.0
	 */
	public function progress(): float {
		return round( $this->sessions_completed / max( 1, $this->sessions_planned ), 4 );
	}
}
