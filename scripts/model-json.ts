// The model file's text: one weight per line (so a refit reads as a diff) under a note on its origin.
import type { OutageModel } from "../lib/extract/model/linear-model";

export function modelJson(model: OutageModel): string {
  const about = "Fitted by `npm run train` (scripts/train.ts) on ../shared/corpus/train + dev; do not edit by hand.";
  return `${JSON.stringify({ about, ...model }, null, 1)}\n`;
}
