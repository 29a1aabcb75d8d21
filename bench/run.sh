#!/usr/bin/env bash
# The side-by-side benchmark: filmsearch against OpenSearch, Solr and PostgreSQL full-text search, on the same
# records and the same queries, one engine at a time on this machine. Installs the peers, loads the corpora,
# measures indexing, start-up, search over HTTP (wrk), the answers and relevance, runs the in-process JMH
# comparison, then rewrites the generated part of docs/benchmarks.md and its charts (docs/benchmarks/*.svg).
# OpenSearch and Solr are also measured in a matched setup (the same index, the query closest to filmsearch's
# matching and ranking: opensearch-matched, solr-matched), for the chart of relevance against throughput.
#
#   bench/run.sh            full: the real shared set and 1M generated records; concurrency 1, 2 and 4
#   bench/run.sh --short    the real shared set only, concurrency 1, shorter runs (under 15 minutes)
#
# Environment: BENCH_WORK (work folder, default bench/work: peers' downloads, data, results), BENCH_ENGINES
# (default "filmsearch opensearch solr postgres"), BENCH_HEAP (every engine's heap, default 1g), BENCH_SECONDS
# (seconds per wrk run). Needs ../shared/corpus; installs wrk, GNU time, curl and unzip from Debian when missing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/bench/peers/common.sh"

MODE=full
[ "${1:-}" = "--short" ] && MODE=short
[ -n "${1:-}" ] && [ "$1" != "--short" ] && { echo "usage: bench/run.sh [--short]" >&2; exit 2; }
WORK="${BENCH_WORK:-$ROOT/bench/work}"
ENGINES="${BENCH_ENGINES:-filmsearch opensearch solr postgres}"
HEAP="${BENCH_HEAP:-1g}"
if [ "$MODE" = short ]; then CONNS="1"; SECS="${BENCH_SECONDS:-10}"; WARM=5; else CONNS="1 2 4"; SECS="${BENCH_SECONDS:-20}"; WARM=10; fi
SHARED="$ROOT/../shared/corpus"
CACHE="$WORK/cache"
RESULTS="$WORK/results"
QUERIES="$ROOT/bench/peers/queries.tsv"
JUDGMENTS="$ROOT/search-server/src/test/resources/relevance/queries.tsv"
declare -A PORT=([filmsearch]=17700 [opensearch]=19200 [solr]=18983 [postgres]=15433)

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { echo "bench/run.sh: $*" >&2; exit 1; }
now_ms() { date +%s%3N; }

[ -d "$SHARED" ] || die "the shared corpus ($SHARED) is absent: the side-by-side benchmark needs the real sets"
need_pkg() {
  command -v "$1" >/dev/null 2>&1 && return 0
  log "installing $2 (Debian)"
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq "$2" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }
  else sudo apt-get install -y -qq "$2" >/dev/null; fi
}
need_pkg wrk wrk
need_pkg /usr/bin/time time
need_pkg curl curl
need_pkg unzip unzip   # unpacks the OpenSearch distribution

mkdir -p "$CACHE" "$WORK/data"
rm -rf "$RESULTS"
mkdir -p "$RESULTS"
START_ALL=$(now_ms)

log "building filmsearch and the benchmark tools"
"$ROOT/filmsearch" build
JAVA_HOME="$(bench_java_home)"
BENCH=("$JAVA_HOME/bin/java" -Xmx4g -jar "$ROOT/benchmarks/target/filmsearch-bench.jar")

