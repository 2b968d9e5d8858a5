/**
 * Import CSV screen.
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
	'import',
	<UpcomingScreen
		title={ __( 'Import CSV', 'joolweb-sessions-pro' ) }
		description={ __(
			'Importing customers from a CSV file arrives in a coming version of Joolweb Sessions Pro.',
			'joolweb-sessions-pro'
		) }
	/>
);
