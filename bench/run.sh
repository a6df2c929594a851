#!/usr/bin/env bash
# Read benchmark of the Alliance Registry. Builds the jar if needed, starts it on a free loopback port, warms every
# endpoint up, then measures each with wrk and prints requests/s, p50/p99 latency, non-2xx counts and the ratio to the
# /api/v1 index (the ceiling) measured in the same run; then startup time and resident memory, against a bare Spring
# Boot application with the same starters, both also in Spring AOT mode, and with the JVM's class-data (CDS, Java 17+)
# or AOT cache (Java 25) on top of Spring AOT, as the Docker image starts.
# Every request says Accept-Encoding: gzip, as browsers, curl --compressed and most HTTP libraries do; the two largest
# bodies are measured once more without it (rows marked "identity").
# Traffic goes only to 127.0.0.1; every server it starts is stopped by its process id; it ends by itself.
#
#   bench/run.sh                     # full run (about 30 minutes on 2 cores)
#   WARMUP=30 DURATION=2 ROUNDS=1 STARTS=1 bench/run.sh  # a quick smoke run; figures then read low
set -euo pipefail
cd "$(dirname "$0")/.."

WARMUP=${WARMUP:-180}          # seconds of load spread over all endpoints before measuring (the JIT needs 2-3 minutes)
DURATION=${DURATION:-5}        # seconds of one measurement of one endpoint
ROUNDS=${ROUNDS:-3}            # rounds over all endpoints in turn, each right after the ceiling (medians count)
STARTS=${STARTS:-5}            # starts of each variant (the median counts)
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
. bench/lib.sh

need() { command -v "$1" >/dev/null 2>&1; }
if ! need wrk; then
  echo "wrk not found: installing it from Debian" >&2
  (apt-get update -qq && apt-get install -y -qq wrk) >/dev/null || { echo "cannot install wrk; install it and rerun" >&2; exit 1; }
fi
need curl || { echo "curl is required" >&2; exit 1; }

find_jars

make_seed "$jar"

# The JVM's caches, each made on the extracted jar by the training run the Docker image makes (it serves the reads
# clients make, then stops), with the JVM options of the measured starts.
"$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$work/extracted" >/dev/null
xjar="$work/extracted/$(basename "$jar")"
TRAINING_PORT=$(free_port) JAVA=$JAVA scripts/jvm-cache-training.sh "$xjar" "${JVM_OPTS[@]}" \
    -XX:ArchiveClassesAtExit="$work/app.jsa" >/dev/null
variants=(registry bare registry-spring-aot bare-spring-aot registry-cds)
if [ -x "$JAVA25" ]; then
  TRAINING_PORT=$(free_port) JAVA=$JAVA25 scripts/jvm-cache-training.sh "$xjar" "${JVM_OPTS[@]}" \
      -XX:AOTCacheOutput="$work/app.aot" >/dev/null
  variants+=(registry-25 registry-25-aot)
fi
start_variant() {
  case $1 in
    registry) once "$1" "$JAVA" "$jar" ;;
    bare) once "$1" "$JAVA" "$bare" ;;
    registry-spring-aot) once "$1" "$JAVA" "$jar" -Dspring.aot.enabled=true ;;
    bare-spring-aot) once "$1" "$JAVA" "$bare" -Dspring.aot.enabled=true ;;
    registry-cds) once "$1" "$JAVA" "$xjar" -XX:SharedArchiveFile="$work/app.jsa" -Dspring.aot.enabled=true ;;
    registry-25) once "$1" "$JAVA25" "$xjar" ;;
    registry-25-aot) once "$1" "$JAVA25" "$xjar" -XX:AOTCache="$work/app.aot" -Dspring.aot.enabled=true ;;
  esac
}

echo "== Startup to the first successful read (median of $STARTS; ms): registry $REGISTRY_PROBE, bare app /api/v1"
# Each round starts every variant once, in turn, so that the machine's drift touches them all alike.
declare -A times
for _ in $(seq 1 "$STARTS"); do
  for v in "${variants[@]}"; do times[$v]+="$(start_variant "$v") "; done
