// `npm run train:cluster [-- --cv] [-- --sweep]`: fits the clustering pair model on the labelled
// outage articles of ../shared/corpus/train + dev and writes lib/cluster/data/pair-model.json.
// --cv: leave-incident-out cross-validation instead (5 folds by a hash of the incident): each fold's
// model is fitted on pairs of the other folds' articles only, every labelled article is clustered
// with it, and B-cubed is counted over the held-out articles (their groups may hold any article, so
// same-company outages of other folds still test precision). --sweep: CV at several thresholds.
import fs from "node:fs";
import path from "node:path";
import type { ExtractedDocument } from "../lib/domain/types";
import { extractArticle } from "../lib/extract/extract-article";
import { clusterDocuments } from "../lib/cluster/cluster-documents";
import { documentFeatures } from "../lib/cluster/document-features";
import { fitPairModel, pairExamples } from "../lib/cluster/fit-pair-model";
import { PAIR_FIT_SETTINGS } from "../lib/cluster/data/pair-fit-settings";
import { readLabelled } from "./corpus-labels";

const args = process.argv.slice(2);
const FOLDS = 5;
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

if (args.includes("--cv") || args.includes("--sweep")) {
  // --sweep: the threshold at the floor in use, then the floor at the threshold in use
  const settings = args.includes("--sweep")
    ? [...[0.3, 0.4, 0.5, 0.6, 0.7].map((threshold) => ({ threshold, undatedFloor: PAIR_FIT_SETTINGS.undatedFloor })), ...[0.2, 0.3, 0.4, 0.5, 0.6].map((undatedFloor) => ({ threshold: PAIR_FIT_SETTINGS.threshold, undatedFloor }))]
    : [{ threshold: PAIR_FIT_SETTINGS.threshold, undatedFloor: PAIR_FIT_SETTINGS.undatedFloor }];
  const totals = settings.map(() => ({ p: 0, r: 0, n: 0 }));
  const perFold: string[][] = settings.map(() => []);
  for (let k = 0; k < FOLDS; k++) {
    const train = docs.map((_, i) => i).filter((i) => foldOf(incidentOf(docs[i])) !== k);
    const examples = pairExamples(train.map((i) => docs[i]), incidentOf, train.map((i) => features[i]));
    const base = fitPairModel(examples, PAIR_FIT_SETTINGS);
    settings.forEach((chosen, t) => {
      const s = bcubedSums(clusterDocuments(docs, { ...base, ...chosen }), (d) => foldOf(incidentOf(d)) === k);
      totals[t].p += s.p; totals[t].r += s.r; totals[t].n += s.n;
      perFold[t].push(f1(s.p / s.n, s.r / s.n).toFixed(3));
    });
  }
  settings.forEach(({ threshold, undatedFloor }, t) => {
    const { p, r, n } = totals[t];
    console.log(`cluster CV threshold ${threshold} undated floor ${undatedFloor}: ${n} articles, ${new Set(docs.map(incidentOf)).size} incidents, B-cubed F1 ${f1(p / n, r / n).toFixed(3)} (P ${(p / n).toFixed(3)} R ${(r / n).toFixed(3)}); by fold ${perFold[t].join(" ")}`);
  });
} else {
  const out = path.resolve(process.cwd(), "lib/cluster/data/pair-model.json");
  const model = fitPairModel(pairExamples(docs, incidentOf, features), PAIR_FIT_SETTINGS);
  const weights = Object.fromEntries(Object.entries(model.weights).sort(([a], [b]) => (a < b ? -1 : 1)));
  const json = { about: "Fitted by `npm run train:cluster` (scripts/train-cluster.ts) on the labelled outage articles of ../shared/corpus/train + dev; do not edit by hand.", bias: model.bias, threshold: model.threshold, undatedFloor: model.undatedFloor, weights };
  fs.writeFileSync(out, JSON.stringify(json, null, 1) + "\n");
  const s = bcubedSums(clusterDocuments(docs, model), () => true);
  console.log(`train:cluster: ${docs.length} articles, ${Object.keys(weights).length} weights → ${path.relative(process.cwd(), out)}; in-sample B-cubed F1 ${f1(s.p / s.n, s.r / s.n).toFixed(3)} (P ${(s.p / s.n).toFixed(3)} R ${(s.r / s.n).toFixed(3)})`);
}
