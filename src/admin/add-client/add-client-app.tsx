/**
 * Add Customer page: the form, or a client's profile when `client_id` is in the URL. Creating a
 * client moves to its profile without a reload, so the confirmation snackbar stays visible.
 */

/**
 * WordPress dependencies
 */
import { useEffect, useState } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { AddClientScreen } from './add-client-screen';
import { ClientProfile } from './client-profile';

/**
 * The client id in a URL query, or 0.
 *
 * @param search `location.search`.
 */
export function clientIdFromUrl( search: string ): number {
	const id = Number( new URLSearchParams( search ).get( 'client_id' ) );
	return Number.isInteger( id ) && id > 0 ? id : 0;
}

/**
 * Page router.
 */
export function AddClientApp() {
	const [ clientId, setClientId ] = useState( () =>
		clientIdFromUrl( window.location.search )
	);
	useEffect( () => {
		const onPop = () =>
			setClientId( clientIdFromUrl( window.location.search ) );
		window.addEventListener( 'popstate', onPop );
		return () => window.removeEventListener( 'popstate', onPop );
	}, [] );
	if ( clientId ) {
		return <ClientProfile key={ clientId } clientId={ clientId } />;
	}
	return (
		<AddClientScreen
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
