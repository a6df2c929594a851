#!/usr/bin/env bash
# Starts the registry the fast way, with nothing to do by hand: the packaged jar (built when missing or older than the
# sources), extracted, in Spring AOT mode, from the JVM's class-data archive (CDS, Java 17-24) or AOT cache (Java
# 25+). The cache is made once by a training run (scripts/jvm-cache-training.sh: it starts the service on a
# throw-away database, makes the reads clients make and stops it), and made again when the jar or the JVM changes;
# that first start takes about half a minute longer, every later one about half as long as java -jar. Arguments go to
# the service; the embedded database is ./data, as with java -jar.
#
#   scripts/run.sh                          # http://localhost:8080
#   scripts/run.sh --server.port=9090
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java scripts/run.sh   # another JVM
set -euo pipefail
cd "$(dirname "$0")/.."
java=${JAVA:-java}

# The jar's own time is fixed (reproducible builds): target/run.packaged marks when this script last packaged it.
jar=$(ls target/alliance-registry-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$jar" ] || [ ! -e target/run.packaged ] \
    || [ -n "$(find src/main pom.xml -newer target/run.packaged -type f -print -quit)" ]; then
  echo "run.sh: packaging the service (./mvnw -Dmaven.test.skip package)" >&2
  ./mvnw -B -q -Dmaven.test.skip package
  jar=$(ls target/alliance-registry-*.jar | grep -v plain | head -1)
  touch target/run.packaged
fi

version=$("$java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
if [ "${version%%.*}" -ge 25 ]; then
  cache=registry.aot; write=-XX:AOTCacheOutput; use=-XX:AOTCache
else
  cache=registry.jsa; write=-XX:ArchiveClassesAtExit; use=-XX:SharedArchiveFile
fi
app=target/run
# The cache is valid only for the jar and the JVM it was made with.
stamp="$(cksum < "$jar") $("$java" -version 2>&1 | tr '\n' ' ')"
if [ ! -s "$app/$cache" ] || [ "$(cat "$app/stamp" 2>/dev/null)" != "$stamp" ]; then
  echo "run.sh: making the JVM's cache for this jar and JVM (once; about half a minute)" >&2
  rm -rf "$app"
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$app" >/dev/null
  JAVA=$java scripts/jvm-cache-training.sh "$app/$(basename "$jar")" "$write=$app/$cache" >/dev/null
  echo "$stamp" > "$app/stamp"
fi
exec "$java" "$use=$app/$cache" -Dspring.aot.enabled=true -jar "$app/$(basename "$jar")" "$@"
