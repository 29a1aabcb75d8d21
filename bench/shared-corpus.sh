#!/usr/bin/env bash
# Builds a corpus folder of symbolic links to the real data sets in ../shared/corpus, with this project's
# mapping files (mappings/shared/<set>/NAME.mapping.json) copied beside the data files they describe.
# The shared data is never copied into the project. Usage: bench/shared-corpus.sh OUT_DIR [SHARED_CORPUS]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:?usage: shared-corpus.sh OUT_DIR [SHARED_CORPUS]}"
SHARED="$(cd "${2:-$ROOT/../shared/corpus}" 2>/dev/null && pwd)" || {
  echo "shared-corpus.sh: the shared corpus folder (${2:-$ROOT/../shared/corpus}) is absent" >&2; exit 2; }

rm -rf "$OUT"
mkdir -p "$OUT"
( cd "$SHARED" && find . -type f \( -name '*.csv' -o -name '*.csv.gz' -o -name '*.json' -o -name '*.json.gz' \
    -o -name '*.jsonl' -o -name '*.jsonl.gz' -o -name '*.tsv' -o -name '*.tsv.gz' \) -print ) | sort |
while read -r rel; do
  mkdir -p "$OUT/$(dirname "$rel")"
  ln -s "$SHARED/$rel" "$OUT/$rel"
done
if [ -d "$ROOT/mappings/shared" ]; then
  ( cd "$ROOT/mappings/shared" && find . -name '*.mapping.json' -print ) | while read -r rel; do
    mkdir -p "$OUT/$(dirname "$rel")"
    cp "$ROOT/mappings/shared/$rel" "$OUT/$rel"
  done
fi
echo "$OUT"
