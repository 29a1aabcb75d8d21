#!/usr/bin/env bash
# Starts the PostgreSQL peer: a throwaway cluster in DATA_DIR/pgdata (initdb once; an existing one is reused) on
# 127.0.0.1:PORT with its unix socket in DATA_DIR, the database "films", and the benchmark's thin HTTP front
# (dev.filmsearch.bench.postgres.PgHttpFront, PostgreSQL speaks no HTTP) on 127.0.0.1:PORT+1 (PG_FRONT_PORT
# overrides). PostgreSQL refuses to run as root: both run as the bench user. Waits until the front answers.
# Settings (DATA_DIR/pgdata/bench.conf, rewritten at every start) for this 24 GiB, 2-core machine:
# shared_buffers = HEAP (the heap the JVM engines get), the rest PostgreSQL's usual tuning for a dedicated box.
# Writes DATA_DIR/pid (postmaster), front.pid, url (the front), load-url (for `load --url`), index-path (the
# database's folder under base/: table, TOAST, GIN indexes and its small catalog). Logs: DATA_DIR/*.log.
# Usage: start.sh CACHE_DIR DATA_DIR PORT HEAP
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../common.sh"

[ $# -eq 4 ] || { echo "usage: start.sh CACHE_DIR DATA_DIR PORT HEAP" >&2; exit 2; }
cache="$1" port="$3" heap="$4"
front_port="${PG_FRONT_PORT:-$((port + 1))}"
jar="${BENCH_JAR:-$BENCH_ROOT/benchmarks/target/filmsearch-bench.jar}"
bin="$(cat "$cache/pg-bin" 2>/dev/null || true)"
[ -n "$bin" ] && [ -x "$bin/initdb" ] || { echo "postgres is not installed in $cache: run install.sh $cache" >&2; exit 1; }
[ -f "$jar" ] || { echo "postgres: the front's jar $jar is missing; build it: mvn -B -q package -DskipTests -pl benchmarks -am" >&2; exit 1; }
[[ "$heap" =~ ^([0-9]+)([kKmMgG])$ ]] || { echo "postgres: HEAP must look like 512m or 1g, not '$heap'" >&2; exit 2; }
case "${BASH_REMATCH[2]}" in k|K) unit=kB ;; m|M) unit=MB ;; g|G) unit=GB ;; esac
shared_buffers="${BASH_REMATCH[1]}$unit"

mkdir -p "$2"
data="$(cd "$2" && pwd)"
pgdata="$data/pgdata"
cd "$data"   # the bench user may not be able to read the caller's folder
for f in pid front.pid; do
  if [ -s "$data/$f" ] && kill -0 "$(cat "$data/$f")" 2>/dev/null; then
    echo "postgres is already running in $data ($f $(cat "$data/$f")); stop.sh $data first" >&2; exit 1
  fi
done
user="$(bench_user)"
[ "$(id -u)" = 0 ] && chown "$user:" "$data"
echo "$bin" > "$data/pg-bin"

if [ ! -f "$pgdata/PG_VERSION" ]; then
  rm -rf "$pgdata"
  bench_as_user "$bin/initdb" -D "$pgdata" -U postgres -E UTF8 --locale=C.UTF-8 --auth=trust >"$data/initdb.log" 2>&1 \
    || { echo "postgres: initdb failed; see $data/initdb.log" >&2; tail -n 5 "$data/initdb.log" >&2; exit 1; }
  # trust, for this machine only: the unix socket in DATA_DIR and 127.0.0.1
  printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' > "$pgdata/pg_hba.conf"
  echo "include_if_exists = 'bench.conf'" >> "$pgdata/postgresql.conf"
  [ "$(id -u)" = 0 ] && chown "$user:" "$pgdata/pg_hba.conf"
fi
cat > "$pgdata/bench.conf" <<CONF
# written by bench/peers/postgres/start.sh at every start
listen_addresses = '127.0.0.1'
max_connections = 40
shared_buffers = $shared_buffers          # = HEAP, what the JVM engines get as heap
effective_cache_size = 8GB                # the OS page cache PostgreSQL can count on (24 GiB shared with the other engines)
work_mem = 64MB                           # facets: unnest + GROUP BY over all matches
maintenance_work_mem = 1GB                # GIN index build
max_wal_size = 8GB                        # no forced checkpoints during the bulk load
min_wal_size = 1GB
checkpoint_timeout = 15min
checkpoint_completion_target = 0.9
random_page_cost = 1.1                    # SSD
effective_io_concurrency = 200
max_worker_processes = 4                  # 2 cores
max_parallel_workers = 2
max_parallel_workers_per_gather = 2
max_parallel_maintenance_workers = 2
jit = off                                 # JIT compilation costs more than it saves on short queries
log_destination = 'stderr'
logging_collector = off
CONF
[ "$(id -u)" = 0 ] && chown "$user:" "$pgdata/bench.conf"

touch "$data/postgres.log" && [ "$(id -u)" = 0 ] && chown "$user:" "$data/postgres.log"
bench_as_user "$bin/pg_ctl" -D "$pgdata" -l "$data/postgres.log" -w -t 120 \
    -o "-p $port -k $data -c listen_addresses=127.0.0.1" start >/dev/null \
  || { echo "postgres: the cluster did not start; see $data/postgres.log" >&2; tail -n 10 "$data/postgres.log" >&2; exit 1; }
head -n 1 "$pgdata/postmaster.pid" > "$data/pid"

psql=(bench_as_user "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$data" -p "$port" -U postgres -d postgres -tA)
if [ -z "$("${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = 'films'")" ]; then
  "${psql[@]}" -c "CREATE DATABASE films" >/dev/null
fi
oid="$("${psql[@]}" -c "SELECT oid FROM pg_database WHERE datname = 'films'")"

# the thin HTTP front: 8 threads, one JDBC connection each; a small heap (it holds no data)
java_home="$(bench_java_home)"
touch "$data/front.log" && [ "$(id -u)" = 0 ] && chown "$user:" "$data/front.log"
runner=()
[ "$(id -u)" = 0 ] && runner=(setpriv --reuid="$user" --regid="$user" --init-groups --)
nohup "${runner[@]}" "$java_home/bin/java" -Xms256m -Xmx256m -XX:+UseSerialGC -XX:+PerfDisableSharedMem \
    -cp "$jar" dev.filmsearch.bench.postgres.PgHttpFront --port "$front_port" \
    --pg "postgresql://postgres@127.0.0.1:$port/films" >"$data/front.log" 2>&1 </dev/null &
front_pid=$!
echo "$front_pid" > "$data/front.pid"

url="http://127.0.0.1:$front_port"
if ! bench_wait_ready "postgres: the HTTP front" "$url/health" "$front_pid" 60 "$data/front.log"; then
  "$here/stop.sh" "$data" >&2 || true
  exit 1
fi

echo "$url" > "$data/url"
echo "postgresql://postgres@127.0.0.1:$port/films" > "$data/load-url"
echo "$pgdata/base/$oid" > "$data/index-path"
echo "postgres: running on 127.0.0.1:$port (pid $(cat "$data/pid")), front $url (pid $front_pid)"
