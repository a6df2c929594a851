#!/usr/bin/env bash
# Start-up of two builds of the registry, measured as bench/run.sh measures it (time to the first 200 of the member
# list, on a fresh copy of one migrated database), started in turn round by round so that the machine's drift touches
# both alike. For trying a change to start-up: build the jar before and after it, then compare them.
#
#   bench/compare-startup.sh before.jar after.jar        # 7 rounds; STARTS=N for more
#   OPTS_B=-Dspring.aot.enabled=true bench/compare-startup.sh app.jar app.jar   # the same jar, two ways of starting
set -euo pipefail
[ $# -eq 2 ] || { sed -n '2,7p' "$0" >&2; exit 2; }
a=$(realpath "$1") b=$(realpath "$2")
cd "$(dirname "$0")/.."
STARTS=${STARTS:-7}
read -r -a opts_a <<< "${OPTS_A:-}"
read -r -a opts_b <<< "${OPTS_B:-}"
. bench/lib.sh
command -v curl >/dev/null || { echo "curl is required" >&2; exit 1; }

make_seed "$a"
times_a=() times_b=()
for _ in $(seq 1 "$STARTS"); do
  times_a+=("$(once a "$JAVA" "$a" "${opts_a[@]}")")
  times_b+=("$(once b "$JAVA" "$b" "${opts_b[@]}")")
done
median_a=$(printf '%s\n' "${times_a[@]}" | median)
median_b=$(printf '%s\n' "${times_b[@]}" | median)
printf 'A %-50s median %6s ms   (%s)\n' "$1 ${OPTS_A:-}" "$median_a" "${times_a[*]}"
printf 'B %-50s median %6s ms   (%s)\n' "$2 ${OPTS_B:-}" "$median_b" "${times_b[*]}"
printf 'B / A: %.2f\n' "$(div "$median_b" "$median_a")"
