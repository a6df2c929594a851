#!/usr/bin/env bash
# Reads of the registry behind a real shared cache: Debian's nginx with proxy_cache, run as a non-daemon on a free
# port with its own configuration under target/. Checks that a gzip client then a plain client each get the bytes
# they can read, that a browser's request with Origin after a cached one without still gets its CORS headers, and
# that 304s (answered by the cache, and by the registry when the cache revalidates) carry the right tag.
#
# Usage: scripts/shared-cache-check.sh [REGISTRY_URL]
#   Without REGISTRY_URL, the packaged jar (target/alliance-registry-*.jar, built if missing) is started on a free
#   port with a scratch data directory. Needs nginx (apt-get install -y nginx), curl and python3.
# Exit status: 0 all checks passed, 1 a check failed, 2 a prerequisite is missing. Whatever it started (nginx and
# the registry, stopped by their pids) and its scratch directory are removed on exit; KEEP_SCRATCH=1 keeps the
# directory (responses, nginx.conf, logs) for a look after a failure.
set -euo pipefail
cd "$(dirname "$0")/.."

NGINX=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}
[ -x "$NGINX" ] || { echo "nginx not found (apt-get install -y nginx)" >&2; exit 2; }
command -v curl >/dev/null && command -v python3 >/dev/null || { echo "needs curl and python3" >&2; exit 2; }

mkdir -p target
work=$(mktemp -d "$PWD/target/shared-cache-check.XXXXXX")
registry_pid= nginx_pid=
stop() { # stop PID: by its pid only, then wait until it is gone
  [ -n "$1" ] || return 0
  kill "$1" 2>/dev/null || true
  for _ in $(seq 1 200); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.05; done
  kill -9 "$1" 2>/dev/null || true
}
cleanup() { stop "$nginx_pid"; stop "$registry_pid"; rm -rf "$work"; }
trap cleanup EXIT
[ -n "${KEEP_SCRATCH:-}" ] && trap "stop \"\$nginx_pid\"; stop \"\$registry_pid\"" EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

origin=${1:-}
if [ -z "$origin" ]; then
  jar=$(ls target/alliance-registry-*.jar 2>/dev/null | grep -v plain | head -1 || true)
  if [ -z "$jar" ]; then ./mvnw -B -q -DskipTests package; jar=$(ls target/alliance-registry-*.jar | grep -v plain | head -1); fi
  port=$(free_port)
  java -Xmx256m -XX:+UseSerialGC -jar "$jar" --server.address=127.0.0.1 --server.port="$port" \
      --registry.data-dir="$work/data" --logging.level.root=warn > "$work/registry.log" 2>&1 &
  registry_pid=$!
  origin="http://127.0.0.1:$port"
  for _ in $(seq 1 1200); do
    curl -fs -o /dev/null "$origin/api/v1/alliances/csto/members" && break
    kill -0 "$registry_pid" 2>/dev/null || { echo "the registry exited:" >&2; tail -20 "$work/registry.log" >&2; exit 1; }
    sleep 0.1
  done
fi
origin=${origin%/}

cache_port=$(free_port)
mkdir -p "$work/nginx/cache" "$work/nginx/temp"
cat > "$work/nginx/nginx.conf" <<CONF
daemon off;
master_process off;
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path $work/nginx/temp/body;
  proxy_temp_path $work/nginx/temp/proxy;
  fastcgi_temp_path $work/nginx/temp/fastcgi;
  uwsgi_temp_path $work/nginx/temp/uwsgi;
  scgi_temp_path $work/nginx/temp/scgi;
  proxy_cache_path $work/nginx/cache keys_zone=registry:1m max_size=64m;
  gzip off;
  server {
    listen 127.0.0.1:$cache_port;
    proxy_cache registry;
    proxy_http_version 1.1;
    add_header X-Cache-Status \$upstream_cache_status always;
    # As the registry says (Cache-Control, Vary): the schedule is fresh for an hour.
    location / { proxy_pass $origin; }
    # The same, stale after a second, so that the cache revalidates with If-None-Match.
    location /stale/ {
      proxy_pass $origin/;
      proxy_ignore_headers Cache-Control Expires;
      proxy_cache_valid 200 1s;
      proxy_cache_revalidate on;
      proxy_cache_key stale\$request_uri;
    }
  }
}
CONF
"$NGINX" -p "$work/nginx" -c "$work/nginx/nginx.conf" 2> "$work/nginx/stderr.log" &
nginx_pid=$!
cache="http://127.0.0.1:$cache_port"
for _ in $(seq 1 100); do curl -s -o /dev/null "$cache/" && break; sleep 0.05; done
kill -0 "$nginx_pid" 2>/dev/null || { echo "nginx did not start:" >&2; cat "$work/nginx/stderr.log" "$work/nginx/error.log" >&2; exit 1; }

failures=0
n=0
ok() { echo "ok    $*"; }
fail() { echo "FAIL  $*"; failures=$((failures + 1)); }
# get NAME PATH [HEADER...]: a GET through the cache; headers to $work/NAME.h, body (as sent) to $work/NAME.b
get() {
  local name=$1 path=$2; shift 2
  local args=()
  for header in "$@"; do args+=(-H "$header"); done
  curl -s -D "$work/$name.h" -o "$work/$name.b" "${args[@]}" "$cache$path"
}
header() { tr -d '\r' < "$work/$1.h" | awk -v name="$2" 'tolower($0) ~ "^" tolower(name) ":" { sub(/^[^:]*: */, ""); print; exit }'; }
status() { tr -d '\r' < "$work/$1.h" | awk 'NR == 1 { print $2 }'; }
is_json() { python3 -c 'import json, sys; json.load(open(sys.argv[1], "rb"))' "$1" 2>/dev/null; }
is_gzip_json() { python3 -c 'import gzip, json, sys; json.loads(gzip.decompress(open(sys.argv[1], "rb").read()))' "$1" 2>/dev/null; }
expect() { # expect DESCRIPTION ACTUAL WANTED
  if [ "$2" = "$3" ]; then ok "$1: $2"; else fail "$1: got '$2', want '$3'"; fi
}

