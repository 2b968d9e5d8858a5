#!/usr/bin/env node
/**
 * `npm run sizes`: the size of every built JS and CSS entry (minified and gzip -9), and each entry's
 * first-load JS: its own bundle plus the shared scripts (joolwebsp-*) its .asset.php depends on.
 * Run `npm run build` first. `--json` prints the figures as JSON.
 */
const fs = require( 'fs' );
const path = require( 'path' );
const zlib = require( 'zlib' );

const BUILD = path.resolve( __dirname, '..', 'build' );
if ( ! fs.existsSync( BUILD ) ) {
	process.stderr.write( 'No build/ folder: run `npm run build` first.\n' );
	process.exit( 1 );
}
const size = ( file ) => {
	const data = fs.readFileSync( path.join( BUILD, file ) );
	return {
		raw: data.length,
		gzip: zlib.gzipSync( data, { level: 9 } ).length,
	};
};
const files = fs
	.readdirSync( BUILD )
	.filter(
		( file ) => /\.(js|css)$/.test( file ) && ! file.endsWith( '-rtl.css' )
	)
	.sort();
const rows = files.map( ( file ) => {
	const row = { file, ...size( file ) };
	if ( file.endsWith( '.js' ) ) {
		const asset = path.join( BUILD, file.replace( /\.js$/, '.asset.php' ) );
		const shared = fs.existsSync( asset )
			? [
					...fs
						.readFileSync( asset, 'utf8' )
						.matchAll( /'joolwebsp-([a-z0-9-]+)'/g ),
				].map( ( m ) => `${ m[ 1 ] }.js` )
			: [];
		row.shared = shared;
		row.firstLoadGzip =
			row.gzip +
			shared.reduce( ( sum, dep ) => sum + size( dep ).gzip, 0 );
	}
	return row;
} );
if ( process.argv.includes( '--json' ) ) {
	process.stdout.write( JSON.stringify( rows, null, 2 ) + '\n' );
	process.exit( 0 );
}
const kb = ( bytes ) => ( bytes / 1000 ).toFixed( 1 );
process.stdout.write(
	'| File | Minified KB | Gzip KB | First load JS, gzip KB (own + shared) |\n|---|---:|---:|---|\n'
);
for ( const row of rows ) {
	const first =
		row.firstLoadGzip === undefined
			? ''
			: `${ kb( row.firstLoadGzip ) }${ row.shared.length ? ` (+ ${ row.shared.join( ', ' ) })` : '' }`;
	process.stdout.write(
		`| ${ row.file } | ${ kb( row.raw ) } | ${ kb( row.gzip ) } | ${ first } |\n`
	);
}
