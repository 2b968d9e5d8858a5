/**
 * Client form: values, browser checks (the server checks again, with the same rules from
 * `src/rules.ts`), how REST errors map to its fields, and the body it sends.
 */

/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { ClientCreate } from '../../api/types';
import type { FieldErrorMap, FieldErrors } from '../../forms/field-errors';
import { CLIENT_RULES, isValidPhone } from '../../rules';

export interface ClientFormValues {
	first_name: string;
	last_name: string;
	email: string;
	phone: string;
	/** Every coach of the client (only users who reach everyone choose them). */
	coach_ids: number[];
}

export type FieldName = keyof ClientFormValues;
export type ClientFieldErrors = FieldErrors< FieldName >;

export const EMPTY_FORM: ClientFormValues = {
	first_name: '',
	last_name: '',
	email: '',
	phone: '',
	coach_ids: [],
};

export const CLIENT_FIELDS: readonly FieldName[] = [
	'first_name',
	'last_name',
	'email',
	'phone',
	'coach_ids',
];

/**
 * The form's message per field.
 */
function messages(): Record< FieldName, string > {
	return {
		first_name: sprintf(
			/* translators: %d: maximum number of characters. */
			__(
				'Enter a first name (up to %d characters).',
				'joolweb-sessions-pro'
			),
			CLIENT_RULES.nameMax
		),
		last_name: sprintf(
			/* translators: %d: maximum number of characters. */
			__(
				'Enter a last name (up to %d characters).',
				'joolweb-sessions-pro'
			),
			CLIENT_RULES.nameMax
		),
		email: __( 'Enter a valid email address.', 'joolweb-sessions-pro' ),
		phone: sprintf(
			/* translators: 1: minimum number of digits, 2: maximum number of digits. */
			__(
				'Enter a phone number: %1$d to %2$d digits, with spaces, +, -, . or brackets if you like.',
				'joolweb-sessions-pro'
			),
			CLIENT_RULES.phoneDigitsMin,
			CLIENT_RULES.phoneDigitsMax
		),
		coach_ids: __(
			'Choose coaches from the list.',
			'joolweb-sessions-pro'
		),
	};
}

/**
 * How REST errors map to the client form (409 on the email; 400 naming fields).
 */
export function clientErrorMap(): FieldErrorMap< FieldName > {
	return {
		fields: CLIENT_FIELDS,
		messages: messages(),
		codes: {
			joolwebsp_email_exists: {
				email: __(
					'A user with this email address already exists.',
					'joolweb-sessions-pro'
				),
			},
		},
	};
}

/**
 * Errors of a form before it is sent.
 *
 * @param values Form values.
 */
export function validateClientForm(
	values: ClientFormValues
): ClientFieldErrors {
	const errors: ClientFieldErrors = {};
	const text = messages();
	for ( const key of [ 'first_name', 'last_name' ] as const ) {
		const value = values[ key ].trim();
		if ( ! value || value.length > CLIENT_RULES.nameMax ) {
			errors[ key ] = text[ key ];
		}
	}
	const email = values.email.trim();
	if (
		! email ||
		email.length > CLIENT_RULES.emailMax ||
		! /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test( email )
	) {
		errors.email = text.email;
	}
	const phone = values.phone.trim();
	if ( phone && ! isValidPhone( phone ) ) {
		errors.phone = text.phone;
	}
	if ( values.coach_ids.length > CLIENT_RULES.coachesMax ) {
		errors.coach_ids = text.coach_ids;
	}
	return errors;
}

/**
 * The API body of a client form: trimmed fields, and the coaches only from users who may choose them.
 *
 * @param values         Form values.
 * @param canChooseCoach Whether the user reaches every client.
 */
export function toClientWrite(
	values: ClientFormValues,
	canChooseCoach: boolean
): ClientCreate {
	return {
		first_name: values.first_name.trim(),
		last_name: values.last_name.trim(),
		email: values.email.trim(),
		phone: values.phone.trim(),
		...( canChooseCoach ? { coach_ids: [ ...values.coach_ids ] } : {} ),
	};
}
