#!/usr/bin/env bash
# One scale build, measured: indexes CORPUS_DIR into INDEX_DIR with the launcher's default heap (-Xmx2g) and
# prints wall time, records indexed per second, peak RSS (GNU time), peak disk use of the index folder (sampled
# every 5 s), the index size, the summary's phase times and the bytes the build read (rchar, page-cache hits
# included); then the time from launching `filmsearch serve` on that index to the first answered search. Long: run
# it in the background with its output in a file.
# Usage: bench/scale-build.sh CORPUS_DIR INDEX_DIR     (the index folder is replaced)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CORPUS="$(cd "${1:?usage: scale-build.sh CORPUS_DIR INDEX_DIR}" && pwd)"
INDEX="${2:?usage: scale-build.sh CORPUS_DIR INDEX_DIR}"
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
"$ROOT/filmsearch" build
rm -rf "$INDEX"
mkdir -p "$INDEX"
INDEX="$(cd "$INDEX" && pwd)"
LOG="$INDEX.build.log"
SAMPLER=""
SERVER=""
cleanup() {
  [ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null || true
  [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null || true
}
trap cleanup EXIT
( peak=0; anon=0; file=0; while sleep 5; do
    used=$(du -sm "$INDEX" 2>/dev/null | cut -f1 || echo 0)
    [ "${used:-0}" -gt "$peak" ] && peak=$used && echo "$peak" > "$INDEX.disk-peak"
    # the build JVM's resident memory split: anonymous (heap, store, buffers) and file-backed (mapped index files,
    # page cache the kernel can drop), whose sum GNU time reports as peak RSS
    pid=$(pgrep -f -n -- "index --corpus $CORPUS --index $INDEX" || true)
    if [ -n "$pid" ] && [ -r "/proc/$pid/status" ]; then
      a=$(awk '/^RssAnon:/ {print int($2 / 1024)}' "/proc/$pid/status"); f=$(awk '/^RssFile:/ {print int($2 / 1024)}' "/proc/$pid/status")
      [ "${a:-0}" -gt "$anon" ] && anon=$a && echo "$anon" > "$INDEX.anon-peak"
      [ "${f:-0}" -gt "$file" ] && file=$f && echo "$file" > "$INDEX.file-peak"
      # bytes read through read(2) so far, page-cache hits included: what re-reading the store costs
      awk '/^rchar:/ {print int($2 / 1048576)}' "/proc/$pid/io" > "$INDEX.rchar" 2>/dev/null || true
    fi
  done ) &
SAMPLER=$!
corpus_mb=$(du -smL "$CORPUS" | cut -f1)
/usr/bin/time -f '%e %M %U %S' -o "$INDEX.time" "$ROOT/filmsearch" index --corpus "$CORPUS" --index "$INDEX" \
  > "$INDEX.summary" 2> "$LOG"
kill "$SAMPLER" 2>/dev/null || true; SAMPLER=""
read -r wall rss user sys < "$INDEX.time"
records=$(awk '/^indexed [0-9]+ records/ {print $2}' "$INDEX.summary")
size=$(du -sm "$INDEX/$(cat "$INDEX/CURRENT")" | cut -f1)
echo "| corpus MiB | records | wall s | records/s | CPU s (user+sys) | peak RSS MiB | peak disk MiB | index MiB |"
echo "|---|---|---|---|---|---|---|---|"
awk -v c="$corpus_mb" -v r="$records" -v w="$wall" -v u="$user" -v s="$sys" -v m="$rss" \
    -v d="$(cat "$INDEX.disk-peak" 2>/dev/null || echo 0)" -v z="$size" \
  'BEGIN { printf "| %d | %d | %.0f | %.0f | %.0f | %.0f | %d | %d |\n", c, r, w, r / w, u + s, m / 1024, d, z }'
grep -E '^time:' "$INDEX.summary" || true
echo "peak resident memory by kind (sampled every 5 s): anonymous $(cat "$INDEX.anon-peak" 2>/dev/null || echo ?) MiB," \
  "file-backed $(cat "$INDEX.file-peak" 2>/dev/null || echo ?) MiB"
echo "read by the build (rchar, page-cache hits included; the last 5-second sample): $(cat "$INDEX.rchar" 2>/dev/null || echo ?) MiB"

PORT=$((20000 + RANDOM % 20000))
start=$(date +%s%N)
"$ROOT/filmsearch" serve --port "$PORT" --corpus "$CORPUS" --index "$INDEX" > "$INDEX.serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 1200); do
  curl -sf "http://127.0.0.1:$PORT/api/search?q=star" >/dev/null && break
  sleep 0.05
done
echo "launch to first answer: $(( ($(date +%s%N) - start) / 1000000 )) ms"
