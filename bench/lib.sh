# Shared by bench/run.sh and bench/compare-startup.sh (sourced from the project's root): JVM options, a scratch
# directory removed on exit with every server still running from it, and how a server is started and timed.
JAVA=${JAVA:-java}
# The same JVM options for the registry and the bare baseline; without a heap cap the JVM sizes the heap from the
# machine's memory (a quarter of it) and resident memory mostly measures how much garbage each run left behind.
read -r -a JVM_OPTS <<< "${JVM_OPTS:--Xmx256m -XX:+UseSerialGC}"
work=$(mktemp -d /tmp/registry-bench.XXXXXX)
# Each server is stopped by its pid once measured; one still running when the script ends (an interrupted run) is
# stopped by the pid start wrote to $work/pids (start runs in a subshell, so no variable reaches here).
cleanup() {
  local pid
  if [ -f "$work/pids" ]; then
    while read -r pid; do kill "$pid" 2>/dev/null || true; done < "$work/pids"
    while read -r pid; do
      for _ in $(seq 1 600); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
    done < "$work/pids"
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# find_jars: sets jar (the registry's, built if target/ has none) and bare (the baseline, built every time: it is
# small, and its pom may have changed).
find_jars() {
  jar=$(ls target/alliance-registry-*.jar 2>/dev/null | grep -v plain | head -1 || true)
  if [ -z "$jar" ]; then ./mvnw -B -q -DskipTests package; jar=$(ls target/alliance-registry-*.jar | grep -v plain | head -1); fi
  ./mvnw -B -q -f bench/bare/pom.xml -DskipTests package
  bare=$(ls bench/bare/target/bare-baseline-*.jar | head -1)
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# The registry counts as started when it answers a read that needs everything (the database, Hibernate, the
# repositories, the web layer): its repositories are made after the web server is up (deferred bootstrap), so its
# index alone could answer earlier. The bare application has only its index.
REGISTRY_PROBE=/api/v1/alliances/csto/members
# start NAME DATA_DIR JAVA_CMD JAR [JVM_OPTS...]: starts a server, waits for the first 200 of its probe, prints "pid port ms"
start() {
  local name=$1 data=$2 java=$3 jarfile=$4; shift 4
  local probe=$REGISTRY_PROBE; [ "$jarfile" = "${bare:-}" ] && probe=/api/v1
  local port; port=$(free_port)
  local t0; t0=$(date +%s%N)
  "$java" "${JVM_OPTS[@]}" "$@" -jar "$jarfile" --server.address=127.0.0.1 --server.port="$port" --registry.data-dir="$data" \
      --logging.level.root=warn > "$work/$name.log" 2>&1 &
  local pid=$!
  echo "$pid" >> "$work/pids"
  for _ in $(seq 1 1200); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port$probe"; then
      echo "$pid $port $(( ($(date +%s%N) - t0) / 1000000 ))"; return 0
    fi
    kill -0 "$pid" 2>/dev/null || { echo "$name exited; see its log:" >&2; tail -20 "$work/$name.log" >&2; return 1; }
    sleep 0.02
  done
  echo "$name did not answer within 24 s" >&2; return 1
}
# stop PID: stops a server and waits until it is gone, so that its shutdown does not overlap the next measurement
# (it was started in a subshell, so wait cannot wait for it).
stop() {
  kill "$1" 2>/dev/null || true
  for _ in $(seq 1 600); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.05; done
  kill -9 "$1" 2>/dev/null || true
}
rss_mib() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }

# make_seed JAR: one migrated database, copied for every start, so that each start measures the same thing.
seed_dir="$work/seed"
make_seed() {
  local pid port ms
  read -r pid port ms < <(start seed "$seed_dir" "$JAVA" "$1")
  stop "$pid"
}

div() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print 0; else print a / b }'; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
once() { # once NAME JAVA JAR [JVM_OPTS]: one start on a fresh copy of the migrated database; prints ms to first 200
  local name=$1 java=$2 jarfile=$3; shift 3
  rm -rf "$work/data-$name"; cp -r "$seed_dir" "$work/data-$name"
  read -r pid port ms < <(start "$name" "$work/data-$name" "$java" "$jarfile" "$@")
  stop "$pid"; echo "$ms"
}

# cpu_by_thread PID: the CPU seconds a server has used so far, by kind of thread, on one line: the JIT compilers, the
# VM thread (the serial collector's collections run there), the main thread, Boot's bootstrap executor (Hibernate
# builds its model there), Tomcat's threads (the first request), the rest, and the total. The main thread's name
# is java, as the launcher starts it.
cpu_by_thread() {
  local task
  for task in /proc/"$1"/task/*; do
    # comm may hold spaces; utime and stime are the 12th and 13th fields after "pid (comm) "
    printf '%s\t%s\n' "$(cat "$task/comm")" "$(sed 's/^.*) //' "$task/stat" | awk '{print $12 + $13}')"
  done | awk -F'\t' -v hz="$(getconf CLK_TCK)" '
    { kind = "other" }
    $1 ~ /^C[12] CompilerThre/ { kind = "jit" }
    $1 == "VM Thread" { kind = "vm-gc" }
    $1 == "java" || $1 == "main" { kind = "main" }
    $1 ~ /^task-/ { kind = "bootstrap" }
    $1 ~ /^http-nio/ { kind = "requests" }
    { cpu[kind] += $2; total += $2 }
    END { printf "jit=%.2f vm-gc=%.2f main=%.2f bootstrap=%.2f requests=%.2f other=%.2f total=%.2f\n",
          cpu["jit"]/hz, cpu["vm-gc"]/hz, cpu["main"]/hz, cpu["bootstrap"]/hz, cpu["requests"]/hz, cpu["other"]/hz, total/hz }'
}
