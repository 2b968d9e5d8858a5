/**
 * The rules the screens check are the ones PHP defines: tests/fixtures/rules.json is written by
 * tests/php/Integration/RulesExportTest.php from the PHP constants and schemas.
 */

/**
 * Internal dependencies
 */
import rules from '../../tests/fixtures/rules.json';
import {
	BUNDLE_STATUSES,
	CLIENT_RULES,
	EMAIL_TYPES,
	OFFER_RULES,
	PAYMENT_STATUSES,
	SESSION_RULES,
	SESSION_STATUSES,
	isValidPhone,
} from '../rules';

describe( 'rules shared with PHP', () => {
	it( 'has the same limits and phone rule', () => {
		expect( CLIENT_RULES ).toEqual( rules.client );
		expect( SESSION_RULES ).toEqual( rules.session );
		expect( OFFER_RULES ).toEqual( rules.offer );
	} );

	it( 'has the same statuses and email types, in the same order', () => {
		expect( SESSION_STATUSES ).toEqual( rules.sessionStatuses );
		expect( PAYMENT_STATUSES ).toEqual( rules.paymentStatuses );
		expect( BUNDLE_STATUSES ).toEqual( rules.bundleStatuses );
		expect( EMAIL_TYPES ).toEqual( rules.emailTypes );
	} );

	it( 'checks phones like Client_Service::is_valid_phone', () => {
		expect( isValidPhone( '+33 (0)6 12-34.56 78' ) ).toBe( true );
		expect( isValidPhone( '12345' ) ).toBe( false );
		expect( isValidPhone( 'call me' ) ).toBe( false );
		expect( isValidPhone( '1'.repeat( 21 ) ) ).toBe( false );
		expect( isValidPhone( `${ '1 '.repeat( 20 ) }1` ) ).toBe( false );
	} );
} );
