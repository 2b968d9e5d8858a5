/**
 * Changes a session's status or payment in place (session cards), with a snackbar.
 */

/**
 * WordPress dependencies
 */
import { useDispatch } from '@wordpress/data';
import { useCallback, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { api, errorMessage } from '../../api/client';
import type { PaymentStatus, Session, SessionStatus } from '../../api/types';

/**
 * Updates a session's status or payment in place, with a snackbar.
 * @param onDone Called after a change was saved.
 */
export function useSessionQuickChange( onDone: () => void ) {
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );
	const [ busyId, setBusyId ] = useState< number | null >( null );
	const change = useCallback(
		async (
			session: Session,
			data: { status?: SessionStatus; payment_status?: PaymentStatus }
		) => {
			setBusyId( session.id );
			try {
				const saved = await api.sessions.update( session.id, data );
				createSuccessNotice(
					saved.email?.sent
						? __(
								'Session updated; the client was emailed.',
								'joolweb-sessions-pro'
							)
						: __( 'Session updated.', 'joolweb-sessions-pro' ),
					{ type: 'snackbar' }
				);
				onDone();
			} catch ( error ) {
				createErrorNotice(
					errorMessage(
						error,
						__(
							'The session could not be updated.',
							'joolweb-sessions-pro'
						)
					),
					{ type: 'snackbar' }
				);
			} finally {
				setBusyId( null );
			}
		},
		[ createSuccessNotice, createErrorNotice, onDone ]
	);
	return { busyId, change };
}
