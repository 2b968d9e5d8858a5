/**
 * External dependencies
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * Internal dependencies
 */
import type { FakeRequest } from '../../../../tests/js/rest';
import { route, serve } from '../../../../tests/js/rest';
import { BundleWizard } from '../bundle-wizard';

const TEMPLATE = {
	id: 4,
	title: 'Ten sessions',
	sessions_planned: 2,
	price: '300.00',
	location: 'Studio',
	video_url: '',
};

function server( onCreate: ( request: FakeRequest ) => unknown ) {
	return serve( ( request ) => {
		const { path } = route( request );
		if ( path === '/joolwebsp/v1/templates' ) {
			return [ TEMPLATE ];
		}
		if ( path === '/joolwebsp/v1/bundles/preview-schedule' ) {
			return {
				starts: [
					'2027-01-04T18:00:00+00:00',
					'2027-01-11T18:00:00+00:00',
				],
			};
		}
		return onCreate( request );
	} );
}

async function goThroughSteps() {
	await userEvent.selectOptions(
		await screen.findByRole( 'combobox', { name: 'Model' } ),
		await screen.findByRole( 'option', { name: 'Ten sessions' } )
	);
	expect( screen.getByLabelText( 'Title *' ) ).toHaveValue( 'Ten sessions' );
	await userEvent.click(
		screen.getByRole( 'button', { name: 'Next: scheduling' } )
	);
	const next = screen.getByRole( 'button', { name: 'Next: confirmation' } );
	expect( next ).toHaveAttribute( 'aria-disabled', 'true' );
	await userEvent.type( screen.getByLabelText( 'First date' ), '2027-01-04' );
	await userEvent.click( screen.getByRole( 'checkbox', { name: 'Monday' } ) );
	await userEvent.click(
		screen.getByRole( 'button', { name: 'Generate dates' } )
	);
	expect( await screen.findByLabelText( 'Session 2 of 2' ) ).toHaveValue(
		'2027-01-11T18:00'
	);
	await userEvent.click( next );
	expect(
		screen.getByRole( 'button', { name: 'Create bundle' } )
	).toBeInTheDocument();
}

// Typing through three steps takes a few seconds in jsdom.
jest.setTimeout( 20000 );

describe( 'BundleWizard', () => {
	it( 'goes Offer → Scheduling → Confirmation and creates the bundle with the dates', async () => {
		const onCreated = jest.fn();
		const requests = server( ( request ) => ( {
			id: 9,
			...( request.data as object ),
		} ) );
		render(
			<BundleWizard
				clientId={ 3 }
				clientName="Ana Zed"
				onClose={ jest.fn() }
				onCreated={ onCreated }
			/>
		);
		await goThroughSteps();
		expect( screen.getByText( 'Ana Zed' ) ).toBeInTheDocument();
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Create bundle' } )
		);
		await waitFor( () => expect( onCreated ).toHaveBeenCalled() );
		const created = requests.find(
			( r ) => route( r ).path === '/joolwebsp/v1/bundles'
		);
		expect( created?.data ).toEqual( {
			client_id: 3,
			template_id: 4,
			title: 'Ten sessions',
			sessions_planned: 2,
			price: '300.00',
			location: 'Studio',
			video_url: '',
			schedule: { starts: [ '2027-01-04T18:00', '2027-01-11T18:00' ] },
		} );
	} );

	it( 'takes the user back to the offer when the server refuses one of its fields', async () => {
		server( () => {
			throw {
				code: 'rest_invalid_param',
				message: 'Invalid parameter(s): title',
				data: { status: 400, params: { title: 'Title is too long.' } },
			};
		} );
		render(
			<BundleWizard
				clientId={ 3 }
				clientName="Ana Zed"
				onClose={ jest.fn() }
				onCreated={ jest.fn() }
			/>
		);
		await goThroughSteps();
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Create bundle' } )
		);
		const title = await screen.findByLabelText( 'Title *' );
		expect( title ).toHaveAttribute( 'aria-invalid', 'true' );
		expect( title ).toHaveAccessibleDescription( 'Title is too long.' );
	} );
} );
