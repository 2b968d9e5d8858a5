/**
 * Dashboard screen entry.
 */

/**
 * Internal dependencies
 */
import { mountScreen } from '../../mount';
import { DashboardScreen } from './dashboard-screen';
import '../admin.scss';

mountScreen( 'dashboard', <DashboardScreen /> );
