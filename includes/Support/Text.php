<?php
/**
 * Text normalisation shared by sorting and searching.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Support;

defined( 'ABSPATH' ) || exit;

/**
 * Case- and accent-insensitive keys computed in PHP, so that MariaDB and SQLite compare the same bytes.
 *
 * @since 0.1.0
 */
final class Text {

	/**
	 * Sort/search key: accents removed, lower-cased, whitespace collapsed. "Émile" → "emile".
	 *
	 * @since 0.1.0
	 *
	 * @param string $text Text.
	 */
	public static function fold( string $text ): string {
		$text = remove_accents( $text );
		$text = mb_strtolower( $text, 'UTF-8' );
		return trim( (string) preg_replace( '/\s+/u', ' ', $text ) );
	}

	/**
	 * A single-line, trimmed text as typed by a person: control characters and line breaks removed,
	 * HTML kept as text (it is escaped on output, never stripped into something else).
	 *
	 * @since 0.1.0
	 *
	 * @param string $text Raw input.
	 */
	public static function clean_line( string $text ): string {
		$text = wp_check_invalid_utf8( $text, true );
		$text = (string) preg_replace( '/[\p{Cc}\p{Zl}\p{Zp}]+/u', ' ', $text );
		return trim( (string) preg_replace( '/\s{2,}/u', ' ', $text ) );
	}

	/**
	 * Truncates to a number of characters (not bytes).
	 *
	 * @since 0.1.0
	 *
	 * @param string $text  Text.
	 * @param int    $chars Maximum length.
	 */
	public static function limit( string $text, int $chars ): string {
		return mb_substr( $text, 0, $chars, 'UTF-8' );
	}
}
