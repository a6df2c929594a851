#!/bin/sh
# Keeps a local CSV copy of an alliance's chairmanship schedule (recorded and projected terms) up to date.
#
# Usage: pull-rotation-schedule.sh [-v] [-u BASE_URL] [-a ALLIANCE] [-q QUERY] OUTPUT_FILE
#   -u BASE_URL  the registry; default $REGISTRY_URL, else http://localhost:8080
#   -a ALLIANCE  the alliance's code; default csto
#   -q QUERY     more query parameters, e.g. 'from=2020&to=2040&frozenPolicy=SKIP'
#   -v           say on standard output whether the file was updated or unchanged
#
# Fetches {BASE_URL}/api/v1/alliances/{ALLIANCE}/chairmanships?format=csv into OUTPUT_FILE and keeps the answer's
# ETag in OUTPUT_FILE.etag. The next run sends it as If-None-Match: a 304 downloads and writes nothing. The file is
# replaced only on a 200, by a rename in its own directory, so a reader never sees half a file. A lock directory
# (OUTPUT_FILE.lock) keeps two runs apart; one left behind by a run that died is taken over.
# Silent unless -v or something fails, so it can run from cron (which mails what a job prints), e.g.
#   17 * * * *  /path/to/pull-rotation-schedule.sh -u https://registry.example.org /var/lib/csto/chairs.csv
# Exit status: 0 updated or unchanged; 1 the service answered an HTTP error; 2 the service could not be reached;
# 3 a usage error, or another run is updating the same file. Needs only POSIX tools and curl.
set -u

me=pull-rotation-schedule
fail() {
    status=$1
    shift
    echo "$me: $*" >&2
    exit "$status"
}
usage() {
    fail 3 "usage: $0 [-v] [-u BASE_URL] [-a ALLIANCE] [-q QUERY] OUTPUT_FILE"
}

base=${REGISTRY_URL:-http://localhost:8080}
alliance=csto
query=
verbose=false
while getopts 'vu:a:q:' option; do
    case $option in
        v) verbose=true ;;
        u) base=$OPTARG ;;
        a) alliance=$OPTARG ;;
        q) query=$OPTARG ;;
        *) usage ;;
    esac
done
shift $((OPTIND - 1))
[ $# -eq 1 ] || usage
out=$1
[ -d "$(dirname -- "$out")" ] || fail 3 "the directory of $out does not exist"
command -v curl >/dev/null 2>&1 || fail 3 "curl is not installed"
etag_file=$out.etag
lock=$out.lock
url="${base%/}/api/v1/alliances/$alliance/chairmanships?format=csv${query:+&$query}"

# mkdir is atomic: whoever creates the lock directory runs; a lock whose owner is gone is taken over.
if ! mkdir "$lock" 2>/dev/null; then
    owner=$(cat "$lock/pid" 2>/dev/null)
    if [ -n "$owner" ] && kill -0 "$owner" 2>/dev/null; then
        fail 3 "another run (pid $owner) is updating $out"
    fi
    rm -rf "$lock"
    mkdir "$lock" 2>/dev/null || fail 3 "cannot take the lock $lock"
fi
trap 'rm -rf "$lock"' EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM
echo $$ >"$lock/pid"

# --compressed: the schedule travels gzip-coded (several times smaller); curl stores it decoded.
set -- --silent --show-error --compressed --connect-timeout 10 --max-time 120 \
    --output "$lock/body" --dump-header "$lock/headers" --write-out '%{http_code}'
# Ask for changes only while there is a copy to keep.
if [ -s "$etag_file" ] && [ -f "$out" ]; then
    set -- "$@" --header "If-None-Match: $(cat "$etag_file")"
fi
status=$(curl "$@" "$url" 2>"$lock/error") || fail 2 "cannot reach $url: $(tr -d '\r' <"$lock/error")"

case $status in
    200)
        mv -f "$lock/body" "$out" || fail 3 "cannot replace $out"
        etag=$(sed -n 's/^[Ee][Tt][Aa][Gg]:[[:space:]]*//p' "$lock/headers" | tr -d '\r' | tail -n 1)
        if [ -n "$etag" ]; then
            printf '%s\n' "$etag" >"$lock/etag" && mv -f "$lock/etag" "$etag_file"
        else
            rm -f "$etag_file"
        fi
        if $verbose; then echo "updated $out"; fi
        ;;
    304)
        if $verbose; then echo "unchanged $out"; fi
        ;;
    *)
        detail=$(sed -n 's/.*"detail":"\([^"]*\)".*/\1/p' "$lock/body" 2>/dev/null | head -n 1)
        fail 1 "HTTP $status from $url${detail:+: $detail}"
        ;;
esac
exit 0
