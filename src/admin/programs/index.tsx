/**
 * Programs screen entry.
 */

/**
 * Internal dependencies
 */
import { mountScreen } from '../../mount';
import { ProgramsScreen } from './programs-screen';
import '../admin.scss';

mountScreen( 'programs', <ProgramsScreen /> );
