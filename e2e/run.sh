#!/usr/bin/env bash
# Browser end-to-end tests of the web page against a real filmsearch server on the bundled corpus.
#
#   e2e/run.sh                  unit tests of the page's modules, then the browser tests
#   e2e/run.sh --screenshots    the same, and writes docs/screenshots/{results,facets,phone,film}.png
#
# Installs what it needs when it is missing: Debian's chromium (apt-get, as root or through sudo) and
# playwright-core (npm ci, from package-lock.json; playwright-core downloads no browser of its own). Builds the
# application with ./filmsearch build, serves corpus/ (with the film languages of fixtures/film-languages beside it)
# on 127.0.0.1 at a free port from a fresh temporary index, waits for /api/health, runs the tests with Node's test
# runner, and always stops the server.
#
# Environment: CHROMIUM (default /usr/bin/chromium), FILMSEARCH_E2E_START_TIMEOUT (seconds, default 300).
set -euo pipefail

E2E="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$E2E")"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
START_TIMEOUT="${FILMSEARCH_E2E_START_TIMEOUT:-300}"
SCREENSHOTS=""
for arg in "$@"; do
  case "$arg" in
    --screenshots) SCREENSHOTS="$ROOT/docs/screenshots" ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "e2e/run.sh: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

say() { echo "e2e: $*" >&2; }

# 1. the page's pure modules need only Node.js: no browser, no server, no data
command -v node >/dev/null 2>&1 || { say "Node.js 20 or newer is needed (apt-get install nodejs npm)"; exit 1; }
say "unit tests of the page's modules"
(cd "$E2E" && node --test unit/*.test.mjs)

# 2. a browser: Debian's chromium
if [ ! -x "$CHROMIUM" ]; then
  say "installing Debian's chromium (no $CHROMIUM)"
  as_root=()
  [ "$(id -u)" -eq 0 ] || as_root=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
say "$("$CHROMIUM" --version 2>/dev/null | head -n 1)"
export CHROMIUM

# 3. the test driver, exactly as locked
(cd "$E2E" && npm ci --no-audit --no-fund --loglevel=error)

# 4. the application
"$ROOT/filmsearch" build

# 5. a server on the bundled corpus, from a fresh index in a temporary folder
WORK="$(mktemp -d "${TMPDIR:-/tmp}/filmsearch-e2e.XXXXXX")"
PORT="$(node -e "const s = require('net').createServer(); s.listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); });")"
URL="http://127.0.0.1:$PORT"
SERVER_PID=""

stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap stop_server EXIT
trap 'exit 130' INT TERM

# the bundled corpus, and beside it the film languages it lacks (fixtures/film-languages/README.md)
mkdir -p "$WORK/corpus"
cp -R "$ROOT/corpus/." "$E2E/fixtures/film-languages" "$WORK/corpus/"
say "starting the server on $URL (index in $WORK)"
"$ROOT/filmsearch" serve --host 127.0.0.1 --port "$PORT" --corpus "$WORK/corpus" --index "$WORK/index" \
  >"$WORK/server.log" 2>&1 &
SERVER_PID=$!

deadline=$((SECONDS + START_TIMEOUT))
until node -e "fetch('$URL/api/health').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))" 2>/dev/null; do
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    say "the server stopped before it answered; its output:"
    cat "$WORK/server.log" >&2
    exit 1
  fi
  if [ "$SECONDS" -ge "$deadline" ]; then
    say "the server did not answer $URL/api/health within ${START_TIMEOUT}s; its output:"
    cat "$WORK/server.log" >&2
    exit 1
  fi
  sleep 1
done
say "server up: $(node -e "fetch('$URL/api/health').then(r => r.json()).then(h => console.log(JSON.stringify(h.documents)))")"

# A cold JVM can spend a first search's whole time budget loading classes and answer with partial (even empty)
# results, which is right for the server and wrong for exact expectations: warm it up first.
node -e "
  const paths = ['/api/search?q=warm+up', '/api/search?q=the&sort=votes', '/api/search?q=film&page=2',
    '/api/suggest?q=wa', '/api/facets/director?prefix=wa', '/api/search?q=warm&director=x&genre=y&year=1990..1999&rating=5..'];
  (async () => { for (let round = 0; round < 3; round++) for (const p of paths) await fetch('$URL' + p).catch(() => {}); })();
"

# 6. the browser tests, one file at a time (each starts its own Chromium)
if [ -n "$SCREENSHOTS" ]; then
  mkdir -p "$SCREENSHOTS"
  export FILMSEARCH_SCREENSHOTS="$SCREENSHOTS"
fi
status=0
(cd "$E2E" && FILMSEARCH_URL="$URL" node --test --test-concurrency=1 tests/*.test.mjs) || status=$?
if [ "$status" -ne 0 ]; then
  say "browser tests failed; the server's log:"
  tail -n 40 "$WORK/server.log" >&2
fi
exit "$status"
