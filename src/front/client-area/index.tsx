/**
 * Entry of the Client area (`[joolwebsp_client_area]`).
 */

/**
 * Internal dependencies
 */
import { mountFront } from '../mount';
import { ClientAreaApp } from './client-area-app';
import '../front.scss';

mountFront( 'client-area', () => <ClientAreaApp /> );
