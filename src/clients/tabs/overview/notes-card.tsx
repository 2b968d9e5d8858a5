/**
 * Private coach notes of a client, saved a moment after typing stops. Every coach who reaches the
 * client shares them (a practice's shared file).
 */

/**
 * WordPress dependencies
 */
import {
	Button,
	Card,
	CardBody,
	CardHeader,
	TextareaControl,
} from '@wordpress/components';
import { useCallback, useEffect, useRef, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { api } from '../../../api/client';
import { useClientModule } from '../../module';

type NotesState = 'loading' | 'saved' | 'unsaved' | 'saving' | 'error';

/**
 * Private coach notes, saved a moment after typing stops.
 *
 * @param props          Props.
 * @param props.clientId Client.
 */
export function NotesCard( { clientId }: { clientId: number } ) {
	const [ notes, setNotes ] = useState( '' );
	const [ state, setState ] = useState< NotesState >( 'loading' );
	const timer = useRef< number | undefined >( undefined );
	const canEdit = useClientModule().can( 'edit_clients' );

	useEffect( () => {
		api.insights
			.notes( clientId )
			.then( ( result ) => {
				setNotes( result.notes );
				setState( 'saved' );
			} )
			.catch( () => setState( 'error' ) );
		return () => window.clearTimeout( timer.current );
	}, [ clientId ] );

	const save = useCallback(
		( text: string ) => {
			setState( 'saving' );
			api.insights
				.saveNotes( clientId, text )
				.then( () => setState( 'saved' ) )
				.catch( () => setState( 'error' ) );
		},
		[ clientId ]
	);

	const label = {
		loading: __( 'Loading…', 'joolweb-sessions-pro' ),
		saved: __( 'Saved', 'joolweb-sessions-pro' ),
		unsaved: __( 'Unsaved changes', 'joolweb-sessions-pro' ),
		saving: __( 'Saving…', 'joolweb-sessions-pro' ),
		error: __( 'Not saved: try again', 'joolweb-sessions-pro' ),
	}[ state ];

	return (
		<Card className="joolwebsp-card joolwebsp-section">
			<CardHeader>
				<h2>{ __( 'Coach notes', 'joolweb-sessions-pro' ) }</h2>
				<span
					className={ `joolwebsp-save-state is-${ state }` }
					role="status"
				>
					{ label }
				</span>
			</CardHeader>
			<CardBody>
				<TextareaControl
					__nextHasNoMarginBottom
					label={ __(
						'Private notes (the client never sees them)',
						'joolweb-sessions-pro'
					) }
					value={ notes }
					disabled={ state === 'loading' || ! canEdit }
					rows={ 5 }
					onChange={ ( value: string ) => {
						setNotes( value );
						setState( 'unsaved' );
						window.clearTimeout( timer.current );
						timer.current = window.setTimeout(
							() => save( value ),
							800
						);
					} }
				/>
				{ state === 'error' && (
					<Button variant="secondary" onClick={ () => save( notes ) }>
						{ __( 'Save notes', 'joolweb-sessions-pro' ) }
					</Button>
				) }
			</CardBody>
		</Card>
	);
}
