#!/usr/bin/env bash
# Indexing throughput on the full shared corpus: runs `filmsearch index` RUNS times (default 3) on a corpus of
# links to ../shared/corpus and prints wall time, records indexed per second, peak RSS and index size.
# Usage: bench/index-throughput.sh [RUNS]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${1:-3}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
"$ROOT/bench/shared-corpus.sh" "$WORK/corpus" >/dev/null
"$ROOT/filmsearch" build
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
printf '| run | wall s | records indexed | records/s | peak RSS MiB | index MiB |\n|---|---|---|---|---|---|\n'
for i in $(seq 1 "$RUNS"); do
  rm -rf "$WORK/index"
  /usr/bin/time -f '%e %M' -o "$WORK/time" "$ROOT/filmsearch" index -q --corpus "$WORK/corpus" --index "$WORK/index" > "$WORK/summary"
  read -r wall rss < "$WORK/time"
  records=$(awk '/^indexed [0-9]+ records/ {print $2}' "$WORK/summary")
  size=$(du -sm "$WORK/index/$(cat "$WORK/index/CURRENT")" | cut -f1)
  awk -v i="$i" -v w="$wall" -v r="$records" -v m="$rss" -v s="$size" \
    'BEGIN { printf "| %d | %.1f | %d | %.0f | %.0f | %d |\n", i, w, r, r / w, m / 1024, s }'
done
echo
echo "summary of the last run:"
sed 's/^/    /' "$WORK/summary"
