#!/usr/bin/env bash
# `npm test`: the whole pyramid. Lint and types, build, JS units (jest), PHP integration
# (PHPUnit on MariaDB, WordPress 7.1 and 6.8), end-to-end (Playwright in Chromium: main suite on
# php -S + MariaDB with WordPress 7.1, smoke suite on Playground + SQLite with WordPress 6.8).
# Every step runs; the run fails if any step failed. Timings and test counts are summed at the end.
set -uo pipefail
cd "$(dirname "$0")/.."
LOG_DIR=.cache/test-logs
rm -rf "$LOG_DIR" && mkdir -p "$LOG_DIR"

declare -a NAMES=() TIMES=() RESULTS=()
passed=0 failed=0

count() { # count FILE KIND → adds to passed/failed
	local file=$1 kind=$2 p=0 f=0 line
	case $kind in
		jest)
			line=$(grep -E '^Tests: ' "$file" | tail -1)
			p=$(sed -nE 's/.* ([0-9]+) passed.*/\1/p' <<<"$line"); f=$(sed -nE 's/.* ([0-9]+) failed.*/\1/p' <<<"$line") ;;
		phpunit)
			while read -r line; do
				if [[ $line =~ ^OK\ \(([0-9]+)\ test ]]; then p=$((p + BASH_REMATCH[1])); fi
				if [[ $line =~ ^Tests:\ ([0-9]+),.*(Failures|Errors):\ ([0-9]+) ]]; then
					local t=${BASH_REMATCH[1]} e=0 x
					for x in Failures Errors; do
						[[ $line =~ $x:\ ([0-9]+) ]] && e=$((e + BASH_REMATCH[1]))
					done
					p=$((p + t - e)); f=$((f + e))
				fi
			done < <(grep -E '^(OK \(|Tests: )' "$file") ;;
		playwright)
			while read -r line; do
				if [[ $line =~ ^([0-9]+)\ passed ]]; then p=$((p + BASH_REMATCH[1])); fi
				if [[ $line =~ ^([0-9]+)\ failed ]]; then f=$((f + BASH_REMATCH[1])); fi
			done < <(sed -E 's/^ +//' "$file" | grep -E '^[0-9]+ (passed|failed)') ;;
	esac
	passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
}

step() { # step NAME KIND COMMAND...
	local name=$1 kind=$2; shift 2
	local file=$LOG_DIR/${name// /-}.log start end rc
	printf '\n\033[1m━━ %s\033[0m\n' "$name"
	start=$(date +%s%N)
	"$@" 2>&1 | tee "$file"
	rc=${PIPESTATUS[0]}
	end=$(date +%s%N)
	NAMES+=("$name"); local ds=$(( (end - start) / 100000000 ))
	TIMES+=("$((ds / 10)).$((ds % 10))")
	if [ "$rc" = 0 ]; then RESULTS+=(ok); else RESULTS+=(FAILED); fi
	local before=$failed
	[ "$kind" = none ] || count "$file" "$kind"
	# A failing step whose runner reported no failed test (lint, a crash) still counts as one failure.
	if [ "$rc" != 0 ] && [ "$failed" = "$before" ]; then failed=$((failed + 1)); fi
}

step 'lint JS and styles' none bash -c 'npx wp-scripts lint-js src tests scripts && npx wp-scripts lint-style "src/**/*.scss"'
step 'lint PHP' none bash scripts/lint-php.sh
step 'typecheck' none npx tsc --noEmit -p tsconfig.json
step 'build' none npx wp-scripts build
step 'make-pot' none node scripts/make-pot.js
step 'check-translations' none node scripts/check-translations.js
step 'jest' jest npx wp-scripts test-unit-js
step 'phpunit' phpunit bash scripts/test-php.sh
step 'e2e' playwright bash scripts/test-e2e.sh

printf '\n\033[1m━━ Summary\033[0m\n'
for i in "${!NAMES[@]}"; do printf '  %-20s %-7s %6ss\n' "${NAMES[$i]}" "${RESULTS[$i]}" "${TIMES[$i]}"; done
echo "tests: $passed passed, $failed failed"
[ "$failed" = 0 ]
