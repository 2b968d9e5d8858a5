#!/usr/bin/env node
/**
 * WordPress core resolver: finds a local, pristine WordPress core of a requested version, offline.
 *
 * Order: the WP_CORE_DIR_<major>_<minor> / WP_CORE_DIR environment variables; a Composer-installed
 * core (vendor/roots/wordpress, vendor/johnpbloch/wordpress-core, wordpress/); the cache in
 * .cache/wp-core/<version>; Debian's `wordpress` package (trixie ships 6.8, sid ships 7.1) fetched
 * with `apt-get download` through a private sources list, so the system's apt setup is untouched.
 *
 * Usage: node scripts/wp-core.js [6.8|7.1|latest]   → prints the core folder on stdout.
 * The folder is never written to: callers copy it before a site is installed into it.
 */
const fs = require( 'fs' );
const os = require( 'os' );
const path = require( 'path' );
const { execFileSync } = require( 'child_process' );

const ROOT = path.resolve( __dirname, '..' );
const CACHE = path.join( ROOT, '.cache', 'wp-core' );

/** Supported versions: oldest and newest ends of the range. */
const DEBIAN = {
	6.8: {
		suite: 'trixie',
		packages: [
			'wordpress',
			'libjs-cropper',
			'libjs-lodash',
			'libjs-underscore',
			'php-getid3',
			'wordpress-theme-twentytwentyfive',
		],
	},
	7.1: {
		suite: 'sid',
		packages: [
			'wordpress',
			'libjs-cropper',
			'libjs-lodash',
			'libjs-underscore',
			'php-getid3',
			'wordpress-theme-twentytwentyfive',
			'libjs-jquery-ui',
			'libphp-phpmailer',
		],
	},
};
const LATEST = '7.1';

function log( msg ) {
	process.stderr.write( `[wp-core] ${ msg }\n` );
}

/**
 * Reads `$wp_version` from a core folder, or null when it is no WordPress core.
 *
 * @param {string} dir Folder.
 * @return {string|null} Version.
 */
function coreVersion( dir ) {
	try {
		const src = fs.readFileSync(
			path.join( dir, 'wp-includes', 'version.php' ),
			'utf8'
		);
		const m = src.match( /\$wp_version\s*=\s*'([^']+)'/ );
		return m ? m[ 1 ] : null;
	} catch {
		return null;
	}
}

function matches( dir, version ) {
	const v = coreVersion( dir );
	return !! v && ( v === version || v.startsWith( version + '.' ) );
}

function normalise( version ) {
	if ( ! version || version === 'latest' ) {
		return LATEST;
	}
	const m = String( version ).match( /^(\d+)\.(\d+)/ );
	if ( ! m ) {
		throw new Error( `Unsupported WordPress version "${ version }"` );
	}
	return `${ m[ 1 ] }.${ m[ 2 ] }`;
}

function debianMirror() {
	const files = [
		'/etc/apt/sources.list.d/debian.sources',
		'/etc/apt/sources.list',
	];
	for ( const f of files ) {
		let txt = '';
		try {
			txt = fs.readFileSync( f, 'utf8' );
		} catch {
			continue;
		}
		const uris = txt.match( /^URIs:\s*(\S+)/m );
		if ( uris && ! uris[ 1 ].includes( 'security' ) ) {
			return uris[ 1 ];
		}
		const deb = txt.match( /^deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s+\S+\s/m );
		if ( deb ) {
			return deb[ 1 ];
		}
	}
	return 'http://deb.debian.org/debian';
}

/**
 * Downloads Debian's wordpress .debs for a version and builds a self-contained core folder.
 *
 * @param {string} version Major.minor.
 * @param {string} dest    Destination folder.
 */
