/**
 * The release zip (`npm run plugin-zip` packs package.json "files") holds no demo seeder that creates
 * accounts with known passwords, and no README listing demo logins.
 */

/**
 * External dependencies
 */
import fs from 'fs';
import path from 'path';

const ROOT = path.resolve( __dirname, '../../..' );
const { files } = JSON.parse(
	fs.readFileSync( path.join( ROOT, 'package.json' ), 'utf8' )
) as { files: string[] };

/**
 * Every file under the given paths (build/ is generated and holds only compiled screens).
 *
 * @param entries Paths relative to the repository.
 */
function walk( entries: string[] ): string[] {
	const out: string[] = [];
	for ( const entry of entries ) {
		const full = path.join( ROOT, entry );
		if ( entry === 'build' || ! fs.existsSync( full ) ) {
			continue;
		}
		if ( fs.statSync( full ).isDirectory() ) {
			out.push(
				...walk(
					fs
						.readdirSync( full )
						.map( ( name ) => path.join( entry, name ) )
				)
			);
		} else {
			out.push( entry );
		}
	}
	return out;
}

describe( 'release contents', () => {
	const shipped = walk( files );

	it( 'ships the plugin code', () => {
		expect( shipped ).toContain( 'joolweb-sessions-pro.php' );
		expect( shipped ).toContain( 'includes/Plugin.php' );
	} );

	it( 'has no demo seeder and no developer README', () => {
		expect(
			shipped.filter( ( file ) => /demo|seed/i.test( file ) )
		).toEqual( [] );
		expect( shipped ).not.toContain( 'README.md' );
		const withSeeder = shipped.filter( ( file ) =>
			fs
				.readFileSync( path.join( ROOT, file ), 'utf8' )
				.includes( 'Demo_Seeder' )
		);
		expect( withSeeder ).toEqual( [] );
	} );

	it( 'lists no demo logins in the shipped readme', () => {
		const readme = fs.readFileSync(
			path.join( ROOT, 'readme.txt' ),
			'utf8'
		);
		expect( readme ).not.toMatch( /coach1|\/ password|password:/i );
	} );
} );
