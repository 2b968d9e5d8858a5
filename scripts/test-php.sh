#!/usr/bin/env bash
# PHP integration tests: PHPUnit against real WordPress on a private MariaDB, on the newest and
# the oldest supported WordPress, then the multisite tests on a network (newest WordPress).
# JOOLWEBSP_PHP_WP="7.1" limits the versions; JOOLWEBSP_PHP_MULTISITE=0 skips the network run.
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
if [ "${JOOLWEBSP_PHP_MULTISITE:-1}" = 1 ] && [ $# -eq 0 ]; then
	core=$(node scripts/wp-core.js 7.1)
	create_database wp_tests
	log "PHPUnit multisite tests on WordPress 7.1 (a network with a second site)"
	WP_CORE_DIR=$core WP_TESTS_DB_HOST=127.0.0.1:$DB_PORT WP_TESTS_MULTISITE=1 vendor/bin/phpunit -c phpunit-multisite.xml.dist
fi
