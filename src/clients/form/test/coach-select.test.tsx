/**
 * External dependencies
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * WordPress dependencies
 */
import { useState } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { CoachSelect } from '../coach-select';

const COACHES = Array.from( { length: 12 }, ( _, index ) => ( {
	id: index + 1,
	name: `Coach ${ String.fromCharCode( 65 + index ) }`,
} ) );

function Harness( {
	initial,
	onChange,
}: {
	initial: number[];
	onChange: ( value: number[] ) => void;
} ) {
	const [ value, setValue ] = useState( initial );
	return (
		<CoachSelect
			coaches={ COACHES }
			value={ value }
			onChange={ ( next ) => {
				setValue( next );
				onChange( next );
			} }
		/>
	);
}

describe( 'CoachSelect', () => {
	it( 'keeps every chosen coach when one more is checked', async () => {
		const onChange = jest.fn();
		render( <Harness initial={ [ 2, 5 ] } onChange={ onChange } /> );
		await userEvent.click(
			screen.getByRole( 'checkbox', { name: 'Coach H' } )
		);
		expect( onChange ).toHaveBeenLastCalledWith( [ 2, 5, 8 ] );
		await userEvent.click(
			screen.getByRole( 'checkbox', { name: 'Coach B' } )
		);
		expect( onChange ).toHaveBeenLastCalledWith( [ 5, 8 ] );
	} );

	it( 'searches, and chosen coaches stay listed while searching', async () => {
		render( <Harness initial={ [ 1 ] } onChange={ jest.fn() } /> );
		await userEvent.type(
			screen.getByRole( 'searchbox', { name: 'Search coaches' } ),
			'coach k'
		);
		const names = screen
			.getAllByRole( 'checkbox' )
			.map( ( box ) => box.getAttribute( 'id' ) && box );
		expect( names ).toHaveLength( 2 );
		expect(
			screen.getByRole( 'checkbox', { name: 'Coach A' } )
		).toBeChecked();
		expect(
			screen.getByRole( 'checkbox', { name: 'Coach K' } )
		).not.toBeChecked();
	} );

	it( 'keeps a chosen coach the list does not know', () => {
		render(
			<CoachSelect
				coaches={ COACHES }
				value={ [ 99 ] }
				onChange={ jest.fn() }
			/>
		);
		expect( screen.getByRole( 'checkbox', { name: '#99' } ) ).toBeChecked();
	} );
} );
