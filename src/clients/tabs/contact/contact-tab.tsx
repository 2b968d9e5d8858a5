/**
 * Profile → Contact: the client form with every coach of the client. What the store keeps is the
 * server's answer to the save, never the form's values.
 */

/**
 * WordPress dependencies
 */
import { Card, CardBody } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { __ } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import type { Client, ClientUpdate } from '../../../api/types';
import { store as clientsStore } from '../../../store/clients';
import {
	accountLockReason,
	useAccountActions,
} from '../../account/use-account-actions';
import { ClientForm } from '../../form/client-form';
import { useClientForm } from '../../form/use-client-form';
import { toClientWrite } from '../../form/validation';
import type { ClientFormValues } from '../../form/validation';
import { useClientModule } from '../../module';

export interface ContactTabProps {
	client: Client;
	onEmailSent: () => void;
}

/**
 * The form values of a client.
 *
 * @param client Client.
 */
export function formValuesOf( client: Client ): ClientFormValues {
	return {
		first_name: client.first_name,
		last_name: client.last_name,
		email: client.email,
		phone: client.phone,
		coach_ids: [ ...client.coach_ids ],
	};
}

/**
 * Contact form of the profile.
 *
 * @param props             Props.
 * @param props.client      Client.
 * @param props.onEmailSent After login details were sent (or failed).
 */
export function ContactTab( { client, onEmailSent }: ContactTabProps ) {
	const module = useClientModule();
	const canChooseCoach = module.reachesEveryone;
	const coaches = useSelect(
		( select ) =>
			canChooseCoach ? select( clientsStore ).getCoaches() : null,
		[ canChooseCoach ]
	);
	const form = useClientForm( formValuesOf( client ) );
	const { updateClient } = useDispatch( clientsStore );
	const { sendLogin } = useAccountActions();
	const { createSuccessNotice } = useDispatch( noticesStore );
	const lockReason = accountLockReason( client );

	if ( ! module.can( 'edit_clients' ) ) {
		return (
			<p>
				{ __(
					'You can view this client but not change it.',
					'joolweb-sessions-pro'
				) }
			</p>
		);
	}
	const onSubmit = ( withLogin: boolean ) =>
		form.submit( async ( values ) => {
			const write: ClientUpdate = toClientWrite( values, canChooseCoach );
			if ( lockReason ) {
				// The account's email and names are not the plugin's to change.
				delete write.email;
				delete write.first_name;
				delete write.last_name;
			}
			const saved: Client = await updateClient( client.id, write );
			form.setValues( formValuesOf( saved ) );
			createSuccessNotice(
				__( 'Contact details saved.', 'joolweb-sessions-pro' ),
				{ type: 'snackbar' }
			);
			if ( withLogin ) {
				await sendLogin( saved );
				onEmailSent();
			}
		} );
	return (
		<Card className="joolwebsp-card">
			<CardBody>
				<ClientForm
					formRef={ form.formRef }
					values={ form.values }
					errors={ form.errors }
					onChange={ form.setValues }
					onSubmit={ onSubmit }
					coaches={ canChooseCoach ? ( coaches ?? [] ) : null }
					isBusy={ form.isBusy }
					submitLabel={ __( 'Save', 'joolweb-sessions-pro' ) }
					submitAndSendLabel={
						lockReason
							? null
							: __(
									'Save and send login details',
									'joolweb-sessions-pro'
								)
					}
					locked={
						lockReason
							? {
									fields: [
										'first_name',
										'last_name',
										'email',
									],
									reason: lockReason,
								}
							: null
					}
				/>
			</CardBody>
		</Card>
	);
}
