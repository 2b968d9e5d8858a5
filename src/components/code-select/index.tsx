/**
 * A select of codes told in words (session, payment and bundle statuses).
 */

/**
 * WordPress dependencies
 */
import { SelectControl } from '@wordpress/components';

/**
 * Internal dependencies
 */
import { optionsOf } from '../../utils/format';

export interface CodeSelectProps< T extends string > {
	label: string;
	value: T;
	/** The codes, in order (from src/rules.ts). */
	codes: readonly T[];
	/** The words for a code. */
	labelOf: ( code: T ) => string;
	onChange: ( code: T ) => void;
	disabled?: boolean | undefined;
}

/**
 * Code select.
 *
 * @param props          Props.
 * @param props.label    Label.
 * @param props.value    Chosen code.
 * @param props.codes    Codes.
 * @param props.labelOf  Words of a code.
 * @param props.onChange Change handler.
 * @param props.disabled Whether it is disabled.
 */
export function CodeSelect< T extends string >( {
	label,
	value,
	codes,
	labelOf,
	onChange,
	disabled,
}: CodeSelectProps< T > ) {
	return (
		<SelectControl
			__nextHasNoMarginBottom
			__next40pxDefaultSize
			label={ label }
			value={ value }
			disabled={ disabled }
			options={ optionsOf( codes, labelOf ) }
			onChange={ ( next: string ) => onChange( next as T ) }
		/>
	);
}
