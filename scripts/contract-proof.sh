#!/usr/bin/env bash
# Proves the published contract against the running service with third-party tools (issue 14, "Proof, in CI").
#
# Usage: scripts/contract-proof.sh [--only NAME[,NAME...]] [--jar FILE]
#   checks: lint, prism, java-client, ts-client, swagger-ui, pages (default: all, in that order)
#
# Takes the packaged jar (target/alliance-registry-*.jar; run `./mvnw -DskipTests package` first, or it is built),
# starts it on a free loopback port with a throw-away H2 directory and an editor account, waits for readiness, runs
# the checks, stops what it started and prints one summary line per check. Exit status: 1 if any check run failed.
# Logs and reports go to target/contract/ (NAME.log, prism-fuzz.json, swagger-ui.json, pages.json, screenshots).
# If REGISTRY_TEST_DATASETS names the producers' files (as .ci/run sets it), ATOP 4.01 is imported first, so the
# research datasets' reads have data.
# Needs: java 17, node >= 20 (tools from package-lock.json: npm ci), curl, /usr/bin/chromium for swagger-ui and pages.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

all=(lint prism java-client ts-client swagger-ui pages)
only=""
jar=""
while [ $# -gt 0 ]; do
    case $1 in
    --only) only=$2; shift 2 ;;
    --jar) jar=$2; shift 2 ;;
    -h | --help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "contract-proof: unknown argument $1" >&2; exit 2 ;;
    esac
done
checks=("${all[@]}")
if [ -n "$only" ]; then
    IFS=, read -r -a checks <<<"$only"
    for check in "${checks[@]}"; do
        [[ " ${all[*]} " == *" $check "* ]] || { echo "contract-proof: no check named $check (${all[*]})" >&2; exit 2; }
    done
fi

out=$root/target/contract
mkdir -p "$out"
[ -x node_modules/.bin/prism ] && [ -d node_modules/fast-check ] && [ -f node_modules/axe-core/axe.min.js ] || PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund

if [ -z "$jar" ]; then
    jar=$(ls target/alliance-registry-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -n 1 || true)
    if [ -z "$jar" ]; then
        ./mvnw -q -B -DskipTests package
        jar=$(ls target/alliance-registry-*.jar | grep -v -- '-plain\.jar$' | head -n 1)
    fi
fi

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

port=$(free_port)
base=http://127.0.0.1:$port
export REGISTRY_EDITOR_USERNAME=contract-editor
REGISTRY_EDITOR_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
export REGISTRY_EDITOR_PASSWORD
java -jar "$jar" --server.address=127.0.0.1 --server.port="$port" --registry.data-dir="$work/data" \
    >"$out/service.log" 2>&1 &
pids+=($!)
echo "contract-proof: $jar on $base (log: target/contract/service.log)"
for _ in $(seq 1 120); do
    if curl -fsS -o /dev/null "$base/actuator/health/readiness" 2>/dev/null; then break; fi
    kill -0 "${pids[0]}" 2>/dev/null || { echo "contract-proof: the service exited; see target/contract/service.log" >&2; exit 1; }
    sleep 1
done
curl -fsS -o /dev/null "$base/actuator/health/readiness" || { echo "contract-proof: the service is not ready after 120 s" >&2; exit 1; }
curl -fsS "$base/v3/api-docs" -o "$out/api-docs.json"
if [ -n "${REGISTRY_TEST_DATASETS:-}" ] && [ -d "$REGISTRY_TEST_DATASETS/atop" ]; then
    scripts/import-dataset.sh -u "$base" atop-4.01 "$REGISTRY_TEST_DATASETS/atop" >"$out/import-atop.log" 2>&1 \
        && echo "contract-proof: ATOP 4.01 imported from $REGISTRY_TEST_DATASETS/atop" \
        || echo "contract-proof: ATOP 4.01 not imported (target/contract/import-atop.log); its reads answer 404" >&2
fi

# Each check writes target/contract/NAME.log and sets $detail to its counts.
check_lint() {
    scripts/lint-contract.sh "$base" || return 1
}
lint_detail() {
    local spectral redocly
    spectral=$(grep -Eo '[0-9]+ problems? \([0-9]+ errors?, [0-9]+ warnings?' "$1" | sed 's/.*(//' | head -n 1)
    redocly=$(grep -Eo 'Validation failed with [0-9]+ errors? and [0-9]+ warnings?|Woohoo! Your API description is valid|You have [0-9]+ warnings?' "$1" | head -n 1)
    echo "Spectral: ${spectral:-0 errors, 0 warnings}; Redocly: ${redocly:-see log}"
}

check_prism() {
    local prism_port
    prism_port=$(free_port)
    node_modules/.bin/prism proxy --errors -h 127.0.0.1 -p "$prism_port" "$out/api-docs.json" "$base" \
        >"$out/prism-proxy.log" 2>&1 &
    local prism=$!
    pids+=("$prism")
    for _ in $(seq 1 60); do
        curl -s -o /dev/null "http://127.0.0.1:$prism_port/api/v1" && break
        sleep 0.5
    done
    local status=0
    node contract/prism-fuzz.mjs --description "$out/api-docs.json" --proxy "http://127.0.0.1:$prism_port" \
        --service "$base" --requests 2000 --seed 14 --report "$out/prism-fuzz.json" || status=1
    kill "$prism" 2>/dev/null || true
    return $status
}
prism_detail() { grep -E '^prism-fuzz: [0-9]+ violations' "$1" | sed 's/^prism-fuzz: //' | cut -d';' -f1; }

