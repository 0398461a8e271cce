// Deterministic grouping of a neighbourhood of outage documents into incidents.
import type { ExtractedDocument } from "../domain/types";
import { averageLink } from "./average-link";
import { LINK_THRESHOLD } from "./data/similarity-weights";
import { documentFeatures, type DocumentFeatures } from "./document-features";
import { documentSimilarity, type Similarity } from "./document-similarity";

/**
 * Groups documents that report the same outage. The result depends only on the set of documents
 * (they are sorted by url first), so any input order gives the same groups, each sorted by url,
 * and the groups sorted by their first url.
 */
export function clusterDocuments(docs: ExtractedDocument[], threshold = LINK_THRESHOLD): ExtractedDocument[][] {
  const sorted = canonicalOrder(docs);
  const features = sorted.map(documentFeatures);
  const pairs = new Map<number, Similarity>();
  const sim = (i: number, j: number): Similarity => {
    const key = i * sorted.length + j;
    let s = pairs.get(key);
    if (s === undefined) pairs.set(key, (s = documentSimilarity(features[i], features[j])));
    return s;
  };
  const groups: ExtractedDocument[][] = [];
  // documents sharing no evidence at all cannot end in one group: cluster each component alone
  for (const component of components(sorted.length, sim)) {
    for (const g of placeDatedFirst(component, features, sim, threshold)) groups.push(g.map((i) => sorted[i]));
  }
  return groups.sort((a, b) => compareDocs(a[0], b[0]));
}

/**
 * Documents with an outage day are grouped first; a document with no day at all (no date in the
 * text, none from the feed or page) is then placed in the group of its service it is most like on
 * average, and only those that fit no group are grouped among themselves. Undated documents share
 * no time evidence, so grouped with the rest at once they would pair with each other first and form
 * a second incident beside the dated one they belong to.
 */
function placeDatedFirst(component: number[], features: DocumentFeatures[], sim: (i: number, j: number) => Similarity, threshold: number): number[][] {
  const dated = component.filter((i) => features[i].day !== null);
  const undated = component.filter((i) => features[i].day === null);
  const groups = averageLink(dated.length, (a, b) => sim(dated[a], dated[b]), threshold).map((g) => g.map((a) => dated[a]));
  const left: number[] = [];
  const joins = new Map<number, number[]>();
  for (const u of undated) {
    let best = -1;
    let bestScore = threshold;
    groups.forEach((g, gi) => {
      let sum = 0;
      for (const i of g) {
        const s = sim(u, i);
        if (s === "never") return;
        sum += s;
      }
      // ">" keeps the first (lowest-url) group on ties; ">=" on the threshold itself
      if (sum / g.length > bestScore || (best === -1 && sum / g.length >= threshold)) {
        best = gi;
        bestScore = sum / g.length;
      }
    });
    if (best === -1) left.push(u);
    else joins.set(best, [...(joins.get(best) ?? []), u]);
  }
  for (const [gi, us] of joins) groups[gi] = [...groups[gi], ...us].sort((a, b) => a - b);
  for (const g of averageLink(left.length, (a, b) => sim(left[a], left[b]), threshold)) groups.push(g.map((a) => left[a]));
  return groups;
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
