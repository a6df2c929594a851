#!/bin/sh
# Imports a research dataset from its producer's files, as an editor, over the API (PUT /api/v1/datasets/{id}).
#
# Usage: import-dataset.sh [-u BASE_URL] DATASET_ID DIRECTORY
#   -u BASE_URL  the registry; default $REGISTRY_URL, else http://localhost:8080
#   DATASET_ID   atop-4.01 (needs atop4_01a.csv and atop4_01m.csv) or cow-4.1 (needs alliance_v4.1_by_member.csv)
#   DIRECTORY    where the producer's files are, under their own names
# The editor's credentials come from REGISTRY_EDITOR_USERNAME and REGISTRY_EDITOR_PASSWORD. The files go as
# multipart parts named by their file names; the whole upload may have at most 4 MiB. Prints the service's answer:
# the dataset with its figures (201 first import, 200 replaced or unchanged), or the problem naming the file, line
# and column of a refused row (422; nothing is imported). Exit status: 0 imported or unchanged; 1 an HTTP error;
# 2 the service could not be reached; 3 a usage error. Needs only POSIX tools and curl.
set -u

me=import-dataset
fail() {
    status=$1
    shift
    echo "$me: $*" >&2
    exit "$status"
}

base=${REGISTRY_URL:-http://localhost:8080}
while getopts u: option; do
    case $option in
    u) base=$OPTARG ;;
    *) fail 3 "usage: $0 [-u BASE_URL] DATASET_ID DIRECTORY" ;;
    esac
done
shift $((OPTIND - 1))
[ $# -eq 2 ] || fail 3 "usage: $0 [-u BASE_URL] DATASET_ID DIRECTORY"
id=$1
dir=$2
case $id in
atop-4.01) files="atop4_01a.csv atop4_01m.csv" ;;
cow-4.1) files="alliance_v4.1_by_member.csv" ;;
*) fail 3 "unknown dataset '$id': atop-4.01 or cow-4.1" ;;
esac
[ -n "${REGISTRY_EDITOR_USERNAME:-}" ] && [ -n "${REGISTRY_EDITOR_PASSWORD:-}" ] ||
    fail 3 "set REGISTRY_EDITOR_USERNAME and REGISTRY_EDITOR_PASSWORD"

set --
for file in $files; do
    [ -f "$dir/$file" ] || fail 3 "$dir/$file is missing"
    set -- "$@" -F "$file=@$dir/$file;type=text/csv"
done

status=$(curl -sS -o /dev/stdout -w '\n%{http_code}' -X PUT -u "$REGISTRY_EDITOR_USERNAME:$REGISTRY_EDITOR_PASSWORD" \
    -H 'Accept: application/json' "$@" "$base/api/v1/datasets/$id") || fail 2 "could not reach $base"
code=$(printf '%s\n' "$status" | tail -n 1)
printf '%s\n' "$status" | sed '$d'
case $code in
200 | 201) exit 0 ;;
*) fail 1 "the registry answered $code" ;;
esac
