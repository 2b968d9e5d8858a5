<?php
/**
 * Template ("model") value object.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Programs;

defined( 'ABSPATH' ) || exit;

/**
 * A site-wide program model: title, number of sessions, total price, defaults for the sessions.
 *
 * @since 0.1.0
 */
final class Template {

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $id               Id.
	 * @param string $title            Title.
	 * @param int    $sessions_planned N.
	 * @param int    $price_cents      Total price.
	 * @param string $location         Default location.
	 * @param string $video_url        Default video link.
	 * @param string $created_at_gmt   Created.
	 */
	public function __construct(
		public readonly int $id,
		public readonly string $title,
		public readonly int $sessions_planned,
		public readonly int $price_cents,
		public readonly string $location,
		public readonly string $video_url,
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
			(string) $r['title'],
			(int) $r['sessions_planned'],
			(int) $r['price_cents'],
			(string) $r['location'],
			(string) $r['video_url'],
			(string) $r['created_at_gmt']
		);
	}
}
