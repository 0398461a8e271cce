// After fetching: extract facts from new or changed documents, then re-cluster only the
// neighbourhood they touch (incidents sharing a service x day key) and rebuild those incidents.
import type { ArticleFacts, ExtractedDocument } from "../domain/types";
import { BudgetedExtractor, EXTRACT_BUDGET_MS, ExtractBudgetError } from "./extract-with-budget";
import { indexKeys, lookupKeys } from "../cluster/index-keys";
import { listPendingDocuments, saveExtraction, getExtractedDocuments, stillPending, type PendingDocument } from "../db/extractions";
import { openProcessingLocks, type LockKeys, type ProcessingLocks } from "../db/processing-lock";
import { applyIncidentChanges, findIncidentIdsHolding, findIncidentsByKeys, getIncidentKeys, getIncidentRefs } from "../db/incident-writes";
import { incidentLockKeys } from "./incident-lock-keys";
import { planIncidentChanges } from "./plan-incident-changes";

export interface ProcessResult {
  extracted: number;
  incidentsChanged: number;
}

/** Extracts every pending document, then clusters and rebuilds the incidents they affect. Several
 * workers may run this at once on PostgreSQL (lib/db/processing-lock.ts): each extracts the
 * documents it claims and re-clusters each neighbourhood holding its keys. */
export async function processPendingDocuments(
  opts: { onProgress?: (done: number, total: number) => void; now?: Date; budgetMs?: number; /** by default the database's own (tests record them) */ locks?: ProcessingLocks } = {},
): Promise<ProcessResult> {
  const now = opts.now ?? new Date();
  const touched: number[] = [];
  const staleIncidents = new Set<number>();
  const extractor = new BudgetedExtractor(opts.budgetMs ?? EXTRACT_BUDGET_MS);
  const locks = opts.locks ?? (await openProcessingLocks());
  try {
    try {
      for (let after = 0; ; ) {
        const listed = await listPendingDocuments(500, after);
        if (listed.length === 0) break;
        after = listed[listed.length - 1].id;
        // another worker's documents are its own to extract; one it finished since our listing is done
        const claimed = await locks.claimDocuments(listed.map((d) => d.id));
        const pending = await stillPending(claimed);
        const batch = listed.filter((d) => pending.has(d.id));
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
    const incidentsChanged = await reclusterAround(touched, [...staleIncidents], now, locks);
    return { extracted: touched.length, incidentsChanged };
  } finally {
    // locks given by the caller are the caller's to close
    if (!opts.locks) await locks.close();
  }
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
  const locks = await openProcessingLocks();
  try {
    return await reclusterAround(documentIds, await findIncidentIdsHolding(documentIds), now, locks);
  } finally {
    await locks.close();
  }
}

async function reclusterAround(documentIds: number[], staleIncidentIds: number[], now: Date, locks: ProcessingLocks): Promise<number> {
  const stale = await getIncidentRefs(staleIncidentIds);
  // the other documents of incidents that lost or changed a document are re-clustered with the seeds
  const seedIds = [...new Set([...documentIds, ...stale.flatMap((i) => i.documentIds)])];
  const seeds = await getExtractedDocuments(seedIds);
  let changed = 0;
  for (const component of connectedByKeys(seeds)) changed += await reclusterComponent(component, stale, now, locks);
  // incidents left with no outage document at all are removed
  for (const inc of await getIncidentRefs(staleIncidentIds)) if (inc.documentIds.length === 0) changed += await removeIfEmpty(inc.id, locks);
  return changed;
}

/** Removes an incident that holds no document, holding its index keys: a worker that looked it up
 * by one of them (to place a document in it) has done so before, or does so after, and an incident
 * that got a document meanwhile is kept. */
async function removeIfEmpty(id: number, locks: ProcessingLocks): Promise<number> {
  let keys = await getIncidentKeys(id);
  try {
    for (let attempt = 0; ; attempt++) {
      await locks.hold({ exclusive: keys, shared: [] });
      // the incident, read again under its keys (another step may have re-filed it meanwhile)
      const current = await getIncidentKeys(id);
      if (attempt < 3 && current.some((k) => !keys.includes(k))) {
        keys = [...new Set([...keys, ...current])].sort();
        continue;
      }
      const [inc] = await getIncidentRefs([id]);
      if (!inc || inc.documentIds.length > 0) return 0;
      return await applyIncidentChanges({ writes: [], absorbed: [{ id: inc.id, slug: inc.slug, intoSlug: null }] });
    }
  } finally {
    await locks.release();
  }
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

/** Re-clusters seeds with every incident they could belong to (by index key), and writes the result,
 * holding the keys of every document it reads (another worker's step on the same outage waits). */
async function reclusterComponent(seeds: ExtractedDocument[], stale: { id: number; slug: string; documentIds: number[] }[], now: Date, locks: ProcessingLocks) {
  let locked = incidentLockKeys(seeds);
  try {
    for (let attempt = 0; ; attempt++) {
      await locks.hold(locked);
      const { docs, incidents } = await readNeighbourhood(seeds);
      // the neighbourhood read reached keys not held: hold them too and read again (the reads
      // and the plan must all come from one locked state)
      const needed = incidentLockKeys(docs);
      if (attempt < 3 && !covers(locked, needed)) {
        locked = { exclusive: [...new Set([...locked.exclusive, ...needed.exclusive])], shared: [...new Set([...locked.shared, ...needed.shared])] };
        continue;
      }
      const read = new Set(docs.map((d) => d.id));
      const holding = stale.filter((s) => s.documentIds.some((id) => read.has(id)) && !incidents.some((i) => i.id === s.id));
      const plan = await planIncidentChanges(docs, [...incidents, ...holding], now);
      return await applyIncidentChanges(plan);
    }
  } finally {
    await locks.release();
  }
}

/** The seeds, the incidents filed under their lookup keys, and those incidents' documents, widened
 * a few rounds by the keys the new documents look up. */
async function readNeighbourhood(seeds: ExtractedDocument[]) {
  const byId = new Map(seeds.map((d) => [d.id, d]));
  let keys = new Set(seeds.flatMap((d) => lookupKeys(d.facts, d.publishedAt)));
  let incidents = await findIncidentsByKeys([...keys]);
  for (let round = 0; ; round++) {
    // every incident read comes with all its documents: one read without them would be planned as
    // emptied and its documents left unassigned
    const more = await getExtractedDocuments(incidents.flatMap((i) => i.documentIds).filter((id) => !byId.has(id)));
    for (const d of more) byId.set(d.id, d);
    if (round === 3) break;
    const next = new Set([...byId.values()].flatMap((d) => lookupKeys(d.facts, d.publishedAt)));
    if (next.size === keys.size) break;
    keys = next;
    incidents = await findIncidentsByKeys([...keys]);
  }
  return { docs: [...byId.values()], incidents };
}

/** Whether the keys held include every key needed, each in a mode at least as strong. */
function covers(held: LockKeys, needed: LockKeys): boolean {
  const exclusive = new Set(held.exclusive);
  const any = new Set([...held.exclusive, ...held.shared]);
  return needed.exclusive.every((k) => exclusive.has(k)) && needed.shared.every((k) => any.has(k));
}
