#!/usr/bin/env node
/**
 * `npm run make-translations`: regenerates languages/joolweb-sessions-pro.pot (scripts/make-pot.js),
 * merges it into every languages/joolweb-sessions-pro-{locale}.po (msgmerge keeps existing
 * translations; a changed string comes back fuzzy with its previous text), compiles the .mo and
 * writes one JSON file per webpack entry for `wp_set_script_translations()`. Lists what still
 * needs a translation. Output is deterministic: running it twice changes nothing.
 *
 * --no-pot   use the .pot as it is (do not run make-pot first)
 */
const fs = require( 'fs' );
const path = require( 'path' );
const { execFileSync } = require( 'child_process' );
const lib = require( './make-translations-lib' );

if ( ! process.argv.includes( '--no-pot' ) ) {
	execFileSync( process.execPath, [ path.join( __dirname, 'make-pot.js' ) ], {
		stdio: 'inherit',
	} );
}

const potText = fs.readFileSync( lib.POT, 'utf8' );
const graph = lib.entryGraph();
const rel = ( file ) => path.relative( lib.ROOT, file );
const writeIfChanged = ( file, content ) => {
	if (
		fs.existsSync( file ) &&
		fs.readFileSync( file ).equals( Buffer.from( content ) )
	) {
		return false;
	}
	fs.writeFileSync( file, content );
	return true;
};

let missing = 0;
for ( const locale of lib.locales() ) {
	const poText = lib.mergedPo( locale, potText );
	const changed = [];
	if ( writeIfChanged( lib.poPath( locale ), poText ) ) {
		changed.push( rel( lib.poPath( locale ) ) );
	}
	if ( writeIfChanged( lib.moPath( locale ), lib.compiledMo( poText ) ) ) {
		changed.push( rel( lib.moPath( locale ) ) );
	}
	const json = lib.scriptJsonFiles( poText, locale, potText, graph );
	for ( const stale of lib.existingJsonFiles( locale ) ) {
		if ( ! json[ stale ] ) {
			fs.unlinkSync( path.join( lib.LANG_DIR, stale ) );
			changed.push( `removed languages/${ stale }` );
		}
	}
	for ( const [ name, content ] of Object.entries( json ) ) {
		if ( writeIfChanged( path.join( lib.LANG_DIR, name ), content ) ) {
			changed.push( `languages/${ name }` );
		}
	}

	const found = lib.problems( poText );
	const done = found.total - found.untranslated.length - found.fuzzy.length;
	process.stdout.write(
		`${ locale }: ${ done }/${ found.total } translated, ${ Object.keys( json ).length } script JSON files` +
			( changed.length
				? `; written: ${ changed.join( ', ' ) }`
				: '; nothing changed' ) +
			'\n'
	);
	for ( const [ kind, list ] of Object.entries( {
		untranslated: found.untranslated,
		fuzzy: found.fuzzy,
		'placeholders differ': found.placeholders,
	} ) ) {
		if ( list.length ) {
			process.stdout.write( `  ${ kind } (${ list.length }):\n` );
			list.forEach( ( item ) =>
				process.stdout.write( `    ${ JSON.stringify( item ) }\n` )
			);
		}
	}
	missing +=
		found.untranslated.length +
		found.fuzzy.length +
		found.placeholders.length;
}
if ( missing ) {
	process.stdout.write(
		`\nAdd the translations to the msgstr of these entries in languages/*.po (remove the "fuzzy" flag once checked), then run npm run make-translations again.\n`
	);
}