done
ms() { tr ' ' '\n' <<< "${times[$1]}" | grep . | median; }
printf '%-44s %6s ms   (%s)\n' \
    "registry" "$(ms registry)" "${times[registry]% }" \
    "bare app, same starters" "$(ms bare)" "${times[bare]% }" \
    "registry, Spring AOT" "$(ms registry-spring-aot)" "${times[registry-spring-aot]% }" \
    "bare app, Spring AOT" "$(ms bare-spring-aot)" "${times[bare-spring-aot]% }" \
    "registry, Spring AOT + CDS archive" "$(ms registry-cds)" "${times[registry-cds]% }"
printf 'ratio registry / bare:                       %.2f\n' "$(div "$(ms registry)" "$(ms bare)")"
printf 'ratio registry / bare, both Spring AOT:      %.2f\n' "$(div "$(ms registry-spring-aot)" "$(ms bare-spring-aot)")"
printf 'ratio Spring AOT + CDS / plain registry:     %.2f\n' "$(div "$(ms registry-cds)" "$(ms registry)")"
if [ -x "$JAVA25" ]; then
  printf '%-44s %6s ms   (%s)\n' \
      "registry on Java 25" "$(ms registry-25)" "${times[registry-25]% }" \
      "registry on Java 25, Spring AOT + AOT cache" "$(ms registry-25-aot)" "${times[registry-25-aot]% }"
  printf 'ratio Spring AOT + AOT cache / plain (25):   %.2f\n' "$(div "$(ms registry-25-aot)" "$(ms registry-25)")"
fi

