#!/usr/bin/env bash
# A real OpenSearch 3.6.0 cluster on this machine, for the OpenSearch engine's tests and measurements: N nodes of
# the integration-test distribution (fetched once with Maven into the local repository, unpacked into CACHE), each
# on 127.0.0.1 with its own HTTP port (PORT, PORT+1, …) and transport port (HTTP + 100), found by one another
# through discovery.seed_hosts, as the unprivileged bench user, with the launcher's JDK. Data and logs of node i in
# DIR/node-i; DIR/urls lists the nodes' HTTP URLs, comma-separated.
#
# Usage: bench/opensearch-cluster.sh start N DIR [PORT] [HEAP]   (PORT default 19400, HEAP default 512m; returns
#                                                                 when all N nodes are in and the cluster is green)
#        bench/opensearch-cluster.sh stop DIR                      (every node of DIR, SIGTERM then SIGKILL)
#        bench/opensearch-cluster.sh kill I DIR                    (SIGKILL node I: a crash, for failover tests)
#        bench/opensearch-cluster.sh urls DIR
# CACHE: OPENSEARCH_CACHE, default bench/work/cache (as bench/run.sh).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/peers/common.sh"
source "$HERE/peers/opensearch/node.sh"
CACHE="${OPENSEARCH_CACHE:-$HERE/work/cache}"

usage() { sed -n '8,12p' "${BASH_SOURCE[0]}" | sed 's/^# //' >&2; exit 2; }

node_dirs() { ls -d "$1"/node-* 2>/dev/null | sort -V; }

start() {
  local n="$1" dir="$2" port="${3:-19400}" heap="${4:-512m}" i seeds="" managers="" home
  [[ "$n" =~ ^[1-9][0-9]?$ ]] || { echo "opensearch-cluster.sh: N is a number of nodes, not '$n'" >&2; exit 2; }
  [[ "$port" =~ ^[0-9]+$ ]] || { echo "opensearch-cluster.sh: PORT must be a number, not '$port'" >&2; exit 2; }
  mkdir -p "$dir"
  dir="$(cd "$dir" && pwd)"
  for d in $(node_dirs "$dir"); do
    if [ -s "$d/pid" ] && kill -0 "$(cat "$d/pid")" 2>/dev/null; then
      echo "opensearch-cluster.sh: a node of $dir runs already (pid $(cat "$d/pid")); stop $dir first" >&2; exit 1
    fi
  done
  for i in $(seq 0 $((n - 1))); do
    if curl -s -o /dev/null "http://127.0.0.1:$((port + i))/"; then
      echo "opensearch-cluster.sh: port $((port + i)) is already taken" >&2; exit 1
    fi
    seeds="$seeds${seeds:+, }\"127.0.0.1:$((port + 100 + i))\""
    managers="$managers${managers:+, }\"node-$i\""
  done
  "$HERE/peers/opensearch/install.sh" "$CACHE" >/dev/null
  home="$(cd "$CACHE/opensearch-3.6.0" && pwd)"
  local urls=""
  for i in $(seq 0 $((n - 1))); do
    local d="$dir/node-$i"
    # a new cluster every start: stale cluster state from another N would keep the nodes from forming one
    rm -rf "$d"
    mkdir -p "$d"
    os_node_prepare "$home" "$d"
    cat > "$d/config/opensearch.yml" <<YML
cluster.name: filmsearch-$n-nodes
node.name: node-$i
network.host: 127.0.0.1
http.port: $((port + i))
transport.port: $((port + 100 + i))
discovery.seed_hosts: [$seeds]
cluster.initial_cluster_manager_nodes: [$managers]
path.data: $d/data
path.logs: $d/logs
action.auto_create_index: false
# a cluster of this machine's tests and benchmarks: a disk filled by other work (a large build beside it) must
# not make it refuse to create its small indices (past the 90% watermark it answers 403 Forbidden)
cluster.routing.allocation.disk.threshold_enabled: false
YML
    os_node_launch "$home" "$d" "$heap" || { stop "$dir" >/dev/null 2>&1 || true; exit 1; }
    urls="$urls${urls:+,}http://127.0.0.1:$((port + i))"
  done
  echo "$urls" > "$dir/urls"
  if ! bench_wait_http "http://127.0.0.1:$port/_cluster/health?wait_for_nodes=$n&wait_for_status=green&timeout=1s" 300
  then
    echo "opensearch-cluster.sh: the $n nodes did not form a green cluster in 300 s; see $dir/node-*/logs" >&2
    stop "$dir" >&2 || true
    exit 1
  fi
  echo "opensearch cluster of $n nodes: $urls"
}

stop() {
  local dir="$1" d
  for d in $(node_dirs "$dir"); do "$HERE/peers/opensearch/stop.sh" "$d"; done
}

kill_node() {
  local i="$1" dir="$2" pid
  pid="$(cat "$dir/node-$i/pid" 2>/dev/null || true)"
  [ -n "$pid" ] && grep -q 'org.opensearch.bootstrap.OpenSearch' "/proc/$pid/cmdline" 2>/dev/null \
    || { echo "opensearch-cluster.sh: node $i of $dir is not running" >&2; exit 1; }
  kill -KILL "$pid"
  rm -f "$dir/node-$i/pid"
  echo "node $i killed (pid $pid)"
}

case "${1:-}" in
  start) [ $# -ge 3 ] && [ $# -le 5 ] || usage; start "$2" "$3" "${4:-}" "${5:-}" ;;
  stop) [ $# -eq 2 ] || usage; stop "$2" ;;
  kill) [ $# -eq 3 ] || usage; kill_node "$2" "$3" ;;
  urls) [ $# -eq 2 ] || usage; cat "$2/urls" ;;
  *) usage ;;
esac
