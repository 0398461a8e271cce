// `npm run train:cluster [-- --cv | --sweep | --nested]`: fits the clustering pair model on the labelled
// outage articles of ../shared/corpus/train + dev and writes lib/cluster/data/pair-model.json.
// --cv: leave-incident-out cross-validation instead (5 folds by a hash of the incident): each fold's
// model is fitted on pairs of the other folds' articles only, every labelled article is clustered
// with it, and B-cubed is counted over the held-out articles (their groups may hold any article, so
// same-company outages of other folds still test precision). --sweep: CV at several thresholds.
// --nested: the threshold and undated floor chosen inside each fold by an inner CV (an honest CV
// figure for them; --cv and --sweep use the settings chosen on that same CV).
import fs from "node:fs";
import path from "node:path";
import type { ExtractedDocument } from "../lib/domain/types";
import { extractArticle } from "../lib/extract/extract-article";
import { clusterDocuments } from "../lib/cluster/cluster-documents";
import { documentFeatures } from "../lib/cluster/document-features";
import { fitPairModel, pairExamples } from "../lib/cluster/fit-pair-model";
import type { PairModel } from "../lib/cluster/document-similarity";
import { PAIR_FIT_SETTINGS } from "../lib/cluster/data/pair-fit-settings";
import { readLabelled } from "./corpus-labels";

const args = process.argv.slice(2);
const FOLDS = 5;
// --nested: the grid the threshold and undated floor are chosen from inside each fold
const NESTED_THRESHOLDS = [0.1, 0.15, 0.2, 0.3, 0.4];
const NESTED_FLOORS = [0.4, 0.5, 0.6];
const labelled = readLabelled().filter((a) => a.outage);
const docs: ExtractedDocument[] = labelled.map((a, i) => ({
  id: i + 1, url: a.doc.url, title: a.doc.title, kind: a.doc.kind, lang: a.lang, publishedAt: a.doc.publishedAt?.toISOString() ?? null,
  sourceName: a.doc.sourceName, facts: extractArticle(a.doc),
}));
const incident = new Map(docs.map((d, i) => [d, labelled[i].group]));
const incidentOf = (d: ExtractedDocument) => incident.get(d)!;
const features = docs.map(documentFeatures);

// FNV-1a: the same incident always lands in the same fold (as in eval:cv)
function foldOf(group: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < group.length; i++) h = Math.imul(h ^ group.charCodeAt(i), 0x01000193) >>> 0;
  return h % FOLDS;
}

/** Per-article B-cubed precision and recall sums over the articles `counted` selects. */
function bcubedSums(groups: ExtractedDocument[][], counted: (d: ExtractedDocument) => boolean) {
  const size = new Map<string, number>();
  for (const d of docs) size.set(incidentOf(d), (size.get(incidentOf(d)) ?? 0) + 1);
  let p = 0, r = 0, n = 0;
  for (const g of groups)
    for (const d of g) {
      if (!counted(d)) continue;
      const same = g.filter((x) => incidentOf(x) === incidentOf(d)).length;
      p += same / g.length;
      r += same / size.get(incidentOf(d))!;
      n++;
    }
  return { p, r, n };
}

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

/** The pair model fitted on the documents at `fit` (indexes into docs). */
function fitOn(fit: number[]): PairModel {
  return fitPairModel(pairExamples(fit.map((i) => docs[i]), incidentOf, fit.map((i) => features[i])), PAIR_FIT_SETTINGS);
}

/** B-cubed sums of the documents at `held`, clustered among the documents at `pool` with each setting. */
function scoreSettings(model: PairModel, pool: number[], held: Set<number>, settings: Setting[]) {
  const heldDocs = new Set([...held].map((i) => docs[i]));
  return settings.map((chosen) => {
    const groups = clusterDocuments(pool.map((i) => docs[i]), { ...model, ...chosen });
    if (args.includes("--merges")) printMerges(groups, heldDocs);
    return bcubedSums(groups, (d) => heldDocs.has(d));
  });
}

/** --merges: each group holding a held-out article beside articles of another incident (precision losses). */
function printMerges(groups: ExtractedDocument[][], held: Set<ExtractedDocument>) {
  for (const g of groups) {
    const incidents = new Set(g.map(incidentOf));
    if (incidents.size < 2 || !g.some((d) => held.has(d))) continue;
    console.log(`MERGE ${[...incidents].map((i) => `${i}×${g.filter((d) => incidentOf(d) === i).length}`).join(" + ")}`);
    for (const d of g) console.log(`   ${held.has(d) ? "*" : " "} ${incidentOf(d)}  day=${d.facts.outageDay ?? "-"} pub=${d.publishedAt?.slice(0, 10) ?? "-"}  ${d.url}`);
  }
}

