/**
 * Smoke suite on the `npm start` environment (Playground + SQLite) with the oldest supported
 * WordPress: the plugin is active and every screen renders without JS errors.
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';
import { SCREENS, collectErrors, restGet } from '../utils';

test( 'the plugin is active on the oldest supported WordPress', async ( {
	requestUtils,
	page,
} ) => {
	const plugins = await requestUtils.rest<
		Array< { plugin: string; status: string; version: string } >
	>( {
		path: '/wp/v2/plugins',
	} );
	const ours = plugins.find(
		( plugin ) =>
			plugin.plugin === 'joolweb-sessions-pro/joolweb-sessions-pro'
	);
	expect( ours?.status ).toBe( 'active' );
	await page.goto( '/' );
	const generator = await page
		.locator( 'meta[name="generator"]' )
		.first()
		.getAttribute( 'content' );
	expect( generator ).toMatch(
		new RegExp(
			`^WordPress ${ ( process.env.JOOLWEBSP_E2E_WP ?? '6.8' ).replace( '.', '\\.' ) }\\b`
		)
	);
} );

test( 'every plugin screen renders without JS errors', async ( {
	page,
	admin,
} ) => {
	const errors = collectErrors( page );
	for ( const screen of SCREENS ) {
		await admin.visitAdminPage( 'admin.php', `page=${ screen.slug }` );
		await expect(
			page
				.locator( `#joolwebsp-${ screen.entry }-root` )
				.getByRole( 'heading', { level: 1, name: screen.title } )
		).toBeVisible();
		await expect(
			page.locator( `#joolwebsp-${ screen.entry }-root hr.wp-header-end` )
		).toHaveCount( 1 );
	}
	expect( errors ).toEqual( [] );
} );

test( 'demo data was seeded through the plugin', async ( { requestUtils } ) => {
	const coaches = await requestUtils.rest< Array< { slug: string } > >( {
		path: '/wp/v2/users',
		params: { roles: 'joolwebsp_coach', context: 'edit' },
	} );
	expect( coaches.map( ( coach ) => coach.slug ).sort() ).toEqual( [
		'coach1',
		'coach2',
	] );

	const clients = await restGet( requestUtils, '/joolwebsp/v1/clients', {
		per_page: 100,
	} );
	expect( clients.status ).toBe( 200 );
	expect( clients.headers[ 'x-wp-total' ] ).toBe( '12' );
} );

test( 'clients search and sort the same way on SQLite', async ( {
	requestUtils,
} ) => {
	type Row = { first_name: string; last_name: string; email: string };
	const list = ( params: Record< string, string > ) =>
		requestUtils.rest< Row[] >( {
			path: '/joolwebsp/v1/clients',
			params: { per_page: '100', ...params },
		} );

	const byLast = ( await list( {} ) ).map( ( client ) => client.last_name );
	// Case- and accent-insensitive: "adams" first, "Élie" among the E's.
	expect( byLast.slice( 0, 6 ) ).toEqual( [
		'adams',
		'Brown',
		'Carter',
		'Durand',
		'Élie',
		'García',
	] );
	expect(
		( await list( { search: 'EMILE' } ) ).map(
			( client ) => client.last_name
		)
	).toEqual( [ 'Durand' ] );
	expect( ( await list( { search: '%' } ) ).length ).toBe( 0 );
	expect(
		( await list( { search: 'lucía garc' } ) ).map(
			( client ) => client.email
		)
	).toEqual( [ 'lucia.garcia@example.com' ] );
} );

test( 'npm start listens on the loopback interface only', async () => {
	// Every listening TCP socket on the site's port, from the kernel's own tables.
	const port = Number( new URL( process.env.WP_BASE_URL ?? '' ).port );
	const fs = await import( 'fs' );
	const listening: string[] = [];
	for ( const file of [ '/proc/net/tcp', '/proc/net/tcp6' ] ) {
		if ( ! fs.existsSync( file ) ) {
			continue;
		}
		for ( const line of fs
			.readFileSync( file, 'utf8' )
			.split( '\n' )
			.slice( 1 ) ) {
			const [ , local, , state ] = line.trim().split( /\s+/ );
			if (
				state === '0A' &&
				local &&
				parseInt( local.split( ':' )[ 1 ] ?? '', 16 ) === port
			) {
				listening.push( local.split( ':' )[ 0 ] ?? '' );
			}
		}
	}
	expect( listening.length ).toBeGreaterThan( 0 );
	// 127.0.0.1 as the kernel writes it (little-endian hex); never 0.0.0.0 or ::.
	expect( [ ...new Set( listening ) ] ).toEqual( [ '0100007F' ] );
} );
