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
import { changedSettings } from '../diff';
import { printMeta, settingsFixture } from './fixtures';

type Handler = Parameters< typeof apiFetch.setFetchHandler >[ 0 ];
type Options = Parameters< Handler >[ 0 ];

const REMINDERS = {
	last_run: null,
	stale: true,
	next_run: null,
	wp_cron_disabled: true,
	cron_url: 'http://example.org/wp-cron.php',
	reminder_hours: 24,
	last_result: null,
};

/**
 * Serves GET /settings and /settings/reminders; other requests go to `other`.
 *
 * @param other Handler of the rest.
 */
function serve( other: ( options: Options ) => Promise< unknown > ) {
	apiFetch.setFetchHandler( async ( options ) => {
		if ( options.path?.includes( '/settings/reminders' ) ) {
			return REMINDERS;
		}
		if ( ! options.method || options.method === 'GET' ) {
			return settingsFixture();
		}
		return other( options );
	} );
}

function openTab( tab: string ) {
	window.history.replaceState(
		null,
		'',
		`?page=joolwebsp-settings&tab=${ tab }`
	);
}

jest.setTimeout( 30000 );

describe( 'SettingsScreen', () => {
	beforeEach( () => {
		printMeta();
		openTab( 'general' );
	} );
	afterEach( () => {
		cleanup();
		delete window.joolwebspSettings;
		select( noticesStore )
			.getNotices()
			.forEach( ( notice ) =>
				dispatch( noticesStore ).removeNotice( notice.id )
			);
	} );

	it( 'saves only the fields that changed and confirms with a snackbar', async () => {
		const posted: unknown[] = [];
		serve( async ( options ) => {
			posted.push( options.data );
			return { ...settingsFixture(), ...( options.data as object ) };
		} );
		render( <SettingsScreen /> );
		expect( screen.getByText( 'Loading settings…' ) ).toBeInTheDocument();

		const toggle = await screen.findByRole( 'checkbox', {
			name: 'Delete all data when the plugin is uninstalled',
		} );
		const save = screen.getByRole( 'button', { name: 'Save settings' } );
		expect( save ).toHaveAttribute( 'aria-disabled', 'true' );

		await userEvent.click( toggle );
		await userEvent.selectOptions(
			screen.getByRole( 'combobox', { name: 'Reminder email' } ),
			'2'
		);
		expect( screen.getByText( 'Unsaved changes' ) ).toBeInTheDocument();
		await userEvent.click( save );

		await waitFor( () =>
			expect( posted ).toEqual( [
				{ delete_data_on_uninstall: true, reminder_hours: 2 },
			] )
		);
		await screen.findByText( 'Settings saved.', {
			selector: '.components-snackbar__content',
		} );
		expect( save ).toHaveAttribute( 'aria-disabled', 'true' );
	} );

	it( 'shows each error of a 400 on the field it names, and saves nothing', async () => {
		openTab( 'emails' );
		serve( async () => {
			throw {
				code: 'rest_invalid_param',
				message:
					'Invalid parameter(s): sender_email, emails.booking_confirmation.subject',
				data: {
					status: 400,
					params: {
						sender_email:
							'Enter a valid email address, or leave it empty.',
						'emails.booking_confirmation.subject':
							'Unknown placeholder {price}. This email can use: {client_first_name}.',
					},
				},
			};
		} );
		render( <SettingsScreen /> );
		await userEvent.type(
			await screen.findByRole( 'textbox', { name: 'Sender address' } ),
			'not-an-email'
		);
		await userEvent.selectOptions(
			screen.getByRole( 'combobox', { name: 'Email' } ),
			'booking_confirmation'
		);
		const subject = screen.getByRole( 'textbox', { name: 'Subject' } );
		await userEvent.type( subject, ' {{price}' );
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Save settings' } )
		);

		await screen.findByText(
			'Unknown placeholder {price}. This email can use: {client_first_name}.',
			{ selector: '.components-base-control__help' }
		);
		expect(
			screen.getByText(
				'Enter a valid email address, or leave it empty.',
				{
					selector: '.components-base-control__help',
				}
			)
		).toBeInTheDocument();
		// The help is tied to the field for screen readers.
		expect( subject ).toHaveAccessibleDescription(
			expect.stringContaining( 'Unknown placeholder {price}' )
		);
		// The draft is kept.
		expect( subject ).toHaveValue(
			'[{site_name}] Session booked: {session_date} {price}'
		);
		expect(
			screen.getByText( 'Nothing was saved. Correct these fields:' )
		).toBeInTheDocument();
	} );

	it( 'explains how to run wp-cron.php from a system cron when the reminders are stale', async () => {
		serve( async () => ( {} ) );
		render( <SettingsScreen /> );
		expect(
			await screen.findByText( /DISABLE_WP_CRON/, { selector: 'p' } )
		).toBeInTheDocument();
		expect(
			screen.getByText( /wp-cron\.php\?doing_wp_cron/, {
				selector: 'code',
			} )
		).toBeInTheDocument();
		expect(
			screen.getByText( 'Reminders have never run yet.' )
		).toBeInTheDocument();
	} );

	it( 'sends a coach capability change as the whole list', async () => {
		openTab( 'permissions' );
		const posted: unknown[] = [];
		serve( async ( options ) => {
			posted.push( options.data );
			return { ...settingsFixture(), ...( options.data as object ) };
		} );
		render( <SettingsScreen /> );
		await userEvent.click(
			await screen.findByRole( 'checkbox', { name: 'View sessions' } )
		);
		expect( screen.getByText( 'Used by CSV export.' ) ).toBeInTheDocument();
		await userEvent.click(
			screen.getByRole( 'button', { name: 'Save settings' } )
		);
		await waitFor( () =>
			expect( posted ).toEqual( [
				{ coach_capabilities: [ 'view_clients' ] },
			] )
		);
	} );
} );

describe( 'changedSettings', () => {
	it( 'is empty when nothing changed', () => {
		expect(
			changedSettings( settingsFixture(), settingsFixture() )
		).toEqual( {} );
	} );

	it( 'keeps only the changed parts of emails and colours', () => {
		const saved = settingsFixture();
		const draft = settingsFixture();
		draft.emails.welcome = { ...draft.emails.welcome!, enabled: false };
		draft.colors = { ...draft.colors, accent: '#ff0000' };
		draft.coach_capabilities = [ 'view_sessions', 'view_clients' ];
		expect( changedSettings( saved, draft ) ).toEqual( {
			emails: { welcome: { enabled: false } },
			colors: { accent: '#ff0000' },
		} );
	} );
} );
