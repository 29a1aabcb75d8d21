#!/usr/bin/env bash
# Installs the PostgreSQL peer: PostgreSQL 15 and its contrib modules (unaccent) from Debian, when
# /usr/lib/postgresql/15/bin/initdb is missing (needs root). Nothing is downloaded into CACHE_DIR: it only records
# the server's bin folder (CACHE_DIR/pg-bin) for start.sh. The benchmark runs its own throwaway cluster (start.sh);
# it neither uses nor starts Debian's "main" cluster that the package may create.
# The HTTP front runs from the benchmark jar (benchmarks/target/filmsearch-bench.jar), built with the project.
# Usage: install.sh CACHE_DIR
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../common.sh"

[ $# -eq 1 ] || { echo "usage: install.sh CACHE_DIR" >&2; exit 2; }
mkdir -p "$1"
cache="$(cd "$1" && pwd)"
bin=/usr/lib/postgresql/15/bin

if [ -x "$bin/initdb" ] && [ -f /usr/share/postgresql/15/extension/unaccent.control ]; then
  echo "postgres: reusing $("$bin/postgres" --version)"
else
  [ "$(id -u)" = 0 ] || { echo "postgres install: PostgreSQL 15 is missing; run as root to apt-get install it" >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql postgresql-contrib >/dev/null \
    || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql postgresql-contrib >/dev/null; } \
    || { echo "postgres install: apt-get install postgresql postgresql-contrib failed" >&2; exit 1; }
  [ -x "$bin/initdb" ] || { echo "postgres install: $bin/initdb is still missing (the Debian postgresql package is not version 15 here)" >&2; exit 1; }
  [ -f /usr/share/postgresql/15/extension/unaccent.control ] || { echo "postgres install: the unaccent extension is missing" >&2; exit 1; }
  echo "postgres: installed $("$bin/postgres" --version)"
fi
bench_user >/dev/null   # creates the unprivileged user the cluster runs as, when root
echo "$bin" > "$cache/pg-bin"
