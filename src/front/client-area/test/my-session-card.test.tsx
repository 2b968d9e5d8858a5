/**
 * External dependencies
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import type { MySession } from '../../api';
import { formatMinutes } from '../../shared/duration';
import { MySessionCard } from '../my-session-card';

const SESSION: MySession = {
	id: 7,
	client_id: 3,
	client_name: 'Cleo Front',
	coach_id: 2,
	coach_name: 'Carla Coach',
	bundle_id: null,
	title: 'Morning run',
	start: '2035-01-10T09:00:00Z',
	duration_minutes: 60,
	location: 'Park',
	video_url: '',
	price: '40.00',
	currency: 'EUR',
	status: 'booked',
	payment_status: 'pending',
	created_at: '2035-01-01T09:00:00Z',
	can_cancel: false,
	cancel_deadline: '2035-01-09T09:00:00Z',
};

describe( 'MySessionCard', () => {
	it( 'shows the server’s refusal as it comes, and keeps the session', async () => {
		const requests: Array< { path?: string; method?: string } > = [];
		apiFetch.setFetchHandler( async ( options ) => {
			requests.push( { path: options.path, method: options.method } );
			throw {
				code: 'joolwebsp_cancellation_window',
				message:
					'Sessions can be cancelled online up to 24 hours before they start. Please contact your coach.',
				data: { status: 409 },
			};
		} );
		const onCancelled = jest.fn();
		render(
			<MySessionCard
				session={ SESSION }
				cancellable
				onCancelled={ onCancelled }
			/>
		);
		expect(
			screen.getByText( /You can cancel online until/ )
		).toBeVisible();
		await userEvent.click(
			screen.getByRole( 'button', { name: /^Cancel Morning run/ } )
		);
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Cancel the session' } )
		);
		expect( await screen.findByRole( 'alert' ) ).toHaveTextContent(
			'Please contact your coach.'
		);
		expect( requests ).toEqual( [
			{
				path: '/joolwebsp/v1/me/sessions/7/cancel?_locale=user',
				method: 'POST',
			},
		] );
		expect( onCancelled ).not.toHaveBeenCalled();
	} );

	it( 'offers no Cancel button on past or cancelled sessions, and never shows notes', () => {
		render(
			<MySessionCard
				session={ { ...SESSION, status: 'cancelled' } }
				cancellable
			/>
		);
		expect( screen.queryByRole( 'button' ) ).not.toBeInTheDocument();
		expect( screen.getByText( 'Carla Coach' ) ).toBeVisible();
	} );

	it( 'tells durations in hours and minutes', () => {
		expect( formatMinutes( 45 ) ).toBe( '45 min' );
		expect( formatMinutes( 120 ) ).toBe( '2 h' );
		expect( formatMinutes( 90 ) ).toBe( '1 h 30 min' );
	} );
} );
