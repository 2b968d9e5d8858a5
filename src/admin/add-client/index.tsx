/**
 * Add Customer / client profile screen entry: mounts the client module with the admin variant.
 */

/**
 * Internal dependencies
 */
import {
	ClientModuleProvider,
	ClientRouter,
	adminClientModule,
} from '../../clients';
import { mountScreen } from '../../mount';
import '../admin.scss';
import '../../clients/clients.scss';

mountScreen(
	'add-client',
	<ClientModuleProvider value={ adminClientModule() }>
		<ClientRouter />
	</ClientModuleProvider>
);
