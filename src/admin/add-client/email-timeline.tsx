/**
 * The client's email log as a timeline, newest first.
 */

/**
 * WordPress dependencies
 */
import { Button, Notice, Spinner } from '@wordpress/components';
import { dateI18n, getSettings as getDateSettings } from '@wordpress/date';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { api, errorMessage } from '../../api/client';
import type { EmailLogEntry } from '../../api/types';

export interface EmailTimelineProps {
	clientId: number;
	/** Changes when an email was just sent, to reload. */
	refreshKey: number;
}

function typeLabel( type: string ): string {
	switch ( type ) {
		case 'welcome':
			return __( 'Login details', 'joolweb-sessions-pro' );
		case 'password_reset':
			return __( 'Password reset', 'joolweb-sessions-pro' );
		default:
			return type;
	}
}

/**
 * Email timeline.
 *
 * @param props            Props.
 * @param props.clientId
 * @param props.refreshKey
 */
export function EmailTimeline( { clientId, refreshKey }: EmailTimelineProps ) {
	const [ entries, setEntries ] = useState< EmailLogEntry[] | null >( null );
	const [ total, setTotal ] = useState( 0 );
	const [ page, setPage ] = useState( 1 );
	const [ error, setError ] = useState< string | null >( null );

	useEffect( () => {
		let live = true;
		setError( null );
		api.clients
			.emails( clientId, page )
			.then( ( result ) => {
				if ( live ) {
					setEntries( ( previous ) =>
						page === 1 || ! previous
							? result.items
							: [ ...previous, ...result.items ]
					);
					setTotal( result.total );
				}
			} )
			.catch(
				( reason: unknown ) =>
					live &&
					setError(
						errorMessage(
							reason,
							__(
								'The email log could not be loaded.',
								'joolweb-sessions-pro'
							)
						)
					)
			);
		return () => {
			live = false;
		};
	}, [ clientId, page, refreshKey ] );

	useEffect( () => setPage( 1 ), [ refreshKey ] );

	if ( error ) {
		return (
			<Notice status="error" isDismissible={ false }>
				{ error }
			</Notice>
		);
	}
	if ( ! entries ) {
		return <Spinner />;
	}
	if ( ! entries.length ) {
		return (
			<p className="joolwebsp-muted">
				{ __(
					'No email has been sent to this client yet.',
					'joolweb-sessions-pro'
				) }
			</p>
		);
	}
	const format = getDateSettings().formats.datetime;
	return (
		<>
			<ol className="joolwebsp-timeline">
				{ entries.map( ( entry ) => (
					<li
						key={ entry.id }
						className={ entry.success ? 'is-sent' : 'is-failed' }
					>
						<span className="joolwebsp-timeline__status">
							{ entry.success
								? __( 'Sent', 'joolweb-sessions-pro' )
								: __( 'Failed', 'joolweb-sessions-pro' ) }
						</span>{ ' ' }
						<strong>{ typeLabel( entry.type ) }</strong>
						{ ' — ' }
						<time dateTime={ entry.sent_at }>
							{ dateI18n( format, entry.sent_at, undefined ) }
						</time>
						<div className="joolwebsp-timeline__detail">
							{ sprintf(
								/* translators: 1: subject, 2: recipient. */
								__( '“%1$s” to %2$s', 'joolweb-sessions-pro' ),
								entry.subject,
								entry.recipient
							) }
							{ ! entry.success && entry.error && (
								<span className="joolwebsp-timeline__error">
									{ ' ' }
									{ entry.error }
								</span>
							) }
						</div>
					</li>
				) ) }
			</ol>
			{ entries.length < total && (
				<Button
					variant="secondary"
					onClick={ () => setPage( page + 1 ) }
				>
					{ __( 'Show older emails', 'joolweb-sessions-pro' ) }
				</Button>
			) }
		</>
	);
}
