/**
 * Confirmation before deleting clients: names them and says it cannot be undone.
 */

/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Client } from '../../api/types';

export interface DeleteClientsConfirmProps {
	clients: Client[];
	onConfirm: () => Promise< void >;
	onCancel: () => void;
}

/**
 * "Delete X? … cannot be undone." with Cancel / Delete.
 *
 * @param props           Props.
 * @param props.clients
 * @param props.onConfirm
 * @param props.onCancel
 */
export function DeleteClientsConfirm( {
	clients,
	onConfirm,
	onCancel,
}: DeleteClientsConfirmProps ) {
	const [ isBusy, setIsBusy ] = useState( false );
	const first = clients[ 0 ];
	const message =
		clients.length === 1 && first
			? sprintf(
					/* translators: %s: client name. */
					__(
						'Delete %s? Their account, sessions and all their data will be deleted. This cannot be undone.',
						'joolweb-sessions-pro'
					),
					`${ first.first_name } ${ first.last_name }`
				)
			: sprintf(
					/* translators: %d: number of clients. */
					_n(
						'Delete %d client? Their accounts, sessions and all their data will be deleted. This cannot be undone.',
						'Delete %d clients? Their accounts, sessions and all their data will be deleted. This cannot be undone.',
						clients.length,
						'joolweb-sessions-pro'
					),
					clients.length
				);
	return (
		<div className="joolwebsp-confirm">
			<p>{ message }</p>
			{ clients.length > 1 && (
				<ul className="joolwebsp-delete-list">
					{ clients.slice( 0, 10 ).map( ( client ) => (
						<li
							key={ client.id }
						>{ `${ client.first_name } ${ client.last_name } (${ client.email })` }</li>
					) ) }
					{ clients.length > 10 && (
						<li>
							{ sprintf(
								/* translators: %d: number of further clients. */
								__( '…and %d more', 'joolweb-sessions-pro' ),
								clients.length - 10
							) }
						</li>
					) }
				</ul>
			) }
			<div className="joolwebsp-confirm__buttons">
				<Button
					variant="tertiary"
					onClick={ onCancel }
					disabled={ isBusy }
					accessibleWhenDisabled
				>
					{ __( 'Cancel', 'joolweb-sessions-pro' ) }
				</Button>
				<Button
					variant="primary"
					isDestructive
					isBusy={ isBusy }
					disabled={ isBusy }
					accessibleWhenDisabled
					onClick={ async () => {
						setIsBusy( true );
						try {
							await onConfirm();
						} finally {
							setIsBusy( false );
						}
					} }
				>
					{ __( 'Delete permanently', 'joolweb-sessions-pro' ) }
				</Button>
			</div>
		</div>
	);
}
