/**
 * External dependencies
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { dispatch, select } from '@wordpress/data';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { SettingsScreen } from '../settings-screen';

type Handler = Parameters< typeof apiFetch.setFetchHandler >[ 0 ];

function serve( handler: Handler ) {
	apiFetch.setFetchHandler( handler );
}

describe( 'SettingsScreen', () => {
	afterEach( () => {
		cleanup();
		select( noticesStore )
			.getNotices()
			.forEach( ( notice ) =>
				dispatch( noticesStore ).removeNotice( notice.id )
			);
	} );

	it( 'loads, saves a change and confirms with a snackbar', async () => {
		const posted: unknown[] = [];
		let stored = { delete_data_on_uninstall: false };
		serve( async ( options ) => {
			if ( options.method === 'POST' ) {
				posted.push( options.data );
				stored = { ...stored, ...( options.data as object ) };
			}
			return stored;
		} );
		render( <SettingsScreen /> );
		expect( screen.getByText( 'Loading settings…' ) ).toBeInTheDocument();

		const toggle = await screen.findByRole( 'checkbox', {
			name: 'Delete all data when the plugin is uninstalled',
		} );
		const save = screen.getByRole( 'button', { name: 'Save settings' } );
		expect( toggle ).not.toBeChecked();
		expect( save ).toHaveAttribute( 'aria-disabled', 'true' );

		await userEvent.click( toggle );
		expect(
			screen.getByText( /This cannot be undone/ )
		).toBeInTheDocument();
		await userEvent.click( save );

		await waitFor( () =>
			expect( posted ).toEqual( [ { delete_data_on_uninstall: true } ] )
		);
		await screen.findByText( 'Settings saved.', {
			selector: '.components-snackbar__content',
		} );
		expect( save ).toHaveAttribute( 'aria-disabled', 'true' );
	} );

	it( 'says so when the settings cannot be loaded', async () => {
		serve( async () => {
			throw {
				code: 'rest_forbidden',
				message: 'Sorry, you are not allowed to do that.',
			};
		} );
		render( <SettingsScreen /> );
		expect(
			await screen.findByText( 'Sorry, you are not allowed to do that.', {
				selector: '.components-notice__content',
			} )
		).toBeInTheDocument();
		expect( screen.queryByRole( 'checkbox' ) ).not.toBeInTheDocument();
	} );

	it( 'keeps the change and reports a failed save', async () => {
		serve( async ( options ) => {
			if ( options.method === 'POST' ) {
				throw {
					code: 'rest_invalid_param',
					message: 'Invalid parameter(s): delete_data_on_uninstall',
				};
			}
			return { delete_data_on_uninstall: false };
		} );
		render( <SettingsScreen /> );
		await userEvent.click( await screen.findByRole( 'checkbox' ) );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Save settings' } )
		);
		await screen.findByText(
			'Invalid parameter(s): delete_data_on_uninstall',
			{
				selector: '.components-snackbar__content',
			}
		);
		expect( screen.getByRole( 'checkbox' ) ).toBeChecked();
	} );
} );
