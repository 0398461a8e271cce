// Fits the pair model from labelled documents: every pair that shares a failed service is an
// example, positive when both documents report the same incident. The many same-company outages on
// other dates in the training corpus are the negatives that teach how much a day gap costs.
import type { ExtractedDocument } from "../domain/types";
import { trainLogistic } from "../extract/model/train-logistic";
import { documentFeatures, type DocumentFeatures } from "./document-features";
import { similarityTerms, type PairModel } from "./document-similarity";

export interface PairFitSettings {
  l2: number;
  passes: number;
  rate: number;
  threshold: number;
  undatedFloor: number;
}

/** Pair examples of `docs` (labels by url): one per pair sharing a service, in a fixed order. */
export function pairExamples(docs: ExtractedDocument[], incidentOf: (d: ExtractedDocument) => string, features = docs.map(documentFeatures)) {
  const out: { features: Map<string, number>; label: 0 | 1; group: string }[] = [];
  const probe: PairModel = { bias: 0, weights: {}, threshold: 0.5, undatedFloor: 0.5 };
  for (let i = 0; i < docs.length; i++)
    for (let j = i + 1; j < docs.length; j++) {
      const t = similarityTerms(features[i] as DocumentFeatures, features[j] as DocumentFeatures, probe);
      if (t.decidedBy === "service") continue;
      const [gi, gj] = [incidentOf(docs[i]), incidentOf(docs[j])];
      out.push({ features: t.features, label: gi === gj ? 1 : 0, group: [gi, gj].sort().join("|") });
    }
  return out;
}

/** The fitted pair model; the same documents in the same order give the same weights. */
export function fitPairModel(examples: ReturnType<typeof pairExamples>, settings: PairFitSettings): PairModel {
  const m = trainLogistic(examples, { minGroups: 1, l2: settings.l2, passes: settings.passes, rate: settings.rate, minWeight: 0.001, balance: false, densePrefixes: [""] });
  return { ...m, threshold: settings.threshold, undatedFloor: settings.undatedFloor };
}
