/**
 * Fails the run when WordPress logged a PHP notice, warning, deprecation or error during the tests
 * (WP_DEBUG is on in both e2e sites).
 */
import fs from 'fs';

export default async function globalTeardown() {
	const log = process.env.JOOLWEBSP_DEBUG_LOG;
	if ( ! log ) {
		throw new Error(
			'JOOLWEBSP_DEBUG_LOG is not set: run the e2e suites through scripts/test-e2e.sh'
		);
	}
	const text = fs.existsSync( log ) ? fs.readFileSync( log, 'utf8' ) : '';
	const problems = text
		.split( '\n' )
		.filter( ( line ) =>
			/PHP (Notice|Warning|Deprecated|Fatal error|Parse error)/.test(
				line
			)
		);
	if ( problems.length ) {
		throw new Error(
			`PHP reported ${ problems.length } problem(s) during the e2e run:\n${ problems.slice( 0, 20 ).join( '\n' ) }`
		);
	}
}
