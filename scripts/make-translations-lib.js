/**
 * What `npm run make-translations` and `npm run check-translations` share: the .po files of
 * languages/, the msgmerge/msgfmt calls (gettext), and the JSON files that
 * `wp_set_script_translations()` loads for each built script.
 *
 * JSON file names follow WordPress's `load_script_textdomain()`: `{domain}-{locale}-{md5}.json`,
 * where md5 is of the script's path relative to the plugin folder (`build/admin-clients.js`).
 * A string goes into an entry's JSON when one of its `.pot` references (`src/...`) is a file that
 * the entry imports, directly or not: the import graph is read from the sources, so no build is
 * needed and the output does not depend on minification.
 */
const fs = require( 'fs' );
const os = require( 'os' );
const path = require( 'path' );
const { execFileSync } = require( 'child_process' );
const babel = require( '@babel/core' );
const gettextParser = require( 'gettext-parser' );

const ROOT = path.resolve( __dirname, '..' );
const DOMAIN = 'joolweb-sessions-pro';
const LANG_DIR = path.join( ROOT, 'languages' );
const POT = path.join( LANG_DIR, `${ DOMAIN }.pot` );
const EXTENSIONS = [ '.tsx', '.ts', '.jsx', '.js' ];
const GENERATOR = 'joolweb-sessions-pro scripts/make-translations.js';

/** Locales that have a .po file: `joolweb-sessions-pro-fr_FR.po` → `fr_FR`. */
function locales() {
	const pattern = new RegExp( `^${ DOMAIN }-([A-Za-z_]+)\\.po$` );
	return fs
		.readdirSync( LANG_DIR )
		.map( ( file ) => pattern.exec( file )?.[ 1 ] )
		.filter( Boolean )
		.sort();
}

const poPath = ( locale ) =>
	path.join( LANG_DIR, `${ DOMAIN }-${ locale }.po` );
/**
 * Translations of strings not in the .po yet (other branches' strings, written ahead): msgmerge
 * takes a compendium entry only for a new string with exactly the same msgid (and context).
 *
 * @param {string} locale Locale, e.g. fr_FR.
 */
const compendiumPath = ( locale ) =>
	path.join( __dirname, `make-translations-compendium-${ locale }.po` );
const moPath = ( locale ) =>
	path.join( LANG_DIR, `${ DOMAIN }-${ locale }.mo` );

/**
 * The webpack entries: name → source files (relative to the plugin root). Read from
 * webpack.config.js so entries added later (front pages) are picked up.
 */
