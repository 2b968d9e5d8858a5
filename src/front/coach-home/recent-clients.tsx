/**
 * Coach home: the five clients added last among those the coach reaches, and a link to My clients.
 */

/**
 * WordPress dependencies
 */
import { Spinner } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { api, errorMessage } from '../../api/client';
import type { Client } from '../../api/types';
import { customerUrl, pageUrl } from '../settings';
import { FrontNotice } from '../shared/notice';

/**
 * Recent clients block.
 */
export function RecentClients() {
	const [ clients, setClients ] = useState< Client[] | null >( null );
	const [ error, setError ] = useState( '' );

	useEffect( () => {
		api.clients
			.list( { orderby: 'created_at', order: 'desc', per_page: 5 } )
			.then( ( page ) => setClients( page.items ) )
			.catch( ( failure ) =>
				setError(
					errorMessage(
						failure,
						__(
							'The clients could not be loaded.',
							'joolweb-sessions-pro'
						)
					)
				)
			);
	}, [] );

	const all = pageUrl( 'coach_clients' );
	return (
		<section className="joolwebsp-front__section">
			<h2>{ __( 'Recent clients', 'joolweb-sessions-pro' ) }</h2>
			{ error && <FrontNotice status="error">{ error }</FrontNotice> }
			{ ! clients && ! error && <Spinner /> }
			{ clients && clients.length === 0 && (
				<p>{ __( 'No client yet.', 'joolweb-sessions-pro' ) }</p>
			) }
			{ clients && clients.length > 0 && (
				<ul className="joolwebsp-front__list">
					{ clients.map( ( client ) => (
						<li key={ client.id }>
							<a
								className="joolwebsp-front__link"
								href={ customerUrl( client.id ) }
							>
								{ `${ client.first_name } ${ client.last_name }` }
							</a>
						</li>
					) ) }
				</ul>
			) }
			{ all && (
				<a className="joolwebsp-front__link" href={ all }>
					{ __( 'See all my clients', 'joolweb-sessions-pro' ) }
				</a>
			) }
		</section>
	);
}