function fromDebian( version, dest ) {
	const spec = DEBIAN[ version ];
	if ( ! spec ) {
		throw new Error( `No Debian suite known for WordPress ${ version }` );
	}
	const work = fs.mkdtempSync(
		path.join( os.tmpdir(), `joolwebsp-wp-${ version }-` )
	);
	try {
		for ( const d of [
			'lists/partial',
			'debs',
			'root',
			'cache/archives/partial',
		] ) {
			fs.mkdirSync( path.join( work, d ), { recursive: true } );
		}
		fs.writeFileSync(
			path.join( work, 'sources.list' ),
			`deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] ${ debianMirror() } ${ spec.suite } main\n`
		);
		fs.writeFileSync( path.join( work, 'status' ), '' );
		const opts = [
			'-o',
			`Dir::Etc::sourcelist=${ path.join( work, 'sources.list' ) }`,
			'-o',
			'Dir::Etc::sourceparts=-',
			'-o',
			`Dir::State::Lists=${ path.join( work, 'lists' ) }`,
			'-o',
			`Dir::Cache=${ path.join( work, 'cache' ) }`,
			'-o',
			'APT::Sandbox::User=root',
		];
		log( `fetching WordPress ${ version } from Debian ${ spec.suite }…` );
		execFileSync( 'apt-get', [ ...opts, '-q', 'update' ], {
			stdio: [ 'ignore', 'ignore', 'inherit' ],
		} );
		execFileSync(
			'apt-get',
			[ ...opts, '-q', 'download', ...spec.packages ],
			{
				cwd: path.join( work, 'debs' ),
				stdio: [ 'ignore', 'ignore', 'inherit' ],
			}
		);
		for ( const deb of fs.readdirSync( path.join( work, 'debs' ) ) ) {
			if ( deb.endsWith( '.deb' ) ) {
				execFileSync( 'dpkg', [
					'-x',
					path.join( work, 'debs', deb ),
					path.join( work, 'root' ),
				] );
			}
		}
		const share = path.join( work, 'root', 'usr', 'share', 'wordpress' );
		fs.rmSync( path.join( share, '.htaccess' ), { force: true } ); // absolute link into /etc.
		const tmpDest = `${ dest }.tmp-${ process.pid }`;
		fs.rmSync( tmpDest, { recursive: true, force: true } );
		fs.mkdirSync( path.dirname( dest ), { recursive: true } );
		// -L: Debian replaces bundled libraries by symlinks into /usr/share/javascript etc.
		execFileSync( 'cp', [ '-rL', share, tmpDest ] );
		fs.rmSync( path.join( tmpDest, 'wp-config.php' ), { force: true } );
		const bundle = path.join(
			tmpDest,
			'wp-includes',
			'certificates',
			'ca-bundle.crt'
		);
		if (
			! fs.existsSync( bundle ) &&
			fs.existsSync( '/etc/ssl/certs/ca-certificates.crt' )
		) {
			fs.copyFileSync( '/etc/ssl/certs/ca-certificates.crt', bundle );
		}
		if ( ! matches( tmpDest, version ) ) {
			throw new Error(
				`Debian ${ spec.suite } gave WordPress ${ coreVersion( tmpDest ) }, not ${ version }`
			);
		}
		fs.rmSync( dest, { recursive: true, force: true } );
		fs.renameSync( tmpDest, dest );
	} finally {
		fs.rmSync( work, { recursive: true, force: true } );
	}
}

/**
 * Finds (or fetches once) a pristine WordPress core folder for a version.
 *
 * @param {string} requested '6.8', '7.1', 'latest' or a full version.
 * @return {string} Absolute folder.
 */
function resolveCore( requested ) {
	const version = normalise( requested );
	const envName = `WP_CORE_DIR_${ version.replace( '.', '_' ) }`;
	for ( const name of [ envName, 'WP_CORE_DIR' ] ) {
		const dir = process.env[ name ];
		if ( dir ) {
			if ( matches( dir, version ) ) {
				return path.resolve( dir );
			}
			log(
				`${ name }=${ dir } is not WordPress ${ version } (found ${ coreVersion( dir ) }); ignoring it`
			);
		}
	}
	for ( const rel of [
		'vendor/roots/wordpress',
		'vendor/johnpbloch/wordpress-core',
		'wordpress',
	] ) {
		const dir = path.join( ROOT, rel );
		if ( matches( dir, version ) ) {
			return dir;
		}
	}
	const cached = path.join( CACHE, version );
	if ( matches( cached, version ) ) {
		return cached;
	}
	fromDebian( version, cached );
	return cached;
}

module.exports = { resolveCore, coreVersion, LATEST };

if ( require.main === module ) {
	try {
		const dir = resolveCore( process.argv[ 2 ] || 'latest' );
		process.stdout.write( dir + '\n' );
		log( `WordPress ${ coreVersion( dir ) } at ${ dir }` );
	} catch ( e ) {
		log( e.message );
		process.exit( 1 );
	}
}