# --- what this run ran on
{
  printf 'date\t%s\n' "$(date -u +%Y-%m-%dT%H:%MZ)"
  printf 'command\t`bench/run.sh%s`\n' "$([ "$MODE" = short ] && echo ' --short')"
  printf 'machine\t%s cores (%s), %s GiB RAM, %s\n' "$(nproc)" \
    "$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)" \
    "$(awk '/MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo)" "$(uname -sr)"
  printf 'JDK (filmsearch, OpenSearch, Solr)\t%s\n' "$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
  printf 'heap of every JVM engine; PostgreSQL shared_buffers\t%s\n' "$HEAP"
  printf 'engines\tfilmsearch %s; OpenSearch 3.6.0; Solr 9.10.1; PostgreSQL %s\n' \
    "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo dev)" \
    "$( (/usr/lib/postgresql/15/bin/postgres --version 2>/dev/null || echo 15) | awk '{print $NF}')"
  printf 'load generator\t%s, one thread per connection, %s s per run after %s s warm-up, on the same cores\n' \
    "$(wrk -v 2>&1 | head -1 | awk '{print $1, $2}')" "$SECS" "$WARM"
} > "$RESULTS/env.tsv"

# --- corpora: the real shared sets (and 1M generated records in full mode), exported for the peers
log "linking the shared corpus"
"$ROOT/bench/shared-corpus.sh" "$WORK/corpus/shared" >/dev/null
CORPORA="shared"
if [ "$MODE" = full ]; then
  if [ ! -f "$WORK/corpus/generated-1M/.complete" ]; then
    log "generating 1M records"
    rm -rf "$WORK/corpus/generated-1M"
    "$ROOT/filmsearch" generate --records 1M --out "$WORK/corpus/generated-1M" >/dev/null
    touch "$WORK/corpus/generated-1M/.complete"
  fi
  CORPORA="shared generated-1M"
fi
for corpus in $CORPORA; do
  if [ ! -f "$WORK/docs-$corpus.jsonl" ] || [ "$WORK/corpus/$corpus" -nt "$WORK/docs-$corpus.jsonl" ]; then
    log "exporting $corpus for the peers"
    "${BENCH[@]}" export --corpus "$WORK/corpus/$corpus" --out "$WORK/docs-$corpus.jsonl" >&2
  fi
done

# --- process helpers
# Memory (KiB) of an engine: the peak resident set (VmHWM) of a single-process engine (the JVMs); for an engine
# of several processes (PostgreSQL's postmaster and backends share their buffers), the proportional set sizes
# (PSS) summed, which counts shared pages once; the larger of this and what an earlier sample saw.
peak_rss_kb() {
  local pids p total=0 prev=0
  pids=$(descendants "$1")
  if [ "$(echo "$pids" | wc -w)" -eq 1 ]; then
    awk '/VmHWM/ {print $2}' "/proc/$1/status"
    return
  fi
  for p in $pids; do
    total=$((total + $(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0)))
  done
  [ -f "$2" ] && prev=$(cat "$2")
  [ "$prev" -gt "$total" ] && total=$prev
  [ -n "${2:-}" ] && echo "$total" > "$2"
  echo "$total"
}
descendants() {
  local p
  echo "$1"
  for p in $(pgrep -P "$1" 2>/dev/null); do descendants "$p"; done
}
dir_bytes() { du -sb "$1" | cut -f1; }
# Sends the engine's first benchmark query until it is answered; returns when it is. The request list
# ($WORK/requests-ENGINE.txt) is written before, so no tool start-up falls inside a start-up measurement.
first_answer() {
  local engine="$1" url="$2" deadline=$(( $(date +%s) + 300 ))
  local line method path ctype body
  line="$(head -1 "$WORK/requests-$engine.txt")"
  IFS=$'\t' read -r method path ctype body <<< "$line"
  while [ "$(date +%s)" -lt "$deadline" ]; do
    if [ "$body" = "-" ]; then
      curl -sf -o /dev/null -X "$method" "$url$path" && return 0
    else
      curl -sf -o /dev/null -X "$method" -H "Content-Type: $ctype" --data-binary "$body" "$url$path" && return 0
    fi
    sleep 0.05
  done
  die "$engine did not answer its first query within 300 s"
}

