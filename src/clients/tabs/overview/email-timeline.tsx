/**
 * The client's email log as a timeline, newest first.
 */

/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { dateI18n, getSettings as getDateSettings } from '@wordpress/date';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { api } from '../../../api/client';
import type { EmailLogEntry } from '../../../api/types';
import { QueryStatus } from '../../../components/query-status';
import { useRestQuery } from '../../../data/use-rest-query';
import { getSettings } from '../../../settings';

export interface EmailTimelineProps {
	clientId: number;
	/** Changes when an email was just sent, to reload. */
	refreshKey: number;
}

/**
 * The words for an email type: the label PHP publishes (Email_Templates), never the raw code.
 *
 * @param type Email type.
 */
export function emailTypeLabel( type: string ): string {
	return (
		getSettings().emailTypes[ type ] ??
		__( 'Email', 'joolweb-sessions-pro' )
	);
}

/**
 * Every page of the log up to `pages`, newest first.
 *
 * @param clientId Client.
 * @param pages    Pages to load.
 */
async function loadPages(
	clientId: number,
	pages: number
): Promise< { entries: EmailLogEntry[]; total: number } > {
	const loaded = await Promise.all(
		Array.from( { length: pages }, ( _, index ) =>
			api.clients.emails( clientId, index + 1 )
		)
	);
	return {
		entries: loaded.flatMap( ( page ) => page.items ),
		total: loaded[ 0 ]?.total ?? 0,
	};
}

/**
 * Email timeline.
 *
 * @param props            Props.
 * @param props.clientId
 * @param props.refreshKey
 */
export function EmailTimeline( { clientId, refreshKey }: EmailTimelineProps ) {
	const [ pages, setPages ] = useState( 1 );
	const query = useRestQuery(
		[ 'emails', clientId, pages, refreshKey ],
		() => loadPages( clientId, pages ),
		{
			errorMessage: __(
				'The email log could not be loaded.',
				'joolweb-sessions-pro'
			),
		}
	);
	if ( ! query.data || query.error ) {
		return <QueryStatus query={ query }>{ () => null }</QueryStatus>;
	}
	const { entries, total } = query.data;
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
						<strong>{ emailTypeLabel( entry.type ) }</strong>
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
					onClick={ () => setPages( pages + 1 ) }
				>
					{ __( 'Show older emails', 'joolweb-sessions-pro' ) }
				</Button>
			) }
		</>
	);
}
