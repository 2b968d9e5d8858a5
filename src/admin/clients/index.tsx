/**
 * Customers screen entry.
 */

/**
 * Internal dependencies
 */
import { mountScreen } from '../../mount';
import { ClientsScreen } from './clients-screen';
import '../admin.scss';
import './clients.scss';

mountScreen( 'clients', <ClientsScreen /> );