echo
echo "== Throughput (wrk, $CONNECTIONS connections, $THREADS threads, median of $ROUNDS rounds of ${DURATION}s, after ${WARMUP}s of warm-up)"
cp -r "$seed_dir" "$work/data-load"
read -r pid port ms < <(start registry-load "$work/data-load" "$JAVA" "$jar")
base="http://127.0.0.1:$port"
gzip="Accept-Encoding: gzip"
etag=$(curl -fsI -H "$gzip" "$base/api/v1/alliances/csto/members?asOf=2025-01-01" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag" {print $2}')
names=(index members-on-date schedule-json schedule-csv schedule-ics one-state paged-list conditional-304
       schedule-json-identity paged-list-identity chair-on-a-day secretary-general-on-a-day events-of-a-state
       events-in-a-range)
urls=("/api/v1" "/api/v1/alliances/csto/members?asOf=2025-01-01" "/api/v1/alliances/csto/chairmanships"
      "/api/v1/alliances/csto/chairmanships?format=csv" "/api/v1/alliances/csto/chairmanships?format=ics"
      "/api/v1/states/arm" "/api/v1/states?page=2&size=50" "/api/v1/alliances/csto/members?asOf=2025-01-01"
      "/api/v1/alliances/csto/chairmanships" "/api/v1/states?page=2&size=50"
      "/api/v1/alliances/csto/chairmanships?asOf=2008-08-01" "/api/v1/alliances/csto/secretaries-general?asOf=2018-01-01"
      "/api/v1/alliances/csto/events?state=AM" "/api/v1/alliances/csto/events?from=2020-09-01&to=2020-11-30")
codings=("$gzip" "$gzip" "$gzip" "$gzip" "$gzip" "$gzip" "$gzip" "$gzip" "" "" "$gzip" "$gzip" "$gzip" "$gzip")
headers=("" "" "" "" "" "" "" "If-None-Match: $etag" "" "" "" "" "" "")
[ -n "$etag" ] || { echo "no ETag on the member list" >&2; exit 1; }
slice=$(( WARMUP / ${#names[@]} )); [ "$slice" -ge 1 ] || slice=1
for i in "${!names[@]}"; do
  args=(-t"$THREADS" -c"$CONNECTIONS" -d"${slice}s")
  [ -n "${headers[$i]}" ] && args+=(-H "${headers[$i]}")
  [ -n "${codings[$i]}" ] && args+=(-H "${codings[$i]}")
  wrk "${args[@]}" "$base${urls[$i]}" >/dev/null
done
to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; printf "%.2f", v}'; }
measure() { # measure I: one wrk run of endpoint I; prints "req/s p50 p99 non2xx"
  local args=(-t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency) out bad
  [ -n "${headers[$1]}" ] && args+=(-H "${headers[$1]}")
  [ -n "${codings[$1]}" ] && args+=(-H "${codings[$1]}")
  out=$(wrk "${args[@]}" "$base${urls[$1]}")
  bad=$(echo "$out" | awk '/Non-2xx or 3xx/ {print $5}')
  echo "$(echo "$out" | awk '/Requests\/sec/ {print $2}') $(echo "$out" | awk '$1=="50%" {print $2}' | to_ms)" \
       "$(echo "$out" | awk '$1=="99%" {print $2}' | to_ms) ${bad:-0}"
}
# In every round each endpoint is measured right after a measurement of the ceiling, and its ratio is taken to that
# neighbour: a slow spell of the machine (they come and go for tens of seconds here) then touches both sides of a
# ratio rather than one endpoint's figure. An endpoint's ratio is the median of its paired ratios over the rounds.
declare -A runs ratios p99x
field() { awk -v f="$2" '{print $f}' <<< "$1"; }
for _ in $(seq 1 "$ROUNDS"); do
  for i in "${!names[@]}"; do
    [ "$i" -eq 0 ] && continue
    ceiling_run=$(measure 0); run=$(measure "$i")
    runs[0]+="$ceiling_run;"; runs[$i]+="$run;"
    ratios[$i]+="$(div "$(field "$run" 1)" "$(field "$ceiling_run" 1)") "
    p99x[$i]+="$(div "$(field "$run" 3)" "$(field "$ceiling_run" 3)") "
  done
done
ratios[0]=1; p99x[0]=1
# median of field F (1 req/s, 2 p50, 3 p99) over the measurements of endpoint I; non-2xx are summed
med() { tr ';' '\n' <<< "${runs[$1]}" | grep . | awk -v f="$2" '{print $f}' | median; }
bad_sum() { tr ';' '\n' <<< "${runs[$1]}" | grep . | awk '{s+=$4} END {print s+0}'; }
printf '%-22s %10s %9s %9s %8s %8s %8s\n' endpoint req/s p50_ms p99_ms non2xx ratio p99x
for i in "${!names[@]}"; do
  printf '%-22s %10.0f %9s %9s %8s %8.2f %8.2f\n' "${names[$i]}" "$(med "$i" 1)" "$(med "$i" 2)" "$(med "$i" 3)" \
      "$(bad_sum "$i")" "$(tr ' ' '\n' <<< "${ratios[$i]}" | grep . | median)" "$(tr ' ' '\n' <<< "${p99x[$i]}" | grep . | median)"
done
echo "req/s of each measurement (in order; the ceiling's precede each of the others in turn), then the paired ratios:"
for i in "${!names[@]}"; do
  printf '  %-20s %s\n' "${names[$i]}" "$(tr ';' '\n' <<< "${runs[$i]}" | grep . | awk '{printf "%.0f ", $1}')"
done
for i in "${!names[@]}"; do
  [ "$i" -eq 0 ] || printf '  %-20s %s\n' "${names[$i]}" "$(awk '{for (f = 1; f <= NF; f++) printf "%.2f ", $f}' <<< "${ratios[$i]}")"
done
registry_rss=$(rss_mib "$pid")
stop "$pid"

cp -r "$seed_dir" "$work/data-bare-load"
read -r bpid bport bms < <(start bare-load "$work/data-bare-load" "$JAVA" "$bare")
# The same load, as long as the registry's warm-up and measurements together, so that both have run as much.
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$(( WARMUP + DURATION * ROUNDS * 2 * (${#names[@]} - 1) ))s" -H "$gzip" "http://127.0.0.1:$bport/api/v1" >/dev/null
bare_rss=$(rss_mib "$bpid")
stop "$bpid"
echo
echo "== Resident memory after load (MiB)"
printf '%-34s %6s\n' "registry" "$registry_rss" "bare app, same starters" "$bare_rss"
printf 'ratio registry / bare:          %.2f\n' "$(div "$registry_rss" "$bare_rss")"
echo
echo "ratio = the median over the rounds of an endpoint's requests/s over those of the /api/v1 ceiling measured just"
echo "before it; p99x = the same for p99 latency. req/s, p50 and p99 are medians of the measurements."
echo "Rows marked identity: the same bodies to a client that does not accept gzip (for comparison)."
