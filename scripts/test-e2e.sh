#!/usr/bin/env bash
# End-to-end tests in Debian's Chromium:
#   main  — tests/e2e/specs on a production-like site: php -S + MariaDB, fresh install, WordPress 7.1
#   smoke — tests/e2e/smoke on the `npm start` environment: Playground + SQLite, WordPress 6.8
# JOOLWEBSP_E2E_SUITES="main" (or "smoke") runs one; extra arguments go to Playwright.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/services.sh

MAIN_PORT=${JOOLWEBSP_E2E_PORT:-8890}
SMOKE_PORT=${JOOLWEBSP_SMOKE_PORT:-8889}
PG_PID_FILE=$RUN_DIR/playground-smoke.pid

cleanup() {
	stop_native_site e2e
	if [ -s "$PG_PID_FILE" ]; then kill -- "-$(cat "$PG_PID_FILE")" 2>/dev/null; rm -f "$PG_PID_FILE"; fi
	pkill -f "wp-playground.js server --port=$SMOKE_PORT" 2>/dev/null
	stop_mariadb
}
trap cleanup EXIT
mkdir -p "$RUN_DIR"
[ -f build/admin-dashboard.asset.php ] || npm run build --silent || exit 1

status=0
for suite in ${JOOLWEBSP_E2E_SUITES:-main smoke}; do
	if [ "$suite" = main ]; then
		log "e2e main suite: WordPress 7.1, php -S + MariaDB on :$MAIN_PORT"
		start_mariadb || exit 1
		core=$(node scripts/wp-core.js 7.1) || exit 1
		start_native_site e2e "$core" "$MAIN_PORT" || exit 1
		WP_BASE_URL=http://127.0.0.1:$MAIN_PORT JOOLWEBSP_E2E_SUITE=main JOOLWEBSP_E2E_WP=7.1 \
			JOOLWEBSP_DEBUG_LOG=$RUN_DIR/e2e/wp-content/debug.log \
			npx playwright test -c playwright.config.ts "$@" || status=1
		stop_native_site e2e
	else
		log "e2e smoke suite: WordPress 6.8, Playground + SQLite on :$SMOKE_PORT (the npm start environment)"
		site=$RUN_DIR/playground-6.8
		rm -rf "$site" "$PG_PID_FILE"
		JOOLWEBSP_WP=6.8 JOOLWEBSP_PORT=$SMOKE_PORT JOOLWEBSP_SITE_DIR=$site JOOLWEBSP_NO_BUILD=1 JOOLWEBSP_E2E=1 \
			setsid bash -c "echo \$\$ > '$PG_PID_FILE'; exec node scripts/start.js" >"$RUN_DIR/playground-smoke.log" 2>&1 &
		for _ in $(seq 1 50); do [ -s "$PG_PID_FILE" ] && break; sleep 0.1; done
		ready=0
		for _ in $(seq 1 240); do
			if grep -q 'Press Ctrl-C to stop' "$RUN_DIR/playground-smoke.log" 2>/dev/null; then ready=1; break; fi
			if [ -s "$PG_PID_FILE" ] && ! kill -0 "$(cat "$PG_PID_FILE")" 2>/dev/null; then break; fi
			sleep 0.5
		done
		if [ "$ready" != 1 ]; then
			echo "Playground did not start:" >&2; cat "$RUN_DIR/playground-smoke.log" >&2; exit 1
		fi
		WP_BASE_URL=http://localhost:$SMOKE_PORT JOOLWEBSP_E2E_SUITE=smoke JOOLWEBSP_E2E_WP=6.8 \
			JOOLWEBSP_DEBUG_LOG=$site/wp-content/debug.log \
			npx playwright test -c playwright.config.ts "$@" || status=1
	fi
done
exit $status
