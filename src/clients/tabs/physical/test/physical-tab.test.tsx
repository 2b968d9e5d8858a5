/**
 * External dependencies
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * Internal dependencies
 */
import type { Measurement } from '../../../../api/types';
import { route, serve } from '../../../../../tests/js/rest';
import type { MeasurementSettings } from '../../../../settings';
import { todayInSite } from '../../../../utils/format';
import { ClientModuleProvider, adminClientModule } from '../../../module';
import { PhysicalTab } from '../physical-tab';

/** What Admin\Assets publishes (Measurement_Service::ranges()). */
const SETTINGS: MeasurementSettings = {
	ranges: {
		weight_kg: { min: 20, max: 400, unit: 'kg', step: 0.01 },
		body_fat_pct: { min: 2, max: 70, unit: '%', step: 0.1 },
		waist_cm: { min: 30, max: 250, unit: 'cm', step: 0.1 },
	},
};

function entry( id: number, date: string, values: Partial< Measurement > ) {
	return {
		id,
		client_id: 7,
		date,
		weight_kg: null,
		body_fat_pct: null,
		waist_cm: null,
		hips_cm: null,
		chest_cm: null,
		arm_cm: null,
		thigh_cm: null,
		notes: '',
		created_at: `${ date }T08:00:00Z`,
		updated_at: `${ date }T08:00:00Z`,
		...values,
	};
}

function renderTab( canEdit = true ) {
	return render(
		<ClientModuleProvider
			value={ {
				...adminClientModule(),
				can: ( cap ) => canEdit || cap !== 'edit_clients',
				measurements: SETTINGS,
			} }
		>
			<PhysicalTab clientId={ 7 } settings={ SETTINGS } />
		</ClientModuleProvider>
	);
}

describe( 'PhysicalTab', () => {
	it( 'checks the ranges at once, then adds the entry and shows it in the history and the chart', async () => {
		const saved: Measurement[] = [];
		const requests = serve( ( request ) => {
			const { path } = route( request );
			expect( path ).toBe( '/joolwebsp/v1/clients/7/measurements' );
			if ( request.method === 'POST' ) {
				const created = entry(
					11,
					( request.data as { date: string } ).date,
					request.data as Partial< Measurement >
				);
				saved.push( created );
				return created;
			}
			return saved;
		} );
		renderTab();
		expect(
			await screen.findByText( 'No measurement yet' )
		).toBeInTheDocument();
		expect( screen.getByLabelText( 'Date' ) ).toHaveValue( todayInSite() );

		await userEvent.type( screen.getByLabelText( 'Weight (kg)' ), '72,5' );
		await userEvent.type( screen.getByLabelText( 'Waist (cm)' ), '300' );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Add measurement' } )
		);
		expect(
			await screen.findByText( 'Enter a value from 30 to 250 cm.' )
		).toBeInTheDocument();
		expect( screen.getByLabelText( 'Waist (cm)' ) ).toHaveAttribute(
			'aria-invalid',
			'true'
		);
		expect( requests.filter( ( r ) => r.method === 'POST' ) ).toHaveLength(
			0
		);

		await userEvent.clear( screen.getByLabelText( 'Waist (cm)' ) );
		await userEvent.type( screen.getByLabelText( 'Waist (cm)' ), '90' );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Add measurement' } )
		);
		await waitFor( () =>
			expect(
				requests.filter( ( r ) => r.method === 'POST' )
			).toHaveLength( 1 )
		);
		expect( requests.find( ( r ) => r.method === 'POST' )?.data ).toEqual( {
			date: todayInSite(),
			notes: '',
			weight_kg: 72.5,
			body_fat_pct: null,
			waist_cm: 90,
		} );
		const history = await screen.findByRole( 'list' );
		expect( within( history ).getByText( '72.5 kg' ) ).toBeInTheDocument();
		expect( within( history ).getByText( '90 cm' ) ).toBeInTheDocument();
		expect(
			screen.getByRole( 'table', { name: 'Weight and waist over time' } )
		).toBeInTheDocument();
		// The form is empty again for the next entry.
		expect( screen.getByLabelText( 'Weight (kg)' ) ).toHaveValue( '' );
	} );

	it( 'puts the server’s field errors under their fields', async () => {
		serve( ( request ) => {
			if ( request.method === 'POST' ) {
				throw {
					code: 'rest_invalid_param',
					message: 'Invalid parameter(s): date',
					data: {
						status: 400,
						params: { date: 'The date cannot be in the future.' },
					},
				};
			}
			return [];
		} );
		renderTab();
		await userEvent.type(
			await screen.findByLabelText( 'Body fat (%)' ),
			'18'
		);
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Add measurement' } )
		);
		expect(
			await screen.findByText( 'The date cannot be in the future.' )
		).toBeInTheDocument();
		expect( screen.getByLabelText( 'Date' ) ).toHaveAttribute(
			'aria-invalid',
			'true'
		);
	} );

	it( 'asks before deleting an entry, then deletes it', async () => {
		let list = [
			entry( 1, '2026-01-05', { weight_kg: 84 } ),
			entry( 2, '2026-02-05', {
				weight_kg: 82,
				notes: 'After holidays',
			} ),
		];
		const requests = serve( ( request ) => {
			if ( request.method === 'DELETE' ) {
				expect( route( request ).path ).toBe(
					'/joolwebsp/v1/measurements/2'
				);
				list = list.filter( ( m ) => m.id !== 2 );
				return { deleted: true };
			}
			return list;
		} );
		renderTab();
		await userEvent.click(
			await screen.findByRole( 'button', {
				name: 'Delete the measurement of Feb 5, 2026',
			} )
		);
		const dialog = await screen.findByRole( 'dialog' );
		expect( requests.some( ( r ) => r.method === 'DELETE' ) ).toBe( false );
		await userEvent.click(
			within( dialog ).getByRole( 'button', { name: 'Delete' } )
		);
		await waitFor( () =>
			expect( screen.queryByText( 'After holidays' ) ).toBeNull()
		);
		expect( screen.getByText( '84 kg' ) ).toBeInTheDocument();
	} );

	it( 'shows the history and chart without the form to someone who may not edit', async () => {
		serve( () => [ entry( 1, '2026-01-05', { waist_cm: 95 } ) ] );
		renderTab( false );
		expect( await screen.findByText( '95 cm' ) ).toBeInTheDocument();
		expect(
			screen.queryByRole( 'button', { name: 'Add measurement' } )
		).toBeNull();
		expect( screen.queryByRole( 'button', { name: /Delete/ } ) ).toBeNull();
	} );
} );
