// Deterministic grouping of a neighbourhood of outage documents into incidents.
import type { ExtractedDocument } from "../domain/types";
import { averageLink } from "./average-link";
import { documentFeatures } from "./document-features";
import { documentSimilarity, PAIR_MODEL, type PairModel, type Similarity } from "./document-similarity";
import { statusIncidentUnits, unitSimilarity } from "./status-incident-units";

/**
 * Groups documents that report the same outage. The result depends only on the set of documents
 * (they are sorted by url first), so any input order gives the same groups, each sorted by url,
 * and the groups sorted by their first url. `model` is the pair model (another one only to evaluate it).
 */
export function clusterDocuments(docs: ExtractedDocument[], model: PairModel = PAIR_MODEL): ExtractedDocument[][] {
  const sorted = canonicalOrder(docs);
  const features = sorted.map(documentFeatures);
  const pairs = new Map<number, Similarity>();
  const sim = (i: number, j: number): Similarity => {
    const key = i * sorted.length + j;
    let s = pairs.get(key);
    if (s === undefined) pairs.set(key, (s = documentSimilarity(features[i], features[j], model)));
    return s;
  };
  // the updates of one status incident are clustered as one item
  const units = statusIncidentUnits(sorted);
  const unitSims = new Map<number, Similarity>();
  const usim = (i: number, j: number): Similarity => {
    const key = i * units.length + j;
    let s = unitSims.get(key);
    if (s === undefined) unitSims.set(key, (s = unitSimilarity(units[i], units[j], sorted, sim)));
    return s;
  };
  const groups: ExtractedDocument[][] = [];
  // documents sharing no evidence at all cannot end in one group: cluster each component alone
  for (const component of components(units.length, usim)) {
    const local = averageLink(component.length, (a, b) => usim(component[a], component[b]), model.threshold);
    for (const g of local) groups.push(g.flatMap((a) => units[component[a]].map((i) => sorted[i])).sort(compareDocs));
  }
  return groups.sort((a, b) => compareDocs(a[0], b[0]));
}

function canonicalOrder(docs: ExtractedDocument[]): ExtractedDocument[] {
  const seen = new Set<string>();
  const out: ExtractedDocument[] = [];
  for (const d of [...docs].sort(compareDocs)) {
    // the same document given twice (a neighbourhood assembled from overlapping lookups) counts once
    const key = `${d.url}\u0000${d.id}`;
    if (!seen.has(key)) out.push(d);
    seen.add(key);
  }
  return out;
}

function compareDocs(a: ExtractedDocument, b: ExtractedDocument): number {
  return a.url < b.url ? -1 : a.url > b.url ? 1 : a.id - b.id;
}

/** Connected components of the "some positive evidence" graph, each a sorted index list. */
function components(n: number, sim: (i: number, j: number) => Similarity): number[][] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const s = sim(i, j);
      if (s !== "never" && s > 0) parent[Math.max(find(i), find(j))] = Math.min(find(i), find(j));
    }
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    if (!byRoot.has(r)) byRoot.set(r, []);
    byRoot.get(r)!.push(i);
  }
  return [...byRoot.values()];
}
