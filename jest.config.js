const defaultConfig = require( '@wordpress/scripts/config/jest-unit.config' );

module.exports = {
	...defaultConfig,
	setupFiles: [ ...( defaultConfig.setupFiles || [] ), '<rootDir>/tests/js/setup-globals.js' ],
	setupFilesAfterEnv: [ ...( defaultConfig.setupFilesAfterEnv || [] ), '<rootDir>/tests/js/setup-after-env.js' ],
	testPathIgnorePatterns: [ '/node_modules/', '<rootDir>/tests/e2e/', '<rootDir>/build/', '<rootDir>/.cache/', '<rootDir>/vendor/' ],
};
