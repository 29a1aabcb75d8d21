#!/usr/bin/env bash
# Starts OpenSearch on 127.0.0.1:PORT (single node, data and logs under DATA_DIR, heap HEAP) and waits until it
# answers. Reuses an index already in DATA_DIR. Writes DATA_DIR/pid, url, load-url and index-path.
# Usage: start.sh CACHE_DIR DATA_DIR PORT HEAP
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../common.sh"

[ $# -eq 4 ] || { echo "usage: start.sh CACHE_DIR DATA_DIR PORT HEAP" >&2; exit 2; }
HOME_DIR="$1/opensearch-3.6.0"
[ -x "$HOME_DIR/bin/opensearch" ] || { echo "start.sh: no OpenSearch in $1; run install.sh $1 first" >&2; exit 1; }
HOME_DIR="$(cd "$HOME_DIR" && pwd)"
PORT="$3" HEAP="$4"
[[ "$PORT" =~ ^[0-9]+$ ]] || { echo "start.sh: PORT must be a number, not '$PORT'" >&2; exit 2; }
TRANSPORT_PORT=$((PORT + 100))
mkdir -p "$2"
DATA_DIR="$(cd "$2" && pwd)"
if [ -f "$DATA_DIR/pid" ] && kill -0 "$(cat "$DATA_DIR/pid")" 2>/dev/null; then
  echo "start.sh: OpenSearch already runs from $DATA_DIR (pid $(cat "$DATA_DIR/pid")); stop.sh $DATA_DIR first" >&2
  exit 1
fi
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
  echo "start.sh: port $PORT is already taken" >&2; exit 1
fi
rm -f "$DATA_DIR/pid" "$DATA_DIR/opensearch.pid"
JAVA_HOME_DIR="$(bench_java_home)"

# A configuration folder of this node's own (the keystore OpenSearch creates goes there too); the JVM's relative
# paths (GC log, error file, heap dump) are pointed into DATA_DIR so nothing is written into the distribution.
CONF="$DATA_DIR/config"
mkdir -p "$CONF" "$DATA_DIR/data" "$DATA_DIR/logs" "$DATA_DIR/tmp"
cp "$HOME_DIR/config/log4j2.properties" "$CONF/"
sed -e '/^-Xm[sx]/d' \
    -e "s|file=logs/gc.log|file=$DATA_DIR/logs/gc.log|" \
    -e "s|-XX:ErrorFile=logs/|-XX:ErrorFile=$DATA_DIR/logs/|" \
    -e "s|-XX:HeapDumpPath=data|-XX:HeapDumpPath=$DATA_DIR/logs|" \
    "$HOME_DIR/config/jvm.options" > "$CONF/jvm.options"
mkdir -p "$CONF/jvm.options.d"
# Bootstrap checks are not enforced for a node bound to loopback with single-node discovery.
cat > "$CONF/opensearch.yml" <<YML
cluster.name: filmsearch-bench
node.name: bench
discovery.type: single-node
network.host: 127.0.0.1
http.port: $PORT
transport.port: $TRANSPORT_PORT
path.data: $DATA_DIR/data
path.logs: $DATA_DIR/logs
action.auto_create_index: false
YML
if [ "$(id -u)" = 0 ]; then chown -R "$(bench_user):" "$DATA_DIR"; fi

# OpenSearch asks for 65535 open files; raise the limit where allowed (it only warns otherwise).
ulimit -n 65535 2>/dev/null || true
bench_as_user env OPENSEARCH_JAVA_HOME="$JAVA_HOME_DIR" OPENSEARCH_PATH_CONF="$CONF" \
  OPENSEARCH_TMPDIR="$DATA_DIR/tmp" OPENSEARCH_JAVA_OPTS="-Xms$HEAP -Xmx$HEAP" \
  setsid "$HOME_DIR/bin/opensearch" -p "$DATA_DIR/opensearch.pid" > "$DATA_DIR/opensearch.log" 2>&1 < /dev/null &
LAUNCHER=$!

for _ in $(seq 1 1200); do
  [ -s "$DATA_DIR/opensearch.pid" ] && break
  kill -0 "$LAUNCHER" 2>/dev/null || break
  sleep 0.1
done
if [ ! -s "$DATA_DIR/opensearch.pid" ]; then
  for child in $(pgrep -P "$LAUNCHER" || true); do kill -KILL "$child" 2>/dev/null || true; done
  echo "start.sh: OpenSearch did not start; see $DATA_DIR/opensearch.log:" >&2
  tail -n 20 "$DATA_DIR/opensearch.log" >&2
  exit 1
fi
echo "$(cat "$DATA_DIR/opensearch.pid")" > "$DATA_DIR/pid"
# Ready when the cluster is at least yellow: an existing index's shard is open and answers searches.
if ! bench_wait_http "http://127.0.0.1:$PORT/_cluster/health?wait_for_status=yellow&timeout=1s" 300; then
  echo "start.sh: OpenSearch did not answer in 300 s; stopping it; see $DATA_DIR/logs/" >&2
  "$(dirname "${BASH_SOURCE[0]}")/stop.sh" "$DATA_DIR" >&2 || true
  exit 1
fi
echo "http://127.0.0.1:$PORT" > "$DATA_DIR/url"
echo "http://127.0.0.1:$PORT" > "$DATA_DIR/load-url"
echo "$DATA_DIR/data" > "$DATA_DIR/index-path"
echo "opensearch on http://127.0.0.1:$PORT (pid $(cat "$DATA_DIR/pid"))"
