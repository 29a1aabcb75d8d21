#!/usr/bin/env bash
# Installs OpenSearch 3.6.0 (the integration-test zip: no bundled JDK, no plugins, so no security plugin) into
# CACHE_DIR/opensearch-3.6.0, fetched with Maven from the project's Maven repository. Reuses what is already there.
# Usage: install.sh CACHE_DIR
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../common.sh"

[ $# -eq 1 ] || { echo "usage: install.sh CACHE_DIR" >&2; exit 2; }
VERSION=3.6.0
ARTIFACT="org.opensearch.distribution.integ-test-zip:opensearch:$VERSION:zip"
mkdir -p "$1"
CACHE_DIR="$(cd "$1" && pwd)"
HOME_DIR="$CACHE_DIR/opensearch-$VERSION"

if [ ! -x "$HOME_DIR/bin/opensearch" ]; then
  ZIP="$CACHE_DIR/opensearch-$VERSION.zip"
  if [ ! -s "$ZIP" ]; then
    command -v mvn >/dev/null || { echo "install.sh: mvn is needed to fetch $ARTIFACT" >&2; exit 1; }
    mvn -B -q -ntp -Dstyle.color=never dependency:copy -Dartifact="$ARTIFACT" -DoutputDirectory="$CACHE_DIR" -Dmdep.overWriteReleases=true \
      || { echo "install.sh: could not fetch $ARTIFACT" >&2; exit 1; }
  fi
  command -v unzip >/dev/null || { echo "install.sh: unzip is needed (apt-get install unzip)" >&2; exit 1; }
  rm -rf "$HOME_DIR.tmp"
  mkdir -p "$HOME_DIR.tmp"
  unzip -q "$ZIP" -d "$HOME_DIR.tmp" || { echo "install.sh: $ZIP is not a valid zip" >&2; exit 1; }
  mv "$HOME_DIR.tmp/opensearch-$VERSION" "$HOME_DIR"
  rm -rf "$HOME_DIR.tmp" "$ZIP"
fi
if [ -n "$(ls -A "$HOME_DIR/plugins")" ]; then
  echo "install.sh: $HOME_DIR/plugins is not empty; expected the plain distribution" >&2; exit 1
fi
# OpenSearch refuses to run as root: the distribution belongs to the bench user.
if [ "$(id -u)" = 0 ]; then chown -R "$(bench_user):" "$HOME_DIR"; fi
echo "opensearch $VERSION in $HOME_DIR"
