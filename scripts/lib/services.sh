#!/usr/bin/env bash
# Throwaway services for the tests: a private MariaDB (own datadir, socket and port; no system
# service) and a native `php -S` WordPress site. Source this file; call stop_services on exit.

JOOLWEBSP_ROOT=${JOOLWEBSP_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
RUN_DIR=${JOOLWEBSP_RUN_DIR:-$JOOLWEBSP_ROOT/.cache/run}
DB_PORT=${JOOLWEBSP_DB_PORT:-3307}
DB_SOCK=$RUN_DIR/mysql/mysqld.sock

log() { printf '\n\033[1m▸ %s\033[0m\n' "$*"; }

mariadb_running() { [ -S "$DB_SOCK" ] && mariadb-admin --no-defaults -uroot --socket="$DB_SOCK" ping >/dev/null 2>&1; }

# start_mariadb: fresh datadir each time; creates the wp user and the given databases.
start_mariadb() {
	if mariadb_running; then return 0; fi
	command -v mariadbd >/dev/null || [ -x /usr/sbin/mariadbd ] || { echo "mariadb-server is not installed (see .ci/run)" >&2; return 1; }
	rm -rf "$RUN_DIR/mysql"
	mkdir -p "$RUN_DIR/mysql"
	mariadb-install-db --no-defaults --datadir="$RUN_DIR/mysql/data" --user=root \
		--auth-root-authentication-method=normal --skip-test-db >"$RUN_DIR/mysql/install.log" 2>&1
	/usr/sbin/mariadbd --no-defaults --datadir="$RUN_DIR/mysql/data" --user=root --socket="$DB_SOCK" \
		--pid-file="$RUN_DIR/mysql/mysqld.pid" --port="$DB_PORT" --bind-address=127.0.0.1 --skip-log-bin \
		--innodb-buffer-pool-size=256M --innodb-flush-log-at-trx-commit=0 --skip-name-resolve \
		--log-error="$RUN_DIR/mysql/error.log" &
	echo $! >"$RUN_DIR/mysql/mariadbd.pid"
	for _ in $(seq 1 100); do mariadb_running && break; sleep 0.1; done
	mariadb_running || { cat "$RUN_DIR/mysql/error.log" >&2; return 1; }
	mariadb --no-defaults -uroot --socket="$DB_SOCK" -e "
		CREATE USER IF NOT EXISTS 'wp'@'127.0.0.1' IDENTIFIED BY 'wp';
		CREATE USER IF NOT EXISTS 'wp'@'localhost' IDENTIFIED BY 'wp';
		GRANT ALL ON \`wp\\_%\`.* TO 'wp'@'127.0.0.1';
		GRANT ALL ON \`wp\\_%\`.* TO 'wp'@'localhost';"
}

create_database() {
	mariadb --no-defaults -uroot --socket="$DB_SOCK" -e "DROP DATABASE IF EXISTS \`$1\`; CREATE DATABASE \`$1\`;"
}

stop_mariadb() {
	local pid_file=$RUN_DIR/mysql/mariadbd.pid
	if [ -f "$pid_file" ]; then
		kill "$(cat "$pid_file")" 2>/dev/null || true
		for _ in $(seq 1 50); do kill -0 "$(cat "$pid_file")" 2>/dev/null || break; sleep 0.1; done
		rm -f "$pid_file"
	fi
}

# start_native_site NAME CORE_DIR PORT: a fresh WordPress on MariaDB under `php -S`, plugin linked and active.
start_native_site() {
	local name=$1 core=$2 port=$3 site=$RUN_DIR/$1
	create_database "wp_$name"
	rm -rf "$site"
	cp -a "$core" "$site"
	rm -rf "$site/wp-config.php" "$site/wp-content/database" "$site/wp-content/debug.log" "$site/wp-content/fonts"
	ln -s "$JOOLWEBSP_ROOT" "$site/wp-content/plugins/joolweb-sessions-pro"
	ln -s "$JOOLWEBSP_ROOT/tests/e2e/plugins" "$site/wp-content/plugins/joolwebsp-e2e-helpers"
	cat >"$site/wp-config.php" <<PHP
<?php
define( 'DB_NAME', 'wp_$name' ); define( 'DB_USER', 'wp' ); define( 'DB_PASSWORD', 'wp' );
define( 'DB_HOST', '127.0.0.1:$DB_PORT' ); define( 'DB_CHARSET', 'utf8mb4' ); define( 'DB_COLLATE', '' );
\$table_prefix = 'wp_';
define( 'WP_HOME', 'http://127.0.0.1:$port' ); define( 'WP_SITEURL', 'http://127.0.0.1:$port' );
define( 'WP_DEBUG', true ); define( 'WP_DEBUG_LOG', true ); define( 'WP_DEBUG_DISPLAY', false );
define( 'SCRIPT_DEBUG', false ); define( 'DISABLE_WP_CRON', true ); define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true ); define( 'WP_ENVIRONMENT_TYPE', 'local' );
// Licenses verify with the tests' own key pair (tests/php/Premium.php, tests/e2e/utils/premium.ts).
define( 'JOOLWEBSP_LICENSE_PUBLIC_KEY', base64_encode( sodium_crypto_sign_publickey( sodium_crypto_sign_seed_keypair( 'joolwebsp-tests-license-seed-32b' ) ) ) );
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as \$k ) { define( \$k, 'e2e-' . \$k ); }
if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }
require_once ABSPATH . 'wp-settings.php';
PHP
	php "$JOOLWEBSP_ROOT/scripts/wp-install.php" "$site" joolweb-sessions-pro/joolweb-sessions-pro.php joolwebsp-e2e-helpers/joolwebsp-e2e-helpers.php
	: >"$site/wp-content/debug.log"
	( cd "$site" && PHP_CLI_SERVER_WORKERS=4 setsid bash -c \
		"echo \$\$ > '$RUN_DIR/php-$name.pid'; exec php -d memory_limit=512M -S 127.0.0.1:$port -t '$site' '$JOOLWEBSP_ROOT/scripts/router.php'" \
		>"$RUN_DIR/php-$name.log" 2>&1 & )
	for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$port/wp-login.php" && return 0; sleep 0.1; done
	echo "php -S did not start on port $port" >&2
	return 1
}

stop_native_site() {
	local pid_file=$RUN_DIR/php-$1.pid
	if [ -f "$pid_file" ]; then
		kill -- "-$(cat "$pid_file")" 2>/dev/null || true
		rm -f "$pid_file"
	fi
}
