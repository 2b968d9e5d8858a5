/**
 * One webpack entry per admin screen: build/admin-{screen}.js (+ .asset.php, .css).
 * The list mirrors includes/Admin/Screens.php.
 */
const defaultConfig = require( '@wordpress/scripts/config/webpack.config' );

const SCREENS = [
	'dashboard',
	'clients',
	'add-client',
	'sessions',
	'programs',
	'import',
	'settings',
];

// Front apps mounted by the shortcodes (includes/Front/Shortcodes.php): build/front-{app}.js.
const FRONT_APPS = [ 'client-area', 'coach-home', 'coach-clients' ];

module.exports = {
	...defaultConfig,
	entry: {
		...Object.fromEntries(
			SCREENS.map( ( screen ) => [
				`admin-${ screen }`,
				`./src/admin/${ screen }/index.tsx`,
			] )
		),
		...Object.fromEntries(
			FRONT_APPS.map( ( app ) => [
				`front-${ app }`,
				`./src/front/${ app }/index.tsx`,
			] )
		),
	},
};
