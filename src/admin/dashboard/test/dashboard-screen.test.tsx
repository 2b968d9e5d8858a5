/**
 * External dependencies
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import type { Dashboard } from '../../../api/settings';
import type { Session } from '../../../api/types';
import { getSettings } from '../../../settings';
import { DashboardAlerts } from '../alerts';
import { DashboardScreen, Shortcuts, monthKpis } from '../dashboard-screen';

jest.setTimeout( 30000 );

function session( id: number, extra: Partial< Session > = {} ): Session {
	return {
		id,
		client_id: 100 + id,
		client_name: `Client ${ id }`,
		coach_id: 1,
		bundle_id: null,
		title: '',
		start: '2026-12-03T10:00:00Z',
		duration_minutes: 60,
		location: '',
		video_url: '',
		price: '50.00',
		currency: 'EUR',
		status: 'booked',
		payment_status: 'pending',
		notes: '',
		created_at: '2026-11-01T10:00:00Z',
		...extra,
	};
}

function board( extra: Partial< Dashboard > = {} ): Dashboard {
	return {
		scope: 'all',
		currency: 'EUR',
		now: '2026-12-03T08:00:00Z',
		today: { start: '', end: '', items: [], total: 0 },
		upcoming: { start: '', end: '', items: [], total: 0, days: [] },
		alerts: {
			past_booked: { items: [], total: 0, capped: false },
			pending_payments: { items: [], total: 0, amount: '0.00' },
			clients_without_login: { items: [], total: 0, capped: false },
		},
		kpis: {
			this_month: {
				month: '2026-12',
				sessions_completed: 4,
				revenue_paid: '200.00',
				new_clients: 2,
			},
			last_month: {
				month: '2026-11',
				sessions_completed: 3,
				revenue_paid: '150.00',
				new_clients: 0,
			},
		},
		...extra,
	};
}

describe( 'DashboardAlerts', () => {
	afterEach( cleanup );

	it( 'says when nothing needs attention', () => {
		render( <DashboardAlerts alerts={ board().alerts } currency="EUR" /> );
		expect(
			screen.getByText( 'Nothing needs your attention.' )
		).toBeInTheDocument();
	} );

	it( 'lists past booked sessions, pending payments with the total, and clients without login', () => {
		render(
			<DashboardAlerts
				currency="EUR"
				alerts={ {
					past_booked: {
						items: [ session( 1 ) ],
						total: 1000,
						capped: true,
					},
					pending_payments: {
						items: [
							session( 2, {
								status: 'completed',
								price: '80.00',
							} ),
						],
						total: 3,
						amount: '230.50',
					},
					clients_without_login: {
						items: [
							{
								id: 7,
								name: 'Ada Lovelace',
								email: 'ada@example.com',
								created_at: '2026-11-02T10:00:00Z',
							},
						],
						total: 1,
						capped: false,
					},
				} }
			/>
		);
		expect(
			screen.getByText( '1,000+ past sessions are still booked.' )
		).toBeInTheDocument();
		expect(
			screen.getByText(
				'3 completed sessions wait for payment: €230.50 in total.'
			)
		).toBeInTheDocument();
		expect(
			screen.getByText( '1 client never received their login details.' )
		).toBeInTheDocument();
		expect(
			screen.getByRole( 'link', { name: 'Ada Lovelace' } )
		).toHaveAttribute(
			'href',
			'admin.php?page=joolwebsp-add-client&client_id=7'
		);
		expect(
			screen.getByRole( 'link', { name: 'Client 2' } )
		).toHaveAttribute(
			'href',
			'admin.php?page=joolwebsp-add-client&client_id=102&tab=finances'
		);
	} );

	it( 'leaves out the parts the user may not see', () => {
		render(
			<DashboardAlerts
				currency="EUR"
				alerts={ {
					past_booked: null,
					pending_payments: null,
					clients_without_login: {
						items: [],
						total: 2,
						capped: false,
					},
				} }
			/>
		);
		expect( screen.getAllByRole( 'listitem' ) ).toHaveLength( 1 );
	} );
} );

describe( 'monthKpis', () => {
	it( 'puts last month beside this month and drops hidden figures', () => {
		const kpis = board().kpis;
		kpis.this_month.new_clients = null;
		kpis.last_month.new_clients = null;
		expect( monthKpis( kpis, 'EUR' ) ).toEqual( [
			{
				label: 'Sessions completed this month',
				value: '4 (last month: 3)',
			},
			{
				label: 'Revenue paid this month',
				value: '€200.00 (last month: €150.00)',
			},
		] );
	} );
} );

describe( 'DashboardScreen', () => {
	afterEach( () => {
		cleanup();
		delete window.joolwebspSettings;
	} );

	it( 'links only to the screens the user may open', () => {
		window.joolwebspSettings = {
			...getSettings(),
			capabilities: {
				view_clients: true,
				create_clients: true,
				view_sessions: true,
			},
		};
		render( <Shortcuts /> );
		const links = screen
			.getAllByRole( 'link' )
			.map( ( link ) => link.textContent );
		expect( links ).toEqual( [ 'Add Customer', 'Customers', 'Sessions' ] );
	} );

	it( 'loads, shows today with the client, and changes a status in place', async () => {
		window.joolwebspSettings = {
			...getSettings(),
			capabilities: { view_sessions: true, edit_sessions: true },
		};
		const patched: unknown[] = [];
		let data = board( {
			today: {
				start: '',
				end: '',
				items: [ session( 5, { title: 'Running' } ) ],
				total: 1,
			},
		} );
		apiFetch.setFetchHandler( async ( options ) => {
			if ( options.method === 'POST' || options.method === 'PATCH' ) {
				patched.push( [ options.path, options.data ] );
				data = board();
				return session( 5, { status: 'completed' } );
			}
			return data;
		} );
		render( <DashboardScreen /> );
		expect(
			screen.getByText( 'Loading the dashboard…' )
		).toBeInTheDocument();
		const today = (
			await screen.findByRole( 'heading', { name: 'Today (1)' } )
		).closest( '.joolwebsp-dashboard__today' ) as HTMLElement;
		expect(
			within( today ).getByText( 'Client 5 — Running' )
		).toBeInTheDocument();
		expect(
			screen.getByText( 'No sessions in the next 7 days.' )
		).toBeInTheDocument();

		await userEvent.selectOptions(
			within( today ).getByRole( 'combobox', { name: 'Status' } ),
			'completed'
		);
		await screen.findByRole( 'heading', { name: 'Today (0)' } );
		expect( patched ).toEqual( [
			[
				expect.stringContaining( '/joolwebsp/v1/sessions/5' ),
				{ status: 'completed' },
			],
		] );
		expect( screen.getByText( 'No sessions today.' ) ).toBeInTheDocument();
	} );

	it( 'says so when the dashboard cannot be loaded', async () => {
		apiFetch.setFetchHandler( async () => {
			throw {
				code: 'rest_forbidden',
				message: 'Sorry, you are not allowed to do that.',
			};
		} );
		render( <DashboardScreen /> );
		expect(
			await screen.findByText( 'Sorry, you are not allowed to do that.', {
				selector: '.components-notice__content',
			} )
		).toBeInTheDocument();
	} );
} );
