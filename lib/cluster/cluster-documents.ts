// Deterministic grouping of a neighbourhood of outage documents into incidents.
import type { ExtractedDocument } from "../domain/types";
import { averageLink } from "./average-link";
import { documentFeatures } from "./document-features";
import { documentSimilarity, PAIR_MODEL, type PairModel, type Similarity } from "./document-similarity";
import { servicesApart } from "./services-apart";
import { statusIncidentUnits, unitSimilarity } from "./status-incident-units";
import { undatedPlace } from "./undated-place";
import { weekdayAgreement } from "./weekday-agreement";

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
  const profilesOf = (us: number[]) => us.flatMap((u) => units[u].map((i) => features[i]));
  const undated = (u: number) => units[u].every((i) => features[i].day === null);
  const groups: ExtractedDocument[][] = [];
  const toDocs = (us: number[]) => us.flatMap((u) => units[u].map((i) => sorted[i])).sort(compareDocs);
  // documents sharing no evidence at all cannot end in one group: cluster each component alone
  for (const component of components(units.length, usim)) {
    const dated = component.filter((u) => !undated(u));
    const apart = (a: number[], b: number[]) => servicesApart(profilesOf(a.map((x) => dated[x])), profilesOf(b.map((x) => dated[x])));
    const local = averageLink(dated.length, (a, b) => usim(dated[a], dated[b]), model.threshold, apart).map((g) => g.map((a) => dated[a]));
    // a document with no day at all (none in its text, feed or page) is placed by what it says: in
    // the dated group of its service it is most like, when that likeness reaches the floor or clearly
    // beats every other group's (undated-place.ts); each is placed against the dated groups alone, so
    // the result does not depend on their order
    const placed = local.map((g) => [...g]);
    const left: number[] = [];
    for (const u of component.filter(undated)) {
      const weekdays = local.map((g) => weekdayAgreement(units[u].map((i) => features[i]), profilesOf(g)));
      const best = undatedPlace(local.map((g) => meanSimilarity(u, g, usim)), model.undatedFloor, weekdays);
      if (best >= 0) placed[best].push(u);
      else left.push(u);
    }
    for (const g of placed) groups.push(toDocs(g));
    // the undated documents no dated group took are grouped among themselves, at the bar an undated
    // document must reach to join a dated group: with no day on either side the pair model has
    // only words and services to go by, and two undated reports of one service are as often of two
    // outages years apart (leave-incident-out CV at threshold 0.3: 0.940 -> 0.942, P 0.970 -> 0.974)
    for (const g of averageLink(left.length, (a, b) => usim(left[a], left[b]), model.undatedFloor)) groups.push(toDocs(g.map((a) => left[a])));
  }
  return groups.sort((a, b) => compareDocs(a[0], b[0]));
}

/** Mean similarity of unit `u` to a group of units, or null when a pair is vetoed or nothing is shared. */
function meanSimilarity(u: number, group: number[], usim: (i: number, j: number) => Similarity): number | null {
  let sum = 0;
  for (const v of group) {
    const s = usim(Math.min(u, v), Math.max(u, v));
    if (s === "never") return null;
    sum += s;
  }
  return sum > 0 ? sum / group.length : null;
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
