// One ingest run over many sources (Miniflux's refresh_feeds): a few sources at a time, each
// failure recorded on its source while the batch goes on, and a summary at the end.
import pLimit from "p-limit";
import { upsertSource, type SourceInput, type SourceRecord } from "../db/sources";
import { ingestContext, type DocumentCounts, type IngestContext } from "./handler/ingest-context";
import { refreshSource, type SourceReport } from "./handler/refresh-source";

export interface IngestSummary {
  sources: { ok: number; failed: number; notModified: number };
  failures: { url: string; error: string }[];
  documents: DocumentCounts;
  reports: SourceReport[];
}

export interface IngestOptions {
  context?: Partial<IngestContext>;
  concurrency?: number;
  onProgress?: (done: number, total: number, report: SourceReport) => void;
}

export interface PlannedSource {
  source: SourceRecord;
  kindDeclared: boolean;
}

// A kind is trusted once declared or confirmed by a successful fetch; before that the response decides.
function kindLocked(p: PlannedSource): boolean {
  const s = p.source.lastStatus;
  return p.kindDeclared || (s !== null && s < 400 && p.source.consecutiveFailures === 0);
}

/** Records the inputs as sources (new ones created, given fields updated) in input order. */
export async function registerSources(inputs: SourceInput[]): Promise<PlannedSource[]> {
  const out: PlannedSource[] = [];
  for (const input of inputs) out.push({ source: await upsertSource(input), kindDeclared: input.kind !== undefined });
  return out;
}

/** Refreshes every planned source and sums up what happened. */
export async function ingestSources(planned: PlannedSource[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const ctx = ingestContext(opts.context);
  const limit = pLimit(opts.concurrency ?? 4);
  let done = 0;
  const reports = await Promise.all(
    planned.map((p) =>
      limit(async () => {
        const r = await refreshSource(p.source, kindLocked(p), ctx);
        opts.onProgress?.(++done, planned.length, r);
        return r;
      }),
    ),
  );
  return summarise(reports);
}

function summarise(reports: SourceReport[]): IngestSummary {
  const documents: DocumentCounts = { new: 0, updated: 0, unchanged: 0, pagesFailed: 0 };
  for (const r of reports) {
    documents.new += r.documents.new;
    documents.updated += r.documents.updated;
    documents.unchanged += r.documents.unchanged;
    documents.pagesFailed += r.documents.pagesFailed;
  }
  const failed = reports.filter((r) => !r.ok);
  return {
    sources: { ok: reports.length - failed.length, failed: failed.length, notModified: reports.filter((r) => r.notModified).length },
    failures: failed.map((r) => ({ url: r.url, error: r.error ?? "unknown error" })),
    documents,
    reports,
  };
}
