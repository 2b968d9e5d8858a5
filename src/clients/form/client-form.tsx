/**
 * The client form of Add Customer and of the profile's Contact tab. Stateless: values, errors and
 * submission live with the parent.
 */

/**
 * External dependencies
 */
import type { FormEvent, RefObject } from 'react';

/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Coach } from '../../api/types';
import { TextField } from '../../forms/text-field';
import { CoachSelect } from './coach-select';
import type {
	ClientFieldErrors,
	ClientFormValues,
	FieldName,
} from './validation';

const LOCK_REASON_ID = 'joolwebsp-client-form-lock-reason';

export interface ClientFormProps {
	values: ClientFormValues;
	errors: ClientFieldErrors;
	onChange: ( values: ClientFormValues ) => void;
	onSubmit: ( sendLogin: boolean ) => void;
	coaches: Coach[] | null;
	isBusy: boolean;
	submitLabel: string;
	/** Null to offer no "and send login details" button (e.g. the account is protected). */
	submitAndSendLabel: string | null;
	/** Fields that may not be changed here, with the reason shown once below them. */
	locked?: { fields: FieldName[]; reason: string } | null;
	formRef?: RefObject< HTMLFormElement >;
}

/**
 * Client form.
 *
 * @param props                    Props.
 * @param props.values
 * @param props.errors
 * @param props.onChange
 * @param props.onSubmit
 * @param props.coaches
 * @param props.isBusy
 * @param props.submitLabel
 * @param props.submitAndSendLabel
 * @param props.locked
 * @param props.formRef
 */
export function ClientForm( {
	values,
	errors,
	onChange,
	onSubmit,
	coaches,
	isBusy,
	submitLabel,
	submitAndSendLabel,
	locked = null,
	formRef,
}: ClientFormProps ) {
	const field = (
		name: Exclude< FieldName, 'coach_ids' >,
		label: string,
		type: 'text' | 'email' | 'tel',
		required: boolean,
		autoComplete: string
	) => {
		const isLocked = !! locked?.fields.includes( name );
		return (
			<TextField
				label={ required ? `${ label } *` : label }
				type={ type }
				value={ values[ name ] }
				autoComplete={ autoComplete }
				required={ required }
				disabled={ isLocked }
				aria-describedby={ isLocked ? LOCK_REASON_ID : undefined }
				error={ errors[ name ] }
				onChange={ ( value ) =>
					onChange( { ...values, [ name ]: value } )
				}
			/>
		);
	};
	const submit = ( event: FormEvent, sendLogin: boolean ) => {
		event.preventDefault();
		if ( ! isBusy ) {
			onSubmit( sendLogin );
		}
	};
	return (
		<form
			ref={ formRef }
			className="joolwebsp-client-form"
			noValidate
			onSubmit={ ( event ) => submit( event, false ) }
		>
			{ field(
				'first_name',
				__( 'First name', 'joolweb-sessions-pro' ),
				'text',
				true,
				'off'
			) }
			{ field(
				'last_name',
				__( 'Last name', 'joolweb-sessions-pro' ),
				'text',
				true,
				'off'
			) }
			{ field(
				'email',
				__( 'Email', 'joolweb-sessions-pro' ),
				'email',
				true,
				'off'
			) }
			{ field(
				'phone',
				__( 'Phone', 'joolweb-sessions-pro' ),
				'tel',
				false,
				'off'
			) }
			{ locked && (
				<p
					id={ LOCK_REASON_ID }
					className="joolwebsp-locked-reason"
					role="note"
				>
					{ locked.reason }
				</p>
			) }
			{ coaches && (
				<CoachSelect
					coaches={ coaches }
					value={ values.coach_ids }
					onChange={ ( coachIds ) =>
						onChange( { ...values, coach_ids: coachIds } )
					}
					error={ errors.coach_ids }
				/>
			) }
			<p className="joolwebsp-client-form__hint">
				{ __(
					'Fields marked * are required. The email is the login.',
					'joolweb-sessions-pro'
				) }
			</p>
			<div className="joolwebsp-client-form__buttons">
				<Button
					variant="primary"
					type="submit"
					isBusy={ isBusy }
					disabled={ isBusy }
					accessibleWhenDisabled
				>
					{ submitLabel }
				</Button>
				{ submitAndSendLabel && (
					<Button
						variant="secondary"
						isBusy={ isBusy }
						disabled={ isBusy }
						accessibleWhenDisabled
						onClick={ ( event: FormEvent ) =>
							submit( event, true )
						}
					>
						{ submitAndSendLabel }
					</Button>
				) }
			</div>
		</form>
	);
}
