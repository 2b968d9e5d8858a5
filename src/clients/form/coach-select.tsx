/**
 * Every coach of a client, chosen from a searchable list of checkboxes fed by `/coaches`. Coaches
 * already chosen stay listed while searching, so none is dropped by accident.
 */

/**
 * WordPress dependencies
 */
import { CheckboxControl, SearchControl } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Coach } from '../../api/types';

/** Above this many coaches, a search field filters the list. */
const SEARCH_FROM = 8;

export interface CoachSelectProps {
	coaches: Coach[];
	value: number[];
	onChange: ( value: number[] ) => void;
	error?: string | undefined;
}

/**
 * Coach multi-select.
 *
 * @param props          Props.
 * @param props.coaches  Coaches to choose from.
 * @param props.value    Chosen coach ids.
 * @param props.onChange Change handler.
 * @param props.error    Field error.
 */
export function CoachSelect( {
	coaches,
	value,
	onChange,
	error,
}: CoachSelectProps ) {
	const [ search, setSearch ] = useState( '' );
	const term = search.trim().toLocaleLowerCase();
	const shown = coaches.filter(
		( coach ) =>
			! term ||
			value.includes( coach.id ) ||
			coach.name.toLocaleLowerCase().includes( term )
	);
	// Chosen coaches the list does not know (e.g. a user who lost the coach role) stay chosen.
	const unknown = value.filter(
		( id ) => ! coaches.some( ( coach ) => coach.id === id )
	);
	return (
		<fieldset
			className={ `joolwebsp-field joolwebsp-coach-select${
				error ? ' has-error' : ''
			}` }
			aria-invalid={ !! error }
		>
			<legend>{ __( 'Coaches', 'joolweb-sessions-pro' ) }</legend>
			{ coaches.length > SEARCH_FROM && (
				<SearchControl
					__nextHasNoMarginBottom
					label={ __( 'Search coaches', 'joolweb-sessions-pro' ) }
					value={ search }
					onChange={ ( next: string ) => setSearch( next ) }
				/>
			) }
			{ ! coaches.length && (
				<p className="joolwebsp-muted">
					{ __( 'No coach yet.', 'joolweb-sessions-pro' ) }
				</p>
			) }
			<ul className="joolwebsp-coach-select__list">
				{ shown.map( ( coach ) => (
					<li key={ coach.id }>
						<CheckboxControl
							__nextHasNoMarginBottom
							label={ coach.name }
							checked={ value.includes( coach.id ) }
							onChange={ ( checked: boolean ) =>
								onChange(
									checked
										? [ ...value, coach.id ]
										: value.filter(
												( id ) => id !== coach.id
											)
								)
							}
						/>
					</li>
				) ) }
				{ unknown.map( ( id ) => (
					<li key={ id }>
						<CheckboxControl
							__nextHasNoMarginBottom
							label={ `#${ id }` }
							checked
							onChange={ () =>
								onChange(
									value.filter( ( other ) => other !== id )
								)
							}
						/>
					</li>
				) ) }
			</ul>
			{ error && (
				<p className="joolwebsp-field__error" role="alert">
					{ error }
				</p>
			) }
		</fieldset>
	);
}
