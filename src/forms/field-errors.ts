/**
 * The one mapping of REST errors to form fields, used by every form: `rest_invalid_param` (400 with
 * `params: {field: message}`), `rest_missing_callback_param` (400 with `params: [field]`), any error
 * whose `data.params` names fields, and error codes that belong to one field (409 on the email).
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { isApiError } from '../api/client';

export type FieldErrors< F extends string > = Partial< Record< F, string > >;

export interface FieldErrorMap< F extends string > {
	/** The form's fields. */
	fields: readonly F[];
	/** REST parameter → form field, where the names differ (e.g. `coach_ids` → `coach_ids`). */
	aliases?: Readonly< Record< string, F > >;
	/** The form's own message per field (the server's is used otherwise). */
	messages?: Readonly< FieldErrors< F > >;
	/** Error codes that are about one field, with the message to show there. */
	codes?: Readonly< Record< string, FieldErrors< F > > >;
}

/**
 * Field errors from a thrown value, or null when it is not about fields (then a notice tells it).
 *
 * @param error Thrown value.
 * @param map   The form's fields, aliases and messages.
 */
export function fieldErrorsFromApi< F extends string >(
	error: unknown,
	map: FieldErrorMap< F >
): FieldErrors< F > | null {
	if ( ! isApiError( error ) ) {
		return null;
	}
	const byCode = map.codes?.[ error.code ];
	if ( byCode ) {
		return { ...byCode };
	}
	const toField = ( name: string ): F | null => {
		const alias = map.aliases?.[ name ];
		if ( alias ) {
			return alias;
		}
		return ( map.fields as readonly string[] ).includes( name )
			? ( name as F )
			: null;
	};
	const params = error.data?.params as unknown;
	const errors: FieldErrors< F > = {};
	if ( Array.isArray( params ) ) {
		params.forEach( ( name: unknown ) => {
			const field = typeof name === 'string' ? toField( name ) : null;
			if ( field ) {
				errors[ field ] = __(
					'This field is required.',
					'joolweb-sessions-pro'
				);
			}
		} );
	} else if ( params && typeof params === 'object' ) {
		Object.entries( params as Record< string, unknown > ).forEach(
			( [ name, message ] ) => {
				const field = toField( name );
				if ( field ) {
					errors[ field ] =
						map.messages?.[ field ] ??
						( typeof message === 'string' && message
							? message
							: __(
									'This value is not valid.',
									'joolweb-sessions-pro'
								) );
				}
			}
		);
	}
	return Object.keys( errors ).length ? errors : null;
}
