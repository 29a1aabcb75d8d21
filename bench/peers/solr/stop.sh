#!/usr/bin/env bash
# Stops the Solr peer started by start.sh in DATA_DIR (SIGTERM: Solr closes the core, Jetty stops) and waits until
# the process is gone; kills it after 60 s.
# Usage: stop.sh DATA_DIR
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: stop.sh DATA_DIR" >&2; exit 2; }
data="$1"
if [ ! -f "$data/pid" ]; then
  echo "solr: not running ($data/pid is absent)"
  exit 0
fi
pid="$(cat "$data/pid")"
if ! kill -0 "$pid" 2>/dev/null || ! grep -q 'SolrRunner' "/proc/$pid/cmdline" 2>/dev/null; then
  echo "solr: not running (stale pid $pid)"
  rm -f "$data/pid"
  exit 0
fi
kill -TERM "$pid"
for _ in $(seq 1 600); do
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
if kill -0 "$pid" 2>/dev/null; then
  echo "solr: pid $pid did not stop within 60 s; killing it" >&2
  kill -KILL "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
fi
rm -f "$data/pid"
echo "solr: stopped"
