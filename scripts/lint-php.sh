#!/usr/bin/env bash
# PHP lint: syntax (php -l), WordPress Coding Standards (phpcs), static analysis (PHPStan level 8).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .cache
find joolweb-sessions-pro.php uninstall.php includes scripts tests/php tests/e2e/plugins -name '*.php' -print0 \
	| xargs -0 -n 50 -P 2 php -l -d display_errors=1 | { grep -v '^No syntax errors' || true; }
vendor/bin/phpcs -q
vendor/bin/phpstan analyse --memory-limit=1G --no-progress -q
echo "PHP lint clean (php -l, phpcs, phpstan)."
