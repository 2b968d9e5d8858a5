/**
 * Which page of the client module to show: a client's profile (gated on `view_clients`), or the
 * Add Customer form when no client is named (gated on `create_clients`). The admin entry keeps the
 * client id in the URL (`client_id`); creating a client moves to its profile without a reload, so
 * the confirmation snackbar stays visible.
 */

/**
 * WordPress dependencies
 */
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { AddClientScreen } from './add-form/add-client-screen';
import { useClientModule } from './module';
import { ClientProfile } from './profile/client-profile';

/**
 * The client id in a URL query, or 0.
 *
 * @param search `location.search`.
 */
export function clientIdFromUrl( search: string ): number {
	const id = Number( new URLSearchParams( search ).get( 'client_id' ) );
	return Number.isInteger( id ) && id > 0 ? id : 0;
}

export interface ClientPageProps {
	/** The client to show, or 0 for the Add Customer form. */
	clientId: number;
	onCreated: ( clientId: number ) => void;
}

/**
 * The profile or the add form, each behind its own capability.
 *
 * @param props           Props.
 * @param props.clientId  Client, or 0.
 * @param props.onCreated After a client was created.
 */
export function ClientPage( { clientId, onCreated }: ClientPageProps ) {
	const module = useClientModule();
	const { Frame } = module;
	const allowed = module.can( clientId ? 'view_clients' : 'create_clients' );
	if ( ! allowed ) {
		return (
			<Frame
				title={
					clientId
						? __( 'Client', 'joolweb-sessions-pro' )
						: __( 'Add Customer', 'joolweb-sessions-pro' )
				}
			>
				<p role="alert">
					{ clientId
						? __(
								'You are not allowed to view clients.',
								'joolweb-sessions-pro'
							)
						: __(
								'You are not allowed to add clients.',
								'joolweb-sessions-pro'
							) }
				</p>
			</Frame>
		);
	}
	if ( clientId ) {
		return <ClientProfile key={ clientId } clientId={ clientId } />;
	}
	return <AddClientScreen onCreated={ onCreated } />;
}

/**
 * The admin page: the client id lives in the URL, Back / Forward move between form and profile.
 */
export function ClientRouter() {
	const [ clientId, setClientId ] = useState( () =>
		clientIdFromUrl( window.location.search )
	);
	useEffect( () => {
		const onPop = () =>
			setClientId( clientIdFromUrl( window.location.search ) );
		window.addEventListener( 'popstate', onPop );
		return () => window.removeEventListener( 'popstate', onPop );
	}, [] );
	return (
		<ClientPage
			clientId={ clientId }
			onCreated={ ( id ) => {
				const params = new URLSearchParams( window.location.search );
				params.set( 'client_id', String( id ) );
				window.history.pushState( null, '', `?${ params.toString() }` );
				window.scrollTo( 0, 0 );
				setClientId( id );
			} }
		/>
	);
}
