/**
 * Client profile (Add Customer in edit mode): header with quick actions, and tabs kept in the URL.
 */

/**
 * WordPress dependencies
 */
import { Button, Card, CardBody, Spinner } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { useCallback, useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { api, errorMessage } from '../../api/client';
import type { Client, Session } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { Screen } from '../../components/screen';
import { UrlTabPanel } from '../../components/url-tab-panel';
import { can, screenUrl } from '../../settings';
import { store as clientsStore } from '../../store/clients';
import { ClientForm } from './client-form';
import { BundleWizard } from '../../components/bundle-wizard';
import { SessionModal } from '../../components/session-modal';
import { FinancesTab } from './finances-tab';
import { OverviewTab } from './overview-tab';
import { ProgramsTab } from './programs-tab';
import { useClientForm } from './use-client-form';
import { toClientWrite } from './validation';
import { formatDateTime } from '../../utils/format';

export interface ClientProfileProps {
	clientId: number;
}

/**
 * Profile screen.
 *
 * @param props          Props.
 * @param props.clientId
 */
export function ClientProfile( { clientId }: ClientProfileProps ) {
	const { client, error } = useSelect(
		( select ) => ( {
			client: select( clientsStore ).getClient( clientId ),
			error: select( clientsStore ).getClientError( clientId ),
		} ),
		[ clientId ]
	);
	const [ emailsVersion, setEmailsVersion ] = useState( 0 );
	const [ modal, setModal ] = useState<
		{ kind: 'session'; session: Session | null } | { kind: 'bundle' } | null
	>( null );
	const { createSuccessNotice } = useDispatch( noticesStore );
	const refresh = useCallback( () => setEmailsVersion( ( v ) => v + 1 ), [] );
	const canChooseCoach = can( 'manage_options' );
	const coaches = useSelect(
		( select ) =>
			canChooseCoach ? select( clientsStore ).getCoaches() : null,
		[ canChooseCoach ]
	);

	if ( error && ! client ) {
		return (
			<Screen title={ __( 'Client not found', 'joolweb-sessions-pro' ) }>
				<EmptyState
					title={ __(
						'This client does not exist, or you cannot see it',
						'joolweb-sessions-pro'
					) }
					actions={
						<Button
							variant="primary"
							href={ screenUrl( 'clients' ) }
						>
							{ __(
								'Back to Customers',
								'joolweb-sessions-pro'
							) }
						</Button>
					}
				>
					<p>
						{ __(
							'It may have been deleted, or it is assigned to another coach.',
							'joolweb-sessions-pro'
						) }
					</p>
				</EmptyState>
			</Screen>
		);
	}
	if ( ! client ) {
		return (
			<Screen title={ __( 'Client', 'joolweb-sessions-pro' ) }>
				<p aria-live="polite">
					<Spinner />{ ' ' }
					{ __( 'Loading the client…', 'joolweb-sessions-pro' ) }
				</p>
			</Screen>
		);
	}

	return (
		<Screen
			title={ `${ client.first_name } ${ client.last_name }` }
			actions={
				<a
					href={ screenUrl( 'clients' ) }
					className="page-title-action"
				>
					{ __( 'All customers', 'joolweb-sessions-pro' ) }
				</a>
			}
		>
			<ProfileHeader
				client={ client }
				refreshKey={ emailsVersion }
				onEmailSent={ refresh }
				onNewSession={ () =>
					setModal( { kind: 'session', session: null } )
				}
				onNewBundle={ () => setModal( { kind: 'bundle' } ) }
			/>
			{ modal?.kind === 'session' && (
				<SessionModal
					session={ modal.session }
					clientId={ client.id }
					coaches={ canChooseCoach ? ( coaches ?? [] ) : null }
					onClose={ () => setModal( null ) }
					onSaved={ ( saved, notified ) => {
						setModal( null );
						refresh();
						createSuccessNotice(
							saved.email?.sent || notified
								? __(
										'Session saved; the client was notified.',
										'joolweb-sessions-pro'
									)
								: __(
										'Session saved.',
										'joolweb-sessions-pro'
									),
							{ type: 'snackbar' }
						);
					} }
				/>
			) }
			{ modal?.kind === 'bundle' && (
				<BundleWizard
					clientId={ client.id }
					clientName={ `${ client.first_name } ${ client.last_name }` }
					onClose={ () => setModal( null ) }
					onCreated={ ( bundle ) => {
						setModal( null );
						refresh();
						createSuccessNotice(
							sprintf(
								/* translators: 1: bundle title, 2: number of sessions. */
								__(
									'%1$s created with %2$d sessions.',
									'joolweb-sessions-pro'
								),
								bundle.title,
								bundle.sessions?.length ??
									bundle.sessions_planned
							),
							{ type: 'snackbar' }
						);
					} }
				/>
			) }
			<UrlTabPanel
				tabs={ [
					{
						name: 'overview',
						title: __( 'Overview', 'joolweb-sessions-pro' ),
					},
					{
						name: 'programs',
						title: __( 'Programs', 'joolweb-sessions-pro' ),
					},
					{
						name: 'finances',
						title: __( 'Finances', 'joolweb-sessions-pro' ),
					},
					{
						name: 'contact',
						title: __( 'Contact', 'joolweb-sessions-pro' ),
					},
				] }
			>
				{ ( name ) => (
					<>
						{ name === 'overview' && (
							<OverviewTab
								clientId={ client.id }
								refreshKey={ emailsVersion }
								onEdit={ ( session ) =>
									setModal( { kind: 'session', session } )
								}
								onChanged={ refresh }
							/>
						) }
						{ name === 'programs' && (
							<ProgramsTab
								clientId={ client.id }
								refreshKey={ emailsVersion }
								onNewBundle={ () =>
									setModal( { kind: 'bundle' } )
								}
							/>
						) }
						{ name === 'finances' && (
							<FinancesTab
								clientId={ client.id }
								refreshKey={ emailsVersion }
								onChanged={ refresh }
							/>
						) }
						{ name === 'contact' && (
							<ContactTab
								client={ client }
								onEmailSent={ () =>
									setEmailsVersion( emailsVersion + 1 )
								}
							/>
						) }
					</>
				) }
			</UrlTabPanel>
		</Screen>
	);
}

interface ProfileHeaderProps {
	client: Client;
	refreshKey: number;
	onEmailSent: () => void;
	onNewSession: () => void;
	onNewBundle: () => void;
}

/**
 * Contact details and quick actions.
 *
 * @param props              Props.
 * @param props.client
 * @param props.onEmailSent
 * @param props.onNewSession
 * @param props.onNewBundle
 * @param props.refreshKey
 */
function ProfileHeader( {
	client,
	refreshKey,
	onEmailSent,
	onNewSession,
	onNewBundle,
}: ProfileHeaderProps ) {
	const [ busy, setBusy ] = useState< 'login' | 'reset' | null >( null );
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );
	const { receiveClient } = useDispatch( clientsStore );
	const canEdit = can( 'edit_clients' );
	const [ nextSession, setNextSession ] = useState< string | null >( null );
	useEffect( () => {
		let live = true;
		api.clients
			.nextSessions( [ client.id ] )
			.then(
				( map ) =>
					live && setNextSession( map[ String( client.id ) ] ?? null )
			)
			.catch( () => live && setNextSession( null ) );
		return () => {
			live = false;
		};
	}, [ client.id, refreshKey ] );

	const send = async ( kind: 'login' | 'reset' ) => {
		setBusy( kind );
		try {
			if ( kind === 'login' ) {
				const result = await api.clients.sendLogin( client.id );
				receiveClient( {
					...client,
					login_sent_at: result.login_sent_at,
				} );
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
			} else {
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
			}
			onEmailSent();
		} catch ( error ) {
			createErrorNotice(
				errorMessage(
					error,
					__( 'The email could not be sent.', 'joolweb-sessions-pro' )
				),
				{ type: 'snackbar' }
			);
			onEmailSent();
		} finally {
			setBusy( null );
		}
	};

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
				{ can( 'edit_sessions' ) && (
					<Button variant="primary" onClick={ onNewSession }>
						{ __( 'New session', 'joolweb-sessions-pro' ) }
					</Button>
				) }
				{ can( 'manage_programs' ) && (
					<Button variant="secondary" onClick={ onNewBundle }>
						{ __( 'New bundle', 'joolweb-sessions-pro' ) }
					</Button>
				) }
			</div>
			{ canEdit && (
				<div className="joolwebsp-profile-header__actions">
					<Button
						variant="secondary"
						isBusy={ busy === 'login' }
						disabled={ !! busy }
						accessibleWhenDisabled
						onClick={ () => send( 'login' ) }
					>
						{ client.login_sent_at
							? __(
									'Resend login details',
									'joolweb-sessions-pro'
								)
							: __(
									'Send login details',
									'joolweb-sessions-pro'
								) }
					</Button>
					<Button
						variant="secondary"
						isBusy={ busy === 'reset' }
						disabled={ !! busy }
						accessibleWhenDisabled
						onClick={ () => send( 'reset' ) }
					>
						{ __( 'Send password reset', 'joolweb-sessions-pro' ) }
					</Button>
				</div>
			) }
		</div>
	);
}

