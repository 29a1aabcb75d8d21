#!/usr/bin/env bash
# Starts OpenSearch on 127.0.0.1:PORT (single node, data and logs under DATA_DIR, heap HEAP) and waits until it
# answers. Reuses an index already in DATA_DIR. Writes DATA_DIR/pid, url, load-url and index-path.
# Usage: start.sh CACHE_DIR DATA_DIR PORT HEAP
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/node.sh"

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
os_node_prepare "$HOME_DIR" "$DATA_DIR"
CONF="$DATA_DIR/config"
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
os_node_launch "$HOME_DIR" "$DATA_DIR" "$HEAP" || { echo "start.sh: OpenSearch did not start" >&2; exit 1; }
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
