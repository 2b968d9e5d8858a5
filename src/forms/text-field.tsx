/**
 * A text field with its error: the one way forms show a field, marked invalid and described by its
 * error for screen readers.
 */

/**
 * External dependencies
 */
import type { ComponentProps } from 'react';

/**
 * WordPress dependencies
 */
import { TextControl } from '@wordpress/components';
import { useInstanceId } from '@wordpress/compose';

type TextControlProps = ComponentProps< typeof TextControl >;

export type TextFieldProps = Omit<
	TextControlProps,
	'onChange' | 'value' | '__nextHasNoMarginBottom' | '__next40pxDefaultSize'
> & {
	value: string;
	onChange: ( value: string ) => void;
	error?: string | undefined;
};

/**
 * Text field.
 *
 * @param props          Props of TextControl, plus the error.
 * @param props.error    Error shown below the field.
 * @param props.value    Value.
 * @param props.onChange Change handler.
 */
export function TextField( {
	error,
	value,
	onChange,
	...rest
}: TextFieldProps ) {
	const errorId = `joolwebsp-field-error-${ useInstanceId( TextField ) }`;
	return (
		<div className={ `joolwebsp-field${ error ? ' has-error' : '' }` }>
			<TextControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				{ ...rest }
				value={ value }
				onChange={ ( next: string ) => onChange( next ) }
				aria-invalid={ !! error }
				aria-describedby={
					[ rest[ 'aria-describedby' ], error ? errorId : undefined ]
						.filter( Boolean )
						.join( ' ' ) || undefined
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
}
