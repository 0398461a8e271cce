// Fits the detection model in two stages so that the rule layer's few dense signals get the weight
// they earn on articles the words have not seen. Fitted jointly, the thousands of word features learn
// every training look-alike by heart (an explainer's own words), the error a signal such as "an
// advice title" would correct is gone in-sample, and its weight stays small; on a new article the
// words do not carry over and the signal is too weak to matter. So: (1) a words-only model, scored
// on each training article by a model fitted without that article's group (grouped out-of-fold);
// (2) a small model over that out-of-fold log-odds and the dense signals. Both are linear, so the
// result is one linear model (stage 2's weight on the log-odds scales every word weight).
import { groupFold } from "./group-fold";
import { contribution, type LinearModel } from "./linear-model";
import { trainLogistic, type TrainingExample, type TrainingOptions } from "./train-logistic";

export interface StackOptions {
  folds: number; // inner folds for the out-of-fold word scores
  l2: number; // stage 2's L2 over its few features
}

const DECIMALS = 1000;

/** The two stages folded into one linear model (deterministic, as trainLogistic is). */
export function fitStacked(examples: TrainingExample[], opts: TrainingOptions, stack: StackOptions): LinearModel {
  const isDense = (name: string) => opts.densePrefixes.some((p) => name.startsWith(p));
  const split = (e: TrainingExample) => {
    const words = new Map<string, number>();
    const dense = new Map<string, number>();
    for (const [name, v] of e.features) (isDense(name) ? dense : words).set(name, v);
    return { words: { ...e, features: words }, dense };
  };
  const parts = examples.map(split);
  const wordExamples = parts.map((p) => p.words);
  const outOfFold = new Float64Array(examples.length);
  for (let k = 0; k < stack.folds; k++) {
    const inFold = examples.map((e) => groupFold(e.group, stack.folds) === k);
    const model = trainLogistic(wordExamples.filter((_, i) => !inFold[i]), opts);
    wordExamples.forEach((e, i) => { if (inFold[i]) outOfFold[i] = model.bias + contribution(model, e.features); });
  }
  // own short items teach the words only: the signals are weighed on the corpora's articles
  const stage2 = trainLogistic(parts.map((p, i) => ({
    label: examples[i].label, group: examples[i].group, own: examples[i].own, features: new Map([...p.dense, [WORDS, outOfFold[i]]]),
  })).filter((e) => !e.own), { ...opts, l2: stack.l2 });
  const words = trainLogistic(wordExamples, opts);
  const scale = stage2.weights[WORDS] ?? 0;
  const weights: Record<string, number> = {};
  for (const [name, w] of Object.entries(words.weights)) {
    const r = Math.round(w * scale * DECIMALS) / DECIMALS;
    if (Math.abs(r) >= opts.minWeight) weights[name] = r;
  }
  for (const [name, w] of Object.entries(stage2.weights)) if (name !== WORDS) weights[name] = w;
  const bias = Math.round((stage2.bias + scale * words.bias) * DECIMALS) / DECIMALS;
  return { bias, weights: Object.fromEntries(Object.entries(weights).sort(([a], [b]) => (a < b ? -1 : 1))) };
}

// stage 2's name for stage 1's log-odds (never a feature of a document)
const WORDS = "=words";
