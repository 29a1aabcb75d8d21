# Shared helpers for the peer scripts in bench/peers/<engine>/ (sourced, not run).
# BENCH_ROOT: the project folder. bench_java_home: the JDK 21+ the launcher uses.
# bench_user: the unprivileged user engines that refuse root run as ("filmbench", created when run as root).
BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

bench_java_home() {
  "$BENCH_ROOT/filmsearch" java-home
}

# Prints the user to run an engine as: the current user, or filmbench (created once) when running as root.
bench_user() {
  if [ "$(id -u)" != 0 ]; then id -un; return; fi
  id filmbench >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin filmbench
  echo filmbench
}

# Runs a command as the bench user (directly when not root).
bench_as_user() {
  local user; user="$(bench_user)"
  if [ "$(id -u)" = 0 ]; then setpriv --reuid="$user" --regid="$user" --init-groups -- "$@"; else "$@"; fi
}

# Waits until URL answers 2xx, up to SECONDS; prints nothing, fails with a message on timeout.
bench_wait_http() {
  local url="$1" seconds="${2:-120}" i
  for i in $(seq 1 $((seconds * 10))); do
    curl -sf -o /dev/null "$url" && return 0
    sleep 0.1
  done
  echo "timed out after ${seconds}s waiting for $url" >&2
  return 1
}

# Waits until URL answers 2xx while process PID lives, up to SECONDS. Fails with a message naming NAME (and the last
# lines of LOG) when the process exits first or the time runs out; the caller stops what it started.
bench_wait_ready() {
  local name="$1" url="$2" pid="$3" seconds="$4" log="$5" i
  for i in $(seq 1 $((seconds * 10))); do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$name exited during start-up; see $log:" >&2
      tail -n 20 "$log" >&2
      return 1
    fi
    curl -sf -o /dev/null "$url" && return 0
    sleep 0.1
  done
  echo "$name did not answer on $url within ${seconds} s; see $log" >&2
  return 1
}
