#!/usr/bin/env bash
# Starts the Solr peer on 127.0.0.1:PORT with its solr home in DATA_DIR/home (the core "films", configured from
# conf/), reusing an index already there; waits until the core answers a search.
# Writes DATA_DIR/pid, url, load-url, index-path; logs to DATA_DIR/solr.log.
# Usage: start.sh CACHE_DIR DATA_DIR PORT HEAP
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../common.sh"

[ $# -eq 4 ] || { echo "usage: start.sh CACHE_DIR DATA_DIR PORT HEAP" >&2; exit 2; }
cache="$1" port="$3" heap="$4"
[ -f "$cache/lib/filmsearch-solr-runner.jar" ] || { echo "solr is not installed in $cache: run install.sh $cache" >&2; exit 1; }
mkdir -p "$2"
data="$(cd "$2" && pwd)"
if [ -f "$data/pid" ] && kill -0 "$(cat "$data/pid")" 2>/dev/null; then
  echo "solr is already running in $data (pid $(cat "$data/pid")); stop.sh $data first" >&2; exit 1
fi

home="$data/home"
mkdir -p "$home/films/conf"
cp "$here/conf/solr.xml" "$home/"
cp "$here/conf/schema.xml" "$here/conf/solrconfig.xml" "$home/films/conf/"
[ -f "$home/films/core.properties" ] || printf 'name=films\n' > "$home/films/core.properties"

java_home="$(bench_java_home)"
# Solr's usual JVM flags (bin/solr): G1 with a 250 ms pause goal, pre-touched heap
nohup "$java_home/bin/java" -Xms"$heap" -Xmx"$heap" -XX:+UseG1GC -XX:MaxGCPauseMillis=250 \
    -XX:+ParallelRefProcEnabled -XX:+AlwaysPreTouch -XX:+PerfDisableSharedMem \
    --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -Dsolr.log.dir="$data" \
    -cp "$cache/lib/*" dev.filmsearch.bench.solrpeer.SolrRunner "$home" "$port" \
    >"$data/solr.log" 2>&1 </dev/null &
pid=$!
echo "$pid" > "$data/pid"

url="http://127.0.0.1:$port"
if ! bench_wait_ready solr "$url/solr/films/select?q=*:*&rows=0" "$pid" 180 "$data/solr.log"; then
  "$here/stop.sh" "$data" >&2 || true
  exit 1
fi

echo "$url" > "$data/url"
echo "$url" > "$data/load-url"
echo "$home/films/data/index" > "$data/index-path"
echo "solr: running on $url (pid $pid)"
