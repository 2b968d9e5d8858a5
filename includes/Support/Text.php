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

	/** Longest search token (the token column's size). */
	public const TOKEN_MAX = 64;

	/** Shortest phone suffix indexed (a coach types the end of a number). */
	public const PHONE_SUFFIX_MIN = 6;

	/**
	 * The words a client is found by: every letter-or-digit run of the folded names and email (local
	 * part and domain alike), the email's local part and domain whole, and the phone's digits with
	 * every suffix of six digits or more. Search matches the start of these words.
	 *
	 * @since 0.1.0
	 *
	 * @param string $first_name First name.
	 * @param string $last_name  Last name.
	 * @param string $email      Email.
	 * @param string $phone      Phone.
	 * @return list<string>
	 */
	public static function tokens( string $first_name, string $last_name, string $email, string $phone ): array {
		$email  = self::fold( $email );
		$tokens = self::words( self::fold( $first_name . ' ' . $last_name . ' ' . $email ) );
		foreach ( explode( '@', $email, 2 ) as $part ) {
			$tokens[] = $part;
		}
		$digits = (string) preg_replace( '/\D/', '', $phone );
		for ( $i = 0, $n = strlen( $digits ); $n - $i >= self::PHONE_SUFFIX_MIN || ( 0 === $i && $n > 0 ); $i++ ) {
			$tokens[] = substr( $digits, $i );
		}
		$tokens = array_map( static fn( string $t ): string => self::limit( $t, self::TOKEN_MAX ), $tokens );
		return array_values( array_unique( array_filter( $tokens, static fn( string $t ): bool => '' !== $t ) ) );
	}

	/**
	 * The words of a search: folded letter-or-digit runs (at most five); a phone-like search is one
	 * word of its digits. Each word must start one of a client's tokens.
	 *
	 * @since 0.1.0
	 *
	 * @param string $search What was typed.
	 * @return list<string>
	 */
	public static function search_words( string $search ): array {
		$search = self::fold( $search );
		if ( preg_match( '/^[0-9 +\-.()]+$/', $search ) && preg_match( '/\d/', $search ) ) {
			return array( self::limit( (string) preg_replace( '/\D/', '', $search ), self::TOKEN_MAX ) );
		}
		$words = array_map( static fn( string $w ): string => self::limit( $w, self::TOKEN_MAX ), self::words( $search ) );
		return array_slice( array_values( array_unique( $words ) ), 0, 5 );
	}

	/**
	 * Letter-or-digit runs of a folded text.
	 *
	 * @since 0.1.0
	 *
	 * @param string $folded Folded text.
	 * @return list<string>
	 */
	private static function words( string $folded ): array {
		$words = preg_split( '/[^\p{L}\p{N}]+/u', $folded );
		return array_values( array_filter( is_array( $words ) ? $words : array(), static fn( string $w ): bool => '' !== $w ) );
	}
}
