/**
 * Add Customer / client profile screen entry.
 */

/**
 * Internal dependencies
 */
import { mountScreen } from '../../mount';
import { AddClientApp } from './add-client-app';
import '../admin.scss';
import './add-client.scss';

mountScreen( 'add-client', <AddClientApp /> );
