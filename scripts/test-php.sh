#!/usr/bin/env bash
# PHP integration tests: PHPUnit against real WordPress on a private MariaDB, on the newest and
# the oldest supported WordPress. JOOLWEBSP_PHP_WP="7.1" limits the versions.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/services.sh

trap stop_mariadb EXIT
log "MariaDB (private, port $DB_PORT)"
start_mariadb
for version in ${JOOLWEBSP_PHP_WP:-7.1 6.8}; do
	core=$(node scripts/wp-core.js "$version")
	create_database wp_tests
	log "PHPUnit on WordPress $version"
	WP_CORE_DIR=$core WP_TESTS_DB_HOST=127.0.0.1:$DB_PORT vendor/bin/phpunit "$@"
done
