// The long-running ingest (a feed reader's scheduler, as Miniflux runs one): poll every source
// whose time has come, process what was fetched, sleep until the next source is due, and so on
// until asked to stop. A stop lets the batch in flight finish; crash safety covers a hard kill.
// Several workers may share one database: each batch leases its sources (lib/db/sources.ts).
import fs from "node:fs";
import path from "node:path";
import { getNextDueAt, leaseDueSources } from "../db/sources";
import { ingestSources } from "./ingest-sources";
import { processPendingDocuments } from "./process-documents";

export interface WorkerOptions {
  /** stops the loop; the batch in flight finishes first */
  signal: AbortSignal;
  /** sources fetched at once */
  concurrency: number;
  /** replaces each kind's polling interval (ms) */
  pollIntervalMs?: number;
  /** bounds of the sleep between batches (ms): never busy-loops, never sleeps past maxIdleMs */
  minIdleMs: number;
  maxIdleMs: number;
  /** up to this much random delay is added to each sleep, so workers and hosts do not poll in step */
  jitterMs: number;
  /** a JSON file rewritten after every batch for a supervisor to check (null: none) */
  healthFile: string | null;
  /** one structured line per event */
  log: (event: Record<string, unknown>) => void;
  /** one batch, then return (for cron) */
  once?: boolean;
}

export interface WorkerHealth {
  pid: number;
  startedAt: string;
  updatedAt: string;
  batches: number;
  lastBatch: { at: string; sources: number; failed: number; extracted: number; incidentsChanged: number } | null;
  nextDueAt: string | null;
}

/** Runs batches until `signal` aborts (or once); returns the last health record. */
export async function runWorker(o: WorkerOptions): Promise<WorkerHealth> {
  const health: WorkerHealth = { pid: process.pid, startedAt: new Date().toISOString(), updatedAt: "", batches: 0, lastBatch: null, nextDueAt: null };
  o.log({ event: "worker-start", concurrency: o.concurrency, pollIntervalMs: o.pollIntervalMs ?? null });
  while (!o.signal.aborted) {
    // leased, not just listed: other workers on the same database skip these sources meanwhile
    const due = await leaseDueSources(new Date());
    if (due.length > 0) health.lastBatch = await runBatch(due, o);
    if (due.length > 0) health.batches++;
    const next = await getNextDueAt();
    health.nextDueAt = next?.toISOString() ?? null;
    health.updatedAt = new Date().toISOString();
    writeHealth(o.healthFile, health);
    if (o.once) break;
    const untilDue = next ? next.getTime() - Date.now() : o.maxIdleMs;
    const wait = Math.min(o.maxIdleMs, Math.max(o.minIdleMs, untilDue)) + Math.floor(Math.random() * o.jitterMs);
    await sleep(wait, o.signal);
  }
  o.log({ event: "worker-stop", batches: health.batches });
  return health;
}

async function runBatch(due: Awaited<ReturnType<typeof leaseDueSources>>, o: WorkerOptions): Promise<NonNullable<WorkerHealth["lastBatch"]>> {
  const at = new Date().toISOString();
  const summary = await ingestSources(due.map((source) => ({ source, kindDeclared: false })), {
    concurrency: o.concurrency,
    context: o.pollIntervalMs ? { pollIntervalMs: o.pollIntervalMs } : {},
    onProgress: (_d, _t, r) => o.log({
      event: "poll", url: r.url, ok: r.ok, status: r.status, notModified: r.notModified,
      new: r.documents.new, updated: r.documents.updated, ...(r.error ? { error: r.error } : {}),
    }),
  });
  // workers process side by side, each outage's neighbourhood by one at a time (lib/db/processing-lock.ts)
  const processed = await processPendingDocuments();
  const batch = { at, sources: due.length, failed: summary.sources.failed, extracted: processed.extracted, incidentsChanged: processed.incidentsChanged };
  o.log({ event: "batch", ...batch });
  return batch;
}

// written to a temporary file and renamed, so a reader never sees half a record
function writeHealth(file: string | null, health: WorkerHealth): void {
  if (!file) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(health) + "\n");
  fs.renameSync(`${file}.tmp`, file);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}

/** Whether a health record written by `runWorker` is recent enough: a stale one means a stuck or dead worker. */
export function isHealthFresh(health: Pick<WorkerHealth, "updatedAt">, now: Date, maxAgeMs: number): boolean {
  const at = Date.parse(health.updatedAt);
  return Number.isFinite(at) && now.getTime() - at <= maxAgeMs;
}
