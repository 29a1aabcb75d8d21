#!/usr/bin/env bash
# Search throughput of the two engines on one corpus: the embedded index, then OpenSearch on three nodes (3 shards,
# 1 replica, 512 MiB each) and on one node (1 shard, 1.5 GiB), each built from CORPUS_DIR and driven over HTTP by
# bench/search-latency.sh (SECONDS per run). Clusters are started and stopped with bench/opensearch-cluster.sh on
# 127.0.0.1 ports 19400-19402 and 19600; work files in WORK_DIR. Long: run it in the background.
# Usage: bench/engines.sh CORPUS_DIR WORK_DIR [SECONDS]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CORPUS="$(cd "${1:?usage: engines.sh CORPUS_DIR WORK_DIR [SECONDS]}" && pwd)"
WORK="${2:?usage: engines.sh CORPUS_DIR WORK_DIR [SECONDS]}"
SECS="${3:-10}"
mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)"
cd "$ROOT"
./filmsearch build
echo "== embedded: build"
/usr/bin/time -f '%e s' ./filmsearch index -q --corpus "$CORPUS" --index "$WORK/index" 2>&1 | tail -1
echo "== embedded"
INDEX="$WORK/index" bench/search-latency.sh "$CORPUS" "$SECS"
URLS3=http://127.0.0.1:19400,http://127.0.0.1:19401,http://127.0.0.1:19402
bench/opensearch-cluster.sh start 3 "$WORK/c3" 19400 512m
echo "== opensearch, 3 nodes: build"
/usr/bin/time -f '%e s' ./filmsearch index -q --corpus "$CORPUS" --target opensearch --opensearch "$URLS3" \
  --index-name bench --shards 3 --replicas 1 --work "$WORK/os-work" 2>&1 | tail -1
echo "== opensearch, 3 nodes"
SERVE_ARGS="--engine opensearch --opensearch $URLS3 --index-name bench" bench/search-latency.sh "$CORPUS" "$SECS"
bench/opensearch-cluster.sh stop "$WORK/c3"
bench/opensearch-cluster.sh start 1 "$WORK/c1" 19600 1536m
echo "== opensearch, 1 node: build"
/usr/bin/time -f '%e s' ./filmsearch index -q --corpus "$CORPUS" --target opensearch --opensearch http://127.0.0.1:19600 \
  --index-name bench --shards 1 --replicas 0 --work "$WORK/os-work" 2>&1 | tail -1
echo "== opensearch, 1 node"
SERVE_ARGS="--engine opensearch --opensearch http://127.0.0.1:19600 --index-name bench" \
  bench/search-latency.sh "$CORPUS" "$SECS"
bench/opensearch-cluster.sh stop "$WORK/c1"
