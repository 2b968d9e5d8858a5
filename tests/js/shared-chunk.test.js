/**
 * Guard: `@wordpress/dataviews` lives in one shared script (build/dataviews.js, handle
 * `joolwebsp-dataviews`, global `window.joolwebsp.dataviews`), never inside a screen entry's own bundle.
 *
 * Checks the webpack config (the package is an external of every entry), the sources (no deep import
 * that would bypass the external) and the build output (`npm run build` runs before jest in npm test).
 */
const fs = require( 'fs' );
const path = require( 'path' );

const ROOT = path.resolve( __dirname, '../..' );
const configs = require( '../../webpack.config.js' );
const { SHARED, ENTRIES } = configs;

/**
 * Files under a folder, recursively.
 *
 * @param {string} dir Folder.
 * @return {string[]} Paths.
 */
const walk = ( dir ) =>
	fs.readdirSync( dir, { withFileTypes: true } ).flatMap( ( item ) => {
		const full = path.join( dir, item.name );
		return item.isDirectory() ? walk( full ) : [ full ];
	} );

describe( 'shared DataViews chunk', () => {
	test( 'the shared compilation builds each shared package as its own entry on window.joolwebsp', () => {
		const shared = configs.find( ( config ) => config.name === 'shared' );
		expect( SHARED.dataviews ).toBe( '@wordpress/dataviews' );
		expect( shared.entry.dataviews ).toEqual( {
			import: '@wordpress/dataviews',
			library: { name: [ 'joolwebsp', 'dataviews' ], type: 'window' },
		} );
	} );

	test( 'every screen entry treats @wordpress/dataviews as the external joolwebsp-dataviews', () => {
		const entries = configs.find( ( config ) => config.name === 'entries' );
		expect( Object.keys( entries.entry ) ).toEqual(
			Object.keys( ENTRIES )
		);
		expect( Object.keys( ENTRIES ) ).not.toContain( 'dataviews' );
		const extraction = entries.plugins.find(
			( plugin ) =>
				plugin.constructor.name === 'DependencyExtractionWebpackPlugin'
		);
		expect(
			extraction.options.requestToExternal( '@wordpress/dataviews' )
		).toEqual( [ 'joolwebsp', 'dataviews' ] );
		expect(
			extraction.options.requestToHandle( '@wordpress/dataviews' )
		).toBe( 'joolwebsp-dataviews' );
		expect(
			extraction.options.requestToExternal( '@wordpress/components' )
		).toBeUndefined();
	} );

	test( 'no source imports a subpath of @wordpress/dataviews (it would be bundled); only its stylesheet', () => {
		const offenders = walk( path.join( ROOT, 'src' ) )
			.filter( ( file ) => /\.(t|j)sx?$/.test( file ) )
			.filter( ( file ) =>
				/['"]@wordpress\/dataviews\/(?!build-style\/)[^'"]*['"]/.test(
					fs.readFileSync( file, 'utf8' )
				)
			)
			.map( ( file ) => path.relative( ROOT, file ) );
		expect( offenders ).toEqual( [] );
	} );

	test( 'the built entries do not contain DataViews; those using it depend on joolwebsp-dataviews', () => {
		const build = path.join( ROOT, 'build' );
		const sharedFile = path.join( build, 'dataviews.js' );
		if ( ! fs.existsSync( sharedFile ) ) {
			throw new Error(
				'build/dataviews.js is missing: run `npm run build` before this test.'
			);
		}
		// The marker: DataViews registers its private APIs under its package name.
		expect( fs.readFileSync( sharedFile, 'utf8' ) ).toContain(
			'@wordpress/dataviews'
		);
		const read = ( file ) =>
			fs.readFileSync( path.join( build, file ), 'utf8' );
		const names = Object.keys( ENTRIES );
		const bundling = names.filter( ( name ) =>
			read( `${ name }.js` ).includes( '@wordpress/dataviews' )
		);
		expect( bundling ).toEqual( [] );
		const users = names.filter( ( name ) =>
			read( `${ name }.js` ).includes( 'window.joolwebsp.dataviews' )
		);
		expect( users ).toEqual(
			expect.arrayContaining( [ 'admin-clients', 'admin-sessions' ] )
		);
		const missingHandle = users.filter(
			( name ) =>
				! read( `${ name }.asset.php` ).includes(
					"'joolwebsp-dataviews'"
				)
		);
		expect( missingHandle ).toEqual( [] );
	} );
} );
