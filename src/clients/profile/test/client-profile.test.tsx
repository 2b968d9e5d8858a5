/**
 * External dependencies
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * Internal dependencies
 */
import { listPage, serve } from '../../../../tests/js/rest';
import type { Capability } from '../../../settings';
import {
	ClientModuleProvider,
	adminClientModule,
	frontClientModule,
} from '../../module';
import { ClientProfile } from '../client-profile';

const CLIENT = {
	id: 41,
	user_id: 7,
	first_name: 'Léa',
	last_name: 'Martin',
	email: 'lea@example.com',
	phone: '+33 6 12 34 56 78',
	coach_ids: [ 3 ],
	created_at: '2026-01-02 10:00:00',
	login_sent_at: null,
	account_managed: true,
	account_protected: false,
};

const SESSION = {
	id: 900,
	client_id: 41,
	coach_id: 3,
	bundle_id: null,
	title: 'Breathing work',
	start: '2026-12-20 09:00:00',
	duration_minutes: 60,
	location: 'Studio',
	video_url: '',
	price: '40.00',
	status: 'scheduled',
	payment_status: 'pending',
	notes: '',
};

const sessions = ( items: unknown[] ) => ( {
	items,
	total: items.length,
	page: 1,
	total_pages: 1,
} );

function answer( path: string ): unknown {
	if ( /\/clients\/41\/overview/.test( path ) ) {
		return {
			kpis: {
				sessions_total: 3,
				sessions_completed: 2,
				sessions_upcoming: 1,
				next_session: '2026-12-20 09:00:00',
				amount_pending: '40.00',
				amount_paid: '80.00',
			},
			currency: 'EUR',
			upcoming: sessions( [ SESSION ] ),
			past: sessions( [] ),
		};
	}
	if ( /\/clients\/41\/notes/.test( path ) ) {
		return { notes: '' };
	}
	if ( /\/clients\/41\/finances/.test( path ) ) {
		return {
			kpis: {
				total_billed: '120.00',
				paid: '80.00',
				pending: '40.00',
				refunded: '0.00',
				billable_sessions: 3,
			},
			currency: 'EUR',
			by_payment_status: {},
			monthly: [],
			payments: sessions( [] ),
		};
	}
	if ( /\/clients\/41\/emails/.test( path ) ) {
		return listPage( [] );
	}
	if ( /next-sessions|next_session/.test( path ) ) {
		return {};
	}
	if ( /\/clients\/41(\?|$)/.test( path ) ) {
		return CLIENT;
	}
	return listPage( [] );
}

const caps: Capability[] = [ 'view_clients', 'edit_clients', 'edit_sessions' ];

function mount( variant: 'admin' | 'front' ) {
	const base =
		variant === 'front' ? frontClientModule() : adminClientModule();
	return render(
		<ClientModuleProvider
			value={ {
				...base,
				can: ( cap: Capability ) => caps.includes( cap ),
			} }
		>
			<ClientProfile clientId={ 41 } />
		</ClientModuleProvider>
	);
}

describe( 'ClientProfile tabs', () => {
	beforeEach( () => {
		window.history.replaceState( null, '', '/customer/41/' );
		serve( ( request ) => answer( request.path ) );
	} );

	it( 'shows Summary, Sessions and Finance on the site', async () => {
		mount( 'front' );
		const tabs = await screen.findAllByRole( 'tab' );
		expect( tabs.map( ( tab ) => tab.textContent ) ).toEqual( [
			'Summary',
			'Sessions',
			'Finance',
		] );
		// Summary: the KPIs under the header's contact links, not the session lists.
		expect( await screen.findByText( 'Amount paid' ) ).toBeInTheDocument();
		expect(
			screen.getByRole( 'link', { name: 'lea@example.com' } )
		).toHaveAttribute( 'href', 'mailto:lea@example.com' );
		expect(
			screen.getByRole( 'link', { name: '+33 6 12 34 56 78' } )
		).toHaveAttribute( 'href', 'tel:+33612345678' );
		expect(
			screen.queryByText( 'Breathing work' )
		).not.toBeInTheDocument();

		// Sessions: the cards with their status actions; the tab is kept in the URL.
		await userEvent.click(
			screen.getByRole( 'tab', { name: 'Sessions' } )
		);
		const upcoming = await screen.findByText( 'Breathing work' );
		expect( window.location.search ).toBe( '?tab=sessions' );
		const card = upcoming.closest( 'li' ) as HTMLElement;
		expect( within( card ).getByLabelText( 'Status' ) ).toBeInTheDocument();
		expect( screen.queryByText( 'Amount paid' ) ).not.toBeInTheDocument();

		await userEvent.click( screen.getByRole( 'tab', { name: 'Finance' } ) );
		expect( window.location.search ).toBe( '?tab=finance' );
	} );

	it( 'keeps Overview, Programs, Finances and Contact in wp-admin', async () => {
		mount( 'admin' );
		const tabs = await screen.findAllByRole( 'tab' );
		expect( tabs.map( ( tab ) => tab.textContent ) ).toEqual( [
			'Overview',
			'Programs',
			'Finances',
			'Contact',
		] );
		// Overview holds both the KPIs and the session lists.
		expect(
			await screen.findByText( 'Breathing work' )
		).toBeInTheDocument();
		expect( screen.getByText( 'Amount paid' ) ).toBeInTheDocument();
	} );
} );
