#!/usr/bin/env bash
# Import throughput on a private MariaDB: 100k rows by default.
# Usage: bash scripts/bench/imports.sh [--rows=100000] [--batch=500] [--encoding=windows-1252|utf-8] [--json]
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib/services.sh
trap stop_mariadb EXIT
start_mariadb >&2
create_database wp_bench_imports >&2
export WP_CORE_DIR=${WP_CORE_DIR:-$(node scripts/wp-core.js 7.1)} WP_TESTS_DB_NAME=wp_bench_imports WP_TESTS_DB_HOST=127.0.0.1:$DB_PORT
php tests/php/install.php >&2
php -d memory_limit=256M scripts/bench/imports.php "$@"
