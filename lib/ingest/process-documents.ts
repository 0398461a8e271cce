// After fetching: extract facts from new or changed documents, then re-cluster only the
// neighbourhood they touch (incidents sharing a service x day key) and rebuild those incidents.
import type { ArticleFacts, ExtractedDocument } from "../domain/types";
import { BudgetedExtractor, EXTRACT_BUDGET_MS, ExtractBudgetError } from "./extract-with-budget";
import { indexKeys, lookupKeys } from "../cluster/index-keys";
import { listPendingDocuments, saveExtraction, getExtractedDocuments, type PendingDocument } from "../db/extractions";
import { applyIncidentChanges, findIncidentIdsHolding, findIncidentsByKeys, getIncidentRefs } from "../db/incident-writes";
import { planIncidentChanges } from "./plan-incident-changes";

export interface ProcessResult {
  extracted: number;
  incidentsChanged: number;
}

/** Extracts every pending document, then clusters and rebuilds the incidents they affect. */
export async function processPendingDocuments(
  opts: { onProgress?: (done: number, total: number) => void; now?: Date; budgetMs?: number } = {},
): Promise<ProcessResult> {
  const now = opts.now ?? new Date();
  const touched: number[] = [];
  const staleIncidents = new Set<number>();
  const extractor = new BudgetedExtractor(opts.budgetMs ?? EXTRACT_BUDGET_MS);
  try {
    for (;;) {
      const batch = await listPendingDocuments(500);
      if (batch.length === 0) break;
      for (const id of await findIncidentIdsHolding(batch.map((d) => d.id))) staleIncidents.add(id);
      const batchStart = touched.length;
      for (const doc of batch) {
        await saveExtraction(doc, await safeExtract(doc, extractor));
        touched.push(doc.id);
        opts.onProgress?.(touched.length, batchStart + batch.length);
      }
    }
  } finally {
    await extractor.close();
  }
  const incidentsChanged = await reclusterAround(touched, [...staleIncidents], now);
  return { extracted: touched.length, incidentsChanged };
}

/** Extraction must not stop a run: a document it cannot read (or not within the per-document time
 * budget) is kept, unassigned, with the reason. */
async function safeExtract(doc: PendingDocument, extractor: BudgetedExtractor): Promise<ArticleFacts> {
  try {
    return await extractor.extract(doc);
  } catch (e) {
    process.stderr.write(`extract: ${doc.url}: ${(e as Error).message}\n`);
    return {
      lang: doc.lang === "fr" ? "fr" : "en", isOutage: false, outageScore: 0,
      notOutageReason: e instanceof ExtractBudgetError ? "extraction-over-budget" : "extraction-failed",
      services: [], times: [], durations: [], causes: [], statements: [], reactions: [], impacts: [], outageDay: null, hashtags: [],
    };
  }
}

/** Re-clusters already-extracted documents and every incident that holds or could hold them
 * (used after extraction, and to re-run clustering when its rules change). */
export async function reclusterDocuments(documentIds: number[], now: Date): Promise<number> {
  return reclusterAround(documentIds, await findIncidentIdsHolding(documentIds), now);
}

async function reclusterAround(documentIds: number[], staleIncidentIds: number[], now: Date): Promise<number> {
  const stale = await getIncidentRefs(staleIncidentIds);
  // the other documents of incidents that lost or changed a document are re-clustered with the seeds
  const seedIds = [...new Set([...documentIds, ...stale.flatMap((i) => i.documentIds)])];
  const seeds = await getExtractedDocuments(seedIds);
  let changed = 0;
  for (const component of connectedByKeys(seeds)) changed += await reclusterComponent(component, stale, now);
  // incidents left with no outage document at all are removed
  const emptied = (await getIncidentRefs(staleIncidentIds)).filter((i) => i.documentIds.length === 0);
  if (emptied.length) changed += await applyIncidentChanges({ writes: [], absorbed: emptied.map((i) => ({ id: i.id, slug: i.slug, intoSlug: null })) });
  return changed;
}

/** Splits documents into groups none of which would look up another's keys, so each neighbourhood
 * stays small; two documents meet when one's lookup keys hold a key the other is filed under, as
 * they would had one been stored first (an undated report meets its service's dated ones). */
function connectedByKeys(docs: ExtractedDocument[]): ExtractedDocument[][] {
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const lookups = docs.map((d) => lookupKeys(d.facts, d.publishedAt));
  const lookedUp = new Set(lookups.flat());
  // the documents filed under a key someone looks up all come back from that lookup together
  const filer = new Map<string, number>();
  docs.forEach((d, i) => {
    for (const k of indexKeys(d.facts, d.publishedAt)) {
      if (!lookedUp.has(k)) continue;
      const j = filer.get(k);
      if (j === undefined) filer.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  lookups.forEach((keys, i) => {
    for (const k of keys) {
      const j = filer.get(k);
      if (j !== undefined) parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, ExtractedDocument[]>();
  docs.forEach((d, i) => {
    const r = find(i);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r)!.push(d);
  });
  return [...groups.values()];
}

/** Re-clusters seeds with every incident they could belong to (by index key), and writes the result. */
async function reclusterComponent(seeds: ExtractedDocument[], stale: { id: number; slug: string; documentIds: number[] }[], now: Date) {
  const byId = new Map(seeds.map((d) => [d.id, d]));
  let keys = new Set(seeds.flatMap((d) => lookupKeys(d.facts, d.publishedAt)));
  let incidents = await findIncidentsByKeys([...keys]);
  for (let round = 0; round < 3; round++) {
    const more = await getExtractedDocuments(incidents.flatMap((i) => i.documentIds).filter((id) => !byId.has(id)));
    for (const d of more) byId.set(d.id, d);
    const next = new Set([...byId.values()].flatMap((d) => lookupKeys(d.facts, d.publishedAt)));
    if (next.size === keys.size) break;
    keys = next;
    incidents = await findIncidentsByKeys([...keys]);
  }
  const holding = stale.filter((s) => s.documentIds.some((id) => byId.has(id)) && !incidents.some((i) => i.id === s.id));
  const plan = await planIncidentChanges([...byId.values()], [...incidents, ...holding], now);
  return applyIncidentChanges(plan);
}
