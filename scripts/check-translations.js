#!/usr/bin/env node
/**
 * `npm run check-translations`: fails when a string of languages/joolweb-sessions-pro.pot has no
 * translation in a languages/*.po (missing, empty or fuzzy), when a translation changes the
 * placeholders (%s, %1$s, {client_name}), or when the .po, .mo or script JSON files are not what
 * `npm run make-translations` would write. Reads the .pot as it is: run make-pot first
 * (scripts/test-all.sh does).
 */
const fs = require( 'fs' );
const path = require( 'path' );
const lib = require( './make-translations-lib' );

const potText = fs.readFileSync( lib.POT, 'utf8' );
const graph = lib.entryGraph();
const errors = [];
const locales = lib.locales();
if ( ! locales.length ) {
	errors.push( 'No languages/joolweb-sessions-pro-{locale}.po file.' );
}

for ( const locale of locales ) {
	const poFile = lib.poPath( locale );
	const poText = lib.mergedPo( locale, potText );
	const found = lib.problems( poText );
	for ( const [ kind, list ] of Object.entries( {
		untranslated: found.untranslated,
		fuzzy: found.fuzzy,
		'placeholders differ': found.placeholders,
	} ) ) {
		if ( list.length ) {
			errors.push(
				`${ locale }: ${ list.length } ${ kind }:\n` +
					list
						.map( ( item ) => `    ${ JSON.stringify( item ) }` )
						.join( '\n' )
			);
		}
	}

	const stale = [];
	if ( fs.readFileSync( poFile, 'utf8' ) !== poText ) {
		stale.push(
			path.relative( lib.ROOT, poFile ) + ' (not merged with the .pot)'
		);
	}
	const mo = lib.moPath( locale );
	if (
		! fs.existsSync( mo ) ||
		! fs.readFileSync( mo ).equals( lib.compiledMo( poText ) )
	) {
		stale.push( path.relative( lib.ROOT, mo ) );
	}
	const json = lib.scriptJsonFiles( poText, locale, potText, graph );
	for ( const [ name, content ] of Object.entries( json ) ) {
		const file = path.join( lib.LANG_DIR, name );
		if (
			! fs.existsSync( file ) ||
			fs.readFileSync( file, 'utf8' ) !== content
		) {
			stale.push(
				`languages/${ name } (${ JSON.parse( content ).source })`
			);
		}
	}
	for ( const name of lib.existingJsonFiles( locale ) ) {
		if ( ! json[ name ] ) {
			stale.push( `languages/${ name } (no such entry)` );
		}
	}
	if ( stale.length ) {
		errors.push(
			`${ locale }: out of date, run npm run make-translations:\n` +
				stale.map( ( item ) => `    ${ item }` ).join( '\n' )
		);
	}
	if ( ! errors.length ) {
		process.stdout.write(
			`${ locale }: ${ found.total }/${ found.total } strings translated, ${ Object.keys( json ).length } script JSON files up to date\n`
		);
	}
}

if ( errors.length ) {
	process.stderr.write( errors.join( '\n' ) + '\n' );
	process.exit( 1 );
}
