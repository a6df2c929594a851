#!/usr/bin/env bash
# Import benchmark of the research datasets (issue 16): starts the packaged registry on a fresh copy of the migrated
# embedded database, imports ATOP 4.01 (and COW 4.1) through scripts/import-dataset.sh as a user would, and prints
# for each import its wall time, the server's CPU seconds for it, and its peak resident memory (VmHWM, reset before
# each import) beside its resident memory before the import; then the same for a re-import of the same files (no
# change) and a research read's rate against the index in the same run.
# Traffic goes only to 127.0.0.1; the server is stopped by its process id.
#
#   bench/dataset-import.sh [DATA_DIR]     # DATA_DIR holds atop/ and cow-alliances/ (default ../shared/data)
#   ROUNDS=5 bench/dataset-import.sh       # imports of each dataset (fresh database each time; the median counts)
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-${REGISTRY_TEST_DATASETS:-../shared/data}}
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-5}
[ -f "$data/atop/atop4_01m.csv" ] || { echo "no ATOP files under $data/atop" >&2; exit 1; }
. bench/lib.sh
# The defaults users run with (no heap cap), unless JVM_OPTS says otherwise.
read -r -a JVM_OPTS <<< "${JVM_OPTS:-}"
find_jars
make_seed "$jar"
export REGISTRY_EDITOR_USERNAME=bench REGISTRY_EDITOR_PASSWORD=bench-import-passphrase

cpu_seconds() { sed 's/^.*) //' "/proc/$1/stat" | awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($12 + $13) / hz}'; }
hwm_mib() { awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }
reset_hwm() { echo 5 > "/proc/$1/clear_refs" 2>/dev/null || true; }

printf '%-8s %-10s %8s %8s %9s %9s\n' round import wall_s cpu_s rss_mib peak_mib
for round in $(seq 1 "$ROUNDS"); do
  rm -rf "$work/data-import"; cp -r "$seed_dir" "$work/data-import"
  read -r pid port ms < <(start import "$work/data-import" "$JAVA" "$jar")
  for what in atop-4.01 atop-4.01-again cow-4.1; do
    id=${what%-again}; dir=$data/atop; [ "$id" = cow-4.1 ] && dir=$data/cow-alliances
    rss=$(rss_mib "$pid"); reset_hwm "$pid"; cpu0=$(cpu_seconds "$pid"); t0=$(date +%s%N)
    scripts/import-dataset.sh -u "http://127.0.0.1:$port" "$id" "$dir" >/dev/null
    wall=$(( ($(date +%s%N) - t0) / 1000000 ))
    printf '%-8s %-10s %8.2f %8.2f %9s %9s\n' "$round" "$what" "$(div "$wall" 1000)" \
      "$(awk -v a="$(cpu_seconds "$pid")" -v b="$cpu0" 'BEGIN {print a - b}')" "$rss" "$(hwm_mib "$pid")"
    echo "$what $wall" >> "$work/walls"
  done
  if [ "$round" = "$ROUNDS" ] && command -v wrk >/dev/null; then
    base="http://127.0.0.1:$port"
    reads=(/api/v1 "/api/v1/datasets/atop-4.01/alliances?state=RU&asOf=2010-01-01"
      "/api/v1/datasets/atop-4.01/alliances/3180/members?asOf=1990-01-01" "/api/v1/alliances/csto/comparison")
    # Warm-up: every read in turn, WARMUP seconds in all, so the index (the ceiling) is as warm as the rest.
    for read in "${reads[@]}" "${reads[@]}"; do
      wrk -t2 -c16 -d"$(( ${WARMUP:-40} / 8 ))s" -H 'Accept-Encoding: gzip' "$base$read" >/dev/null
    done
    for read in "${reads[@]}"; do
      rate=$(wrk -t2 -c16 -d"${DURATION}s" -H 'Accept-Encoding: gzip' "$base$read" | awk '/Requests\/sec/ {print $2}')
      [ "$read" = /api/v1 ] && ceiling=$rate
      printf 'read %-70s %10s req/s  %.2fx the index\n' "$read" "$rate" "$(div "$rate" "$ceiling")"
    done
  fi
  stop "$pid"
done
for what in atop-4.01 atop-4.01-again cow-4.1; do
  printf 'median %-16s %6.2f s\n' "$what" "$(div "$(awk -v w="$what" '$1 == w {print $2}' "$work/walls" | median)" 1000)"
done
