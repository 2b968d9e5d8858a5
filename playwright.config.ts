/**
 * Playwright with Debian's Chromium (never a downloaded browser).
 *
 * JOOLWEBSP_E2E_SUITE=main  → tests/e2e/specs against the native php -S + MariaDB site (WordPress 7.1)
 * JOOLWEBSP_E2E_SUITE=smoke → tests/e2e/smoke against the `npm start` environment (Playground + SQLite, WordPress 6.8)
 * scripts/test-e2e.sh sets WP_BASE_URL and starts/stops the sites.
 */
import path from 'path';
import { defineConfig } from '@playwright/test';

const suite = process.env.JOOLWEBSP_E2E_SUITE === 'smoke' ? 'smoke' : 'specs';
process.env.WP_BASE_URL ??= 'http://localhost:8888';
process.env.WP_ARTIFACTS_PATH ??= path.join( process.cwd(), 'artifacts', suite );
process.env.STORAGE_STATE_PATH ??= path.join( process.env.WP_ARTIFACTS_PATH, 'storage-states/admin.json' );

export default defineConfig( {
	testDir: path.join( __dirname, 'tests/e2e', suite ),
	testMatch: '**/*.spec.ts',
	workers: 1,
	fullyParallel: false,
	retries: 0,
	timeout: suite === 'smoke' ? 180_000 : 60_000,
	expect: { timeout: suite === 'smoke' ? 20_000 : 10_000 },
	forbidOnly: !! process.env.CI,
	reporter: [ [ 'list' ] ],
	outputDir: path.join( process.env.WP_ARTIFACTS_PATH, 'test-results' ),
	globalSetup: require.resolve( './tests/e2e/global-setup.ts' ),
	globalTeardown: require.resolve( './tests/e2e/global-teardown.ts' ),
	use: {
		baseURL: process.env.WP_BASE_URL,
		headless: true,
		viewport: { width: 1280, height: 900 },
		locale: 'en-US',
		storageState: process.env.STORAGE_STATE_PATH,
		actionTimeout: 15_000,
		navigationTimeout: 60_000,
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
			],
		},
	},
	projects: [ { name: 'chromium', use: { browserName: 'chromium' } } ],
} );
