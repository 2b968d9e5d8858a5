/**
 * Coach home: tabs Upcoming sessions and Statistics (this month), recent clients, a link to My clients.
 */

/**
 * WordPress dependencies
 */
import { TabPanel } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { CoachPage } from '../shared/front-module';
import { MonthStats } from './month-stats';
import { RecentClients } from './recent-clients';
import { UpcomingSessions } from './upcoming-sessions';

/**
 * The page.
 */
export function CoachHomeApp() {
	return (
		<CoachPage>
			<TabPanel
				className="joolwebsp-front__tabs"
				tabs={ [
					{
						name: 'upcoming',
						title: __(
							'Upcoming sessions',
							'joolweb-sessions-pro'
						),
					},
					{
						name: 'statistics',
						title: __( 'Statistics', 'joolweb-sessions-pro' ),
					},
				] }
			>
				{ ( tab ) =>
					tab.name === 'statistics' ? (
						<MonthStats />
					) : (
						<UpcomingSessions />
					)
				}
			</TabPanel>
			<RecentClients />
		</CoachPage>
	);
}
