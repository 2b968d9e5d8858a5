/**
 * WordPress dependencies
 */
import type { View } from '@wordpress/dataviews';

/**
 * Internal dependencies
 */
import { sessionsQuery } from '../sessions-screen';

describe( 'sessionsQuery', () => {
	const view: View = {
		type: 'table',
		page: 2,
		perPage: 50,
		sort: { field: 'start', direction: 'asc' },
		filters: [],
	};

	it( 'maps sort, page and size', () => {
		expect( sessionsQuery( view, { from: '', to: '' } ) ).toEqual( {
			order: 'asc',
			page: 2,
			per_page: 50,
		} );
	} );

	it( 'maps filters and the date range (site-local days)', () => {
		const query = sessionsQuery(
			{
				...view,
				filters: [
					{ field: 'status', operator: 'is', value: 'booked' },
					{ field: 'payment_status', operator: 'is', value: 'paid' },
					{ field: 'coach', operator: 'is', value: 7 },
				],
			},
			{ from: '2030-01-01', to: '2030-01-31' }
		);
		expect( query ).toMatchObject( {
			status: 'booked',
			payment_status: 'paid',
			coach_id: 7,
			after: '2030-01-01T00:00',
			before: '2030-01-31T23:59:59',
		} );
	} );
} );
