/**
 * Internal dependencies
 */
import { fieldErrorsFromApi } from '../../../forms/field-errors';
import { isValidPhone } from '../../../rules';
import {
	EMPTY_FORM,
	clientErrorMap,
	toClientWrite,
	validateClientForm,
} from '../validation';

const toFields = ( error: unknown ) =>
	fieldErrorsFromApi( error, clientErrorMap() );

describe( 'client form validation', () => {
	it( 'requires names and a valid email, trimmed', () => {
		expect( Object.keys( validateClientForm( EMPTY_FORM ) ) ).toEqual( [
			'first_name',
			'last_name',
			'email',
		] );
		expect(
			Object.keys(
				validateClientForm( {
					...EMPTY_FORM,
					first_name: '  ',
					last_name: 'Zed',
					email: 'ana@example',
				} )
			)
		).toEqual( [ 'first_name', 'email' ] );
		expect(
			validateClientForm( {
				...EMPTY_FORM,
				first_name: 'Ana',
				last_name: 'Zed',
				email: ' ana@example.org ',
			} )
		).toEqual( {} );
		expect(
			validateClientForm( {
				...EMPTY_FORM,
				first_name: 'x'.repeat( 101 ),
				last_name: 'Zed',
				email: 'a@b.co',
			} )
		).toHaveProperty( 'first_name' );
	} );

	it( 'checks phones like the server', () => {
		expect( isValidPhone( '+33 (0)6 12-34.56 78' ) ).toBe( true );
		expect( isValidPhone( '12345' ) ).toBe( false );
		expect( isValidPhone( 'call me' ) ).toBe( false );
		expect( isValidPhone( '1'.repeat( 21 ) ) ).toBe( false );
	} );

	it( 'maps API errors to fields', () => {
		expect(
			toFields( {
				code: 'joolwebsp_email_exists',
				message: 'x',
				data: { status: 409 },
			} )
		).toEqual( {
			email: 'A user with this email address already exists.',
		} );
		expect(
			toFields( {
				code: 'rest_invalid_param',
				message: 'x',
				data: {
					status: 400,
					params: {
						phone: 'phone does not match pattern',
						coach_ids: 'x',
					},
				},
			} )
		).toEqual( {
			phone: expect.stringContaining( '6 to 20 digits' ),
			coach_ids: 'Choose coaches from the list.',
		} );
		expect(
			toFields( {
				code: 'rest_missing_callback_param',
				message: 'x',
				data: { status: 400, params: [ 'last_name' ] } as never,
			} )
		).toEqual( { last_name: 'This field is required.' } );
		expect(
			toFields( {
				code: 'joolwebsp_mail_failed',
				message: 'SMTP down',
			} )
		).toBeNull();
		expect( toFields( new Error( 'network' ) ) ).toBeNull();
	} );
} );

describe( 'toClientWrite', () => {
	it( 'trims and sends every coach, only for users who may choose them', () => {
		const values = {
			first_name: ' Ana ',
			last_name: 'Zed ',
			email: ' a@b.co',
			phone: ' ',
			coach_ids: [ 7, 9 ],
		};
		expect( toClientWrite( values, false ) ).toEqual( {
			first_name: 'Ana',
			last_name: 'Zed',
			email: 'a@b.co',
			phone: '',
		} );
		expect( toClientWrite( values, true ).coach_ids ).toEqual( [ 7, 9 ] );
		expect(
			toClientWrite( { ...values, coach_ids: [] }, true ).coach_ids
		).toEqual( [] );
	} );
} );
