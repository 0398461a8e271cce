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
  let z = model.bias;
  for (const [name, value] of features) {
    const w = model.weights[name];
    if (w !== undefined) z += w * value;
  }
  return 1 / (1 + Math.exp(-z));
}

/** What each feature adds to the model's log-odds, for picking the sentence that carries a class. */
export function contribution(model: LinearModel, features: Features): number {
  let z = 0;
  for (const [name, value] of features) z += (model.weights[name] ?? 0) * value;
  return z;
}
