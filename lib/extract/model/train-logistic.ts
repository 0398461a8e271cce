// Fits a logistic model deterministically: features kept only when they occur in enough distinct
// groups (incidents, or single negative articles) so that no one article's phrasing survives, then
// full-batch AdaGrad with L2 for a fixed number of passes in a fixed feature order; weights rounded.
import type { Features, LinearModel } from "./linear-model";

export interface TrainingExample {
  features: Features;
  label: 0 | 1;
  group: string; // the incident, or the article itself for a negative
  /** written for the project, not from the corpora: fits weights, admits no word to the vocabulary */
  own?: boolean;
  /** the example's share of the loss (1 unless set): lets own examples count for less than a corpus article */
  weight?: number;
}

export interface TrainingOptions {
  minGroups: number; // a word feature must occur in this many groups
  l2: number;
  passes: number;
  rate: number;
  minWeight: number; // smaller weights are dropped from the file (they move no decision)
  balance: boolean; // weigh the two classes equally whatever their sizes
  /** features under these prefixes (the rule layer's signals) are kept whatever their spread */
  densePrefixes: string[];
}

const DECIMALS = 1000;

/** The fitted model; the same examples in the same order give the same weights. */
export function trainLogistic(examples: TrainingExample[], opts: TrainingOptions): LinearModel {
  const vocabulary = keptFeatures(examples, opts);
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = examples.map((e) => {
    const cols: number[] = [];
    const vals: number[] = [];
    for (const [name, v] of e.features) {
      const i = index.get(name);
      if (i !== undefined && v !== 0) { cols.push(i); vals.push(v); }
    }
    return { cols, vals, y: e.label, s: e.weight ?? 1 };
  });
  // classes are weighted so that each counts as much in the loss whatever their sizes; sizes and the
  // mean are over the examples' weights (their counts when none is set)
  const total = rows.reduce((sum, r) => sum + r.s, 0);
  const positives = rows.reduce((sum, r) => sum + (r.y === 1 ? r.s : 0), 0);
  const weightOf = (y: number) => !opts.balance ? 1 : (y === 1 ? total / (2 * Math.max(1, positives)) : total / (2 * Math.max(1, total - positives)));
  const w = new Float64Array(vocabulary.length);
  const g2 = new Float64Array(vocabulary.length);
  let bias = 0;
  let b2 = 0;
  const grad = new Float64Array(vocabulary.length);
  for (let pass = 0; pass < opts.passes; pass++) {
    grad.fill(0);
    let gb = 0;
    for (const r of rows) {
      let z = bias;
      for (let k = 0; k < r.cols.length; k++) z += w[r.cols[k]] * r.vals[k];
      const err = (1 / (1 + Math.exp(-z)) - r.y) * weightOf(r.y) * r.s;
      gb += err;
      for (let k = 0; k < r.cols.length; k++) grad[r.cols[k]] += err * r.vals[k];
    }
    const n = total;
    for (let j = 0; j < w.length; j++) {
      const g = grad[j] / n + opts.l2 * w[j];
      g2[j] += g * g;
      if (g2[j] > 0) w[j] -= (opts.rate * g) / Math.sqrt(g2[j]);
    }
    const g = gb / n;
    b2 += g * g;
    if (b2 > 0) bias -= (opts.rate * g) / Math.sqrt(b2);
  }
  const weights: Record<string, number> = {};
  vocabulary.forEach((name, j) => {
    const r = Math.round(w[j] * DECIMALS) / DECIMALS;
    if (Math.abs(r) >= opts.minWeight) weights[name] = r;
  });
  return { bias: Math.round(bias * DECIMALS) / DECIMALS, weights };
}

// Sorted, so the fitted file does not depend on the order features were met in.
function keptFeatures(examples: TrainingExample[], opts: TrainingOptions): string[] {
  const groups = new Map<string, Set<string>>();
  // the group count says a word is no one story's phrasing in the corpora, so only theirs count
  for (const e of examples.filter((x) => !x.own))
    for (const name of e.features.keys()) {
      let s = groups.get(name);
      if (!s) groups.set(name, (s = new Set()));
      s.add(e.group);
    }
  return [...groups].filter(([name, s]) => s.size >= opts.minGroups || opts.densePrefixes.some((p) => name.startsWith(p)))
    .map(([name]) => name).sort();
}
