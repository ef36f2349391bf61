#!/usr/bin/env bash
# Start a throwaway PostgreSQL (Debian's postgresql package) for the service tests, listening on 127.0.0.1
# only, and print its SQLAlchemy URL. Run again: it reuses the cluster if it is already up.
#   CALLGUARD_PG_DIR (default /tmp/callguard-pg), CALLGUARD_PG_PORT (default 54329)
set -euo pipefail
dir=${CALLGUARD_PG_DIR:-/tmp/callguard-pg}
port=${CALLGUARD_PG_PORT:-54329}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || { echo "postgres.sh: Debian's postgresql is not installed (scripts/setup.sh --test)" >&2; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ ! -f "$dir/PG_VERSION" ]; then
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  as_pg "$bin/initdb" -D "$dir" -A trust -U callguard >/dev/null
fi
if ! as_pg "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
  as_pg "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
fi
echo "postgresql+psycopg://callguard@127.0.0.1:$port/postgres"
