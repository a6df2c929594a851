#!/usr/bin/env bash
# Where the start-up's CPU goes: the registry and the bare application started in turn as bench/run.sh starts them;
# at each one's first 200, the CPU seconds it has used, by kind of thread (JIT compilers, VM thread and collections,
# main, Boot's bootstrap executor where Hibernate builds its model, request threads, the rest); medians of the starts.
# On 2 cores both applications keep both cores busy until their first 200, so the start-up time follows the total.
#
#   bench/startup-cpu.sh            # 5 starts of each (STARTS=N); builds the jars if needed
set -euo pipefail
cd "$(dirname "$0")/.."
STARTS=${STARTS:-5}
. bench/lib.sh
command -v curl >/dev/null || { echo "curl is required" >&2; exit 1; }
find_jars

make_seed "$jar"
sample() { # sample NAME JAR: one start on a fresh copy of the migrated database; prints "ms cpu_by_thread..."
  rm -rf "$work/data-$1"; cp -r "$seed_dir" "$work/data-$1"
  local pid port ms cpu
  read -r pid port ms < <(start "$1" "$work/data-$1" "$JAVA" "$2")
  cpu=$(cpu_by_thread "$pid"); stop "$pid"; echo "ms=$ms $cpu"
}
declare -A samples
for _ in $(seq 1 "$STARTS"); do
  for name in registry bare; do
    [ "$name" = registry ] && j=$jar || j=$bare
    samples[$name]+="$(sample "$name" "$j");"
  done
done
# medians of every field over the starts
medians() { tr ';' '\n' <<< "${samples[$1]}" | grep . | tr ' ' '\n' | awk -F= '{print $1, $2}' | sort -k1,1 -k2,2n |
  awk '{v[$1] = v[$1] " " $2} END {for (k in v) {n = split(substr(v[k], 2), a, " "); m = (n % 2) ? a[(n+1)/2] : (a[n/2] + a[n/2+1]) / 2; out[k] = m}
       printf "%8s %6.2f %6.2f %6.2f %6.2f %9.2f %8.2f %6.2f %6.2f\n", out["ms"], out["jit"], out["vm-gc"], out["main"], out["bootstrap"], out["requests"], out["other"], out["total"], out["total"] * 1000 / out["ms"]}'; }
echo "== CPU seconds used by the first 200 (median of $STARTS starts each, $(nproc) cores)"
printf '%-9s %8s %6s %6s %6s %6s %9s %8s %6s %6s\n' app ms jit vm-gc main boot requests other total cores
for name in registry bare; do printf '%-9s %s\n' "$name" "$(medians "$name")"; done
