#!/usr/bin/env node
/**
 * `npm start`: builds the assets, then runs WordPress in Playground (PHP in WebAssembly + SQLite,
 * no Docker, no system PHP or database) at http://localhost:8888 with the plugin active and demo
 * data seeded once. Runs until Ctrl-C.
 *
 * Environment:
 *   JOOLWEBSP_WP        WordPress version for the resolver (default: latest supported, 7.1)
 *   JOOLWEBSP_PORT      Port (default 8888)
 *   JOOLWEBSP_HOST      Interface to listen on (default 127.0.0.1: the demo site has known passwords;
 *                       anything else, e.g. 0.0.0.0, is an explicit opt-in and prints a warning)
 *   JOOLWEBSP_SITE_DIR  Where the site lives (default .cache/sites/playground-<version>); kept between runs
 *   JOOLWEBSP_NO_BUILD  Set to 1 to skip the asset build
 *   JOOLWEBSP_E2E       Set to 1 to also activate the e2e helper plugin (tests only)
 * Flags: --fresh  start from a new copy of WordPress (deletes the site, its database and demo data)
 */
const fs = require( 'fs' );
const os = require( 'os' );
const path = require( 'path' );
const { spawn, spawnSync, execFileSync } = require( 'child_process' );
const { resolveCore, coreVersion } = require( './wp-core' );

const ROOT = path.resolve( __dirname, '..' );
const SLUG = 'joolweb-sessions-pro';
const port = Number( process.env.JOOLWEBSP_PORT || 8888 );
const host = process.env.JOOLWEBSP_HOST || '127.0.0.1';
const LOOPBACK = [ '127.0.0.1', 'localhost', '::1' ];
const requested = process.env.JOOLWEBSP_WP || 'latest';
const e2e = process.env.JOOLWEBSP_E2E === '1';
const fresh = process.argv.includes( '--fresh' );

function step( msg ) {
	process.stdout.write( `\n▸ ${ msg }\n` );
}

// 1. Assets.
if ( process.env.JOOLWEBSP_NO_BUILD !== '1' ) {
	step( 'Building the assets (wp-scripts build)…' );
	const build = spawnSync(
		process.execPath,
		[ require.resolve( '@wordpress/scripts/bin/wp-scripts' ), 'build' ],
		{
			cwd: ROOT,
			stdio: [ 'ignore', 'ignore', 'inherit' ],
		}
	);
	if ( build.status !== 0 ) {
		process.stderr.write(
			'The build failed: run "npm run build" to see why.\n'
		);
		process.exit( 1 );
	}
}

// 2. WordPress core, offline when needed.
step( `Finding WordPress ${ requested }…` );
let core;
try {
	core = resolveCore( requested );
} catch ( e ) {
	process.stderr.write(
		`Could not find WordPress ${ requested }: ${ e.message }\nSet WP_CORE_DIR to a WordPress folder.\n`
	);
	process.exit( 1 );
}
const version = coreVersion( core );
const siteDir = path.resolve(
	process.env.JOOLWEBSP_SITE_DIR ||
		path.join( ROOT, '.cache', 'sites', `playground-${ version }` )
);
if ( fresh ) {
	fs.rmSync( siteDir, { recursive: true, force: true } );
}
if ( ! fs.existsSync( path.join( siteDir, 'wp-includes', 'version.php' ) ) ) {
	step(
		`Copying WordPress ${ version } to ${ path.relative( ROOT, siteDir ) || siteDir }…`
	);
	fs.mkdirSync( path.dirname( siteDir ), { recursive: true } );
	execFileSync( 'cp', [ '-a', core, siteDir ] );
	for ( const rel of [
		'wp-config.php',
		'wp-content/database',
		'wp-content/debug.log',
		'wp-content/fonts',
	] ) {
		fs.rmSync( path.join( siteDir, rel ), {
			recursive: true,
			force: true,
		} );
	}
}

