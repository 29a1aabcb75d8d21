#!/usr/bin/env bash
# Launch to first answer: starts `filmsearch serve` on an existing index and asks /api/search?q=star every 50 ms
# until it answers; prints the wall time from the launch, the server JVM's CPU time (user + sys, from /proc) at that
# moment and the CPU time of what the launcher ran before it became the JVM, the first answer's tookMs and partial
# flag, and the server's own log line of its start steps. Then stops the server.
# Usage: bench/launch.sh INDEX_DIR [PORT] [RUNS]     (ROOT=other/checkout to measure another launcher and jar)
set -euo pipefail
ROOT="${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
INDEX="${1:?usage: launch.sh INDEX_DIR [PORT] [RUNS]}"
PORT="${2:-$((20000 + RANDOM % 20000))}"
RUNS="${3:-1}"
WORK="$(mktemp -d)"
SERVER=""
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
tick=$(getconf CLK_TCK)
for _ in $(seq 1 "$RUNS"); do
  start=$(date +%s%N)
  "$ROOT/filmsearch" serve --port "$PORT" --corpus "$WORK/no-corpus" --index "$INDEX" >"$WORK/log" 2>&1 &
  SERVER=$!
  answered=no
  for _ in $(seq 1 2400); do
    if curl -sf "http://127.0.0.1:$PORT/api/search?q=star" -o "$WORK/first.json"; then answered=yes; break; fi
    kill -0 "$SERVER" 2>/dev/null || break
    sleep 0.05
  done
  wall=$(( ($(date +%s%N) - start) / 1000000 ))
  # fields 14-17 of /proc/PID/stat: the JVM's user and system ticks, then those of the launcher's waited children
  cpu=$(awk -v t="$tick" '{printf "%.2f CPU-s (launcher before it: %.2f)", ($14 + $15) / t, ($16 + $17) / t}' \
    "/proc/$SERVER/stat" 2>/dev/null || echo "?")
  first=$(grep -o '"tookMs":[0-9]*\|"partial":[a-z]*' "$WORK/first.json" 2>/dev/null | tr '\n' ' ' || true)
  echo "launch to first answer: $wall ms, $cpu, answered: $answered, $first, load $(cut -d' ' -f1 /proc/loadavg)"
  grep -h 'started:' "$WORK/log" | sed 's/.*started: /  steps: /' || true
  kill "$SERVER" 2>/dev/null || true
  wait "$SERVER" 2>/dev/null || true
  SERVER=""
done