interface ContactTabProps {
	client: Client;
	onEmailSent: () => void;
}

/**
 * Contact form of the profile.
 *
 * @param props             Props.
 * @param props.client
 * @param props.onEmailSent
 */
function ContactTab( { client, onEmailSent }: ContactTabProps ) {
	const canChooseCoach = can( 'manage_options' );
	const coaches = useSelect(
		( select ) =>
			canChooseCoach ? select( clientsStore ).getCoaches() : null,
		[ canChooseCoach ]
	);
	const form = useClientForm( {
		first_name: client.first_name,
		last_name: client.last_name,
		email: client.email,
		phone: client.phone,
		coach_id: client.coach_ids[ 0 ] ? String( client.coach_ids[ 0 ] ) : '',
	} );
	const { updateClient, receiveClient } = useDispatch( clientsStore );
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );

	if ( ! can( 'edit_clients' ) ) {
		return (
			<p>
				{ __(
					'You can view this client but not change it.',
					'joolweb-sessions-pro'
				) }
			</p>
		);
	}
	const onSubmit = ( sendLogin: boolean ) =>
		form.submit( async ( values ) => {
			await updateClient(
				client.id,
				toClientWrite( values, canChooseCoach )
			);
			createSuccessNotice(
				__( 'Contact details saved.', 'joolweb-sessions-pro' ),
				{ type: 'snackbar' }
			);
			if ( sendLogin ) {
				try {
					const result = await api.clients.sendLogin( client.id );
					receiveClient( {
						...client,
						...values,
						login_sent_at: result.login_sent_at,
					} );
					createSuccessNotice(
						__(
							'Login details were sent.',
							'joolweb-sessions-pro'
						),
						{ type: 'snackbar' }
					);
				} catch ( error ) {
					createErrorNotice(
						errorMessage(
							error,
							__(
								'The login details could not be sent.',
								'joolweb-sessions-pro'
							)
						),
						{
							type: 'snackbar',
						}
					);
				}
				onEmailSent();
			}
		} );
	return (
		<Card className="joolwebsp-card">
			<CardBody>
				<ClientForm
					values={ form.values }
					errors={ form.errors }
					onChange={ form.setValues }
					onSubmit={ onSubmit }
					coaches={ canChooseCoach ? ( coaches ?? [] ) : null }
					isBusy={ form.isBusy }
					submitLabel={ __( 'Save', 'joolweb-sessions-pro' ) }
					submitAndSendLabel={ __(
						'Save and send login details',
						'joolweb-sessions-pro'
					) }
				/>
			</CardBody>
		</Card>
	);
}
