/**
 * Sessions screen entry.
 */

/**
 * Internal dependencies
 */
import { mountScreen } from '../../mount';
import { SessionsScreen } from './sessions-screen';
import '../admin.scss';
import '../clients/clients.scss';

mountScreen( 'sessions', <SessionsScreen /> );
