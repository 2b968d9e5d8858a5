#!/usr/bin/env node
/**
 * Writes languages/joolweb-sessions-pro.pot from the PHP (wp-pot) and TypeScript
 * (@wordpress/babel-plugin-makepot) sources. No wp-cli needed.
 */
const fs = require( 'fs' );
const os = require( 'os' );
const path = require( 'path' );
const babel = require( '@babel/core' );
const { WP_Pot: WpPot } = require( 'wp-pot' );
const gettextParser = require( 'gettext-parser' );

const ROOT = path.resolve( __dirname, '..' );
const DOMAIN = 'joolweb-sessions-pro';
const tmp = fs.mkdtempSync( path.join( os.tmpdir(), 'joolwebsp-pot-' ) );
const phpPot = path.join( tmp, 'php.pot' );
const out = path.join( ROOT, 'languages', `${ DOMAIN }.pot` );

process.chdir( ROOT );
new WpPot( {
	php: { textdomain: DOMAIN, metadataFile: 'joolweb-sessions-pro.php' },
	pot: {
		package: 'Joolweb Sessions Pro',
		bugReport: 'https://joolweb.com/support',
	},
	pathsRelativeTo: ROOT,
} )
	.parse( [ 'joolweb-sessions-pro.php', 'includes/**/*.php' ] )
	.writePot( phpPot );

const walk = ( dir ) =>
	fs
		.readdirSync( dir, { withFileTypes: true } )
		.flatMap( ( entry ) =>
			entry.isDirectory()
				? walk( path.join( dir, entry.name ) )
				: [ path.join( dir, entry.name ) ]
		);
const sources = walk( 'src' ).filter(
	( file ) =>
		/\.[jt]sx?$/.test( file ) &&
		! /(^|\/)test\//.test( file ) &&
		! /\.d\.ts$/.test( file )
);
// The makepot plugin writes one file's strings per output: one output per source, merged below.
const jsPots = sources.map( ( file, index ) => {
	const output = path.join( tmp, `js-${ index }.pot` );
	babel.transformFileSync( file, {
		babelrc: false,
		configFile: false,
		filename: file,
		presets: [ require.resolve( '@wordpress/babel-preset-default' ) ],
		plugins: [
			[
				require.resolve( '@wordpress/babel-plugin-makepot' ),
				{ output },
			],
		],
	} );
	return output;
} );

const php = gettextParser.po.parse( fs.readFileSync( phpPot ) );
let count = 0;
for ( const file of jsPots.filter( ( f ) => fs.existsSync( f ) ) ) {
	mergeInto( php, gettextParser.po.parse( fs.readFileSync( file ) ) );
}

function mergeInto( target, js ) {
	for ( const [ ctx, entries ] of Object.entries( js.translations ) ) {
		target.translations[ ctx ] ??= {};
		for ( const [ id, entry ] of Object.entries( entries ) ) {
			if ( ! id ) {
				continue;
			}
			const existing = target.translations[ ctx ][ id ];
			if ( existing ) {
				existing.comments = {
					...existing.comments,
					reference: [
						existing.comments?.reference,
						entry.comments?.reference,
					]
						.filter( Boolean )
						.join( '\n' ),
				};
			} else {
				target.translations[ ctx ][ id ] = entry;
			}
		}
	}
}
for ( const entries of Object.values( php.translations ) ) {
	count += Object.keys( entries ).filter( Boolean ).length;
}
fs.mkdirSync( path.dirname( out ), { recursive: true } );
fs.writeFileSync( out, gettextParser.po.compile( php, { foldLength: 0 } ) );
fs.rmSync( tmp, { recursive: true, force: true } );
process.stdout.write( `${ path.relative( ROOT, out ) }: ${ count } strings\n` );
