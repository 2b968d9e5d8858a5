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
		expect(
			screen.queryByRole( 'group', { name: 'Coaches' } )
		).not.toBeInTheDocument();
	} );

	it( 'offers every coach as a checkbox to users who reach everyone', () => {
		render(
			<ClientForm
				{ ...base }
				values={ { ...EMPTY_FORM, coach_ids: [ 4 ] } }
				coaches={ [
					{ id: 3, name: 'Carla Mendes' },
					{ id: 4, name: 'Dan Ode' },
				] }
			/>
		);
		const group = screen.getByRole( 'group', { name: 'Coaches' } );
		expect( group ).toBeInTheDocument();
		expect(
			screen.getByRole( 'checkbox', { name: 'Carla Mendes' } )
		).not.toBeChecked();
		expect(
			screen.getByRole( 'checkbox', { name: 'Dan Ode' } )
		).toBeChecked();
	} );

	it( 'locks the account fields with the reason, and offers no login details', () => {
		render(
			<ClientForm
				{ ...base }
				submitAndSendLabel={ null }
				locked={ {
					fields: [ 'first_name', 'last_name', 'email' ],
					reason: 'Use the Users screen.',
				} }
			/>
		);
		expect( screen.getByLabelText( 'Email *' ) ).toBeDisabled();
		expect( screen.getByLabelText( 'Phone' ) ).toBeEnabled();
		expect( screen.getByRole( 'note' ) ).toHaveTextContent(
			'Use the Users screen.'
		);
		expect(
			screen.queryByRole( 'button', { name: /login details/ } )
		).not.toBeInTheDocument();
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
