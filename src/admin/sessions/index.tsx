/**
 * Sessions screen.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { UpcomingScreen } from '../../components/upcoming';
import { mountScreen } from '../../mount';
import '../admin.scss';

mountScreen(
	'sessions',
	<UpcomingScreen
		title={ __( 'Sessions', 'joolweb-sessions-pro' ) }
		description={ __(
			'Session scheduling, statuses and payments arrive in a coming version of Joolweb Sessions Pro.',
			'joolweb-sessions-pro'
		) }
	/>
);