type Setting = { threshold: number; undatedFloor: number };
const all = docs.map((_, i) => i);
const report = (label: string, sums: { p: number; r: number; n: number }, folds: string[]) =>
  console.log(`${label}: ${sums.n} articles, ${new Set(docs.map(incidentOf)).size} incidents, B-cubed F1 ${f1(sums.p / sums.n, sums.r / sums.n).toFixed(3)} (P ${(sums.p / sums.n).toFixed(3)} R ${(sums.r / sums.n).toFixed(3)}); by fold ${folds.join(" ")}`);

if (args.includes("--nested")) {
  // the threshold and the undated floor chosen inside each outer fold: by an inner leave-incident-out
  // CV over the other four folds alone (fit on three, cluster the four, score the inner held-out
  // one), then the outer fold's model (fitted on all four) run with the chosen pair on every article
  const grid: Setting[] = NESTED_THRESHOLDS.flatMap((threshold) => NESTED_FLOORS.map((undatedFloor) => ({ threshold, undatedFloor })));
  const total = { p: 0, r: 0, n: 0 };
  const folds: string[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const outerTrain = all.filter((i) => foldOf(incidentOf(docs[i])) !== k);
    const inner = grid.map(() => ({ p: 0, r: 0, n: 0 }));
    for (let j = 0; j < FOLDS; j++) {
      if (j === k) continue;
      const fit = outerTrain.filter((i) => foldOf(incidentOf(docs[i])) !== j);
      const held = new Set(outerTrain.filter((i) => foldOf(incidentOf(docs[i])) === j));
      scoreSettings(fitOn(fit), outerTrain, held, grid).forEach((s, t) => { inner[t].p += s.p; inner[t].r += s.r; inner[t].n += s.n; });
    }
    // best inner F1; ties to the grid's order (lower threshold, then lower floor)
    let best = 0;
    inner.forEach((s, t) => { if (f1(s.p / s.n, s.r / s.n) > f1(inner[best].p / inner[best].n, inner[best].r / inner[best].n) + 1e-9) best = t; });
    const [s] = scoreSettings(fitOn(outerTrain), all, new Set(all.filter((i) => foldOf(incidentOf(docs[i])) === k)), [grid[best]]);
    total.p += s.p; total.r += s.r; total.n += s.n;
    folds.push(`${f1(s.p / s.n, s.r / s.n).toFixed(3)}@${grid[best].threshold}/${grid[best].undatedFloor}`);
  }
  report("cluster nested CV (threshold/floor chosen inside each fold)", total, folds);
} else if (args.includes("--cv") || args.includes("--sweep")) {
  // --sweep: the threshold at the floor in use, then the floor at the threshold in use
  const settings: Setting[] = args.includes("--sweep")
    ? [...[0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5].map((threshold) => ({ threshold, undatedFloor: PAIR_FIT_SETTINGS.undatedFloor })), ...[0.3, 0.4, 0.5, 0.6, 0.7].map((undatedFloor) => ({ threshold: PAIR_FIT_SETTINGS.threshold, undatedFloor }))]
    : [{ threshold: PAIR_FIT_SETTINGS.threshold, undatedFloor: PAIR_FIT_SETTINGS.undatedFloor }];
  const totals = settings.map(() => ({ p: 0, r: 0, n: 0 }));
  const perFold: string[][] = settings.map(() => []);
  for (let k = 0; k < FOLDS; k++) {
    const base = fitOn(all.filter((i) => foldOf(incidentOf(docs[i])) !== k));
    scoreSettings(base, all, new Set(all.filter((i) => foldOf(incidentOf(docs[i])) === k)), settings).forEach((s, t) => {
      totals[t].p += s.p; totals[t].r += s.r; totals[t].n += s.n;
      perFold[t].push(f1(s.p / s.n, s.r / s.n).toFixed(3));
    });
  }
  settings.forEach(({ threshold, undatedFloor }, t) => report(`cluster CV threshold ${threshold} undated floor ${undatedFloor}`, totals[t], perFold[t]));
} else {
  const out = path.resolve(process.cwd(), "lib/cluster/data/pair-model.json");
  const model = fitPairModel(pairExamples(docs, incidentOf, features), PAIR_FIT_SETTINGS);
  const weights = Object.fromEntries(Object.entries(model.weights).sort(([a], [b]) => (a < b ? -1 : 1)));
  const json = { about: "Fitted by `npm run train:cluster` (scripts/train-cluster.ts) on the labelled outage articles of ../shared/corpus/train + dev; do not edit by hand.", bias: model.bias, threshold: model.threshold, undatedFloor: model.undatedFloor, weights };
  fs.writeFileSync(out, JSON.stringify(json, null, 1) + "\n");
  const s = bcubedSums(clusterDocuments(docs, model), () => true);
  console.log(`train:cluster: ${docs.length} articles, ${Object.keys(weights).length} weights → ${path.relative(process.cwd(), out)}; in-sample B-cubed F1 ${f1(s.p / s.n, s.r / s.n).toFixed(3)} (P ${(s.p / s.n).toFixed(3)} R ${(s.r / s.n).toFixed(3)})`);
}
