/**
 * Internal dependencies
 */
import { getSettings } from '../../settings';
import { formatMoney, paymentStatusLabel, sessionStatusLabel } from '../format';

describe( 'format', () => {
	afterEach( () => {
		delete window.joolwebspSettings;
	} );

	it( 'formats money in the site locale and currency', () => {
		window.joolwebspSettings = {
			...getSettings(),
			locale: 'en_US',
			currency: 'USD',
		};
		expect( formatMoney( '1234.50' ) ).toBe( '$1,234.50' );
		expect( formatMoney( '33.34', 'EUR' ) ).toBe( '€33.34' );
	} );

	it( 'falls back when the currency is unknown to Intl', () => {
		expect( formatMoney( '5.00', 'NOTACURRENCY' ) ).toBe(
			'5.00 NOTACURRENCY'
		);
	} );

	it( 'labels statuses with words, not colours', () => {
		expect( sessionStatusLabel( 'cancelled' ) ).toBe( 'Cancelled' );
		expect( paymentStatusLabel( 'pending' ) ).toBe( 'Payment pending' );
	} );
} );
