/**
 * One webpack entry per admin screen: build/admin-{screen}.js (+ .asset.php, .css).
 * The list mirrors includes/Admin/Screens.php.
 */
const defaultConfig = require( '@wordpress/scripts/config/webpack.config' );

const SCREENS = [ 'dashboard', 'clients', 'add-client', 'sessions', 'programs', 'import', 'settings' ];

module.exports = {
	...defaultConfig,
	entry: Object.fromEntries( SCREENS.map( ( screen ) => [ `admin-${ screen }`, `./src/admin/${ screen }/index.tsx` ] ) ),
};
