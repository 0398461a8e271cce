// The learned part of understanding: logistic models over named features (stemmed words and word
// pairs of a region of the text, plus a few signals of the rule layer). Weights come from
// `npm run train` (scripts/train.ts) and live in lib/extract/data/outage-model.json.
import type { CauseCategory } from "../../domain/types";

export type Features = Map<string, number>;

export interface LinearModel {
  bias: number;
  weights: Record<string, number>;
}

/** Every learned decision of extraction, with the thresholds chosen by cross-validation. */
export interface OutageModel {
  /** is the document mainly about an online service failing for its users? */
  detect: LinearModel & { threshold: number };
  /** one-vs-rest cause categories over the sentences that talk about the cause */
  cause: { threshold: number; classes: Partial<Record<CauseCategory, LinearModel>> };
}

/** The model's probability that the features belong to its positive class. */
export function probability(model: LinearModel, features: Features): number {
  const weights = weightsOf(model);
  let z = model.bias;
  for (const [name, value] of features) {
    const w = weights.get(name);
    if (w !== undefined) z += w * value;
  }
  return 1 / (1 + Math.exp(-z));
}

/** What each feature adds to the model's log-odds, for picking the sentence that carries a class. */
export function contribution(model: LinearModel, features: Features): number {
  const weights = weightsOf(model);
  let z = 0;
  for (const [name, value] of features) z += (weights.get(name) ?? 0) * value;
  return z;
}

// A model's weights as a Map, made once per model: feature names are new strings each time (a
// prefix and a stem), which a Map finds by their hash, while an object's properties first had
// them looked up in V8's table of property names (a fifth of the detection model's time).
const WEIGHT_MAPS = new WeakMap<LinearModel, Map<string, number>>();
function weightsOf(model: LinearModel): Map<string, number> {
  let weights = WEIGHT_MAPS.get(model);
  if (!weights) WEIGHT_MAPS.set(model, (weights = new Map(Object.entries(model.weights))));
  return weights;
}