function webpackEntries() {
	const config = require( path.join( ROOT, 'webpack.config.js' ) );
	const configs = Array.isArray( config ) ? config : [ config ];
	const entries = {};
	for ( const one of configs ) {
		if ( typeof one.entry !== 'object' || one.entry === null ) {
			throw new Error(
				'webpack.config.js: entry must be an object of named entries'
			);
		}
		for ( const [ name, value ] of Object.entries( one.entry ) ) {
			let imports = value;
			if (
				value &&
				typeof value === 'object' &&
				! Array.isArray( value )
			) {
				imports = value.import;
			}
			// Only our own sources hold our strings: an entry that is a package alone (the shared
			// `dataviews` script) has no JSON.
			const files = (
				Array.isArray( imports ) ? imports : [ imports ]
			).filter( ( file ) => /^\.{0,2}\//.test( file ) );
			if ( files.length ) {
				entries[ name ] = files.map( ( file ) =>
					path.relative( ROOT, path.resolve( ROOT, file ) )
				);
			}
		}
	}
	return entries;
}

/**
 * Resolves a relative import to a file, or null (packages are not followed).
 * @param {string} fromFile  Importing file, relative to the plugin root.
 * @param {string} specifier Import specifier.
 */
function resolveImport( fromFile, specifier ) {
	if ( ! specifier.startsWith( '.' ) ) {
		return null;
	}
	const base = path.resolve(
		path.dirname( path.join( ROOT, fromFile ) ),
		specifier
	);
	const candidates = [
		base,
		...EXTENSIONS.map( ( ext ) => base + ext ),
		...EXTENSIONS.map( ( ext ) => path.join( base, 'index' + ext ) ),
	];
	const found = candidates.find(
		( file ) =>
			EXTENSIONS.includes( path.extname( file ) ) &&
			fs.existsSync( file ) &&
			fs.statSync( file ).isFile()
	);
	return found ? path.relative( ROOT, found ) : null;
}

/**
 * The relative imports of one source file (static, re-exports, dynamic `import()`, `require()`).
 * @param {string} file Source file, relative to the plugin root.
 */
function importsOf( file ) {
	const code = fs.readFileSync( path.join( ROOT, file ), 'utf8' );
	const ast = babel.parseSync( code, {
		babelrc: false,
		configFile: false,
		filename: file,
		sourceType: 'module',
		parserOpts: { plugins: [ 'typescript', 'jsx' ] },
	} );
	const specifiers = [];
	const visit = ( node ) => {
		if ( ! node || typeof node.type !== 'string' ) {
			return;
		}
		if (
			( node.type === 'ImportDeclaration' ||
				node.type === 'ExportNamedDeclaration' ||
				node.type === 'ExportAllDeclaration' ) &&
			node.source
		) {
			specifiers.push( node.source.value );
		}
		if (
			node.type === 'CallExpression' &&
			( node.callee.type === 'Import' ||
				( node.callee.type === 'Identifier' &&
					node.callee.name === 'require' ) ) &&
			node.arguments[ 0 ]?.type === 'StringLiteral'
		) {
			specifiers.push( node.arguments[ 0 ].value );
		}
		for ( const key of Object.keys( node ) ) {
			if ( key === 'loc' || key === 'start' || key === 'end' ) {
				continue;
			}
			const child = node[ key ];
			if ( Array.isArray( child ) ) {
				child.forEach( visit );
			} else if ( child && typeof child === 'object' ) {
				visit( child );
			}
		}
	};
	visit( ast.program );
	return specifiers
		.map( ( spec ) => resolveImport( file, spec ) )
		.filter( Boolean );
}

/**
 * Every source file an entry reaches: entry name → Set of paths relative to the root.
 * @param {Object<string, string[]>} entries Entry name → source files.
 */
function entryGraph( entries = webpackEntries() ) {
	const cache = new Map();
	const graph = {};
	for ( const [ name, starts ] of Object.entries( entries ) ) {
		const seen = new Set();
		const queue = [ ...starts ];
		while ( queue.length ) {
			const file = queue.shift();
			if ( seen.has( file ) ) {
				continue;
			}
			if ( ! fs.existsSync( path.join( ROOT, file ) ) ) {
				throw new Error( `Entry ${ name }: ${ file } does not exist` );
			}
			seen.add( file );
			if ( ! cache.has( file ) ) {
				cache.set( file, importsOf( file ) );
			}
			queue.push( ...cache.get( file ) );
		}
		graph[ name ] = seen;
	}
	return graph;
}

/**
 * The source files in a gettext reference comment (`src/a.tsx:12, includes/B.php:3`).
 * @param {Object} entry Parsed gettext entry.
 */
function referencedFiles( entry ) {
	const refs = entry.comments?.reference || '';
	return [ ...refs.matchAll( /([^\s,]+?):\d+/g ) ].map(
		( match ) => match[ 1 ]
	);
}

/**
 * `md5` part of a script's JSON file name, as `load_script_textdomain()` computes it.
 * @param {string} relativeScript Script path relative to the plugin folder.
 */
function scriptHash( relativeScript ) {
	return require( 'crypto' )
		.createHash( 'md5' )
		.update( relativeScript )
		.digest( 'hex' );
}

const jsonName = ( locale, entryName ) =>
	`${ DOMAIN }-${ locale }-${ scriptHash( `build/${ entryName }.js` ) }.json`;

const isFuzzy = ( entry ) => /\bfuzzy\b/.test( entry.comments?.flag || '' );
const isTranslated = ( entry ) =>
	entry.msgstr.length > 0 && entry.msgstr.every( ( text ) => text !== '' );

/**
 * Jed 1.x locale data of one script (the format of `wp i18n make-json`): the translated,
 * non-fuzzy strings whose references include a file of the entry. Keys are sorted.
 * @param {Object}      po        Parsed .po.
 * @param {string}      locale    Locale, e.g. fr_FR.
 * @param {string}      entryName Webpack entry name.
 * @param {Set<string>} files     Source files the entry reaches.
 * @param {Map}         potRefs   msgid → referenced files.
 */
function scriptJson( po, locale, entryName, files, potRefs ) {
	// gettext-parser 1.x lower-cases header names.
	const header = ( name ) =>
		Object.entries( po.headers ).find(
			( [ key ] ) => key.toLowerCase() === name.toLowerCase()
		)?.[ 1 ] || '';
	const messages = {};
	for ( const [ context, entries ] of Object.entries( po.translations ) ) {
		for ( const [ msgid, entry ] of Object.entries( entries ) ) {
			if ( ! msgid || isFuzzy( entry ) || ! isTranslated( entry ) ) {
				continue;
			}
			const key = context ? `${ context }\u0004${ msgid }` : msgid;
			const refs = potRefs.get( key ) || [];
			if ( refs.some( ( file ) => files.has( file ) ) ) {
				messages[ key ] = entry.msgstr;
			}
		}
	}
	const sorted = {};
	for ( const key of Object.keys( messages ).sort() ) {
		sorted[ key ] = messages[ key ];
	}
	return {
		'translation-revision-date': header( 'PO-Revision-Date' ),
		generator: GENERATOR,
		source: `build/${ entryName }.js`,
		domain: 'messages',
		locale_data: {
			messages: {
				'': {
					domain: 'messages',
					lang: header( 'Language' ) || locale,
					'plural-forms': header( 'Plural-Forms' ),
				},
				...sorted,
			},
		},
	};
}

/**
 * msgid (with context) → referenced files, from the .pot.
 * @param {string} potText Text of the .pot.
 */
function potReferences( potText ) {
	const pot = gettextParser.po.parse( potText );
	const refs = new Map();
	for ( const [ context, entries ] of Object.entries( pot.translations ) ) {
		for ( const [ msgid, entry ] of Object.entries( entries ) ) {
			if ( msgid ) {
				refs.set(
					context ? `${ context }\u0004${ msgid }` : msgid,
					referencedFiles( entry )
				);
			}
		}
	}
	return refs;
}

/**
 * The .pot as msgmerge should read it: wp-pot writes several references on one line separated by
 * commas (`a.php:1, b.php:2`); gettext reads `1,` as part of a file name.
 * @param {string} potText Text of the .pot.
 */
function normalisedPot( potText ) {
	return potText.replace( /^#: .*$/gm, ( line ) =>
		line.replace( /,\s+/g, ' ' )
	);
}

/**
 * The .po merged with the current .pot (msgmerge; no obsolete entries; deterministic).
 * @param {string} locale  Locale, e.g. fr_FR.
 * @param {string} potText Text of the .pot.
 */
function mergedPo( locale, potText ) {
	const tmp = fs.mkdtempSync( path.join( os.tmpdir(), 'joolwebsp-i18n-' ) );
	try {
		const pot = path.join( tmp, 'domain.pot' );
		const merged = path.join( tmp, 'merged.po' );
		const clean = path.join( tmp, 'clean.po' );
		fs.writeFileSync( pot, normalisedPot( potText ) );
		const compendium = compendiumPath( locale );
		execFileSync( 'msgmerge', [
			'--quiet',
			'--no-wrap',
			'--previous',
			'--add-location=file',
			`--lang=${ locale }`,
			...( fs.existsSync( compendium )
				? [ `--compendium=${ compendium }` ]
				: [] ),
			'-o',
			merged,
			poPath( locale ),
			pot,
		] );
		execFileSync( 'msgattrib', [
			'--no-obsolete',
			'--no-wrap',
			'-o',
			clean,
			merged,
		] );
		return withTypography( fs.readFileSync( clean, 'utf8' ), locale );
	} finally {
		fs.rmSync( tmp, { recursive: true, force: true } );
	}
}

/**
 * French typography, the same in every string: a no-break space (U+00A0) replaces the plain space
 * before `:` `;` `?` `!` `»` and after `«`. Only translations (msgstr lines and their continuation
 * lines) are touched, and only for French locales.
 * @param {string} poText Text of a .po.
 * @param {string} locale Locale, e.g. fr_FR.
 */
function withTypography( poText, locale ) {
	if ( ! /^fr(_|$)/.test( locale ) ) {
		return poText;
	}
	let inMsgstr = false;
	return poText
		.split( '\n' )
		.map( ( line ) => {
			if ( /^msgstr(\[\d+\])? /.test( line ) ) {
				inMsgstr = true;
			} else if ( ! line.startsWith( '"' ) ) {
				inMsgstr = false;
			}
			if ( ! inMsgstr || /^msgstr ""$/.test( line ) ) {
				return line;
			}
			return line
				.replace( / (?=[:;?!»])/g, '\u00a0' )
				.replace( /« /g, '«\u00a0' );
		} )
		.join( '\n' );
}

/**
 * The compiled .mo of a .po text (msgfmt checks placeholders of format-flagged strings).
 * @param {string} poText Text of a .po.
 */
function compiledMo( poText ) {
	const tmp = fs.mkdtempSync( path.join( os.tmpdir(), 'joolwebsp-i18n-' ) );
	try {
		const po = path.join( tmp, 'in.po' );
		const mo = path.join( tmp, 'out.mo' );
		fs.writeFileSync( po, poText );
		execFileSync( 'msgfmt', [
			'--check-format',
			'--check-header',
			'-o',
			mo,
			po,
		] );
		return fs.readFileSync( mo );
	} finally {
		fs.rmSync( tmp, { recursive: true, force: true } );
	}
}

/**
 * Every JSON file of a locale: file name → text.
 * @param {string}                      poText  Text of a .po.
 * @param {string}                      locale  Locale, e.g. fr_FR.
 * @param {string}                      potText Text of the .pot.
 * @param {Object<string, Set<string>>} graph   Entry name → source files.
 */
function scriptJsonFiles( poText, locale, potText, graph = entryGraph() ) {
	const po = gettextParser.po.parse( poText );
	const refs = potReferences( potText );
	const files = {};
	for ( const [ name, sources ] of Object.entries( graph ) ) {
		files[ jsonName( locale, name ) ] =
			JSON.stringify( scriptJson( po, locale, name, sources, refs ) ) +
			'\n';
	}
	return files;
}

/**
 * JSON files of a locale on disk.
 * @param {string} locale Locale, e.g. fr_FR.
 */
function existingJsonFiles( locale ) {
	const prefix = `${ DOMAIN }-${ locale }-`;
	return fs
		.readdirSync( LANG_DIR )
		.filter(
			( file ) => file.startsWith( prefix ) && file.endsWith( '.json' )
		)
		.sort();
}

/**
 * printf placeholders (`%s`, `%1$s`, `%d`, `%%`) and `{tokens}` of a string, sorted.
 * @param {string} text A msgid or msgstr.
 */
function placeholders( text ) {
	const printf =
		text.match( /%(?:\d+\$)?[-+0#]*\d*(?:\.\d+)?[sdfFuxXoceEgGb%]/g ) || [];
	const tokens = text.match( /\{[a-z_]+\}/g ) || [];
	return [ ...printf.filter( ( p ) => p !== '%%' ), ...tokens ].sort();
}

/**
 * Problems of a merged .po: every string of the .pot that has no French (or any locale's)
 * translation, is fuzzy, or whose translation does not keep the placeholders.
 * @param {string} poText Text of a .po.
 */
function problems( poText ) {
	const po = gettextParser.po.parse( poText );
	const out = { untranslated: [], fuzzy: [], placeholders: [], total: 0 };
	for ( const [ context, entries ] of Object.entries( po.translations ) ) {
		for ( const [ msgid, entry ] of Object.entries( entries ) ) {
			if ( ! msgid ) {
				continue;
			}
			out.total += 1;
			const label = context ? `${ context } | ${ msgid }` : msgid;
			if ( isFuzzy( entry ) ) {
				out.fuzzy.push( label );
			} else if ( ! isTranslated( entry ) ) {
				out.untranslated.push( label );
			} else {
				const sources = entry.msgid_plural
					? [ msgid, entry.msgid_plural ]
					: [ msgid ];
				entry.msgstr.forEach( ( text, index ) => {
					const expected = placeholders(
						sources[ Math.min( index, sources.length - 1 ) ]
					);
					const actual = placeholders( text );
					// A singular form may drop the number (French "un client"); never add or change one.
					const ok =
						JSON.stringify( expected ) ===
							JSON.stringify( actual ) ||
						( entry.msgid_plural &&
							index === 0 &&
							actual.every( ( p ) => expected.includes( p ) ) );
					if ( ! ok ) {
						out.placeholders.push( `${ label } → ${ text }` );
					}
				} );
			}
		}
	}
	return out;
}

module.exports = {
	ROOT,
	DOMAIN,
	LANG_DIR,
	POT,
	locales,
	poPath,
	moPath,
	webpackEntries,
	entryGraph,
	scriptHash,
	jsonName,
	mergedPo,
	compiledMo,
	scriptJsonFiles,
	existingJsonFiles,
	placeholders,
	problems,
};
