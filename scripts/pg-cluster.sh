#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests (docs/teamstore.md "Testing on a real server").
#
#   scripts/pg-cluster.sh start DIR   initdb a cluster in a new temporary folder and start it, listening only
#                                     on a unix socket in that folder (no TCP); writes DIR/conninfo (a libpq
#                                     URL) and prints it
#   scripts/pg-cluster.sh stop DIR    stops the cluster DIR names and deletes its folder; nothing to stop is fine
#
# PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` system user (created by
# Debian's postgresql package; a `redline-pg` system user is made when it is missing). DIR itself only holds
# pointers (conninfo, cluster, log): the cluster lives under /tmp, whose path any user can reach and is short
# enough for a socket's name. Authentication is `trust` on the socket: the folder is the only way in.
set -euo pipefail

usage() { echo "usage: $0 start|stop DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
command=$1
dir=$(realpath -m "$2")
cd / # the cluster's owner may not be able to enter the caller's folder

bindir=${PG_BINDIR:-/usr/lib/postgresql/15/bin}
port=5432 # the socket's name only: each cluster has a folder of its own

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$owner" -- "$@"
  else
    "$@"
  fi
}

pick_owner() {
  if [ "$(id -u)" -ne 0 ]; then
    owner=$(id -un)
  elif id -u postgres >/dev/null 2>&1; then
    owner=postgres
  else
    id -u redline-pg >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin redline-pg
    owner=redline-pg
  fi
}

stop_cluster() {
  [ -f "$dir/cluster" ] || return 0
  local cluster
  cluster=$(cat "$dir/cluster")
  pick_owner
  if [ -d "$cluster/data" ] && [ -f "$cluster/data/postmaster.pid" ]; then
    as_owner "$bindir/pg_ctl" -D "$cluster/data" -m fast -w stop >/dev/null || true
  fi
  case "$cluster" in
    /tmp/redline-pg.*) rm -rf "$cluster" ;;
  esac
  rm -f "$dir/cluster" "$dir/conninfo"
}

start_cluster() {
  if [ ! -x "$bindir/initdb" ]; then
    echo "pg-cluster: no PostgreSQL server in $bindir (run scripts/setup.sh as root: it installs postgresql)" >&2
    exit 2
  fi
  mkdir -p "$dir"
  stop_cluster # a cluster left by an interrupted run
  pick_owner
  local cluster
  cluster=$(mktemp -d /tmp/redline-pg.XXXXXX)
  chmod 0711 "$cluster"
  [ "$(id -u)" -ne 0 ] || chown "$owner" "$cluster"
  echo "$cluster" > "$dir/cluster"
  as_owner "$bindir/initdb" -D "$cluster/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync \
    > "$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  as_owner "$bindir/pg_ctl" -D "$cluster/data" -w -t 60 -l "$cluster/server.log" \
    -o "-c listen_addresses='' -c unix_socket_directories='$cluster' -c port=$port -c fsync=off" start \
    > /dev/null || { cat "$cluster/server.log" >&2; exit 1; }
  local url="postgresql:///postgres?host=$cluster&port=$port&user=postgres"
  echo "$url" > "$dir/conninfo"
  echo "$url"
}

case "$command" in
  start) start_cluster ;;
  stop) stop_cluster ;;
  *) usage ;;
esac
