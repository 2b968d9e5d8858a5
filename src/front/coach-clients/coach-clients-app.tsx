/**
 * My clients: the list with server-side search and paging, Add client (the admin's form, from the
 * client module) for users with `create_clients`, and a client's profile (the module's profile,
 * front variant) when the URL names one.
 */

/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { ClientPage } from '../../clients';
import { can } from '../../settings';
import { customerUrl, pageUrl } from '../settings';
import { CoachPage } from '../shared/front-module';
import { ClientList } from './client-list';

/**
 * The page.
 *
 * @param props          Props.
 * @param props.customer Client id from the URL, or 0 for the list.
 */
export function CoachClientsApp( { customer }: { customer: number } ) {
	const [ clientId, setClientId ] = useState( customer );
	const [ adding, setAdding ] = useState( false );
	const list = pageUrl( 'coach_clients' );

	useEffect( () => {
		const onPop = () => window.location.reload();
		window.addEventListener( 'popstate', onPop );
		return () => window.removeEventListener( 'popstate', onPop );
	}, [] );

	if ( clientId > 0 || adding ) {
		return (
			<CoachPage>
				{ list && (
					<Button
						variant="secondary"
						href={ list }
						className="joolwebsp-front__back"
					>
						{ __( 'Back to My clients', 'joolweb-sessions-pro' ) }
					</Button>
				) }
				<ClientPage
					clientId={ clientId }
					onCreated={ ( id ) => {
						window.history.pushState( null, '', customerUrl( id ) );
						window.scrollTo( 0, 0 );
						setAdding( false );
						setClientId( id );
					} }
				/>
			</CoachPage>
		);
	}
	return (
		<CoachPage>
			{ can( 'create_clients' ) && (
				<Button
					variant="primary"
					onClick={ () => setAdding( true ) }
					className="joolwebsp-front__add"
				>
					{ __( 'Add client', 'joolweb-sessions-pro' ) }
				</Button>
			) }
			<ClientList />
		</CoachPage>
	);
}
