/**
 * Two compilations into build/ (see docs/ARCHITECTURE.md, "Shared scripts"):
 *
 * 1. SHARED: one entry per heavy package that several screens use, built alone and exposed on
 *    `window.joolwebsp.<name>`; WordPress loads it once under the handle `joolwebsp-<name>`
 *    (build/<name>.js + .asset.php, registered by includes/Admin/Assets.php).
 * 2. ENTRIES: every screen (admin now; front entries are added to ENTRIES the same way). There the
 *    shared packages are externals: an import of `@wordpress/dataviews` becomes
 *    `window.joolwebsp.dataviews`, and the entry's .asset.php lists `joolwebsp-dataviews`.
 */
const defaultConfig = require( '@wordpress/scripts/config/webpack.config' );

// The class of wp-scripts' own DependencyExtractionWebpackPlugin (not a direct dependency of ours).
const DependencyExtractionWebpackPlugin = defaultConfig.plugins.find(
	( plugin ) =>
		plugin.constructor.name === 'DependencyExtractionWebpackPlugin'
).constructor;

/** Shared packages: build name => npm package. Handle `joolwebsp-<name>`, global `joolwebsp.<name>`. */
const SHARED = {
	dataviews: '@wordpress/dataviews',
};

/** Admin screens; the list mirrors includes/Admin/Screens.php. */
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

/** Every screen entry: name => source, admin screens and front apps. */
const ENTRIES = {
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
};

const sharedByPackage = Object.fromEntries(
	Object.entries( SHARED ).map( ( [ name, pkg ] ) => [ pkg, name ] )
);

/**
 * The default plugins with the dependency extraction replaced.
 *
 * @param {Object|false} options DependencyExtractionWebpackPlugin options, or false for the default one.
 */
const pluginsWith = ( options ) =>
	defaultConfig.plugins.map( ( plugin ) =>
		options && plugin instanceof DependencyExtractionWebpackPlugin
			? new DependencyExtractionWebpackPlugin( options )
			: plugin
	);

const sharedConfig = {
	...defaultConfig,
	name: 'shared',
	entry: Object.fromEntries(
		Object.entries( SHARED ).map( ( [ name, pkg ] ) => [
			name,
			{
				import: pkg,
				library: { name: [ 'joolwebsp', name ], type: 'window' },
			},
		] )
	),
	// The screens compilation cleans build/; this one only adds its files.
	output: { ...defaultConfig.output, clean: false },
	plugins: pluginsWith( false ),
};

const entriesConfig = {
	...defaultConfig,
	name: 'entries',
	dependencies: [ 'shared' ],
	entry: ENTRIES,
	output: {
		...defaultConfig.output,
		clean: {
			keep: new RegExp(
				`^(fonts|images)/|^(${ Object.keys( SHARED ).join( '|' ) })[.-]`
			),
		},
	},
	plugins: pluginsWith( {
		requestToExternal: ( request ) =>
			sharedByPackage[ request ]
				? [ 'joolwebsp', sharedByPackage[ request ] ]
				: undefined,
		requestToHandle: ( request ) =>
			sharedByPackage[ request ]
				? `joolwebsp-${ sharedByPackage[ request ] }`
				: undefined,
	} ),
};

module.exports = [ sharedConfig, entriesConfig ];
module.exports.SHARED = SHARED;
module.exports.ENTRIES = ENTRIES;
