// How the learned models are fitted and where they decide. Strengths and thresholds were chosen by
// leave-incident-out cross-validation over ../shared/corpus/train + dev (`npm run eval:cv -- --sweep`
// prints detection at other thresholds): detection's 0.5 is where precision and recall meet (0.952 /
// 0.952); 0.6 buys precision 0.968 for recall 0.905.
import type { FitSettings } from "./fit-model";

const common = { minWeight: 0.005, densePrefixes: ["r:", "k:", "a:", "t:"], passes: 200, rate: 0.1, balance: true };

export const FIT_SETTINGS: FitSettings = {
  // a word must occur in 3 incidents or negative articles: no one story's phrasing survives
  detect: { ...common, minGroups: 3, l2: 0.001, threshold: 0.5, stack: { folds: 5, l2: 0.001 } },
  // cue-list signals only, so a strong L2 keeps rare categories from riding on one incident
  cause: { ...common, minGroups: 3, l2: 0.01, threshold: 0.3 },
};