# --- filmsearch's own process control (the peers have bench/peers/NAME/{install,start,stop}.sh)
fs_start() {   # DATA_DIR PORT: serve an existing index
  FILMSEARCH_JAVA_OPTS="-Xms$HEAP -Xmx$HEAP" "$ROOT/filmsearch" serve --host 127.0.0.1 --port "$2" \
    --corpus "$WORK/corpus/shared" --index "$1/index" > "$1/server.log" 2>&1 &
  echo $! > "$1/pid"
  echo "http://127.0.0.1:$2" > "$1/url"
  bench_wait_http "http://127.0.0.1:$2/api/health" 300
}
fs_stop() {
  local pid; pid="$(cat "$1/pid")"
  kill "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
}
RUNNING=()   # "engine data-dir" of every engine started, stopped on exit whatever happens
cleanup() {
  local e
  for e in "${RUNNING[@]}"; do
    set -- $e
    if [ -f "$2/pid" ] && kill -0 "$(cat "$2/pid")" 2>/dev/null; then engine_stop "$1" "$2" || true; fi
  done
}
trap cleanup EXIT
engine_start() {
  RUNNING+=("$1 $2")
  if [ "$1" = filmsearch ]; then fs_start "$2" "${PORT[$1]}"
  else "$ROOT/bench/peers/$1/start.sh" "$CACHE" "$2" "${PORT[$1]}" "$HEAP" >&2; fi
}
engine_stop() {
  if [ "$1" = filmsearch ]; then fs_stop "$2"; else "$ROOT/bench/peers/$1/stop.sh" "$2" >&2; fi
}

# Indexes CORPUS into ENGINE from nothing, with DATA_DIR; appends to index.tsv. The engine is left running.
index_corpus() {
  local engine="$1" corpus="$2" data="$3" records start end rss bytes
  records=$(grep -c . "$WORK/docs-$corpus.jsonl")
  rm -rf "$data"
  mkdir -p "$data"
  if [ "$engine" = filmsearch ]; then
    /usr/bin/time -f '%e %M' -o "$data/time" "$ROOT/filmsearch" index -q --corpus "$WORK/corpus/$corpus" \
      --index "$data/index" > "$data/index.log"
    read -r secs rss < "$data/time"
    bytes=$(dir_bytes "$data/index/$(cat "$data/index/CURRENT")")
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$engine" "$corpus" "$records" "$secs" "$bytes" "$rss" >> "$RESULTS/index.tsv"
    fs_start "$data" "${PORT[$engine]}"
  else
    engine_start "$engine" "$data"
    start=$(now_ms)
    "${BENCH[@]}" load --engine "$engine" --url "$(cat "$data/load-url")" --docs "$WORK/docs-$corpus.jsonl" >&2
    end=$(now_ms)
    bytes=$(dir_bytes "$(cat "$data/index-path")")
    rss=$(peak_rss_kb "$(cat "$data/pid")" "$data/mem-sample")
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$engine" "$corpus" "$records" "$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.1f", (b - a) / 1000}')" \
      "$bytes" "$rss" >> "$RESULTS/index.tsv"
  fi
}

wrk_run() {   # ENGINE URL CONNECTIONS SECONDS -> appends to wrk.tsv
  local out
  out=$(wrk -t"$3" -c"$3" -d"$4s" --timeout 10s -s "$ROOT/bench/peers/replay.lua" "$2" -- "$WORK/requests-$1.txt" \
    | awk '/^RESULT/ {print $2 "\t" $3 "\t" $4 "\t" $5 "\t" $6 "\t" $7 "\t" $8}')
  [ -n "$out" ] || die "wrk gave no result for $1 at $3 connections"
  printf '%s\t%s\t%s\n' "$1" "$3" "$out" >> "$RESULTS/wrk.tsv"
}

