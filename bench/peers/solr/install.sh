#!/usr/bin/env bash
# Builds the Solr peer into CACHE_DIR: Solr 9.10.1 (solr-core + solr-test-framework from Maven Central) and the
# small launcher in runner/ (a separate Maven project: Solr 9 is on Lucene 9, filmsearch on Lucene 10).
# Result: CACHE_DIR/lib/*.jar, the classpath start.sh runs. Reuses it when the runner's sources are unchanged.
# Usage: install.sh CACHE_DIR
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../common.sh"

[ $# -eq 1 ] || { echo "usage: install.sh CACHE_DIR" >&2; exit 2; }
mkdir -p "$1"
cache="$(cd "$1" && pwd)"

if ! command -v mvn >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends maven >/dev/null
  else
    echo "solr install: mvn is missing (apt-get install maven)" >&2; exit 1
  fi
fi

# the runner's sources decide whether the cached build is current
stamp="$(cd "$here/runner" && find pom.xml src -type f | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -d' ' -f1)"
if [ -f "$cache/lib/filmsearch-solr-runner.jar" ] && [ "$(cat "$cache/lib/.stamp" 2>/dev/null)" = "$stamp" ]; then
  echo "solr: reusing $cache/lib"
  exit 0
fi

JAVA_HOME="$(bench_java_home)"
export JAVA_HOME
export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
rm -rf "$cache/lib.tmp" "$cache/build"
mvn -B -q -ntp -Dstyle.color=never -f "$here/runner/pom.xml" -Drunner.build.dir="$cache/build" \
    package dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$cache/lib.tmp" \
  || { echo "solr install: the runner build failed" >&2; exit 1; }
cp "$cache/build/filmsearch-solr-runner.jar" "$cache/lib.tmp/"
echo "$stamp" > "$cache/lib.tmp/.stamp"
rm -rf "$cache/lib" "$cache/build"
mv "$cache/lib.tmp" "$cache/lib"
echo "solr: installed $(ls "$cache/lib" | wc -l) jars in $cache/lib"
