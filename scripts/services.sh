# Throwaway services for the test and benchmark scripts, sourced by them:
#   start_postgres  a PostgreSQL cluster on a free 127.0.0.1 port (exports VAARDIG_TEST_POSTGRES)
#   start_s3        a moto S3 server on a free 127.0.0.1 port with one bucket (exports
#                   VAARDIG_TEST_BLOB_URL and the AWS_* variables)
# Each returns non-zero when its service cannot be started (callers test it with `if`, where
# `set -e` does not apply: hence the explicit `|| return 1`). Both are stopped and removed when the
# sourcing script exits.

services_dir=$(mktemp -d /tmp/vaardig-services.XXXXXX)
service_pids=()
stop_services() {
  if [ -f "$services_dir/pg/data/postmaster.pid" ]; then
    as_postgres "$pg_bin/pg_ctl" -D "$services_dir/pg/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  for pid in ${service_pids[@]+"${service_pids[@]}"}; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$services_dir"
}
trap stop_services EXIT

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# PostgreSQL refuses to run as root: as root, run its programs as the OS user postgres.
as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# The folder of initdb/pg_ctl, installing PostgreSQL with apt when it is missing and we may.
find_postgres() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$found" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >&2
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  fi
  [ -n "$found" ] && [ -x "$found/initdb" ] && echo "$found"
}

start_postgres() {
  pg_bin=$(find_postgres) || { echo "PostgreSQL server binaries not found: PostgreSQL tests left out"; return 1; }
  local port; port=$(free_port)
  mkdir -p "$services_dir/pg" || return 1
  if [ "$(id -u)" = 0 ]; then chown postgres "$services_dir" "$services_dir/pg" || return 1; fi
  as_postgres "$pg_bin/initdb" -D "$services_dir/pg/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
    >/dev/null || return 1
  as_postgres "$pg_bin/pg_ctl" -D "$services_dir/pg/data" -l "$services_dir/pg/log" -w \
    -o "-p $port -k $services_dir/pg -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off" \
    start >/dev/null || { cat "$services_dir/pg/log" >&2; return 1; }
  export VAARDIG_TEST_POSTGRES="postgres://postgres@127.0.0.1:$port"
  echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
}

start_s3() {
  if ! python3 -c 'import moto.server, flask_cors' 2>/dev/null; then
    python3 -m pip install --quiet --disable-pip-version-check 'moto[server]==5.2.1' || return 1
  fi
  local port; port=$(free_port)
  python3 -m moto.server -H 127.0.0.1 -p "$port" >"$services_dir/moto.log" 2>&1 &
  service_pids+=($!)
  local tries=0
  until curl -fs "http://127.0.0.1:$port/moto-api/" >/dev/null 2>&1; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ]; then cat "$services_dir/moto.log" >&2; return 1; fi
    sleep 0.2
  done
  curl -fsS -X PUT "http://127.0.0.1:$port/vaardig-test" >/dev/null || return 1
  export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_REGION=us-east-1
  export AWS_ENDPOINT="http://127.0.0.1:$port" AWS_ALLOW_HTTP=true
  export VAARDIG_TEST_BLOB_URL=s3://vaardig-test
  echo "S3 (moto) on 127.0.0.1:$port"
}
