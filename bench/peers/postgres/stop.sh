#!/usr/bin/env bash
# Stops the PostgreSQL peer started in DATA_DIR: the HTTP front (SIGTERM, SIGKILL after 30 s), then the cluster
# (pg_ctl stop -m fast: a clean shutdown), and waits until both processes are gone. Does nothing when they are not
# running.
# Usage: stop.sh DATA_DIR
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../common.sh"

[ $# -eq 1 ] || { echo "usage: stop.sh DATA_DIR" >&2; exit 2; }
[ -d "$1" ] || { echo "postgres: not running (no $1)"; exit 0; }
data="$(cd "$1" && pwd)"
cd "$data"

# waits up to $2 tenths of a second for pid $1 to go
gone() {
  local i
  for i in $(seq 1 "$2"); do
    kill -0 "$1" 2>/dev/null || return 0
    sleep 0.1
  done
  return 1
}

if [ -s "$data/front.pid" ]; then
  pid="$(cat "$data/front.pid")"
  if kill -0 "$pid" 2>/dev/null && grep -q 'PgHttpFront' "/proc/$pid/cmdline" 2>/dev/null; then
    kill -TERM "$pid"
    gone "$pid" 300 || { echo "postgres: the front (pid $pid) did not stop in 30 s; killing it" >&2; kill -KILL "$pid" 2>/dev/null || true; gone "$pid" 100; }
    echo "postgres: front stopped (pid $pid)"
  fi
  rm -f "$data/front.pid"
fi

pgdata="$data/pgdata"
if [ -s "$pgdata/postmaster.pid" ]; then
  pid="$(head -n 1 "$pgdata/postmaster.pid")"
  if kill -0 "$pid" 2>/dev/null; then
    bin="$(cat "$data/pg-bin" 2>/dev/null || echo /usr/lib/postgresql/15/bin)"
    bench_as_user "$bin/pg_ctl" -D "$pgdata" -m fast -w -t 120 stop >/dev/null \
      || { echo "postgres: pg_ctl stop failed; sending SIGQUIT to $pid" >&2; kill -QUIT "$pid" 2>/dev/null || true; }
    gone "$pid" 300 || { echo "postgres: the postmaster (pid $pid) is still there" >&2; exit 1; }
    echo "postgres: cluster stopped (pid $pid)"
  fi
fi
rm -f "$data/pid"