SCHEDULE=/api/v1/alliances/csto/chairmanships
echo "registry $origin behind nginx $($NGINX -v 2>&1 | sed 's/.*\///') at $cache"

# 1. A gzip client, then a client that did not ask for gzip, then both again (from the cache).
get gzip1 "$SCHEDULE" "Accept-Encoding: gzip"
get plain1 "$SCHEDULE"
get gzip2 "$SCHEDULE" "Accept-Encoding: gzip"
get plain2 "$SCHEDULE"
expect "gzip client: Content-Encoding" "$(header gzip1 Content-Encoding)" gzip
is_gzip_json "$work/gzip1.b" && ok "gzip client: body is gzip-coded JSON" || fail "gzip client: body is not gzip-coded JSON"
for name in plain1 plain2; do
  expect "plain client ($name): Content-Encoding" "$(header $name Content-Encoding)" ""
  is_json "$work/$name.b" && ok "plain client ($name): body is plain JSON" || fail "plain client ($name): body is not plain JSON"
done
is_gzip_json "$work/gzip2.b" && ok "gzip client again: gzip-coded JSON" || fail "gzip client again: not gzip-coded JSON"
expect "Vary" "$(header plain1 Vary)" "Accept, Accept-Language, Accept-Encoding"
expect "a repeated plain read is served by the cache" "$(header plain2 X-Cache-Status)" HIT
gzip_tag=$(header gzip1 ETag)
plain_tag=$(header plain1 ETag)
[ -n "$gzip_tag" ] && [ "$gzip_tag" != "$plain_tag" ] && ok "each coding has its own tag: $plain_tag / $gzip_tag" \
  || fail "the codings' tags: '$plain_tag' / '$gzip_tag'"

# 2. A browser's request with Origin after a cached one without.
get nocors2 "$SCHEDULE?from=2020&to=2030"
get cors "$SCHEDULE?from=2020&to=2030" "Origin: https://example.org"
expect "read without Origin: Access-Control-Allow-Origin" "$(header nocors2 Access-Control-Allow-Origin)" "*"
expect "browser after it: served by the cache" "$(header cors X-Cache-Status)" HIT
expect "browser after it: Access-Control-Allow-Origin" "$(header cors Access-Control-Allow-Origin)" "*"
header cors Access-Control-Expose-Headers | grep -q ETag && ok "browser after it: ETag exposed" \
  || fail "browser after it: Access-Control-Expose-Headers lacks ETag"

# 3. 304s the cache answers from what it stored: each client's own tag, never the other coding's.
get held_gzip "$SCHEDULE" "Accept-Encoding: gzip" "If-None-Match: $gzip_tag"
get held_plain "$SCHEDULE" "If-None-Match: $plain_tag"
get plain_holding_gzip "$SCHEDULE" "If-None-Match: $gzip_tag"
expect "gzip client holding its copy" "$(status held_gzip) $(header held_gzip ETag)" "304 $gzip_tag"
expect "plain client holding its copy" "$(status held_plain) $(header held_plain ETag)" "304 $plain_tag"
expect "plain client holding the gzip copy gets the plain one" \
  "$(status plain_holding_gzip) $(header plain_holding_gzip ETag) $(header plain_holding_gzip Content-Encoding)" \
  "200 $plain_tag "

# 4. The cache revalidates a stale copy with the registry (If-None-Match): the registry's 304 names the tag of
# what this request gets, so the cache keeps serving bytes this client can read.
get stale_gzip "/stale$SCHEDULE" "Accept-Encoding: gzip"
sleep 2
get revalidated_gzip "/stale$SCHEDULE" "Accept-Encoding: gzip"
expect "stale gzip copy: revalidated by a 304" "$(header revalidated_gzip X-Cache-Status)" REVALIDATED
expect "revalidated gzip copy: tag" "$(header revalidated_gzip ETag)" "$gzip_tag"
is_gzip_json "$work/revalidated_gzip.b" && ok "revalidated gzip copy: gzip-coded JSON" || fail "revalidated gzip copy: not gzip-coded JSON"
get stale_plain "/stale$SCHEDULE"
sleep 2
get revalidated_plain "/stale$SCHEDULE"
is_json "$work/revalidated_plain.b" && [ -z "$(header revalidated_plain Content-Encoding)" ] \
  && ok "plain client after the revalidations: plain JSON ($(header revalidated_plain X-Cache-Status))" \
  || fail "plain client after the revalidations: not plain JSON"
expect "plain copy: tag" "$(header revalidated_plain ETag)" "$plain_tag"
# And straight from the registry: a 304 carries the tag a 200 would carry for that request.
direct=$(curl -s -o /dev/null -w '%{http_code} %header{etag}' -H "Accept-Encoding: gzip" -H "If-None-Match: *" "$origin$SCHEDULE")
expect "registry: If-None-Match: * from a gzip client" "$direct" "304 $gzip_tag"

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed"; exit 1
fi
echo "all checks passed"