// 3. Blueprint: activate the plugin(s), seed demo data once through the plugin's services.
const plugins = [ `${ SLUG }/${ SLUG }.php` ];
if ( e2e ) {
	plugins.push( 'joolwebsp-e2e-helpers/joolwebsp-e2e-helpers.php' );
}
const seedPhp = `<?php
require_once '/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
foreach ( ${ JSON.stringify( plugins ).replace( /\[/, 'array(' ).replace( /\]$/, ')' ) } as $p ) {
	if ( ! is_plugin_active( $p ) ) {
		$r = activate_plugin( $p );
		if ( is_wp_error( $r ) ) { echo 'activation failed: ' . $p . ': ' . $r->get_error_message(); }
	}
}
update_option( 'permalink_structure', '/%postname%/' );
require_once '/wordpress/wp-content/plugins/${ SLUG }/scripts/demo/Demo_Seeder.php';
\\Joolweb\\SessionsPro\\Demo\\Demo_Seeder::from_plugin()->seed();
`;
const blueprint = {
	landingPage: '/wp-admin/admin.php?page=joolwebsp',
	preferredVersions: { php: '8.2', wp: version },
	steps: [ { step: 'runPHP', code: seedPhp } ],
};
const tmp = fs.mkdtempSync( path.join( os.tmpdir(), 'joolwebsp-start-' ) );
const blueprintFile = path.join( tmp, 'blueprint.json' );
fs.writeFileSync( blueprintFile, JSON.stringify( blueprint, null, 2 ) );

// 4. Serve.
const siteUrl = `http://localhost:${ port }`;
const args = [
	'--require',
	path.join( __dirname, 'lib', 'bind-host.cjs' ),
	path.join(
		ROOT,
		'node_modules',
		'@wp-playground',
		'cli',
		'wp-playground.js'
	),
	'server',
	`--port=${ port }`,
	`--site-url=${ siteUrl }`,
	'--php=8.2',
	`--mount-before-install=${ siteDir }:/wordpress`,
	'--wordpress-install-mode=install-from-existing-files-if-needed',
	`--mount=${ ROOT }:/wordpress/wp-content/plugins/${ SLUG }`,
	`--blueprint=${ blueprintFile }`,
	'--define-bool',
	'WP_DEBUG',
	'true',
	'--define-bool',
	'WP_DEBUG_LOG',
	'true',
	'--define-bool',
	'WP_DEBUG_DISPLAY',
	'false',
	'--define-bool',
	'DISABLE_WP_CRON',
	'true',
];
if ( e2e ) {
	args.push(
		`--mount=${ path.join( ROOT, 'tests', 'e2e', 'plugins' ) }:/wordpress/wp-content/plugins/joolwebsp-e2e-helpers`
	);
}
if ( ! LOOPBACK.includes( host ) ) {
	process.stderr.write(
		`\n⚠ JOOLWEBSP_HOST=${ host }: the demo site listens beyond this machine, and its accounts have the password "password". Use it on a trusted network only.\n`
	);
}
step( `Starting WordPress ${ version } in Playground (first start ~30 s)…` );
const child = spawn( process.execPath, args, {
	cwd: ROOT,
	env: { ...process.env, JOOLWEBSP_HOST: host },
	stdio: [ 'ignore', 'pipe', 'inherit' ],
} );
let announced = false;
child.stdout.on( 'data', ( chunk ) => {
	const text = chunk.toString();
	process.stdout.write( text );
	if ( ! announced && /Ready!|WordPress is running/i.test( text ) ) {
		announced = true;
		process.stdout.write(
			[
				'',
				`Joolweb Sessions Pro is running on WordPress ${ version } (Playground, SQLite):`,
				`  Site:       ${ siteUrl }/ (listening on ${ host } only)`,
				`  Dashboard:  ${ siteUrl }/wp-admin/admin.php?page=joolwebsp`,
				'  Admin:      admin / password',
				'  Coaches:    coach1 / password, coach2 / password',
				'  Clients:    any demo client email / password',
				`  Site files: ${ siteDir } (delete it, or run "npm start -- --fresh", to start over)`,
				'Press Ctrl-C to stop.',
				'',
			].join( '\n' )
		);
	}
} );
const stop = () => {
	if ( ! child.killed ) {
		child.kill( 'SIGTERM' );
	}
};
process.on( 'SIGINT', stop );
process.on( 'SIGTERM', stop );
child.on( 'exit', ( code ) => {
	fs.rmSync( tmp, { recursive: true, force: true } );
	process.exit( code ?? 0 );
} );
