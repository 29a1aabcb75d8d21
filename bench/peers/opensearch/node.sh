# One OpenSearch node's folder and process, shared by start.sh (one node) and bench/opensearch-cluster.sh (several);
# sourced after ../common.sh, not run.
#   os_node_prepare HOME_DIR DATA_DIR: a configuration folder of the node's own in DATA_DIR/config (the keystore
#     OpenSearch creates goes there too), with the JVM's relative paths (GC log, error file, heap dump) pointed into
#     DATA_DIR so nothing is written into the distribution; data, logs and tmp folders beside it. The caller then
#     writes DATA_DIR/config/opensearch.yml.
#   os_node_launch HOME_DIR DATA_DIR HEAP: runs the node as the bench user with the launcher's JDK and -Xms=-Xmx=HEAP,
#     console in DATA_DIR/opensearch.log, and waits until it wrote its pid (DATA_DIR/pid). Fails, with the console's
#     last lines, when it exits first.

os_node_prepare() {
  local home="$1" data="$2" conf="$2/config"
  rm -f "$data/pid" "$data/opensearch.pid"
  mkdir -p "$conf" "$data/data" "$data/logs" "$data/tmp"
  cp "$home/config/log4j2.properties" "$conf/"
  sed -e '/^-Xm[sx]/d' \
      -e "s|file=logs/gc.log|file=$data/logs/gc.log|" \
      -e "s|-XX:ErrorFile=logs/|-XX:ErrorFile=$data/logs/|" \
      -e "s|-XX:HeapDumpPath=data|-XX:HeapDumpPath=$data/logs|" \
      "$home/config/jvm.options" > "$conf/jvm.options"
  mkdir -p "$conf/jvm.options.d"
}

os_node_launch() {
  local home="$1" data="$2" heap="$3" launcher child
  if [ "$(id -u)" = 0 ]; then chown -R "$(bench_user):" "$data"; fi
  # OpenSearch asks for 65535 open files; raise the limit where allowed (it only warns otherwise).
  ulimit -n 65535 2>/dev/null || true
  bench_as_user env OPENSEARCH_JAVA_HOME="$(bench_java_home)" OPENSEARCH_PATH_CONF="$data/config" \
    OPENSEARCH_TMPDIR="$data/tmp" OPENSEARCH_JAVA_OPTS="-Xms$heap -Xmx$heap" \
    setsid "$home/bin/opensearch" -p "$data/opensearch.pid" > "$data/opensearch.log" 2>&1 < /dev/null &
  launcher=$!
  for _ in $(seq 1 1200); do
    [ -s "$data/opensearch.pid" ] && break
    kill -0 "$launcher" 2>/dev/null || break
    sleep 0.1
  done
  if [ ! -s "$data/opensearch.pid" ]; then
    for child in $(pgrep -P "$launcher" || true); do kill -KILL "$child" 2>/dev/null || true; done
    echo "OpenSearch did not start; see $data/opensearch.log:" >&2
    tail -n 20 "$data/opensearch.log" >&2
    return 1
  fi
  cat "$data/opensearch.pid" > "$data/pid"
}
