#!/usr/bin/env bash
# npm run demo [-- --fresh]
# Serves the bundled demo news web (demo/*.json) on loopback, ingests it through the real ingest
# CLI into data/demo.db, builds the site when needed and starts it on ${PORT:-3000}. No network.
# A second run reuses data/demo.db (and .next when up to date); --fresh re-ingests from scratch.
set -euo pipefail
cd "$(dirname "$0")/.."

export NEXT_TELEMETRY_DISABLED=1
PORT="${PORT:-3000}"
DB_FILE="data/demo.db"
DB_URL="file:./$DB_FILE"
DONE_MARK="data/demo.db.complete"   # written only after a successful ingest
FRESH=0
for arg in "$@"; do
  case "$arg" in
    --fresh) FRESH=1 ;;
    -h|--help) sed -n '2,5s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "demo: unknown argument $arg (only --fresh)" >&2; exit 2 ;;
  esac
done

log() { echo "demo: $*" >&2; }
TMP="$(mktemp -d)"
SERVER_PID=""
stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
}
cleanup() { stop_server; rm -rf "$TMP"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

start_demo_server() {
  node_modules/.bin/tsx scripts/demo-server.ts --ready-file "$TMP/base" --sources-file "$TMP/sources.json" \
    >"$TMP/urls" 2>"$TMP/server.log" &
  SERVER_PID=$!
  for _ in $(seq 1 300); do
    [ -s "$TMP/base" ] && return 0
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then break; fi
    sleep 0.1
  done
  log "the demo server did not start:"; cat "$TMP/server.log" >&2
  exit 1
}

ingest_demo() {
  rm -f "$DB_FILE" "$DB_FILE"-journal "$DB_FILE"-wal "$DB_FILE"-shm "$DONE_MARK"
  mkdir -p data
  start_demo_server
  log "serving $(grep -c '^http' "$TMP/urls") demo sources at $(cat "$TMP/base"); ingesting into $DB_FILE"
  # The source list carries each outlet's name, language, time zone and official flag.
  # the ingest refuses private addresses unless their origin is named (issue 14)
  if ! INGEST_ALLOW_PRIVATE="$(cat "$TMP/base")" DATABASE_URL="$DB_URL" npm run --silent ingest -- --sources "$TMP/sources.json"; then
    log "ingest failed; $DB_FILE is incomplete and will be rebuilt on the next run"
    exit 1
  fi
  stop_server
  date -u +%Y-%m-%dT%H:%M:%SZ >"$DONE_MARK"
}

# a taken port is said plainly before the long steps, instead of Next's EADDRINUSE stack trace later
if ! node -e 'const s=require("net").createServer().once("error",()=>process.exit(1)).listen(+process.argv[1],()=>s.close())' "$PORT"; then
  log "port $PORT is already in use; stop what listens there or choose another port: PORT=3001 npm run demo"
  exit 1
fi

if [ "$FRESH" = 1 ] || [ ! -f "$DONE_MARK" ] || [ ! -f "$DB_FILE" ]; then
  ingest_demo
else
  log "reusing $DB_FILE (ingested $(cat "$DONE_MARK"); pass --fresh to ingest again)"
fi

# rebuilt only when something the site bundles is newer than .next (scripts/ensure-next-build.ts)
node_modules/.bin/tsx scripts/build-site.ts

log "Outage Atlas demo: http://localhost:$PORT"
cleanup
trap - EXIT
DATABASE_URL="$DB_URL" exec npx next start -p "$PORT"
