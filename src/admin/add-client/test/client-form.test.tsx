/**
 * External dependencies
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * Internal dependencies
 */
import { ClientForm } from '../client-form';
import { EMPTY_FORM } from '../validation';

describe( 'ClientForm', () => {
	const base = {
		values: EMPTY_FORM,
		errors: {},
		onChange: jest.fn(),
		onSubmit: jest.fn(),
		coaches: null,
		isBusy: false,
		submitLabel: 'Add',
		submitAndSendLabel: 'Add and send login details',
	};

	it( 'labels every field, asks for no password and hides the coach for coaches', () => {
		render( <ClientForm { ...base } /> );
		for ( const label of [
			'First name *',
			'Last name *',
			'Email *',
			'Phone',
		] ) {
			expect( screen.getByLabelText( label ) ).toBeInTheDocument();
		}
		expect(
			screen.queryByLabelText( /password/i )
		).not.toBeInTheDocument();
		expect( screen.queryByLabelText( 'Coach' ) ).not.toBeInTheDocument();
	} );

	it( 'offers coaches with "None" first to users who reach everyone', () => {
		render(
			<ClientForm
				{ ...base }
				coaches={ [ { id: 3, name: 'Carla Mendes' } ] }
			/>
		);
		const options = screen
			.getAllByRole( 'option' )
			.map( ( option ) => option.textContent );
		expect( options ).toEqual( [ '— None —', 'Carla Mendes' ] );
	} );

	it( 'shows field errors next to their field and marks it invalid', () => {
		render(
			<ClientForm
				{ ...base }
				errors={ {
					email: 'A user with this email address already exists.',
				} }
			/>
		);
		const email = screen.getByLabelText( 'Email *' );
		expect( email ).toHaveAttribute( 'aria-invalid', 'true' );
		expect( email ).toHaveAccessibleDescription(
			'A user with this email address already exists.'
		);
		expect( screen.getByLabelText( 'First name *' ) ).toHaveAttribute(
			'aria-invalid',
			'false'
		);
	} );

	it( 'submits with or without sending login details', async () => {
		const onSubmit = jest.fn();
		render( <ClientForm { ...base } onSubmit={ onSubmit } /> );
		await userEvent.click( screen.getByRole( 'button', { name: 'Add' } ) );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Add and send login details' } )
		);
		expect( onSubmit.mock.calls ).toEqual( [ [ false ], [ true ] ] );
	} );

	it( 'reports typing to the parent', async () => {
		const onChange = jest.fn();
		render( <ClientForm { ...base } onChange={ onChange } /> );
		await userEvent.type( screen.getByLabelText( 'Phone' ), '0' );
		expect( onChange ).toHaveBeenCalledWith( {
			...EMPTY_FORM,
			phone: '0',
		} );
	} );
} );
