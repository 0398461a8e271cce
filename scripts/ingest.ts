// npm run ingest [-- URL... | --sources FILE] [--official] [--no-process]: fetch sources into
// documents (with no source given: the configured ones that are due, leased), then extract and
// cluster (contracts.md). Exit 0 unless arguments or DB are unusable.
import fs from "node:fs";
import cliProgress from "cli-progress";
import { closeDb, getDb } from "../lib/db/client";
import { leaseDueSources, type SourceInput } from "../lib/db/sources";
import { ingestSources, registerSources, type IngestSummary, type PlannedSource } from "../lib/ingest/ingest-sources";
import { INGEST_USAGE, parseIngestArgs, type IngestArgs } from "../lib/ingest/parse-ingest-args";
import { readSourceList } from "../lib/ingest/read-source-list";

function inputs(args: IngestArgs): SourceInput[] {
  const list = args.sourcesFile ? readSourceList(fs.readFileSync(args.sourcesFile, "utf8")) : [];
  const fromUrls = args.urls.map((url) => ({ url, ...(args.official ? { official: true } : {}) }));
  const seen = new Set<string>();
  return [...list, ...fromUrls].filter((s) => !seen.has(s.url) && seen.add(s.url));
}

function progressBar(label: string) {
  if (!process.stderr.isTTY) return null;
  return new cliProgress.SingleBar({ format: `${label} [{bar}] {value}/{total} {detail}`, stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic);
}

function printSummary(s: IngestSummary): void {
  const nm = s.sources.notModified ? ` (${s.sources.notModified} not modified)` : "";
  console.log(`ingest: sources ${s.sources.ok} ok${nm}, ${s.sources.failed} failed`);
  for (const f of s.failures) console.log(`  failed ${f.url}: ${f.error}`);
  const pages = s.documents.pagesFailed ? `; ${s.documents.pagesFailed} item pages could not be fetched (kept from their feed description)` : "";
  console.log(`ingest: documents ${s.documents.new} new, ${s.documents.updated} updated, ${s.documents.unchanged} unchanged${pages}`);
}

async function fetchAll(planned: PlannedSource[]): Promise<void> {
  const bar = progressBar("sources");
  bar?.start(planned.length, 0, { detail: "" });
  const summary = await ingestSources(planned, { onProgress: (done, _t, r) => bar?.update(done, { detail: r.url.slice(0, 60) }) });
  bar?.stop();
  printSummary(summary);
}

async function processAll(): Promise<void> {
  // the lead's processing step; a dynamic import keeps fetching usable should it fail to load
  const { processPendingDocuments } = await import("../lib/ingest/process-documents");
  const bar = progressBar("process");
  bar?.start(0, 0, { detail: "" });
  const r = await processPendingDocuments({ onProgress: (done, total) => (bar?.setTotal(total), bar?.update(done)) });
  bar?.stop();
  console.log(`process: ${r.extracted} documents extracted, ${r.incidentsChanged} incidents changed`);
}

async function main(): Promise<number> {
  let args: IngestArgs;
  let wanted: SourceInput[];
  try {
    args = parseIngestArgs(process.argv.slice(2));
    if (args.help) return console.log(INGEST_USAGE), 0;
    wanted = inputs(args);
  } catch (e) {
    console.error((e as Error).message + "\n" + INGEST_USAGE);
    return 2;
  }
  try {
    getDb();
    // the sources named on the command line are fetched as asked; polling the configured ones leases
    // them as a worker does (lib/db/sources.ts), so a run beside `npm run worker` fetches none twice
    const planned = wanted.length ? await registerSources(wanted) : (await leaseDueSources(new Date())).map((source) => ({ source, kindDeclared: false }));
    if (!wanted.length) console.log(`ingest: ${planned.length} configured sources due`);
    await fetchAll(planned);
  } catch (e) {
    console.error(`ingest: database unusable: ${(e as Error).message}`);
    return 1;
  }
  if (!args.process) return 0;
  try {
    await processAll();
  } catch (e) {
    console.error(`process: failed: ${(e as Error).message}`);
    return 1;
  }
  return 0;
}

const code = await main().catch((e) => {
  console.error(`ingest: ${(e as Error).stack ?? e}`);
  return 1;
});
await closeDb();
process.exitCode = code;
