/**
 * Coach home, Upcoming sessions: the coach's booked sessions from now on as cards (the client
 * module's SessionCard: status and payment changeable in place), Edit and Create session in the
 * module's SessionModal (Save / Save and notify).
 */

/**
 * WordPress dependencies
 */
import { Button, Spinner } from '@wordpress/components';
import { useSelect } from '@wordpress/data';
import { useCallback, useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { api, errorMessage } from '../../api/client';
import type { Page, Session } from '../../api/types';
import { SessionCard, SessionModal, useClientModule } from '../../clients';
import { useSessionQuickChange } from '../../clients/sessions/use-session-quick-change';
import { Pager } from '../../components/pager';
import { store as clientsStore } from '../../store/clients';
import { customerUrl } from '../settings';
import { FrontNotice } from '../shared/notice';

const PER_PAGE = 10;

/**
 * Upcoming sessions tab.
 */
export function UpcomingSessions() {
	const module = useClientModule();
	const [ page, setPage ] = useState( 1 );
	const [ version, setVersion ] = useState( 0 );
	const [ data, setData ] = useState< Page< Session > | null >( null );
	const [ error, setError ] = useState( '' );
	const [ modal, setModal ] = useState< { session: Session | null } | null >(
		null
	);
	const reload = useCallback( () => setVersion( ( v ) => v + 1 ), [] );
	const { busyId, change } = useSessionQuickChange( reload );
	const canEdit = module.can( 'edit_sessions' );
	const coaches = useSelect(
		( select ) =>
			module.reachesEveryone ? select( clientsStore ).getCoaches() : null,
		[ module.reachesEveryone ]
	);

	useEffect( () => {
		let live = true;
		api.sessions
			.list( {
				after: new Date().toISOString(),
				status: 'booked',
				order: 'asc',
				page,
				per_page: PER_PAGE,
			} )
			.then( ( result ) => live && setData( result ) )
			.catch(
				( failure ) =>
					live &&
					setError(
						errorMessage(
							failure,
							__(
								'The sessions could not be loaded.',
								'joolweb-sessions-pro'
							)
						)
					)
			);
		return () => {
			live = false;
		};
	}, [ page, version ] );

	return (
		<section className="joolwebsp-front__section">
			{ canEdit && (
				<Button
					variant="primary"
					onClick={ () => setModal( { session: null } ) }
				>
					{ __( 'Create session', 'joolweb-sessions-pro' ) }
				</Button>
			) }
			{ error && <FrontNotice status="error">{ error }</FrontNotice> }
			{ ! data && ! error && <Spinner /> }
			{ data && data.items.length === 0 && (
				<p>{ __( 'No upcoming session.', 'joolweb-sessions-pro' ) }</p>
			) }
			{ data && data.items.length > 0 && (
				<ul className="joolwebsp-front__cards joolwebsp-front__sessions">
					{ data.items.map( ( session ) => (
						<li
							key={ session.id }
							className="joolwebsp-front__session"
						>
							<a
								className="joolwebsp-front__link"
								href={ customerUrl( session.client_id ) }
							>
								{ session.client_name }
							</a>
							<ul className="joolwebsp-session-list">
								<SessionCard
									session={ session }
									canEdit={ canEdit }
									isBusy={ busyId === session.id }
									onChange={ change }
									onEdit={ ( item ) =>
										setModal( { session: item } )
									}
								/>
							</ul>
						</li>
					) ) }
				</ul>
			) }
			{ data && (
				<Pager
					page={ page }
					totalPages={ data.totalPages }
					onChange={ setPage }
				/>
			) }
			{ modal && (
				<SessionModal
					session={ modal.session }
					client={ null }
					coaches={
						module.reachesEveryone ? ( coaches ?? [] ) : null
					}
					onClose={ () => setModal( null ) }
					onSaved={ () => {
						// The modal announces the save itself.
						setModal( null );
						reload();
					} }
				/>
			) }
		</section>
	);
}
