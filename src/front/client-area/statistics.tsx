/**
 * Client area, Statistics: sessions total and completed, time spent, next session, total spent.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { formatDateTime, formatMoney } from '../../utils/format';
import type { MySummary } from '../api';
import { formatMinutes } from '../shared/duration';

/**
 * Statistics cards.
 *
 * @param props         Props.
 * @param props.summary Figures.
 */
export function Statistics( { summary }: { summary: MySummary } ) {
	const next = summary.next_session;
	const cards = [
		{
			label: __( 'Sessions', 'joolweb-sessions-pro' ),
			value: String( summary.sessions_total ),
		},
		{
			label: __( 'Completed', 'joolweb-sessions-pro' ),
			value: String( summary.sessions_completed ),
		},
		{
			label: __( 'Time spent in sessions', 'joolweb-sessions-pro' ),
			value: formatMinutes( summary.minutes_completed ),
		},
		{
			label: __( 'Next session', 'joolweb-sessions-pro' ),
			value: next
				? formatDateTime( next.start )
				: __( 'None planned', 'joolweb-sessions-pro' ),
		},
		{
			label: __( 'Total spent', 'joolweb-sessions-pro' ),
			value: formatMoney( summary.total_spent, summary.currency ),
		},
	];
	return (
		<dl className="joolwebsp-front__stats">
			{ cards.map( ( card ) => (
				<div key={ card.label } className="joolwebsp-front__stat">
					<dt>{ card.label }</dt>
					<dd>{ card.value }</dd>
				</div>
			) ) }
		</dl>
	);
}
