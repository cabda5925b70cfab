#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests (issue 11): made in a folder of its own, reachable only through a
# Unix socket in that folder (no TCP port is opened), and removed again.
#
#   tests/pg/cluster.sh start DIR   initdb into a new sagstjek-pg.* folder, start it with its socket there;
#                                   writes DIR/env (PGHOST, PGPORT, PGUSER, PGDATABASE for the tests; PGLOG, the server log)
#   tests/pg/cluster.sh stop DIR    stop it and remove both folders
#
# The server refuses to run as root: run as root, the cluster belongs to the `postgres` user that Debian's
# postgresql-15 package creates. Local connections are trusted: only the cluster's owner (and root) can reach the
# socket, whose folder is 0700. A test run killed before the stop leaves a sagstjek-pg.* folder behind; the
# next start of the same DIR stops and removes it.
#
# The cluster lives in memory (/dev/shm) when there is room: the suites make a database for each test, some
# 80,000 files by the end of a run, and deleting them from a busy disk took over two minutes (past the stop's
# timeout), where a disk was never the point. Without the room, under /tmp.
set -euo pipefail

bin=/usr/lib/postgresql/15/bin
action=${1:-}
dir=${2:-}
[[ -n "$action" && -n "$dir" ]] || { sed -n 2,12p "$0" >&2; exit 1; }
[[ -x "$bin/initdb" ]] || { echo "cluster.sh: PostgreSQL 15 is not installed: run scripts/install-deps.sh --test" >&2; exit 1; }

as_owner=()
owner=$(id -un)
if [[ $(id -u) -eq 0 ]]; then
  owner=postgres
  as_owner=(runuser -u postgres --)
fi
port=5432 # names the socket file only: the socket folder is private to this cluster

case "$action" in
start)
  "$0" stop "$dir"
  mkdir -p "$dir"
  # The cluster itself lives outside the build tree: a socket path must stay under 108 bytes, and the cluster's owner
  # must be able to reach it (a build tree under /root is not). DIR/cluster says where.
  parent=/tmp
  if [[ -d /dev/shm && -w /dev/shm ]] && (( $(df --output=avail -k /dev/shm | tail -1) > 8 * 1024 * 1024 )); then
    parent=/dev/shm
  fi
  cluster=$(mktemp -d "$parent/sagstjek-pg.XXXXXX")
  chmod 0755 "$cluster"
  echo "$cluster" >"$dir/cluster"
  install -d -m 0700 -o "$owner" "$cluster/data" "$cluster/socket"
  "${as_owner[@]}" "$bin/initdb" -D "$cluster/data" -U "$owner" --auth=trust -E UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  "${as_owner[@]}" "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/data/server.log" -w -t 60 \
    -o "-c listen_addresses='' -c unix_socket_directories='$cluster/socket' -p $port -c fsync=off" start >/dev/null ||
    { cat "$cluster/data/server.log" >&2; exit 1; }
  printf 'PGHOST=%s\nPGPORT=%s\nPGUSER=%s\nPGDATABASE=postgres\nPGLOG=%s\n' "$cluster/socket" "$port" "$owner" \
    "$cluster/data/server.log" >"$dir/env"
  ;;
stop)
  if [[ -f "$dir/cluster" ]]; then
    cluster=$(cat "$dir/cluster")
    if [[ "$cluster" == /tmp/sagstjek-pg.* || "$cluster" == /dev/shm/sagstjek-pg.* ]] && [[ -d "$cluster" ]]; then
      if [[ -f "$cluster/data/postmaster.pid" ]]; then
        "${as_owner[@]}" "$bin/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null || true
      fi
      rm -rf "$cluster"
    fi
  fi
  rm -rf "$dir"
  ;;
*)
  echo "cluster.sh: unknown action $action (start or stop)" >&2
  exit 1
  ;;
esac
