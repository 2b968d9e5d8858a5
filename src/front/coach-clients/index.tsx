/**
 * Entry of a coach page (placeholder until the coach pages are built on the client module).
 */

/**
 * Internal dependencies
 */
import { mountFront } from '../mount';
import '../front.scss';

mountFront( 'coach-clients', () => <p>…</p> );
