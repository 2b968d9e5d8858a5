/**
 * Add Customer: names, email, phone (and coach for users who reach everyone); Add, or Add and send
 * login details. Never shows or asks for a password.
 */

/**
 * WordPress dependencies
 */
import { Card, CardBody } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { api, errorMessage } from '../../api/client';
import { Screen } from '../../components/screen';
import { can } from '../../settings';
import { store as clientsStore } from '../../store/clients';
import { ClientForm } from './client-form';
import { useClientForm } from './use-client-form';
import { EMPTY_FORM, toClientWrite } from './validation';

export interface AddClientScreenProps {
	onCreated: ( clientId: number ) => void;
}

/**
 * Add Customer screen.
 *
 * @param props           Props.
 * @param props.onCreated
 */
export function AddClientScreen( { onCreated }: AddClientScreenProps ) {
	const form = useClientForm( EMPTY_FORM );
	const canChooseCoach = can( 'manage_options' );
	const coaches = useSelect(
		( select ) =>
			canChooseCoach ? select( clientsStore ).getCoaches() : null,
		[ canChooseCoach ]
	);
	const { createClient } = useDispatch( clientsStore );
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );

	const onSubmit = ( sendLogin: boolean ) =>
		form.submit( async ( values ) => {
			const client = await createClient(
				toClientWrite( values, canChooseCoach )
			);
			const name = `${ client.first_name } ${ client.last_name }`;
			createSuccessNotice(
				/* translators: %s: client name. */
				sprintf( __( '%s was added.', 'joolweb-sessions-pro' ), name ),
				{ type: 'snackbar' }
			);
			onCreated( client.id );
			if ( sendLogin ) {
				try {
					await api.clients.sendLogin( client.id );
					createSuccessNotice(
						sprintf(
							/* translators: %s: email address. */
							__(
								'Login details were sent to %s.',
								'joolweb-sessions-pro'
							),
							client.email
						),
						{ type: 'snackbar' }
					);
				} catch ( error ) {
					createErrorNotice(
						errorMessage(
							error,
							__(
								'The client was added, but the login details could not be sent.',
								'joolweb-sessions-pro'
							)
						),
						{ type: 'snackbar' }
					);
				}
			}
		} );

	return (
		<Screen title={ __( 'Add Customer', 'joolweb-sessions-pro' ) }>
			<Card className="joolwebsp-card">
				<CardBody>
					<ClientForm
						values={ form.values }
						errors={ form.errors }
						onChange={ form.setValues }
						onSubmit={ onSubmit }
						coaches={ canChooseCoach ? ( coaches ?? [] ) : null }
						isBusy={ form.isBusy }
						submitLabel={ __( 'Add', 'joolweb-sessions-pro' ) }
						submitAndSendLabel={ __(
							'Add and send login details',
							'joolweb-sessions-pro'
						) }
					/>
				</CardBody>
			</Card>
		</Screen>
	);
}
