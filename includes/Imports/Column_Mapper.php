<?php
/**
 * Header → client field mapping of an import.
 *
 * @package Joolweb\SessionsPro
 */

declare( strict_types=1 );

namespace Joolweb\SessionsPro\Imports;

use Joolweb\SessionsPro\Support\Text;

defined( 'ABSPATH' ) || exit;

/**
 * Maps the columns of a file to client fields from English and French headers, case- and
 * accent-insensitive ("Prénom", "E-mail", "Téléphone"…). Unmapped columns are ignored.
 *
 * A mapping is `field => column index` (0-based); a field maps at most one column.
 *
 * @since 0.2.0
 */
final class Column_Mapper {

	/**
	 * The fields a column can map to, with the headers that map to them (folded, letters and digits only).
	 *
	 * @return array<string, list<string>>
	 */
	public static function synonyms(): array {
		return array(
			'first_name'  => array( 'firstname', 'first', 'givenname', 'forename', 'prenom' ),
			'last_name'   => array( 'lastname', 'last', 'surname', 'familyname', 'name', 'nom', 'nomdefamille' ),
			'email'       => array( 'email', 'mail', 'emailaddress', 'courriel', 'adresseemail', 'adressemail', 'adressecourriel' ),
			'phone'       => array( 'phone', 'phonenumber', 'telephone', 'tel', 'mobile', 'mobilephone', 'cell', 'cellphone', 'portable', 'numerodetelephone' ),
			'coach_email' => array( 'coachemail', 'emailcoach', 'emailducoach', 'coach', 'courrielcoach', 'courrielducoach', 'mailcoach' ),
		);
	}

	/**
	 * Field names.
	 *
	 * @return list<string>
	 */
	public static function fields(): array {
		return array_keys( self::synonyms() );
	}

	/**
	 * The automatic mapping of a header row.
	 *
	 * @since 0.2.0
	 *
	 * @param list<string> $headers Header cells.
	 * @return array<string, int> Field => column.
	 */
	public static function auto( array $headers ): array {
		$mapping = array();
		foreach ( $headers as $column => $header ) {
			$key = self::key( $header );
			foreach ( self::synonyms() as $field => $names ) {
				if ( ! isset( $mapping[ $field ] ) && in_array( $key, $names, true ) ) {
					$mapping[ $field ] = $column;
					break;
				}
			}
		}
		return $mapping;
	}

	/**
	 * A mapping given by a person, kept only where it names known fields and existing columns.
	 *
	 * @since 0.2.0
	 *
	 * @param mixed $mapping Field => column index (or null for "not imported").
	 * @param int   $columns Number of columns.
	 * @return array<string, int>|null Null when it is not an object of fields.
	 */
	public static function sanitize( $mapping, int $columns ): ?array {
		if ( ! is_array( $mapping ) ) {
			return null;
		}
		$clean = array();
		foreach ( $mapping as $field => $column ) {
			if ( ! in_array( $field, self::fields(), true ) ) {
				return null;
			}
			if ( null === $column || '' === $column ) {
				continue;
			}
			if ( ! is_numeric( $column ) || (int) $column < 0 || (int) $column >= $columns ) {
				return null;
			}
			$clean[ (string) $field ] = (int) $column;
		}
		return $clean;
	}

	/**
	 * The input of one record under a mapping (values trimmed; absent cells empty).
	 *
	 * @since 0.2.0
	 *
	 * @param array<string, int> $mapping Mapping.
	 * @param list<string>       $fields  Record.
	 * @return array<string, string>
	 */
	public static function apply( array $mapping, array $fields ): array {
		$input = array();
		foreach ( $mapping as $field => $column ) {
			$input[ $field ] = trim( (string) wp_check_invalid_utf8( $fields[ $column ] ?? '', true ) );
		}
		return $input;
	}

	/**
	 * A header as compared: folded, letters and digits only.
	 *
	 * @param string $header Header.
	 */
	private static function key( string $header ): string {
		return (string) preg_replace( '/[^a-z0-9]+/', '', Text::fold( $header ) );
	}
}
