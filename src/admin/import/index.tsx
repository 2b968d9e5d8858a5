/**
 * Import CSV screen.
 */

/**
 * Internal dependencies
 */
import { ImportScreen } from './import-screen';
import { mountScreen } from '../../mount';
import '../admin.scss';

mountScreen( 'import', <ImportScreen /> );
