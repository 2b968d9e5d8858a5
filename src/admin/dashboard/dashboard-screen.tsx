/**
 * Dashboard: where to start, with links to the screens the current user can open.
 */

/**
 * WordPress dependencies
 */
import { Card, CardBody, CardHeader } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { Screen } from '../../components/screen';
import { can, screenUrl } from '../../settings';
import type { Capability, ScreenName } from '../../settings';

interface Shortcut {
	screen: ScreenName;
	capability: Capability;
	label: string;
	description: string;
}

/**
 * The shortcuts, in the order a new coach needs them.
 */
function shortcuts(): Shortcut[] {
	return [
		{
			screen: 'add-client',
			capability: 'create_clients',
			label: __( 'Add Customer', 'joolweb-sessions-pro' ),
			description: __(
				'Create a client account with a name and an email.',
				'joolweb-sessions-pro'
			),
		},
		{
			screen: 'clients',
			capability: 'view_clients',
			label: __( 'Customers', 'joolweb-sessions-pro' ),
			description: __(
				'Your clients: search, sort and open a profile.',
				'joolweb-sessions-pro'
			),
		},
		{
			screen: 'sessions',
			capability: 'view_sessions',
			label: __( 'Sessions', 'joolweb-sessions-pro' ),
			description: __(
				'Booked, completed and cancelled sessions with their payments.',
				'joolweb-sessions-pro'
			),
		},
		{
			screen: 'programs',
			capability: 'manage_programs',
			label: __( 'Programs', 'joolweb-sessions-pro' ),
			description: __(
				'Session bundles and program templates.',
				'joolweb-sessions-pro'
			),
		},
		{
			screen: 'import',
			capability: 'import_clients',
			label: __( 'Import CSV', 'joolweb-sessions-pro' ),
			description: __(
				'Bring an existing client list in from a spreadsheet.',
				'joolweb-sessions-pro'
			),
		},
		{
			screen: 'settings',
			capability: 'manage_options',
			label: __( 'Settings', 'joolweb-sessions-pro' ),
			description: __(
				'Site-wide options of the plugin.',
				'joolweb-sessions-pro'
			),
		},
	];
}

/**
 * Dashboard screen.
 */
export function DashboardScreen() {
	const visible = shortcuts().filter( ( shortcut ) =>
		can( shortcut.capability )
	);
	return (
		<Screen title={ __( 'Dashboard', 'joolweb-sessions-pro' ) }>
			<Card className="joolwebsp-card">
				<CardHeader>
					<h2>{ __( 'Start here', 'joolweb-sessions-pro' ) }</h2>
				</CardHeader>
				<CardBody>
					<ul className="joolwebsp-shortcuts">
						{ visible.map( ( shortcut ) => (
							<li key={ shortcut.screen }>
								<a href={ screenUrl( shortcut.screen ) }>
									{ shortcut.label }
								</a>
								<span> — { shortcut.description }</span>
							</li>
						) ) }
					</ul>
				</CardBody>
			</Card>
		</Screen>
	);
}
