#!/usr/bin/env bash
# Runs test files against PostgreSQL (issue 21): starts a throwaway cluster (initdb + pg_ctl, as the
# postgres user when run as root) on a free local port, runs the files with TEST_BACKEND=postgres
# (each test file gets a database of its own, test/helpers/test-database.ts), stops and deletes it.
#   bash scripts/test-postgres.sh [FILE...]   (default: every test file that takes its database from
#   test/helpers/test-database.ts: the database, ingest, search, API, feed and site tests, the
#   browser and `next start` tests of test/e2e included (one build serves both backends: next start
#   reads DATABASE_URL when it starts); the others either use no database or are about the SQLite
#   file itself)
# Without PostgreSQL installed it says so and skips, unless REQUIRE_POSTGRES=1 (CI), which fails.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  if [ "${REQUIRE_POSTGRES:-}" = 1 ]; then echo "test-postgres: PostgreSQL is not installed (REQUIRE_POSTGRES=1)" >&2; exit 1; fi
  echo "test-postgres: *** PostgreSQL is not installed here: the PostgreSQL test run is SKIPPED ***" >&2
  exit 0
fi
dir=$(mktemp -d /tmp/oa-pg-XXXXXX)
as=()
if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; as=(runuser -u postgres --); fi
# set before anything can fail (a port taken by another cluster makes pg_ctl fail): nothing is left behind
trap '"${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT
"${as[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
port=${PG_TEST_PORT:-$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}
# fsync off: a throwaway cluster need not survive a power cut, and tests create many databases
"${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w start \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=300" >/dev/null
echo "test-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
export TEST_BACKEND=postgres PG_TEST_URL="postgres://postgres@127.0.0.1:$port/postgres"
if [ $# -eq 0 ]; then set -- $(grep -rlE "testDatabaseUrl|useTempDatabase" test --include='*.test.ts' | sort); fi
node scripts/run-tests.mjs "$@"
