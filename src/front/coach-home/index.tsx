/**
 * Entry of Coach home (`[joolwebsp_coach_dashboard]`).
 */

/**
 * Internal dependencies
 */
import { mountFront } from '../mount';
import { CoachHomeApp } from './coach-home-app';
import '../../admin/admin.scss';
import '../../clients/clients.scss';
import '../front.scss';

mountFront( 'coach-home', () => <CoachHomeApp /> );
