// Fits the detection model and the cause classifier on labelled documents, reading each one with
// the very functions extraction runs (readDocument, outageFeatures, causeSentences), so a model is
// scored on exactly what it will see. Pure and deterministic: same documents, same model.
import type { CauseCategory, DocumentForExtraction } from "../../domain/types";
import { readDocument } from "../extract-article";
import { causeFeatures, causeSentences } from "../find-causes";
import { outageFeatures } from "../score-outage";
import type { Features, OutageModel } from "./linear-model";
import { fitStacked, type StackOptions } from "./fit-stacked";
import { trainLogistic, type TrainingExample, type TrainingOptions } from "./train-logistic";

export interface LabelledDocument {
  doc: DocumentForExtraction;
  group: string; // the incident id, or the document's own id for a non-outage article
  outage: boolean;
  causes: CauseCategory[]; // accepted cause categories of its incident ("unknown" when no source establishes one)
}

/** What fitting needs of one document, computed once (cross-validation reuses it across folds). */
export interface ModelExample {
  group: string;
  outage: boolean;
  causes: CauseCategory[];
  detect: Features | null; // null for status pages, which are outage reports by kind
  cause: Features | null; // null when no sentence talks about a cause
  own?: boolean; // an own short item (scripts/own-short-items.ts): for detection's words only
  weight?: number; // its share of detection's loss (1 unless set)
}

export interface FitSettings {
  detect: TrainingOptions & { threshold: number; stack?: StackOptions };
  cause: TrainingOptions & { threshold: number };
}

/** Every category the classifier can name ("unknown" is a rule: the document says no cause was given). */
export const LEARNED_CAUSES: CauseCategory[] = [
  "capacity-overload", "config-change", "cyberattack", "hardware-or-datacenter", "network-bgp-dns", "software-bug", "third-party",
];

export function modelExample(item: LabelledDocument): ModelExample {
  const { view, lang, hits, cues } = readDocument(item.doc);
  const detect = item.doc.kind === "status" ? null : outageFeatures(view, hits, cues, item.doc.kind === "official", lang, item.doc.publishedAt);
  const sentences = item.outage ? causeSentences(view, cues) : [];
  return { group: item.group, outage: item.outage, causes: item.causes, detect, cause: sentences.length ? causeFeatures(sentences) : null };
}

/** Fits both models on the examples (in their order). */
export function fitModel(examples: ModelExample[], settings: FitSettings): OutageModel {
  const detectExamples: TrainingExample[] = examples.filter((e) => e.detect)
    .map((e) => ({ features: e.detect!, label: e.outage ? 1 : 0, group: e.group, own: e.own, weight: e.weight }));
  const { threshold, stack, ...detectOptions } = settings.detect;
  const detect = { ...(stack ? fitStacked(detectExamples, detectOptions, stack) : trainLogistic(detectExamples, detectOptions)), threshold };
  // an article of an incident whose cause nobody established teaches every class what is not a cause
  const causeExamples = examples.filter((e) => e.outage && e.cause && !e.own);
  const { threshold: causeThreshold, ...causeOptions } = settings.cause;
  const classes: OutageModel["cause"]["classes"] = {};
  for (const category of LEARNED_CAUSES) {
    const labelled: TrainingExample[] = causeExamples.map((e) => ({ features: e.cause!, label: e.causes.includes(category) ? 1 : 0, group: e.group }));
    if (labelled.some((e) => e.label === 1)) classes[category] = trainLogistic(labelled, causeOptions);
  }
  return { detect, cause: { threshold: causeThreshold, classes } };
}
