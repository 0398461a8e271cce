// How the clustering pair model is fitted (scripts/train-cluster.ts). The threshold is the
// average-link threshold on the model's probability, chosen by leave-incident-out cross-validation
// (`npm run train:cluster -- --sweep`: 0.2 gives 0.955, P 0.974; 0.15: 0.954, P 0.968; 0.3: 0.942, P
// 0.974), and the undated floor likewise (0.4: 0.936, 0.6: 0.932 at threshold 0.3). Chosen inside
// each fold instead (`-- --nested`), see README. A strong L2 keeps the handful of weights smooth.
import type { PairFitSettings } from "../fit-pair-model";

export const PAIR_FIT_SETTINGS: PairFitSettings = { l2: 0.001, passes: 400, rate: 0.1, threshold: 0.2, undatedFloor: 0.5 };
