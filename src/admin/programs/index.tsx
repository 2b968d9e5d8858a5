/**
 * Programs screen.
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
	'programs',
	<UpcomingScreen
		title={ __( 'Programs', 'joolweb-sessions-pro' ) }
		description={ __(
			'Session bundles and program templates arrive in a coming version of Joolweb Sessions Pro.',
			'joolweb-sessions-pro'
		) }
	/>
);
