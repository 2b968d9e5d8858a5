/**
 * External dependencies
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import { PlaceholderHelp } from '../placeholder-help';
import { SettingsScreen } from '../settings-screen';
import { metaFixture, printMeta, settingsFixture } from './fixtures';

describe( 'PlaceholderHelp', () => {
	afterEach( () => {
		cleanup();
		delete window.joolwebspSettings;
	} );

	it( 'lists the given placeholders with their descriptions', () => {
		render(
			<PlaceholderHelp
				names={ [ 'client_first_name', 'login_link' ] }
				descriptions={ metaFixture().placeholders }
			/>
		);
		const terms = screen
			.getAllByRole( 'term' )
			.map( ( term ) => term.textContent );
		expect( terms ).toEqual( [ '{client_first_name}', '{login_link}' ] );
		expect(
			screen.getByText( 'First name of the client' )
		).toBeInTheDocument();
	} );

	it( 'follows the email type chosen in the Emails tab (the list from settingsMeta)', async () => {
		printMeta();
		window.history.replaceState( null, '', '?tab=emails' );
		apiFetch.setFetchHandler( async ( options ) =>
			options.path?.includes( 'reminders' ) ? null : settingsFixture()
		);
		render( <SettingsScreen /> );
		const help = () =>
			within(
				screen
					.getByRole( 'heading', {
						name: 'Placeholders this email can use',
					} )
					.closest( 'div' )!
			)
				.getAllByRole( 'term' )
				.map( ( term ) => term.textContent );
		await screen.findByRole( 'textbox', { name: 'Subject' } );
		expect( help() ).toEqual( [
			'{client_first_name}',
			'{client_name}',
			'{site_name}',
			'{login_link}',
		] );
		await userEvent.selectOptions(
			screen.getByRole( 'combobox', { name: 'Email' } ),
			'booking_confirmation'
		);
		expect( help() ).toEqual(
			metaFixture().emailTypes[ 1 ]!.placeholders.map(
				( name ) => `{${ name }}`
			)
		);
	} );
} );
