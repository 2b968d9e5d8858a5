/**
 * Entry of My clients (`[joolwebsp_coach_clients]`): the list, or a client's profile at
 * `/customer/{id}/` (the shortcode passes the id after checking the coach reaches the client).
 */

/**
 * Internal dependencies
 */
import { mountFront } from '../mount';
import { CoachClientsApp } from './coach-clients-app';
import '../../admin/admin.scss';
import '../../clients/clients.scss';
import '../front.scss';

mountFront( 'coach-clients', ( customer ) => (
	<CoachClientsApp customer={ customer } />
) );
