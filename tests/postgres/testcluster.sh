#!/bin/sh
# A throwaway PostgreSQL cluster for the tests (issue "Study centres").
#
#   testcluster.sh start STATE   initdb into a new temporary folder, start the
#                                server on a Unix socket in that folder only
#                                (no TCP), and write its connection string
#                                to the file STATE
#   testcluster.sh stop STATE    stop that server and remove the folder
#
# CTest runs them as the setup and cleanup of the fixture "postgres", so the
# cluster is removed also when a test fails. Without PostgreSQL, STATE says
# why ("unavailable: ...") and the PostgreSQL rows of the tests are skipped
# with that message. initdb refuses to run as root: as root, the server runs
# as the system user "postgres" that Debian's package creates.
set -eu

command=${1:?usage: testcluster.sh start|stop STATE}
state=${2:?usage: testcluster.sh start|stop STATE}

# What the last start found, kept after the stop for ./dev.sh test to show.
say() {
    echo "testcluster: $*"
    echo "testcluster: $*" > "$state.log"
}

unavailable() {
    echo "unavailable: $*" > "$state"
    say "PostgreSQL rows of the storage, importer and server suites SKIPPED: $*"
    exit 0
}

as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)

case $command in
start)
    [ -n "$bindir" ] && [ -x "$bindir/initdb" ] || unavailable "PostgreSQL is not installed (Debian package postgresql-15)"
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
        unavailable "running as root and there is no user 'postgres' to run the server as"
    fi
    folder=$(mktemp -d "${TMPDIR:-/tmp}/cairn-pg.XXXXXX")
    [ "$(id -u)" -eq 0 ] && chown postgres "$folder"
    chmod 700 "$folder"
    if ! as_server_user "$bindir/initdb" -D "$folder/data" -U cairn_test --auth=trust -E UTF8 --locale=C.UTF-8 \
        > "$folder/initdb.log" 2>&1; then
        cat "$folder/initdb.log"
        rm -rf "$folder"
        unavailable "initdb failed"
    fi
    # Durability is not tested here: fsync off makes the cluster quick.
    if ! as_server_user "$bindir/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 30 \
        -o "-c listen_addresses='' -k $folder -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=120" \
        start > /dev/null; then
        cat "$folder/server.log" || true
        rm -rf "$folder"
        unavailable "the server did not start"
    fi
    echo "host=$folder port=5432 user=cairn_test dbname=postgres" > "$state"
    echo "$folder" > "$state.folder"
    say "storage, importer and server suites also ran on PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') (a throwaway cluster in $folder, now removed)"
    ;;
stop)
    if [ -f "$state.folder" ]; then
        folder=$(cat "$state.folder")
        as_server_user "$bindir/pg_ctl" -D "$folder/data" -m immediate -w stop > /dev/null 2>&1 || true
        rm -rf "$folder"
    fi
    rm -f "$state" "$state.folder"
    ;;
*)
    echo "usage: testcluster.sh start|stop STATE" >&2
    exit 2
    ;;
esac
