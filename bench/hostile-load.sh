#!/usr/bin/env bash
# Load cases for the server's limits (not part of CI): ordinary searches alone, the same while 300 slow readers
# hold connections with answers they never read, a burst of 200 searches at once, and searches while an admin
# reindex rebuilds the index and swaps it in. Starts `filmsearch serve`
# on an index of CORPUS (default: the bundled corpus) on 127.0.0.1 and a free port, runs bench/HostileLoad.java
# against it (about a minute; every phase is bounded in requests and time), prints a Markdown table, and stops
# the server. Figures and the last run: docs/benchmarks.md, "Hostile load".
# Usage: bench/hostile-load.sh [CORPUS_DIR]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CORPUS="$(cd "${1:-$ROOT/corpus}" && pwd)"
JAVA="$("$ROOT/filmsearch" java-home)/bin/java"
WORK="$(mktemp -d)"
PORT=$((20000 + RANDOM % 20000))
SERVER=""
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

"$ROOT/filmsearch" build
"$ROOT/filmsearch" index -q --corpus "$CORPUS" --index "$WORK/index" > "$WORK/index.log"
TOKEN="bench-$RANDOM$RANDOM$RANDOM"
FILMSEARCH_ADMIN_TOKEN="$TOKEN" FILMSEARCH_JAVA_OPTS="-Xms1g -Xmx1g" "$ROOT/filmsearch" serve --port "$PORT" --corpus "$CORPUS" \
  --index "$WORK/index" > "$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/api/health" >/dev/null && break
  sleep 1
done
echo "corpus: $CORPUS ($(awk '/^indexed [0-9]+ records/ {print $2}' "$WORK/index.log") records)"
timeout 600 "$JAVA" "$ROOT/bench/HostileLoad.java" "$PORT" "$TOKEN"
