#!/usr/bin/env bash
# What durable commits cost on the embedded H2 database: the registry's writes with WRITE_DELAY=0 (every commit
# written to the database file before it returns: the default since acknowledged writes must survive kill -9) against
# WRITE_DELAY=500 (H2's own default, the registry's setting before: commits reach the file up to half a second later).
# Each round starts the jar once per setting, in turn, on a fresh copy of one migrated database (REGISTRY_H2_URL names
# the setting), and measures with bench/WriteLoad.java: a warm-up, then one client writing one write at a time
# (latency), then CLIENTS clients at once (throughput). Writes are POSTs of memberships, events (with a new source) and
# sources, each with its audit entry. Prints every measurement, the medians and the ratios durable / delayed, and the
# size of the database file after the writes (before and after the graceful stop, which compacts it). Every write
# also checks the editor's password (bcrypt, some 50 ms of CPU), which weighs on both settings alike.
# Traffic goes only to 127.0.0.1; every server it starts is stopped by its process id.
#
#   bench/write-durability.sh                              # 3 rounds, about 8 minutes on 2 cores
#   ROUNDS=1 WARMUP=10 SEQUENTIAL=5 DURATION=10 bench/write-durability.sh   # a quick smoke run
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-3}
WARMUP=${WARMUP:-20}            # seconds of writes by CLIENTS clients before measuring
SEQUENTIAL=${SEQUENTIAL:-15}    # seconds of writes by one client (latency)
DURATION=${DURATION:-20}        # seconds of writes by CLIENTS clients (throughput)
CLIENTS=${CLIENTS:-4}
JAVA=${JAVA:-java}
read -r -a JVM_OPTS <<< "${JVM_OPTS:--Xmx256m -XX:+UseSerialGC}"
EDITOR=bench-editor
PASSWORD='a long passphrase for the write bench'
command -v curl >/dev/null || { echo "curl is required" >&2; exit 1; }

work=$(mktemp -d /tmp/registry-write-bench.XXXXXX)
pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done; done
  rm -rf "$work"
}
trap cleanup EXIT

jar=$(ls target/alliance-registry-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$jar" ]; then ./mvnw -B -q -DskipTests package; jar=$(ls target/alliance-registry-*.jar | grep -v plain | head -1); fi
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
h2_url() { echo "jdbc:h2:file:$1/registry;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=$2"; }

# start NAME DATA_DIR WRITE_DELAY: starts the jar with an editor, waits for its first read; sets pid and port
start() {
  port=$(free_port); mkdir -p "$2"
  REGISTRY_H2_URL=$(h2_url "$2" "$3") "$JAVA" "${JVM_OPTS[@]}" -jar "$jar" --server.address=127.0.0.1 --server.port="$port" \
      --registry.editor.username="$EDITOR" --registry.editor.password="$PASSWORD" --logging.level.root=warn \
      > "$work/$1.log" 2>&1 &
  pid=$!; pids+=("$pid")
  for _ in $(seq 1 1200); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/api/v1/alliances/csto/members" && return 0
    kill -0 "$pid" 2>/dev/null || { echo "$1 exited; see its log:" >&2; tail -20 "$work/$1.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "$1 did not answer within 120 s" >&2; exit 1
}
stop() { kill "$1"; while kill -0 "$1" 2>/dev/null; do sleep 0.1; done; }
load() { "$JAVA" bench/WriteLoad.java "http://127.0.0.1:$port" "$EDITOR" "$PASSWORD" "$@"; }
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<< "$2"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
div() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print 0; else printf "%.2f", a / b }'; }
kib() { echo $(( $(stat -c %s "$1/registry.mv.db") / 1024 )); }

echo "== migrating one database for every start"
start seed "$work/seed" 0; stop "$pid"

declare -A results
for round in $(seq 1 "$ROUNDS"); do
  for variant in durable delayed; do
    [ "$variant" = durable ] && delay=0 || delay=500
    data="$work/data-$variant-$round"; rm -rf "$data"; cp -r "$work/seed" "$data"
    start "$variant-$round" "$data" "$delay"
    load 0 "$CLIENTS" "$WARMUP" > /dev/null
    sequential=$(load 1 1 "$SEQUENTIAL")
    concurrent=$(load 2 "$CLIENTS" "$DURATION")
    written=$(kib "$data"); stop "$pid"; closed=$(kib "$data")
    printf 'round %d %-7s (WRITE_DELAY=%3d)  one client: %s\n%34s%d clients: %s\n%34sdatabase file %d KiB after the writes, %d KiB after the stop\n' \
        "$round" "$variant" "$delay" "$sequential" "" "$CLIENTS" "$concurrent" "" "$written" "$closed"
    results[$variant-p50]+="$(field p50_ms "$sequential") "
    results[$variant-rate1]+="$(field writes_per_s "$sequential") "
    results[$variant-rate]+="$(field writes_per_s "$concurrent") "
    results[$variant-p99]+="$(field p99_ms "$concurrent") "
    results[$variant-kib]+="$written "
  done
done

m() { tr ' ' '\n' <<< "${results[$1]}" | grep . | median; }
echo "== medians of $ROUNDS rounds            durable  delayed  durable/delayed"
for key in p50:"one client, p50 latency (ms)" rate1:"one client, writes/s" rate:"$CLIENTS clients, writes/s" \
    p99:"$CLIENTS clients, p99 latency (ms)" kib:"database file after the writes (KiB)"; do
  printf '%-36s %8s %8s %8s\n' "${key#*:}" "$(m "durable-${key%%:*}")" "$(m "delayed-${key%%:*}")" \
      "$(div "$(m "durable-${key%%:*}")" "$(m "delayed-${key%%:*}")")"
done
