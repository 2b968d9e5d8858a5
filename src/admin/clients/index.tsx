/**
 * Customers screen.
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
	'clients',
	<UpcomingScreen
		title={ __( 'Customers', 'joolweb-sessions-pro' ) }
		description={ __(
			'The customer list (search, sort, profiles) arrives in a coming version of Joolweb Sessions Pro.',
			'joolweb-sessions-pro'
		) }
	/>
);
