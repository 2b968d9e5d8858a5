/**
 * The client profile: header with quick actions, and tabs kept in the URL — Overview, Programs,
 * Finances and Contact in wp-admin; Summary, Sessions and Finance on the site, for a coach on a
 * phone. Mounted by the admin entry (Add Customer with `client_id`) and, unchanged, by a front
 * entry: links, capabilities, the tab set and the page frame come from the ClientModule context.
 */

/**
 * WordPress dependencies
 */
import { Button, Spinner } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { useCallback, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import type { Session } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { UrlTabPanel } from '../../components/url-tab-panel';
import { store as clientsStore } from '../../store/clients';
import { useClientModule } from '../module';
import { BundleWizard } from '../programs/bundle-wizard';
import { SessionModal } from '../sessions/session-modal';
import { ContactTab } from '../tabs/contact/contact-tab';
import { FinancesTab } from '../tabs/finances/finances-tab';
import { PhysicalTab } from '../tabs/physical/physical-tab';
import {
	ADMIN_OVERVIEW,
	OverviewTab,
	type OverviewSection,
} from '../tabs/overview/overview-tab';
import { ProgramsTab } from '../tabs/programs/programs-tab';
import { ProfileHeader } from './profile-header';

export interface ClientProfileProps {
	clientId: number;
}

/** The overview sections each tab shows. */
const SECTIONS: Record< string, ReadonlyArray< OverviewSection > > = {
	overview: ADMIN_OVERVIEW,
	summary: [ 'kpis', 'notes' ],
	sessions: [ 'sessions' ],
};

type ModalState =
	{ kind: 'session'; session: Session | null } | { kind: 'bundle' } | null;

/**
 * Profile screen.
 *
 * @param props          Props.
 * @param props.clientId Client.
 */
export function ClientProfile( { clientId }: ClientProfileProps ) {
	const module = useClientModule();
	const { Frame } = module;
	const { client, error } = useSelect(
		( select ) => ( {
			client: select( clientsStore ).getClient( clientId ),
			error: select( clientsStore ).getClientError( clientId ),
		} ),
		[ clientId ]
	);
	const [ version, setVersion ] = useState( 0 );
	const [ deleted, setDeleted ] = useState( false );
	const [ modal, setModal ] = useState< ModalState >( null );
	const { createSuccessNotice } = useDispatch( noticesStore );
	const refresh = useCallback( () => setVersion( ( v ) => v + 1 ), [] );
	const canChooseCoach = module.reachesEveryone;
	const coaches = useSelect(
		( select ) =>
			canChooseCoach ? select( clientsStore ).getCoaches() : null,
		[ canChooseCoach ]
	);
	const back = module.listUrl ? (
		<Button variant="primary" href={ module.listUrl }>
			{ __( 'Back to Customers', 'joolweb-sessions-pro' ) }
		</Button>
	) : null;

	if ( deleted || ( error && ! client ) ) {
		return (
			<Frame
				title={
					deleted
						? __( 'Client deleted', 'joolweb-sessions-pro' )
						: __( 'Client not found', 'joolweb-sessions-pro' )
				}
			>
				<EmptyState
					title={
						deleted
							? __(
									'This client was deleted',
									'joolweb-sessions-pro'
								)
							: __(
									'This client does not exist, or you cannot see it',
									'joolweb-sessions-pro'
								)
					}
					actions={ back }
				>
					{ ! deleted && (
						<p>
							{ __(
								'It may have been deleted, or it is assigned to another coach.',
								'joolweb-sessions-pro'
							) }
						</p>
					) }
				</EmptyState>
			</Frame>
		);
	}
	if ( ! client ) {
		return (
			<Frame title={ __( 'Client', 'joolweb-sessions-pro' ) }>
				<p aria-live="polite">
					<Spinner />{ ' ' }
					{ __( 'Loading the client…', 'joolweb-sessions-pro' ) }
				</p>
			</Frame>
		);
	}
	const name = `${ client.first_name } ${ client.last_name }`;
	// Premium with the Settings switch: the server published the ranges, else no tab.
	const physicalTab = module.measurements
		? [
				{
					name: 'physical',
					title: __( 'Physical', 'joolweb-sessions-pro' ),
				},
			]
		: [];

	return (
		<Frame
			title={ name }
			actions={
				module.listUrl ? (
					<a href={ module.listUrl } className="page-title-action">
						{ __( 'All customers', 'joolweb-sessions-pro' ) }
					</a>
				) : null
			}
		>
			<ProfileHeader
				client={ client }
				refreshKey={ version }
				onEmailSent={ refresh }
				onNewSession={ () =>
					setModal( { kind: 'session', session: null } )
				}
				onNewBundle={ () => setModal( { kind: 'bundle' } ) }
				onDeleted={ () => setDeleted( true ) }
			/>
			{ modal?.kind === 'session' && (
				<SessionModal
					session={ modal.session }
					client={ { id: client.id, name } }
					coaches={ canChooseCoach ? ( coaches ?? [] ) : null }
					onClose={ () => setModal( null ) }
					onSaved={ () => {
						setModal( null );
						refresh();
					} }
				/>
			) }
			{ modal?.kind === 'bundle' && (
				<BundleWizard
					clientId={ client.id }
					clientName={ name }
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
				tabs={
					module.variant === 'front'
						? [
								{
									name: 'summary',
									title: __(
										'Summary',
										'joolweb-sessions-pro'
									),
								},
								{
									name: 'sessions',
									title: __(
										'Sessions',
										'joolweb-sessions-pro'
									),
								},
								{
									name: 'finance',
									title: __(
										'Finance',
										'joolweb-sessions-pro'
									),
								},
								...physicalTab,
							]
						: [
								{
									name: 'overview',
									title: __(
										'Overview',
										'joolweb-sessions-pro'
									),
								},
								{
									name: 'programs',
									title: __(
										'Programs',
										'joolweb-sessions-pro'
									),
								},
								{
									name: 'finances',
									title: __(
										'Finances',
										'joolweb-sessions-pro'
									),
								},
								...physicalTab,
								{
									name: 'contact',
									title: __(
										'Contact',
										'joolweb-sessions-pro'
									),
								},
							]
				}
			>
				{ ( tab ) => (
					<>
						{ ( tab === 'overview' ||
							tab === 'summary' ||
							tab === 'sessions' ) && (
							<OverviewTab
								key={ tab }
								clientId={ client.id }
								sections={ SECTIONS[ tab ] }
								refreshKey={ version }
								onEdit={ ( session ) =>
									setModal( { kind: 'session', session } )
								}
								onChanged={ refresh }
							/>
						) }
						{ tab === 'programs' && (
							<ProgramsTab
								clientId={ client.id }
								refreshKey={ version }
								onNewBundle={ () =>
									setModal( { kind: 'bundle' } )
								}
							/>
						) }
						{ ( tab === 'finances' || tab === 'finance' ) && (
							<FinancesTab
								clientId={ client.id }
								refreshKey={ version }
								onChanged={ refresh }
							/>
						) }
						{ tab === 'physical' && module.measurements && (
							<PhysicalTab
								clientId={ client.id }
								settings={ module.measurements }
							/>
						) }
						{ tab === 'contact' && (
							<ContactTab
								client={ client }
								onEmailSent={ refresh }
							/>
						) }
					</>
				) }
			</UrlTabPanel>
		</Frame>
	);
}
