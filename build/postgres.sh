#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL server for the host's tests (used by .ci/run).
#   build/postgres.sh start <dir> <port>   initdb into <dir> (owned by the postgres user), start on 127.0.0.1:<port>
#   build/postgres.sh stop <dir>           stop it and remove <dir>
# Debian's postgresql package is installed when missing. PostgreSQL refuses to run as root, hence runuser.
set -euo pipefail
action=$1 dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$action" in
  start)
    port=$3
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
      bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    fi
    rm -rf "$dir" && mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    as_pg "$bin/initdb" -D "$dir/data" -A trust -U postgres >/dev/null
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" -w start >/dev/null
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true"
    ;;
  stop)
    if [ -n "$bin" ] && [ -d "$dir/data" ]; then as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true; fi
    rm -rf "$dir"
    ;;
esac
