#!/usr/bin/env bash
# Stops the OpenSearch started from DATA_DIR (SIGTERM: a clean shutdown) and waits until its process is gone;
# SIGKILL after 60 s. Does nothing when it is not running.
# Usage: stop.sh DATA_DIR
set -euo pipefail

[ $# -eq 1 ] || { echo "usage: stop.sh DATA_DIR" >&2; exit 2; }
PID_FILE="$1/pid"
[ -s "$PID_FILE" ] || { echo "opensearch: not running (no $PID_FILE)"; exit 0; }
PID="$(cat "$PID_FILE")"
if ! kill -0 "$PID" 2>/dev/null || ! grep -q 'org.opensearch.bootstrap.OpenSearch' "/proc/$PID/cmdline" 2>/dev/null; then
  rm -f "$PID_FILE"; echo "opensearch: not running (stale pid $PID)"; exit 0
fi
kill -TERM "$PID"
for _ in $(seq 1 600); do
  kill -0 "$PID" 2>/dev/null || { rm -f "$PID_FILE"; echo "opensearch stopped (pid $PID)"; exit 0; }
  sleep 0.1
done
echo "stop.sh: OpenSearch (pid $PID) did not stop in 60 s; killing it" >&2
kill -KILL "$PID" 2>/dev/null || true
for _ in $(seq 1 100); do
  kill -0 "$PID" 2>/dev/null || { rm -f "$PID_FILE"; exit 0; }
  sleep 0.1
done
echo "stop.sh: OpenSearch (pid $PID) is still there" >&2
exit 1
