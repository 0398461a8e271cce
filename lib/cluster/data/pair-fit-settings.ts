// How the clustering pair model is fitted (scripts/train-cluster.ts). The threshold is the
// average-link threshold on the model's probability, chosen by leave-incident-out cross-validation
// (`npm run train:cluster -- --sweep`); a strong L2 keeps the handful of weights smooth.
import type { PairFitSettings } from "../fit-pair-model";

export const PAIR_FIT_SETTINGS: PairFitSettings = { l2: 0.001, passes: 400, rate: 0.1, threshold: 0.3, undatedFloor: 0.5 };