check_java_client() {
    local generator=target/contract/tools/openapi-generator-cli-7.25.0.jar client=target/contract/java-client
    [ -f "$generator" ] || ./mvnw -q -B dependency:copy -Dartifact=org.openapitools:openapi-generator-cli:7.25.0 \
        -DoutputDirectory=target/contract/tools || return 1
    rm -rf "$client"
    # Validation on: no --skip-validate-spec.
    if ! java -jar "$generator" generate -g java --library native -i "$out/api-docs.json" -o "$client" \
        --api-package org.allianceregistry.client.api --model-package org.allianceregistry.client.model \
        --invoker-package org.allianceregistry.client \
        --additional-properties=groupId=org.allianceregistry,artifactId=alliance-registry-client,hideGenerationTimestamp=true,useJakartaEe=true \
        >"$out/java-client-generate.log" 2>&1; then
        grep -v '^\[main\] INFO' "$out/java-client-generate.log" | head -n 20
        echo "java-client: openapi-generator refused the description"
        return 1
    fi
    ./mvnw -q -B -f "$client/pom.xml" dependency:copy-dependencies -DincludeScope=compile \
        -DoutputDirectory=target/deps || return 1
    mkdir -p "$client/target/classes"
    javac -nowarn -proc:none --release 17 -encoding UTF-8 -cp "$client/target/deps/*" -d "$client/target/classes" \
        $(find "$client/src/main/java" -name '*.java') contract/java/Main.java \
        || { echo "java-client: the generated client (with contract/java/Main.java) does not compile"; return 1; }
    java -cp "$client/target/classes:$client/target/deps/*" Main "$base"
}
java_client_detail() {
    grep -E '^java-client: ' "$1" | tail -n 1 | sed 's/^java-client: //'
    grep -E -m 1 -- '^\s*-attribute |^[0-9]+ errors?$' "$1" | sed 's/^\s*/first: /'
}

check_ts_client() {
    mkdir -p "$out/ts"
    node_modules/.bin/openapi-typescript "$out/api-docs.json" -o "$out/ts/schema.d.ts" || return 1
    node_modules/.bin/tsc --strict --noEmit --target es2022 --module esnext --moduleResolution bundler \
        --lib es2022,dom,dom.iterable contract/ts/client.ts
}
ts_client_detail() {
    local errors
    errors=$(grep -c 'error TS' "$1" || true)
    if [ "$errors" -gt 0 ]; then echo "tsc --strict: $errors errors, first: $(grep -m 1 'error TS' "$1")"; else echo "tsc --strict: 0 errors"; fi
}

check_swagger_ui() {
    local chromium=${CHROMIUM:-/usr/bin/chromium}
    [ -x "$chromium" ] || { echo "swagger-ui: no Chromium at $chromium (apt-get install -y chromium)"; return 1; }
    node contract/swagger-ui.mjs --base "$base" --user "$REGISTRY_EDITOR_USERNAME" --password "$REGISTRY_EDITOR_PASSWORD" \
        --out "$out" --chromium "$chromium" --report "$out/swagger-ui.json"
}
swagger_ui_detail() { grep -E '^swagger-ui: ' "$1" | tail -n 1 | sed 's/^swagger-ui: //'; }

# The pages for people (issue 18): content with JavaScript off, en/ru/ar, a source link followed, axe-core.
check_pages() {
    local chromium=${CHROMIUM:-/usr/bin/chromium}
    [ -x "$chromium" ] || { echo "pages: no Chromium at $chromium (apt-get install -y chromium)"; return 1; }
    # PAGES_DOCS=docs also rewrites the README's screenshots there.
    node contract/pages.mjs --base "$base" --out "$out" --chromium "$chromium" --report "$out/pages.json" \
        ${PAGES_DOCS:+--docs "$PAGES_DOCS"}
}
pages_detail() { grep -E '^pages: [0-9]+ of' "$1" | tail -n 1 | sed 's/^pages: //'; }

summary=()
failed=0
for check in "${checks[@]}"; do
    fn=${check//-/_}
    log=$out/$check.log
    echo "contract-proof: $check …"
    start=$(date +%s)
    if "check_$fn" >"$log" 2>&1; then result=PASS; else result=FAIL; failed=1; fi
    seconds=$(($(date +%s) - start))
    detail=$("${fn}_detail" "$log" 2>/dev/null | tr '\n' ' ' || true)
    summary+=("$(printf '%-4s %-11s %4ss  %s' "$result" "$check" "$seconds" "$detail")")
    echo "${summary[-1]}"
    [ "$result" = PASS ] || tail -n 25 "$log" | sed 's/^/    /'
done

echo
echo "contract-proof summary (logs in target/contract/):"
printf '  %s\n' "${summary[@]}"
exit $failed
