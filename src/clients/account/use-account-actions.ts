/**
 * The one send-login flow, and the other actions on a client's WordPress account (password reset).
 * Add Customer sends `send_login` with the create request and reports through `reportLogin`; the
 * profile's button and Contact's "Save and send" call `sendLogin`. The store receives the server's
 * answer (`login_sent_at`), never a guess.
 */

/**
 * WordPress dependencies
 */
import { useDispatch } from '@wordpress/data';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { api, errorMessage } from '../../api/client';
import type { Client } from '../../api/types';
import { getSettings } from '../../settings';
import { store as clientsStore } from '../../store/clients';

export interface AccountActions {
	/** Sends (again) the welcome email with the set-password link; resolves true when sent. */
	sendLogin: ( client: Client ) => Promise< boolean >;
	/** Sends a password-reset email; resolves true when sent. */
	passwordReset: ( client: Client ) => Promise< boolean >;
	/** Tells the outcome of a send (a snackbar): `error` null when it was sent. */
	reportLogin: ( client: Client, error: unknown ) => void;
}

/**
 * Why the account actions are disabled for this client, or null when they are not.
 *
 * @param client Client as the server returned it for the current user.
 */
export function accountLockReason( client: Client ): string | null {
	if ( ! client.account_protected ) {
		return null;
	}
	return (
		getSettings().accountProtectedMessage ||
		__(
			"This client's WordPress account also has another role. Change it from the Users screen.",
			'joolweb-sessions-pro'
		)
	);
}

/**
 * Account actions with their notices.
 */
export function useAccountActions(): AccountActions {
	const { receiveClient } = useDispatch( clientsStore );
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );

	const reportLogin = ( client: Client, error: unknown ) => {
		if ( error === null ) {
			createSuccessNotice(
				sprintf(
					/* translators: %s: email address. */
					__(
						'Login details were sent to %s.',
						'joolweb-sessions-pro'
					),
					client.email
				),
				{ type: 'snackbar' }
			);
			return;
		}
		createErrorNotice(
			errorMessage(
				error,
				__(
					'The login details could not be sent.',
					'joolweb-sessions-pro'
				)
			),
			{ type: 'snackbar' }
		);
	};

	const sendLogin = async ( client: Client ) => {
		try {
			const result = await api.clients.sendLogin( client.id );
			receiveClient( { ...client, login_sent_at: result.login_sent_at } );
			reportLogin( client, null );
			return true;
		} catch ( error ) {
			reportLogin( client, error );
			return false;
		}
	};

	const passwordReset = async ( client: Client ) => {
		try {
			await api.clients.passwordReset( client.id );
			createSuccessNotice(
				sprintf(
					/* translators: %s: email address. */
					__(
						'A password reset email was sent to %s.',
						'joolweb-sessions-pro'
					),
					client.email
				),
				{ type: 'snackbar' }
			);
			return true;
		} catch ( error ) {
			createErrorNotice(
				errorMessage(
					error,
					__( 'The email could not be sent.', 'joolweb-sessions-pro' )
				),
				{ type: 'snackbar' }
			);
			return false;
		}
	};

	return { sendLogin, passwordReset, reportLogin };
}
