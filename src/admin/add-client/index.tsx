/**
 * Add Customer screen.
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
	'add-client',
	<UpcomingScreen
		title={ __( 'Add Customer', 'joolweb-sessions-pro' ) }
		description={ __(
			'Adding customers from this screen arrives in a coming version of Joolweb Sessions Pro.',
			'joolweb-sessions-pro'
		) }
	/>
);
