/**
 * A searchable client picker: a ComboboxControl whose options come from `/clients?search=` as the
 * user types, so every client can be found, not only the first page.
 */

/**
 * WordPress dependencies
 */
import { ComboboxControl } from '@wordpress/components';
import { useDebounce } from '@wordpress/compose';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { api } from '../../api/client';
import type { Client } from '../../api/types';
import { useRestQuery } from '../../data/use-rest-query';

/** A chosen client: its id and the words shown for it. */
export interface PickedClient {
	id: number;
	name: string;
}

/** How many matches the list shows at once. */
export const PICKER_PAGE = 20;

export interface ClientPickerProps {
	value: PickedClient | null;
	onChange: ( client: PickedClient | null ) => void;
	error?: string | undefined;
}

/**
 * The words for a client in the list: name and email, so namesakes differ.
 *
 * @param client Client.
 */
function optionLabel( client: Client ): string {
	return `${ client.first_name } ${ client.last_name } (${ client.email })`;
}

/**
 * Client picker.
 *
 * @param props          Props.
 * @param props.value    Chosen client.
 * @param props.onChange Change handler.
 * @param props.error    Field error.
 */
export function ClientPicker( { value, onChange, error }: ClientPickerProps ) {
	const [ term, setTerm ] = useState( '' );
	const search = useDebounce( setTerm, 250 );
	const matches = useRestQuery( [ 'client-picker', term ], () =>
		api.clients.list( {
			search: term,
			per_page: PICKER_PAGE,
			orderby: 'last_name',
			order: 'asc',
		} )
	);
	const options = ( matches.data?.items ?? [] ).map( ( client ) => ( {
		value: String( client.id ),
		label: optionLabel( client ),
	} ) );
	if ( value && ! options.some( ( o ) => o.value === String( value.id ) ) ) {
		options.unshift( { value: String( value.id ), label: value.name } );
	}
	return (
		<div className={ `joolwebsp-field${ error ? ' has-error' : '' }` }>
			<ComboboxControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Client *', 'joolweb-sessions-pro' ) }
				help={ __(
					'Type a name or an email to search every client.',
					'joolweb-sessions-pro'
				) }
				value={ value ? String( value.id ) : null }
				options={ options }
				onFilterValueChange={ ( next: string ) =>
					search( next.trim() )
				}
				onChange={ ( next?: string | null ) => {
					const option = options.find( ( o ) => o.value === next );
					onChange(
						option
							? { id: Number( option.value ), name: option.label }
							: null
					);
				} }
			/>
			{ error && (
				<p className="joolwebsp-field__error" role="alert">
					{ error }
				</p>
			) }
		</div>
	);
}
