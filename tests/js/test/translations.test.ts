/**
 * The script translations in languages/: one Jed JSON per webpack entry and locale, named as
 * WordPress's load_script_textdomain() looks them up, readable by @wordpress/i18n; and the checks
 * `npm run check-translations` relies on.
 */

/**
 * External dependencies
 */
import crypto from 'crypto';
import fs from 'fs';
import path from 'path';

/**
 * WordPress dependencies
 */
import { createI18n } from '@wordpress/i18n';

interface Problems {
	untranslated: string[];
	fuzzy: string[];
	placeholders: string[];
	total: number;
}
interface TranslationsLib {
	LANG_DIR: string;
	DOMAIN: string;
	locales: () => string[];
	webpackEntries: () => Record< string, string[] >;
	entryGraph: () => Record< string, Set< string > >;
	existingJsonFiles: ( locale: string ) => string[];
	jsonName: ( locale: string, entry: string ) => string;
	placeholders: ( text: string ) => string[];
	problems: ( poText: string ) => Problems;
}
interface JedFile {
	domain: string;
	source: string;
	locale_data: {
		messages: Record< string, unknown > & {
			'': { domain: string; lang: string; 'plural-forms': string };
		};
	};
}

const lib =
	require( '../../../scripts/make-translations-lib' ) as TranslationsLib;

const entries = Object.keys( lib.webpackEntries() );
const locales = lib.locales();

function readJed( file: string ): JedFile {
	return JSON.parse(
		fs.readFileSync( path.join( lib.LANG_DIR, file ), 'utf8' )
	) as JedFile;
}

describe( 'script translations', () => {
	it( 'ships French', () => {
		expect( locales ).toContain( 'fr_FR' );
		expect( entries ).toContain( 'admin-clients' );
	} );

	it.each( locales )(
		'%s: one JSON per webpack entry, named after the md5 of its script path',
		( locale ) => {
			const files = lib.existingJsonFiles( locale );
			const expected = entries.map( ( entry ) => {
				const md5 = crypto
					.createHash( 'md5' )
					.update( `build/${ entry }.js` )
					.digest( 'hex' );
				return `${ lib.DOMAIN }-${ locale }-${ md5 }.json`;
			} );
			expect( files ).toEqual( [ ...expected ].sort() );
			for ( const file of files ) {
				const jed = readJed( file );
				const entry = entries.find(
					( name ) => lib.jsonName( locale, name ) === file
				);
				expect( jed.source ).toBe( `build/${ entry }.js` );
			}
		}
	);

	it.each( locales )( '%s: every JSON is Jed 1.x locale data', ( locale ) => {
		for ( const file of lib.existingJsonFiles( locale ) ) {
			const jed = readJed( file );
			expect( jed.domain ).toBe( 'messages' );
			const { '': header, ...messages } = jed.locale_data.messages;
			expect( header ).toEqual( {
				domain: 'messages',
				lang: locale,
				'plural-forms': expect.stringMatching(
					/^nplurals=\d+; plural=/
				),
			} );
			for ( const [ key, value ] of Object.entries( messages ) ) {
				expect( key ).not.toBe( '' );
				expect( Array.isArray( value ) ).toBe( true );
				for ( const text of value as unknown[] ) {
					expect( typeof text ).toBe( 'string' );
					expect( text ).not.toBe( '' );
				}
			}
		}
	} );

	it( 'gives @wordpress/i18n the French labels of the Customers screen', () => {
		const jed = readJed( lib.jsonName( 'fr_FR', 'admin-clients' ) );
		const i18n = createI18n(
			jed.locale_data.messages as never,
			lib.DOMAIN
		);
		expect( i18n.__( 'Customers', 'joolweb-sessions-pro' ) ).toBe(
			'Clients'
		);
		expect( i18n.__( 'Add Customer', 'joolweb-sessions-pro' ) ).toBe(
			'Ajouter un client'
		);
		const deleted = ( n: number ) =>
			// translators: %d: number of clients.
			i18n._n(
				'%d client was deleted.',
				'%d clients were deleted.',
				n,
				'joolweb-sessions-pro'
			);
		expect( deleted( 0 ) ).toBe( '%d client a été supprimé.' );
		expect( deleted( 1 ) ).toBe( '%d client a été supprimé.' );
		expect( deleted( 2 ) ).toBe( '%d clients ont été supprimés.' );
		// A string of another screen is not in this one's file.
		expect( i18n.__( 'Save settings', 'joolweb-sessions-pro' ) ).toBe(
			'Save settings'
		);
	} );

	it( 'maps every file an entry imports, including shared components', () => {
		const graph = lib.entryGraph();
		expect( [ ...graph[ 'admin-clients' ]! ] ).toEqual(
			expect.arrayContaining( [
				'src/admin/clients/index.tsx',
				'src/utils/format.ts',
			] )
		);
	} );
} );

describe( 'check-translations rules', () => {
	const po = ( body: string ) =>
		'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\nPlural-Forms: nplurals=2; plural=n > 1;\\n"\n\n' +
		body;

	it( 'reads placeholders: printf and braces, not French percent signs', () => {
		expect(
			lib.placeholders( 'Hello %1$s, %2$d and {client_name}' )
		).toEqual( [ '%1$s', '%2$d', '{client_name}' ].sort() );
		expect( lib.placeholders( '50 % de remise, 100%' ) ).toEqual( [] );
	} );

	it( 'lists untranslated, fuzzy and changed placeholders', () => {
		const found = lib.problems(
			po(
				[
					'msgid "Done"\nmsgstr "Fait"',
					'msgid "Missing"\nmsgstr ""',
					'#, fuzzy\nmsgid "Guess"\nmsgstr "Devinette"',
					'msgid "Hello %s"\nmsgstr "Bonjour"',
					'msgid "Hi {client_name}"\nmsgstr "Salut {client_nom}"',
					'msgid "%d client"\nmsgid_plural "%d clients"\nmsgstr[0] "un client"\nmsgstr[1] "%d clients"',
					'msgid "%d file"\nmsgid_plural "%d files"\nmsgstr[0] "%d fichier"\nmsgstr[1] "des fichiers"',
				].join( '\n\n' ) + '\n'
			)
		);
		expect( found.total ).toBe( 7 );
		expect( found.untranslated ).toEqual( [ 'Missing' ] );
		expect( found.fuzzy ).toEqual( [ 'Guess' ] );
		expect( found.placeholders ).toEqual( [
			'Hello %s → Bonjour',
			'Hi {client_name} → Salut {client_nom}',
			'%d file → des fichiers',
		] );
	} );
} );
