/**
 * Settings screen entry.
 */

/**
 * Internal dependencies
 */
import { mountScreen } from '../../mount';
import { SettingsScreen } from './settings-screen';
import '../admin.scss';

mountScreen( 'settings', <SettingsScreen /> );
