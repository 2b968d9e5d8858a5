/**
 * Coach home, Statistics for this month: sessions, completed, cancelled (counts of `GET /sessions`
 * in the month, scoped by the server to the coach's own) and revenue from paid sessions (the
 * dashboard's figure).
 */

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { Spinner } from '@wordpress/components';
import { dateI18n } from '@wordpress/date';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { NAMESPACE, api, errorMessage } from '../../api/client';
import { formatMoney } from '../../utils/format';
import { FrontNotice } from '../shared/notice';

interface MonthFigures {
	total: number;
	completed: number;
	cancelled: number;
	revenue: string | null;
	currency: string;
}

/**
 * The current month's bounds in the site timezone, as local times the API reads in that timezone.
 */
export function monthBounds(): { after: string; before: string } {
	const [ year, month ] = dateI18n( 'Y-n', new Date(), undefined )
		.split( '-' )
		.map( Number ) as [ number, number ];
	const next = month === 12 ? [ year + 1, 1 ] : [ year, month + 1 ];
	const pad = ( n: number ) => String( n ).padStart( 2, '0' );
	return {
		after: `${ year }-${ pad( month ) }-01T00:00:00`,
		before: `${ next[ 0 ] }-${ pad( next[ 1 ]! ) }-01T00:00:00`,
	};
}

/**
 * Statistics cards for this month.
 */
export function MonthStats() {
	const [ figures, setFigures ] = useState< MonthFigures | null >( null );
	const [ error, setError ] = useState( '' );

	useEffect( () => {
		const bounds = monthBounds();
		const count = ( status?: 'completed' | 'cancelled' ) =>
			api.sessions
				.list( { ...bounds, status, per_page: 1 } )
				.then( ( page ) => page.total );
		Promise.all( [
			count(),
			count( 'completed' ),
			count( 'cancelled' ),
			apiFetch< {
				currency: string;
				kpis: { this_month: { revenue_paid: string | null } };
			} >( { path: `${ NAMESPACE }/dashboard` } ),
		] )
			.then( ( [ total, completed, cancelled, dashboard ] ) =>
				setFigures( {
					total,
					completed,
					cancelled,
					revenue: dashboard.kpis.this_month.revenue_paid,
					currency: dashboard.currency,
				} )
			)
			.catch( ( failure ) =>
				setError(
					errorMessage(
						failure,
						__(
							'The statistics could not be loaded.',
							'joolweb-sessions-pro'
						)
					)
				)
			);
	}, [] );

	if ( error ) {
		return <FrontNotice status="error">{ error }</FrontNotice>;
	}
	if ( ! figures ) {
		return <Spinner />;
	}
	const cards = [
		{
			label: __( 'Sessions this month', 'joolweb-sessions-pro' ),
			value: String( figures.total ),
		},
		{
			label: __( 'Completed', 'joolweb-sessions-pro' ),
			value: String( figures.completed ),
		},
		{
			label: __( 'Cancelled', 'joolweb-sessions-pro' ),
			value: String( figures.cancelled ),
		},
		{
			label: __( 'Revenue (paid)', 'joolweb-sessions-pro' ),
			value:
				figures.revenue === null
					? '—'
					: formatMoney( figures.revenue, figures.currency ),
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
