/**
 * The client form of Add Customer and of the profile's Contact tab. Stateless: values, errors and
 * submission live with the parent.
 */

/**
 * External dependencies
 */
import type { FormEvent } from 'react';

/**
 * WordPress dependencies
 */
import { Button, SelectControl, TextControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Coach } from '../../api/types';
import type { ClientFormValues, FieldErrors, FieldName } from './validation';

export interface ClientFormProps {
	values: ClientFormValues;
	errors: FieldErrors;
	onChange: ( values: ClientFormValues ) => void;
	onSubmit: ( sendLogin: boolean ) => void;
	coaches: Coach[] | null;
	isBusy: boolean;
	submitLabel: string;
	submitAndSendLabel: string;
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
}: ClientFormProps ) {
	const field = (
		name: Exclude< FieldName, 'coach_id' >,
		label: string,
		type: 'text' | 'email' | 'tel',
		required: boolean,
		autoComplete: string
	) => {
		const error = errors[ name ];
		const errorId = `joolwebsp-field-${ name }-error`;
		return (
			<div className={ `joolwebsp-field${ error ? ' has-error' : '' }` }>
				<TextControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					label={ required ? `${ label } *` : label }
					type={ type }
					value={ values[ name ] }
					autoComplete={ autoComplete }
					required={ required }
					aria-invalid={ !! error }
					aria-describedby={ error ? errorId : undefined }
					onChange={ ( value: string ) =>
						onChange( { ...values, [ name ]: value } )
					}
				/>
				{ error && (
					<p
						id={ errorId }
						className="joolwebsp-field__error"
						role="alert"
					>
						{ error }
					</p>
				) }
			</div>
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
			{ coaches && (
				<div
					className={ `joolwebsp-field${ errors.coach_id ? ' has-error' : '' }` }
				>
					<SelectControl
						__nextHasNoMarginBottom
						__next40pxDefaultSize
						label={ __( 'Coach', 'joolweb-sessions-pro' ) }
						value={ values.coach_id }
						options={ [
							{
								label: __( '— None —', 'joolweb-sessions-pro' ),
								value: '',
							},
							...coaches.map( ( coach ) => ( {
								label: coach.name,
								value: String( coach.id ),
							} ) ),
						] }
						onChange={ ( value: string ) =>
							onChange( { ...values, coach_id: value } )
						}
					/>
					{ errors.coach_id && (
						<p className="joolwebsp-field__error" role="alert">
							{ errors.coach_id }
						</p>
					) }
				</div>
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
				<Button
					variant="secondary"
					isBusy={ isBusy }
					disabled={ isBusy }
					accessibleWhenDisabled
					onClick={ ( event: FormEvent ) => submit( event, true ) }
				>
					{ submitAndSendLabel }
				</Button>
			</div>
		</form>
	);
}
