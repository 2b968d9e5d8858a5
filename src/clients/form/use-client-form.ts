/**
 * The client form's state: the shared form hook with the client checks and error mapping.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { useForm } from '../../forms/use-form';
import type { UseForm } from '../../forms/use-form';
import { clientErrorMap, validateClientForm } from './validation';
import type { ClientFormValues, FieldName } from './validation';

export type UseClientForm = UseForm< ClientFormValues, FieldName >;

/**
 * Client form state.
 *
 * @param initial Initial values.
 */
export function useClientForm( initial: ClientFormValues ): UseClientForm {
	return useForm( initial, {
		validate: validateClientForm,
		errorMap: clientErrorMap(),
		failure: __( 'The client could not be saved.', 'joolweb-sessions-pro' ),
		notice: 'snackbar',
	} );
}
