/**
 * The one form hook: values, field errors, busy state and submission — browser checks first, then
 * the save; API errors about fields land on their fields (through `fieldErrorsFromApi`), other
 * errors in `message` (inline) or a snackbar.
 */

/**
 * External dependencies
 */
import type { RefObject } from 'react';

/**
 * WordPress dependencies
 */
import { useDispatch } from '@wordpress/data';
import { useCallback, useRef, useState } from '@wordpress/element';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { errorMessage } from '../api/client';
import { fieldErrorsFromApi } from './field-errors';
import type { FieldErrorMap, FieldErrors } from './field-errors';

export interface UseFormOptions< V, F extends string > {
	/** Browser checks; the server checks again. */
	validate?: ( values: V ) => FieldErrors< F >;
	/** How REST errors map to the fields. */
	errorMap: FieldErrorMap< F >;
	/** Message when a failure says nothing useful. */
	failure: string;
	/** Where other errors go: `message` below the form's title, or a snackbar. */
	notice?: 'inline' | 'snackbar';
}

export interface UseForm< V, F extends string > {
	values: V;
	errors: FieldErrors< F >;
	/** The error that is not about a field (inline mode). */
	message: string | null;
	isBusy: boolean;
	setValues: ( values: V ) => void;
	/** A change handler for one field. */
	set: < K extends keyof V >( key: K ) => ( value: V[ K ] ) => void;
	setErrors: ( errors: FieldErrors< F > ) => void;
	/** Attach to the `<form>`: the first invalid field gets the focus. */
	formRef: RefObject< HTMLFormElement >;
	/** Checks, then runs `save`; resolves true when it saved. */
	submit: ( save: ( values: V ) => Promise< void > ) => Promise< boolean >;
}

/**
 * Form state hook.
 *
 * @param initial Initial values.
 * @param options Checks, error mapping and messages.
 */
export function useForm< V, F extends string >(
	initial: V,
	options: UseFormOptions< V, F >
): UseForm< V, F > {
	const [ values, setValues ] = useState< V >( initial );
	const [ errors, setErrors ] = useState< FieldErrors< F > >( {} );
	const [ message, setMessage ] = useState< string | null >( null );
	const [ isBusy, setIsBusy ] = useState( false );
	const formRef = useRef< HTMLFormElement >( null );
	const { createErrorNotice } = useDispatch( noticesStore );
	const { validate, errorMap, failure, notice = 'inline' } = options;

	const focusFirstError = () =>
		window.setTimeout( () =>
			formRef.current
				?.querySelector< HTMLElement >( '[aria-invalid="true"]' )
				?.focus()
		);

	const submit = async ( save: ( values: V ) => Promise< void > ) => {
		const found = validate ? validate( values ) : {};
		setErrors( found );
		setMessage( null );
		if ( Object.keys( found ).length ) {
			focusFirstError();
			return false;
		}
		setIsBusy( true );
		try {
			await save( values );
			return true;
		} catch ( error ) {
			const fields = fieldErrorsFromApi( error, errorMap );
			if ( fields ) {
				setErrors( fields );
				focusFirstError();
			}
			if ( ! fields || notice === 'inline' ) {
				const text = errorMessage( error, failure );
				if ( notice === 'snackbar' ) {
					createErrorNotice( text, { type: 'snackbar' } );
				} else {
					setMessage( text );
				}
			}
			return false;
		} finally {
			setIsBusy( false );
		}
	};

	const set = useCallback(
		< K extends keyof V >( key: K ) =>
			( value: V[ K ] ) =>
				setValues( ( previous ) => ( {
					...previous,
					[ key ]: value,
				} ) ),
		[]
	);

	return {
		values,
		errors,
		message,
		isBusy,
		setValues,
		set,
		setErrors,
		formRef,
		submit,
	};
}
