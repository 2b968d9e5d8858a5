/**
 * Client form validation in the browser (the server validates again) and the mapping of API
 * errors to the form's fields.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { isApiError } from '../../api/client';

export interface ClientFormValues {
	first_name: string;
	last_name: string;
	email: string;
	phone: string;
	coach_id: string;
}

export type FieldName = keyof ClientFormValues;
export type FieldErrors = Partial< Record< FieldName, string > >;

export const EMPTY_FORM: ClientFormValues = {
	first_name: '',
	last_name: '',
	email: '',
	phone: '',
	coach_id: '',
};

const NAME_MAX = 100;

function messages(): Record< FieldName, string > {
	return {
		first_name: __(
			'Enter a first name (up to 100 characters).',
			'joolweb-sessions-pro'
		),
		last_name: __(
			'Enter a last name (up to 100 characters).',
			'joolweb-sessions-pro'
		),
		email: __( 'Enter a valid email address.', 'joolweb-sessions-pro' ),
		phone: __(
			'Enter a phone number: 6 to 20 digits, with spaces, +, -, . or brackets if you like.',
			'joolweb-sessions-pro'
		),
		coach_id: __( 'Choose a coach from the list.', 'joolweb-sessions-pro' ),
	};
}

/**
 * Whether a phone number passes the same loose rule as the server.
 *
 * @param phone Phone.
 */
export function isValidPhone( phone: string ): boolean {
	if ( phone.length > 40 || ! /^[0-9 +\-.()]+$/.test( phone ) ) {
		return false;
	}
	const digits = phone.replace( /\D/g, '' ).length;
	return digits >= 6 && digits <= 20;
}

/**
 * Errors of a form before it is sent.
 *
 * @param values Form values.
 */
export function validateClientForm( values: ClientFormValues ): FieldErrors {
	const errors: FieldErrors = {};
	const text = messages();
	for ( const key of [ 'first_name', 'last_name' ] as const ) {
		const value = values[ key ].trim();
		if ( ! value || value.length > NAME_MAX ) {
			errors[ key ] = text[ key ];
		}
	}
	const email = values.email.trim();
	if (
		! email ||
		email.length > 100 ||
		! /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test( email )
	) {
		errors.email = text.email;
	}
	const phone = values.phone.trim();
	if ( phone && ! isValidPhone( phone ) ) {
		errors.phone = text.phone;
	}
	return errors;
}

/**
 * Field errors from a REST error (400 naming fields, 409 on the email); null when the error is
 * not about fields (then a notice tells it).
 *
 * @param error Thrown value.
 */
export function fieldErrorsFromApi( error: unknown ): FieldErrors | null {
	if ( ! isApiError( error ) ) {
		return null;
	}
	const text = messages();
	const toField = ( name: string ): FieldName | null => {
		if ( name === 'coach_ids' ) {
			return 'coach_id';
		}
		return name in text ? ( name as FieldName ) : null;
	};
	if ( error.code === 'joolwebsp_email_exists' ) {
		return {
			email: __(
				'A user with this email address already exists.',
				'joolweb-sessions-pro'
			),
		};
	}
	const params = error.data?.params as unknown;
	if (
		error.code === 'rest_missing_callback_param' &&
		Array.isArray( params )
	) {
		const errors: FieldErrors = {};
		params.forEach( ( name: string ) => {
			const field = toField( name );
			if ( field ) {
				errors[ field ] = __(
					'This field is required.',
					'joolweb-sessions-pro'
				);
			}
		} );
		return Object.keys( errors ).length ? errors : null;
	}
	if (
		error.code === 'rest_invalid_param' &&
		params &&
		typeof params === 'object'
	) {
		const errors: FieldErrors = {};
		Object.keys( params ).forEach( ( name ) => {
			const field = toField( name );
			if ( field ) {
				errors[ field ] = text[ field ];
			}
		} );
		return Object.keys( errors ).length ? errors : null;
	}
	return null;
}

/**
 * The API body of a client form: trimmed fields, and the coach only from users who may choose one.
 *
 * @param values         Form values.
 * @param canChooseCoach Whether the user reaches every client.
 */
export function toClientWrite(
	values: ClientFormValues,
	canChooseCoach: boolean
) {
	return {
		first_name: values.first_name.trim(),
		last_name: values.last_name.trim(),
		email: values.email.trim(),
		phone: values.phone.trim(),
		...( canChooseCoach
			? {
					coach_ids: values.coach_id
						? [ Number( values.coach_id ) ]
						: [],
				}
			: {} ),
	};
}
