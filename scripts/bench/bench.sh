#!/usr/bin/env bash
# npm run bench [-- --db mariadb,sqlite --sizes 10000,100000 --sessions-per-client 10 --coaches 50 --runs 50]
# npm run seed  [-- --clients 100000 --sessions 1000000 --coaches 50 --db mariadb]
#
# For each database and size: a fresh WordPress (MariaDB: a private server as in scripts/lib/services.sh,
# on JOOLWEBSP_DB_PORT; SQLite: the sqlite-database-integration drop-in that Playground uses, run by the
# PHP CLI), seeded by seed.php, then timed by bench.php (results in bench/results/<date>-<db>.json).
# `npm run seed` only seeds (and prints how long it took).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
export JOOLWEBSP_RUN_DIR=${JOOLWEBSP_RUN_DIR:-$ROOT/.cache/run/bench}
source scripts/lib/services.sh

mode=bench dbs=mariadb,sqlite sizes=10000,100000 per_client=10 coaches=50 runs=50 clients='' sessions=''
while [ $# -gt 0 ]; do
	case $1 in
		--seed-only) mode=seed ;;
		--db) dbs=$2; shift ;;
		--sizes) sizes=$2; shift ;;
		--clients) clients=$2; shift ;;
		--sessions) sessions=$2; shift ;;
		--sessions-per-client) per_client=$2; shift ;;
		--coaches) coaches=$2; shift ;;
		--runs) runs=$2; shift ;;
		*) echo "Unknown option $1 (see the top of $0)" >&2; exit 2 ;;
	esac
	shift
done
if [ "$mode" = seed ]; then
	sizes=${clients:-100000}
	[ "$dbs" = mariadb,sqlite ] && dbs=mariadb
fi

mkdir -p "$JOOLWEBSP_RUN_DIR"
trap stop_mariadb EXIT
export WP_CORE_DIR=${WP_CORE_DIR:-$(node scripts/wp-core.js 7.1)}

for db in ${dbs//,/ }; do
	export BENCH_DB=$db
	if [ "$db" = mariadb ]; then
		start_mariadb
		export WP_TESTS_DB_NAME=wp_bench WP_TESTS_DB_HOST=127.0.0.1:$DB_PORT
		unset WP_TESTS_CONTENT_DIR
	elif [ "$db" = sqlite ]; then
		php -r "exit( extension_loaded( 'pdo_sqlite' ) ? 0 : 1 );" || { echo "The PHP CLI has no pdo_sqlite: SQLite cannot be benched outside Playground." >&2; exit 1; }
		content=$JOOLWEBSP_RUN_DIR/sqlite/wp-content
		if [ ! -f "$content/plugins/sqlite-database-integration/load.php" ]; then
			rm -rf "$content" && mkdir -p "$content/plugins"
			unzip -q node_modules/@wp-playground/cli/sqlite-database-integration.zip -d "$content/plugins"
			mv "$content/plugins/plugin-sqlite-database-integration" "$content/plugins/sqlite-database-integration"
			sed "s#{SQLITE_IMPLEMENTATION_FOLDER_PATH}#$content/plugins/sqlite-database-integration#; s#{SQLITE_PLUGIN}#sqlite-database-integration/load.php#" \
				"$content/plugins/sqlite-database-integration/db.copy" >"$content/db.php"
		fi
		export WP_TESTS_CONTENT_DIR=$content BENCH_SQLITE_DIR=$JOOLWEBSP_RUN_DIR/sqlite/database
	else
		echo "Unknown database $db (mariadb or sqlite)" >&2; exit 2
	fi
	for size in ${sizes//,/ }; do
		log "$db, $size clients"
		if [ "$db" = mariadb ]; then create_database wp_bench; else rm -rf "$BENCH_SQLITE_DIR" && mkdir -p "$BENCH_SQLITE_DIR"; fi
		php scripts/bench/install.php
		SEED_CLIENTS=$size SEED_SESSIONS=${sessions:-$((size * per_client))} SEED_COACHES=$coaches \
			php -d memory_limit=1G scripts/bench/seed.php
		if [ "$mode" = bench ]; then
			BENCH_RUNS=$runs php -d memory_limit=1G scripts/bench/bench.php
		fi
	done
	[ "$db" = mariadb ] && stop_mariadb
done
