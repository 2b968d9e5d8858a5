#!/usr/bin/env bash
# Benchmark of the clients domain at scale on a private MariaDB: BENCH_CLIENTS=100000 by default.
# Usage: bash scripts/bench.sh   (needs what npm test needs; takes about a minute)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/services.sh
trap stop_mariadb EXIT
start_mariadb
create_database wp_bench
export WP_CORE_DIR=${WP_CORE_DIR:-$(node scripts/wp-core.js 7.1)} WP_TESTS_DB_NAME=wp_bench WP_TESTS_DB_HOST=127.0.0.1:$DB_PORT
php tests/php/install.php
php -d memory_limit=1G scripts/bench-clients.php
