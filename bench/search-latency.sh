#!/usr/bin/env bash
# Search latency and throughput over HTTP: starts `filmsearch serve` on an index of CORPUS, then drives
# GET /api/search with wrk, cycling through bench/queries.txt, at concurrency 1, 2 and 4 (one wrk thread per
# connection), after a warm-up; then GET /api/suggest over two- to five-letter prefixes at 1 and 4.
# Prints Markdown tables: requests/s, p50, p90, p99.
# Usage: bench/search-latency.sh CORPUS_DIR [SECONDS_PER_RUN]    (needs wrk: apt-get install wrk)
# With INDEX=DIR set, serves that already built index of CORPUS_DIR instead of building one (scale runs).
# PORT=N picks the server's port (default: a random one); JFR=FILE records a flight recording (profile settings)
# of the server for the whole run into FILE. SERVE_ARGS="--engine opensearch --opensearch URL --index-name NAME"
# serves an OpenSearch index instead (built beforehand with index --target opensearch; CORPUS_DIR and INDEX are
# then not indexed).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CORPUS="$(cd "${1:?usage: search-latency.sh CORPUS_DIR [SECONDS]}" && pwd)"
SECONDS_PER_RUN="${2:-20}"
command -v wrk >/dev/null || { echo "search-latency.sh needs wrk (apt-get install wrk)" >&2; exit 2; }
WORK="$(mktemp -d)"
PORT="${PORT:-$((20000 + RANDOM % 20000))}"
SERVER=""
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

"$ROOT/filmsearch" build
SERVED="${INDEX:-$WORK/index}"
if [ -z "${INDEX:-}" ] && [ -z "${SERVE_ARGS:-}" ]; then
  "$ROOT/filmsearch" index -q --corpus "$CORPUS" --index "$SERVED" > "$WORK/index.log"
fi
FILMSEARCH_JAVA_OPTS="-Xms1g -Xmx1g${JFR:+ -XX:StartFlightRecording=filename=$JFR,settings=profile}" "$ROOT/filmsearch" serve --port "$PORT" --corpus "$CORPUS" \
  --index "$SERVED" ${SERVE_ARGS:-} > "$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/api/health" >/dev/null && break
  sleep 1
done

grep -v '^#' "$ROOT/bench/queries.txt" | grep -v '^$' > "$WORK/queries"
printf '%s\n' sa sal salv go god godf sp spi spiel gu guz guzm no nol ter term st sta star al all alle \
  pe pel cas casa lo lov mat matr > "$WORK/prefixes"
cat > "$WORK/suggest.lua" <<LUA
local queries = {}
for line in io.lines("$WORK/prefixes") do queries[#queries + 1] = "/api/suggest?limit=8&q=" .. line end
local i = 0
request = function()
  i = i % #queries + 1
  return wrk.format("GET", queries[i])
end
LUA
cat > "$WORK/cycle.lua" <<LUA
local queries = {}
for line in io.lines("$WORK/queries") do queries[#queries + 1] = "/api/search?" .. line end
local i = 0
request = function()
  i = i % #queries + 1
  return wrk.format("GET", queries[i])
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
    summary.requests))
end
LUA

records=$(awk '/^indexed [0-9]+ records/ {print $2}' "$SERVED/last-build.txt" 2>/dev/null || true)
echo "corpus: $CORPUS ($records records); $(wc -l < "$WORK/queries") queries cycled; ${SECONDS_PER_RUN} s per run"
wrk -t1 -c1 -d10s -s "$WORK/cycle.lua" "http://127.0.0.1:$PORT" > /dev/null   # warm-up
printf '\n| connections | requests/s | p50 ms | p90 ms | p99 ms | errors | requests |\n|---|---|---|---|---|---|---|\n'
for c in 1 2 4; do
  wrk -t"$c" -c"$c" -d"${SECONDS_PER_RUN}s" -s "$WORK/cycle.lua" "http://127.0.0.1:$PORT" \
    | awk -v c="$c" '/^RESULT/ {printf "| %d | %.0f | %.2f | %.2f | %.2f | %d | %d |\n", c, $2, $3, $4, $5, $6, $7}'
done
# the same report function, over the prefixes
sed -n '/^done = function/,$p' "$WORK/cycle.lua" >> "$WORK/suggest.lua"
echo
echo "suggestions (/api/suggest, $(wc -l < "$WORK/prefixes") prefixes cycled):"
printf '\n| connections | requests/s | p50 ms | p90 ms | p99 ms | errors | requests |\n|---|---|---|---|---|---|---|\n'
wrk -t1 -c1 -d5s -s "$WORK/suggest.lua" "http://127.0.0.1:$PORT" > /dev/null   # warm-up
for c in 1 4; do
  wrk -t"$c" -c"$c" -d"${SECONDS_PER_RUN}s" -s "$WORK/suggest.lua" "http://127.0.0.1:$PORT" \
    | awk -v c="$c" '/^RESULT/ {printf "| %d | %.0f | %.2f | %.2f | %.2f | %d | %d |\n", c, $2, $3, $4, $5, $6, $7}'
done
