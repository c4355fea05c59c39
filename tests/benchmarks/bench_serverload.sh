#!/bin/sh
# bench_serverload on a throwaway PostgreSQL cluster, started before and
# removed after (also when the benchmark fails). Arguments go to the benchmark:
#   tests/benchmarks/bench_serverload.sh [--clients 50] [--seconds 60] [--courses 100000] [--think-ms 1000]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
state=$(mktemp -u "${TMPDIR:-/tmp}/cairn-load-server.XXXXXX")
trap '"$root/tests/postgres/testcluster.sh" stop "$state"' EXIT
"$root/tests/postgres/testcluster.sh" start "$state" > /dev/null
if grep -q '^unavailable' "$state"; then
    cat "$state" >&2
    exit 1
fi
"$root/build/default/tests/benchmarks/bench_serverload" --server "$(cat "$state")" "$@"