relevance_and_search() {   # SETUP URL: the relevance suite, then search over HTTP with SETUP's requests
  "${BENCH[@]}" relevance --engine "$1=$2" --judgments "$JUDGMENTS" --docs "$WORK/docs-shared.jsonl" \
    --out "$RESULTS/relevance-$1.json" >&2
  log "search over HTTP (warm-up ${WARM} s, then ${SECS} s at each of: $CONNS connections)"
  wrk -t1 -c1 -d"${WARM}s" -s "$ROOT/bench/peers/replay.lua" "$2" -- "$WORK/requests-$1.txt" >/dev/null
  for c in $CONNS; do wrk_run "$1" "$2" "$c" "$SECS"; done
}

# --- each engine in turn: install, index the real set, restart for start-up, search, answers, relevance
for engine in $ENGINES; do
  log "== $engine"
  if [ "$engine" != filmsearch ]; then
    log "installing $engine"
    "$ROOT/bench/peers/$engine/install.sh" "$CACHE" >&2
  fi
  data="$WORK/data/$engine-shared"
  "${BENCH[@]}" requests --engine "$engine" --queries "$QUERIES" --out "$WORK/requests-$engine.txt"
  log "indexing the shared corpus"
  index_corpus "$engine" shared "$data"
  url="$(cat "$data/url")"
  first_answer "$engine" "$url"
  engine_stop "$engine" "$data"

  log "start-up on the existing index"
  t0=$(now_ms)
  engine_start "$engine" "$data"
  first_answer "$engine" "$url"
  t1=$(now_ms)
  printf '%s\t%s\n' "$engine" "$((t1 - t0))" >> "$RESULTS/startup.tsv"

  log "answers and relevance"
  "${BENCH[@]}" compare --engine "$engine=$url" --queries "$QUERIES" --out "$RESULTS/answers-$engine.json" >&2
  relevance_and_search "$engine" "$url"

  # the matched setup: the same running engine and index, asked the query closest to filmsearch's
  if [ "$engine" = opensearch ] || [ "$engine" = solr ]; then
    log "the matched setup ($engine-matched)"
    "${BENCH[@]}" requests --engine "$engine-matched" --queries "$QUERIES" --out "$WORK/requests-$engine-matched.txt"
    relevance_and_search "$engine-matched" "$url"
  fi
  engine_stop "$engine" "$data"

  if [ "$MODE" = full ]; then
    log "indexing 1M generated records"
    index_corpus "$engine" generated-1M "$WORK/data/$engine-generated"
    engine_stop "$engine" "$WORK/data/$engine-generated"
    rm -rf "$WORK/data/$engine-generated"
  fi
done

# --- in process: the search service against a bare IndexSearcher, on filmsearch's index of the shared set
if [[ " $ENGINES " == *" filmsearch "* ]]; then
  log "JMH: search service against a bare IndexSearcher"
  if [ "$MODE" = short ]; then JMH_OPTS=(-f 1 -wi 2 -w 2s -i 3 -r 2s -p "query=godfather,star wars")
  else JMH_OPTS=(-f 1 -wi 3 -w 3s -i 5 -r 3s); fi
  "$JAVA_HOME/bin/java" -Xms$HEAP -Xmx$HEAP -cp "$ROOT/benchmarks/target/filmsearch-bench.jar" org.openjdk.jmh.Main \
    "${JMH_OPTS[@]}" -jvmArgs "-Xms$HEAP -Xmx$HEAP --enable-native-access=ALL-UNNAMED" \
    -p "index=$WORK/data/filmsearch-shared/index" -rf json -rff "$RESULTS/jmh.json" 'dev.filmsearch.bench.jmh' >&2
fi

printf 'run time\t%s min\n' "$(( ($(now_ms) - START_ALL) / 60000 ))" >> "$RESULTS/env.tsv"
"${BENCH[@]}" report --results "$RESULTS" --page "$ROOT/docs/benchmarks.md"
log "done in $(( ($(now_ms) - START_ALL) / 1000 )) s; results in $RESULTS"
