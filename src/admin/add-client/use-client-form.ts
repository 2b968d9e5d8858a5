/**
 * State and submission of the client form: browser validation first, then the API; API field
 * errors land on their fields, other errors in a snackbar.
 */

/**
 * WordPress dependencies
 */
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { errorMessage } from '../../api/client';
import { fieldErrorsFromApi, validateClientForm } from './validation';
import type { ClientFormValues, FieldErrors } from './validation';

export interface UseClientForm {
	values: ClientFormValues;
	errors: FieldErrors;
	isBusy: boolean;
	setValues: ( values: ClientFormValues ) => void;
	submit: (
		save: ( values: ClientFormValues ) => Promise< void >
	) => Promise< void >;
}

/**
 * Form state hook.
 *
 * @param initial Initial values.
 */
export function useClientForm( initial: ClientFormValues ): UseClientForm {
	const [ values, setValues ] = useState< ClientFormValues >( initial );
	const [ errors, setErrors ] = useState< FieldErrors >( {} );
	const [ isBusy, setIsBusy ] = useState( false );
	const { createErrorNotice } = useDispatch( noticesStore );

	const submit = async (
		save: ( values: ClientFormValues ) => Promise< void >
	) => {
		const found = validateClientForm( values );
		setErrors( found );
		if ( Object.keys( found ).length ) {
			focusFirstError();
			return;
		}
		setIsBusy( true );
		try {
			await save( values );
		} catch ( error ) {
			const fields = fieldErrorsFromApi( error );
			if ( fields ) {
				setErrors( fields );
				focusFirstError();
			} else {
				createErrorNotice(
					errorMessage(
						error,
						__(
							'The client could not be saved.',
							'joolweb-sessions-pro'
						)
					),
					{
						type: 'snackbar',
					}
				);
			}
		} finally {
			setIsBusy( false );
		}
	};

	return {
		values,
		errors,
		isBusy,
		setValues: ( next ) => setValues( next ),
		submit,
	};
}

/**
 * Moves focus to the first invalid field once it is rendered.
 */
function focusFirstError(): void {
	window.setTimeout( () => {
		const input = document.querySelector< HTMLElement >(
			'.joolwebsp-client-form [aria-invalid="true"]'
		);
		input?.focus();
	} );
}
