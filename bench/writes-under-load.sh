#!/usr/bin/env bash
# Writes under read load: 64 connections (wrk) read the registry's most polled resources while one editor makes one
# correction a second (a PATCH with the If-Match its GET gave, as README "Editing" shows). Prints the writes' latencies (p50, p99,
# max), how many were planned, made and failed, and what the readers got. Stops everything it started.
#
#   bench/writes-under-load.sh                 # 64 readers, 60 writes
#   READERS=128 WRITES=120 bench/writes-under-load.sh
#   JAR=other.jar bench/writes-under-load.sh   # another build, for a before/after comparison
set -euo pipefail
cd "$(dirname "$0")/.."
READERS=${READERS:-64}
WRITES=${WRITES:-60}
WARMUP=${WARMUP:-20}
# The JVM as users run it (no flags), unless JVM_OPTS says otherwise.
export JVM_OPTS=${JVM_OPTS:- }
source bench/lib.sh

need() { command -v "$1" >/dev/null 2>&1; }
if ! need wrk; then
  echo "wrk not found: installing it from Debian" >&2
  (apt-get update -qq && apt-get install -y -qq wrk) >/dev/null || { echo "cannot install wrk; install it and rerun" >&2; exit 1; }
fi
if [ -n "${JAR:-}" ]; then jar=$JAR; else
  jar=$(ls target/alliance-registry-*.jar 2>/dev/null | grep -v plain | head -1 || true)
  if [ -z "$jar" ]; then ./mvnw -B -q -DskipTests package; jar=$(ls target/alliance-registry-*.jar | grep -v plain | head -1); fi
fi

user=bench-editor; password="bench passphrase $RANDOM$RANDOM"
read -r pid port ms < <(start registry "$work/data" "$JAVA" "$jar" -Dregistry.editor.username="$user" \
    -Dregistry.editor.password="$password")
base="http://127.0.0.1:$port"
echo "registry started in $ms ms on port $port ($jar, JVM options: '${JVM_OPTS[*]:-none}')"

# The records the editor corrects: ten sources made for the run (the curated data stays as it is), taken in turn,
# so that a slow write never makes the next one's If-Match stale.
run="bench-$RANDOM"
for k in $(seq 0 9); do
  curl -fsS -u "$user:$password" -H 'Content-Type: application/json' -X POST "$base/api/v1/sources" \
    -d "{\"code\": \"$run-$k\", \"title\": \"Bench source $run $k\", \"url\": \"https://example.org/$run/$k\"}" >/dev/null
done

# The readers: what scripts and pages poll, each with gzip as most clients send it.
cat > "$work/reads.lua" <<'LUA'
local paths = {
  "/api/v1/alliances/csto/members", "/api/v1/alliances/csto/chairmanships", "/api/v1/alliances/csto/chairmanships?format=ics",
  "/api/v1/states/AM", "/api/v1/states?size=50", "/api/v1/alliances/nato/members?asOf=2000-01-01", "/api/v1/alliances/csto/events",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], { ["Accept-Encoding"] = "gzip" })
end
LUA
wrk -t2 -c"$READERS" -d"${WARMUP}s" -s "$work/reads.lua" "$base" >/dev/null
duration=$(( WRITES + 15 ))
wrk -t2 -c"$READERS" -d"${duration}s" --latency -s "$work/reads.lua" "$base" > "$work/readers.txt" &
readers=$!
sleep 3

# The writer: one PATCH a second, on schedule (a slow write does not delay the next one's plan).
: > "$work/writes.txt"
t0=$(date +%s%N)
for i in $(seq 1 "$WRITES"); do
  record="$base/api/v1/sources/$run-$(( i % 10 ))"
  ( etag=$(curl -fs -o /dev/null -D - "$record" | awk -F': ' 'tolower($1)=="etag" {print $2}' | tr -d '\r')
    out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -u "$user:$password" -X PATCH \
      -H 'Content-Type: application/merge-patch+json' -H "If-Match: $etag" \
      -d "{\"note\": \"bench write $i\"}" "$record" --max-time 30 || echo "000 30")
    echo "$out" >> "$work/writes.txt" ) &
  next=$(( t0 + i * 1000000000 ))
  now=$(date +%s%N)
  [ "$now" -lt "$next" ] && sleep "$(awk -v d=$(( next - now )) 'BEGIN {print d / 1e9}')"
done
wait $(jobs -p | grep -v "^$readers$") 2>/dev/null || true
wait "$readers" || true

ok=$(awk '$1 == 200' "$work/writes.txt" | wc -l)
failed=$(awk '$1 != 200' "$work/writes.txt" | wc -l)
lat() { awk '$1 == 200 {print $2 * 1000}' "$work/writes.txt" | sort -n | awk -v q="$1" '{a[NR]=$1} END {
  if (NR == 0) { print "-"; exit } i = int(q * NR + 0.999999); if (i < 1) i = 1; if (i > NR) i = NR; printf "%.0f", a[i] }'; }
echo "== Writes under read load ($READERS reading connections, one PATCH a second)"
echo "writes planned $WRITES, answered 200: $ok, failed or other status: $failed"
echo "write latency ms: p50 $(lat 0.5), p99 $(lat 0.99), max $(lat 1)"
echo "readers: $(awk '/Requests\/sec/ {print $2 " req/s"}' "$work/readers.txt"), $(awk '/ 99%/ {print "p99 " $2}' "$work/readers.txt"), $(awk '/Non-2xx/ {print $NF " non-2xx"}' "$work/readers.txt")"
awk '$1 != 200' "$work/writes.txt" | sort | uniq -c | sed 's/^/  failed: /' || true
stop "$pid"
