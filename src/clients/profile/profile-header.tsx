/**
 * The profile's header: next session, contact details, quick actions, and the actions on the
 * client's WordPress account — disabled, with the reason, when the account is not the plugin's to
 * touch (`account_protected`).
 */

/**
 * WordPress dependencies
 */
import { Button, Modal } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { api } from '../../api/client';
import type { Client } from '../../api/types';
import { DeleteClientsConfirm } from '../../components/delete-clients-modal';
import { useRestQuery } from '../../data/use-rest-query';
import { store as clientsStore } from '../../store/clients';
import { formatDateTime } from '../../utils/format';
import {
	accountLockReason,
	useAccountActions,
} from '../account/use-account-actions';
import { useClientModule } from '../module';

export interface ProfileHeaderProps {
	client: Client;
	refreshKey: number;
	onEmailSent: () => void;
	onNewSession: () => void;
	onNewBundle: () => void;
	onDeleted: () => void;
}

/**
 * Contact details and quick actions.
 *
 * @param props              Props.
 * @param props.client       Client.
 * @param props.refreshKey   Changes when sessions or emails changed.
 * @param props.onEmailSent  After an email was sent (or failed).
 * @param props.onNewSession New session.
 * @param props.onNewBundle  New bundle.
 * @param props.onDeleted    After the client was deleted.
 */
export function ProfileHeader( {
	client,
	refreshKey,
	onEmailSent,
	onNewSession,
	onNewBundle,
	onDeleted,
}: ProfileHeaderProps ) {
	const module = useClientModule();
	const [ busy, setBusy ] = useState< 'login' | 'reset' | null >( null );
	const [ confirmDelete, setConfirmDelete ] = useState( false );
	const { sendLogin, passwordReset } = useAccountActions();
	const { deleteClients } = useDispatch( clientsStore );
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );
	const next = useRestQuery( [ 'next-session', client.id, refreshKey ], () =>
		api.clients.nextSessions( [ client.id ] )
	);
	const nextSession = next.data?.[ String( client.id ) ] ?? null;
	const lockReason = accountLockReason( client );
	const canEdit = module.can( 'edit_clients' );
	const canDelete = module.can( 'delete_clients' );

	const send = async ( kind: 'login' | 'reset' ) => {
		setBusy( kind );
		await ( kind === 'login'
			? sendLogin( client )
			: passwordReset( client ) );
		setBusy( null );
		onEmailSent();
	};
	const accountButton = (
		label: string,
		kind: 'login' | 'reset' | 'delete',
		onClick: () => void
	) => (
		<Button
			variant="secondary"
			isDestructive={ kind === 'delete' }
			isBusy={ busy === kind }
			disabled={ !! busy || !! lockReason }
			accessibleWhenDisabled
			aria-describedby={
				lockReason ? 'joolwebsp-account-lock-reason' : undefined
			}
			onClick={ onClick }
		>
			{ label }
		</Button>
	);

	return (
		<div className="joolwebsp-profile-header">
			<ul className="joolwebsp-profile-header__contact">
				<li>
					{ nextSession
						? sprintf(
								/* translators: %s: date and time. */
								__(
									'Next session: %s',
									'joolweb-sessions-pro'
								),
								formatDateTime( nextSession )
							)
						: __( 'No session booked', 'joolweb-sessions-pro' ) }
				</li>
				<li>
					<span className="screen-reader-text">
						{ __( 'Email:', 'joolweb-sessions-pro' ) }{ ' ' }
					</span>
					<a href={ `mailto:${ client.email }` }>{ client.email }</a>
				</li>
				{ client.phone && (
					<li>
						<span className="screen-reader-text">
							{ __( 'Phone:', 'joolweb-sessions-pro' ) }{ ' ' }
						</span>
						<a
							href={ `tel:${ client.phone.replace( /[^0-9+]/g, '' ) }` }
						>
							{ client.phone }
						</a>
					</li>
				) }
			</ul>
			<div className="joolwebsp-profile-header__actions">
				{ module.can( 'edit_sessions' ) && (
					<Button variant="primary" onClick={ onNewSession }>
						{ __( 'New session', 'joolweb-sessions-pro' ) }
					</Button>
				) }
				{ module.can( 'manage_programs' ) && (
					<Button variant="secondary" onClick={ onNewBundle }>
						{ __( 'New bundle', 'joolweb-sessions-pro' ) }
					</Button>
				) }
			</div>
			{ ( canEdit || canDelete ) && (
				<div className="joolwebsp-profile-header__actions">
					{ canEdit &&
						accountButton(
							client.login_sent_at
								? __(
										'Resend login details',
										'joolweb-sessions-pro'
									)
								: __(
										'Send login details',
										'joolweb-sessions-pro'
									),
							'login',
							() => send( 'login' )
						) }
					{ canEdit &&
						accountButton(
							__( 'Send password reset', 'joolweb-sessions-pro' ),
							'reset',
							() => send( 'reset' )
						) }
					{ canDelete &&
						accountButton(
							__( 'Delete client', 'joolweb-sessions-pro' ),
							'delete',
							() => setConfirmDelete( true )
						) }
				</div>
			) }
			{ lockReason && ( canEdit || canDelete ) && (
				<p
					id="joolwebsp-account-lock-reason"
					className="joolwebsp-locked-reason"
					role="note"
				>
					{ lockReason }
				</p>
			) }
			{ confirmDelete && (
				<Modal
					title={ __( 'Delete client', 'joolweb-sessions-pro' ) }
					onRequestClose={ () => setConfirmDelete( false ) }
				>
					<DeleteClientsConfirm
						clients={ [ client ] }
						onCancel={ () => setConfirmDelete( false ) }
						onConfirm={ async () => {
							const result = await deleteClients( [ client.id ] );
							setConfirmDelete( false );
							const failure = result.failed[ 0 ];
							if ( failure ) {
								createErrorNotice(
									failure.message ||
										__(
											'The client could not be deleted.',
											'joolweb-sessions-pro'
										),
									{ type: 'snackbar' }
								);
								return;
							}
							createSuccessNotice(
								sprintf(
									/* translators: %s: client name. */
									__(
										'%s was deleted.',
										'joolweb-sessions-pro'
									),
									`${ client.first_name } ${ client.last_name }`
								),
								{ type: 'snackbar' }
							);
							onDeleted();
						} }
					/>
				</Modal>
			) }
		</div>
	);
}
