// npm run worker: polls every due source forever (see lib/ingest/run-worker.ts), one JSON log line
// per poll and per batch on stdout; SIGTERM or SIGINT stops it after the batch in flight, a second
// signal stops it at once (ingest is crash-safe).
import fs from "node:fs";
import { closeDb, getDb } from "../lib/db/client";
import { registerSources } from "../lib/ingest/ingest-sources";
import { parseWorkerArgs, WORKER_USAGE, type WorkerArgs } from "../lib/ingest/parse-worker-args";
import { readSourceList } from "../lib/ingest/read-source-list";
import { isHealthFresh, runWorker } from "../lib/ingest/run-worker";

const MAX_IDLE_MS = 60_000;

function checkHealth(file: string): number {
  try {
    const health = JSON.parse(fs.readFileSync(file, "utf8"));
    const fresh = isHealthFresh(health, new Date(), 3 * MAX_IDLE_MS);
    console.log(fresh ? `worker: healthy (updated ${health.updatedAt})` : `worker: stale (updated ${health.updatedAt})`);
    return fresh ? 0 : 1;
  } catch (e) {
    console.log(`worker: no health record at ${file}: ${(e as Error).message}`);
    return 1;
  }
}

async function main(): Promise<number> {
  let args: WorkerArgs;
  try {
    args = parseWorkerArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`${(e as Error).message}\n${WORKER_USAGE}`);
    return 2;
  }
  if (args.help) return console.log(WORKER_USAGE), 0;
  const healthFile = args.healthFile ?? process.env.WORKER_HEALTH_FILE ?? "data/worker-health.json";
  if (args.checkHealth) return checkHealth(healthFile);
  const stop = new AbortController();
  const onSignal = (sig: string) => {
    if (stop.signal.aborted) process.exit(130);
    console.log(JSON.stringify({ event: "signal", signal: sig, at: new Date().toISOString() }));
    stop.abort();
  };
  process.on("SIGTERM", () => onSignal("SIGTERM"));
  process.on("SIGINT", () => onSignal("SIGINT"));
  getDb();
  if (args.sourcesFile) await registerSources(readSourceList(fs.readFileSync(args.sourcesFile, "utf8")));
  await runWorker({
    signal: stop.signal, concurrency: args.concurrency, once: args.once, healthFile,
    pollIntervalMs: args.intervalSeconds ? args.intervalSeconds * 1000 : undefined,
    // a worker never sleeps past its own interval: sources another worker leased come due within it
    minIdleMs: 1000, maxIdleMs: Math.min(MAX_IDLE_MS, args.intervalSeconds ? args.intervalSeconds * 1000 : MAX_IDLE_MS), jitterMs: 2000,
    log: (e) => console.log(JSON.stringify({ at: new Date().toISOString(), ...e })),
  });
  return 0;
}

const code = await main().catch((e) => {
  console.error(`worker: ${(e as Error).stack ?? e}`);
  return 1;
});
await closeDb();
process.exit(code);
