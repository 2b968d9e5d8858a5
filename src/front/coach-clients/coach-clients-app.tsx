/**
 * My clients: the list with server-side search and paging; a client's profile when the URL names one.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { pageUrl } from '../settings';
import { ClientList } from './client-list';

/**
 * The page.
 *
 * @param props          Props.
 * @param props.customer Client id from the URL, or 0 for the list.
 */
export function CoachClientsApp( { customer }: { customer: number } ) {
	if ( customer > 0 ) {
		const back = pageUrl( 'coach_clients' );
		return (
			<div className="joolwebsp-front__app">
				{ back && (
					<a className="joolwebsp-front__link" href={ back }>
						{ __( 'Back to My clients', 'joolweb-sessions-pro' ) }
					</a>
				) }
			</div>
		);
	}
	return (
		<div className="joolwebsp-front__app">
			<ClientList />
		</div>
	);
}
