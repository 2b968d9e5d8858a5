/**
 * Add Customer: names, email, phone (and coaches for users who reach everyone); Add, or Add and send
 * login details (one request: `POST /clients` with `send_login`). Never shows or asks for a password.
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
import type { Client } from '../../api/types';
import { store as clientsStore } from '../../store/clients';
import { useAccountActions } from '../account/use-account-actions';
import { ClientForm } from '../form/client-form';
import { useClientForm } from '../form/use-client-form';
import { EMPTY_FORM, toClientWrite } from '../form/validation';
import { useClientModule } from '../module';

export interface AddClientScreenProps {
	onCreated: ( clientId: number ) => void;
}

/**
 * The client a failed `send_login` still created (the server adds it to the error's data).
 *
 * @param error Thrown value.
 */
function createdDespite( error: unknown ): Client | null {
	const data = ( error as { data?: { client?: Client } } | null )?.data;
	return data?.client ?? null;
}

/**
 * Add Customer screen.
 *
 * @param props           Props.
 * @param props.onCreated After the client was created.
 */
export function AddClientScreen( { onCreated }: AddClientScreenProps ) {
	const module = useClientModule();
	const { Frame } = module;
	const form = useClientForm( EMPTY_FORM );
	const canChooseCoach = module.reachesEveryone;
	const coaches = useSelect(
		( select ) =>
			canChooseCoach ? select( clientsStore ).getCoaches() : null,
		[ canChooseCoach ]
	);
	const { createClient, receiveClient, invalidatePages } =
		useDispatch( clientsStore );
	const { createSuccessNotice } = useDispatch( noticesStore );
	const { reportLogin } = useAccountActions();

	const added = ( client: Client ) => {
		createSuccessNotice(
			sprintf(
				/* translators: %s: client name. */
				__( '%s was added.', 'joolweb-sessions-pro' ),
				`${ client.first_name } ${ client.last_name }`
			),
			{ type: 'snackbar' }
		);
		onCreated( client.id );
	};

	const onSubmit = ( sendLogin: boolean ) =>
		form.submit( async ( values ) => {
			let client: Client;
			try {
				client = await createClient( {
					...toClientWrite( values, canChooseCoach ),
					...( sendLogin ? { send_login: true } : {} ),
				} );
			} catch ( error ) {
				const created = createdDespite( error );
				if ( ! created ) {
					throw error;
				}
				receiveClient( created );
				invalidatePages();
				added( created );
				reportLogin( created, error );
				return;
			}
			added( client );
			if ( sendLogin ) {
				reportLogin( client, null );
			}
		} );

	return (
		<Frame title={ __( 'Add Customer', 'joolweb-sessions-pro' ) }>
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
						submitLabel={ __( 'Add', 'joolweb-sessions-pro' ) }
						submitAndSendLabel={ __(
							'Add and send login details',
							'joolweb-sessions-pro'
						) }
					/>
				</CardBody>
			</Card>
		</Frame>
	);
}
