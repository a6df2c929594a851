#!/usr/bin/env bash
# Lints the OpenAPI description a running registry serves with Spectral (spectral:oas) and Redocly (recommended),
# the rulesets in contract/. Usage: scripts/lint-contract.sh [base-url]   (default http://localhost:8080)
# Installs the pinned tools from package-lock.json first (npm ci) if they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-http://localhost:8080}
[ -x node_modules/.bin/spectral ] || PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
description=$(mktemp --suffix=.json)
trap 'rm -f "$description"' EXIT
curl -fsS "$base/v3/api-docs" -o "$description"
status=0
node_modules/.bin/spectral lint --fail-severity=warn -r contract/.spectral.yaml "$description" || status=1
REDOCLY_TELEMETRY=off node_modules/.bin/redocly lint --config contract/redocly.yaml "$description" || status=1
exit $status
