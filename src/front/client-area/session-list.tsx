/**
 * A paged list of the client's sessions (upcoming, past, or pending payments).
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
import { errorMessage } from '../../api/client';
import type { Page } from '../../api/types';
import { Pager } from '../../components/pager';
import { meApi, type MySession, type MySessionQuery } from '../api';
import { FrontNotice } from '../shared/notice';
import { MySessionCard } from './my-session-card';

export interface SessionListProps {
	title: string;
	query: MySessionQuery;
	empty: string;
	cancellable?: boolean;
	/** Changes when another list changed something (reloads). */
	version: number;
	onChanged?: () => void;
}

/**
 * Session list with its own paging.
 *
 * @param props             Props.
 * @param props.title       Heading.
 * @param props.query       Query.
 * @param props.empty       Text when empty.
 * @param props.cancellable Cancel buttons.
 * @param props.version     Reload key.
 * @param props.onChanged   Called after a cancellation.
 */
export function SessionList( {
	title,
	query,
	empty,
	cancellable,
	version,
	onChanged,
}: SessionListProps ) {
	const [ page, setPage ] = useState( 1 );
	const [ data, setData ] = useState< Page< MySession > | null >( null );
	const [ error, setError ] = useState( '' );
	const [ cancelled, setCancelled ] = useState( '' );
	const key = JSON.stringify( query );

	useEffect( () => {
		let live = true;
		setError( '' );
		meApi
			.sessions( { ...( JSON.parse( key ) as MySessionQuery ), page } )
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
	}, [ key, page, version ] );

	return (
		<section className="joolwebsp-front__section">
			<h2>{ title }</h2>
			{ cancelled && (
				<FrontNotice status="success">{ cancelled }</FrontNotice>
			) }
			{ error && <FrontNotice status="error">{ error }</FrontNotice> }
			{ ! data && ! error && <Spinner /> }
			{ data && data.items.length === 0 && <p>{ empty }</p> }
			{ data && data.items.length > 0 && (
				<ul className="joolwebsp-front__cards">
					{ data.items.map( ( session ) => (
						<MySessionCard
							key={ session.id }
							session={ session }
							cancellable={ cancellable }
							onCancelled={ () => {
								setCancelled(
									__(
										'The session is cancelled. Your coach has been told.',
										'joolweb-sessions-pro'
									)
								);
								onChanged?.();
							} }
						/>
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
		</section>
	);
}
