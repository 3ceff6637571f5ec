#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: `start` initdb's a cluster under /tmp, listening
# only on 127.0.0.1 (trust authentication, loopback only), and prints its URL; `url` prints the
# URL of a running one; `stop` stops it and removes the cluster. Exits 3 from `start` when no
# PostgreSQL server binaries are found (the tests then skip their PostgreSQL cases).
#
# As root the server runs as the `postgres` OS user (postgres refuses to run as root).
# Settings: EXAMSITE_PG_DIR (cluster folder, default /tmp/examsite-pg-$UID-<checkout hash>),
# EXAMSITE_PG_PORT (default: a free port), EXAMSITE_PG_BIN (folder with initdb and pg_ctl).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
tag=$(printf '%s' "$here" | sha256sum | cut -c1-8)
DIR=${EXAMSITE_PG_DIR:-/tmp/examsite-pg-$(id -u)-$tag}
DATA=$DIR/data

find_bin() {
  if [ -n "${EXAMSITE_PG_BIN:-}" ] && [ -x "$EXAMSITE_PG_BIN/pg_ctl" ]; then
    echo "$EXAMSITE_PG_BIN"; return 0; fi
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r) /usr/local/pgsql/bin; do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && [ -x "$d/postgres" ]; then
      echo "$d"; return 0; fi
  done
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"; return 0; fi
  return 1
}

# Run a server binary as the cluster's owner (postgres when we are root).
as_owner() {
  if [ "$(id -u)" = "0" ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  python3 - <<'PY'
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
}

url() {
  [ -f "$DIR/port" ] || { echo "no PostgreSQL test server is running" >&2; return 1; }
  echo "postgresql+psycopg://postgres@127.0.0.1:$(cat "$DIR/port")/postgres"
}

running() {
  local bin
  bin=$(find_bin) || return 1
  [ -f "$DATA/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

start() {
  local bin port
  if ! bin=$(find_bin); then
    echo "no PostgreSQL server binaries (install the Debian package postgresql)" >&2
    return 3
  fi
  if running; then url; return 0; fi
  if [ "$(id -u)" = "0" ] && ! id postgres >/dev/null 2>&1; then
    echo "running as root and there is no postgres user to run the server as" >&2
    return 3
  fi
  rm -rf "$DIR"
  mkdir -p "$DIR"
  port=${EXAMSITE_PG_PORT:-$(free_port)}
  [ "$(id -u)" = "0" ] && chown postgres: "$DIR"
  as_owner "$bin/initdb" -D "$DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
    --no-sync >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; return 1; }
  # Loopback only, trust only there; a throwaway cluster needs no durability.
  as_owner tee "$DATA/pg_hba.conf" >/dev/null <<HBA
local all all trust
host  all all 127.0.0.1/32 trust
HBA
  as_owner tee -a "$DATA/postgresql.conf" >/dev/null <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$DIR'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 64MB
CONF
  as_owner "$bin/pg_ctl" -D "$DATA" -l "$DIR/server.log" -w -t 60 start >/dev/null \
    || { cat "$DIR/server.log" >&2; return 1; }
  echo "$port" > "$DIR/port"
  url
}

stop() {
  local bin
  if bin=$(find_bin) && [ -f "$DATA/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$DATA" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$DIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) url ;;
  status) running && url ;;
  *) echo "usage: $0 start|stop|url|status" >&2; exit 2 ;;
esac
