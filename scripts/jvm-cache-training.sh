#!/usr/bin/env bash
# A training run for the JVM's class-data archive (CDS, Java 17+) or AOT cache (Java 25), as the Docker image makes
# it: starts the extracted jar in Spring AOT mode on a throw-away H2 database with the option that writes the cache,
# makes the reads clients make (every resource, every schedule format, gzip, a conditional request, problems), then
# stops it with SIGTERM; the JVM writes the cache as it exits. A run that exits once the context is refreshed
# (-Dspring.context.exit=onRefresh) leaves out the classes of serving a request: the first read after a start from
# such a cache loads them the slow way (about 0.4 s of a 5 s start, in alternating starts of both kinds).
#
#   scripts/jvm-cache-training.sh app/registry.jar -XX:ArchiveClassesAtExit=app/registry.jsa        # Java 17+
#   JAVA=.../java25 scripts/jvm-cache-training.sh app/registry.jar -XX:AOTCacheOutput=app/registry.aot
#
# Further arguments are JVM options (the heap options the cache will run with, for instance). Environment: JAVA
# (default java), TRAINING_PORT (default 18089, on 127.0.0.1).
set -euo pipefail
[ $# -ge 2 ] || { sed -n '2,13p' "$0" >&2; exit 2; }
jar=$1; shift
java=${JAVA:-java}
port=${TRAINING_PORT:-18089}
cache=
for option in "$@"; do
  case $option in -XX:ArchiveClassesAtExit=*|-XX:AOTCacheOutput=*) cache=${option#*=} ;; esac
done
[ -n "$cache" ] || { echo "name the cache to write: -XX:ArchiveClassesAtExit=FILE or -XX:AOTCacheOutput=FILE" >&2; exit 2; }

scratch=$(mktemp -d)
"$java" "$@" -Dspring.aot.enabled=true -jar "$jar" --server.address=127.0.0.1 --server.port="$port" \
    --registry.data-dir="$scratch/db" --logging.level.root=warn > "$scratch/training.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$scratch"' EXIT

api=http://127.0.0.1:$port/api/v1
for attempt in $(seq 1 600); do
  curl -fs -o /dev/null "$api/alliances/csto/members" && break
  kill -0 "$pid" 2>/dev/null || { echo "the training run exited:" >&2; tail -20 "$scratch/training.log" >&2; exit 1; }
  [ "$attempt" -lt 600 ] || { echo "the training run did not answer within 120 s" >&2; exit 1; }
  sleep 0.2
done

reads=(""
       /alliances /alliances/csto "/alliances/csto/members?asOf=2025-01-01" /alliances/csto/memberships
       /alliances/csto/withdrawals /alliances/csto/chairmanships "/alliances/csto/chairmanships?format=csv"
       "/alliances/csto/chairmanships?format=ics" /alliances/csto/chairmanships/current
       /alliances/csto/chairmanships/rotation /alliances/csto/protocols /alliances/csto/events
       "/states?page=1&size=50" /states/arm /states/am/memberships /sources
       /states/zz "/alliances/csto/members?asOf=2025-13-01")
for path in "${reads[@]}"; do
  curl -s -o /dev/null "$api$path"
  curl -s -o /dev/null --compressed "$api$path"
  curl -s -o /dev/null -H "Accept-Language: ar" "$api$path"
done
etag=$(curl -fsI "$api/alliances/csto/members" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" {print $2}')
curl -s -o /dev/null -H "If-None-Match: $etag" "$api/alliances/csto/members"

kill "$pid"
wait "$pid" || true   # 143: it ended on SIGTERM, as asked
trap 'rm -rf "$scratch"' EXIT
[ -s "$cache" ] || { echo "the training run wrote no cache at $cache:" >&2; tail -20 "$scratch/training.log" >&2; exit 1; }
echo "wrote $cache"
