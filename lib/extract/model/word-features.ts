// Stemmed words of one region of a text as features under a prefix ("l:" for the title and lead,
// "b:" for the body), so one word weighs differently where it stands. Each region's words share a
// unit length (1/√n each, times a scale), so a long article does not outvote a short one by length
// alone. Word pairs were measured too and did not help (leave-incident-out CV, README).
import type { Lang } from "../../domain/types";
import type { Features } from "./linear-model";
import { stemWords } from "./stem-words";

// A region's words together weigh as much as this many full-weight signals of the rule layer.
const REGION_SCALE = 4;

/** Adds the distinct stems of folded text[from, to) to `out`. */
export function addWordFeatures(out: Features, prefix: string, folded: string, lang: Lang, from: number, to: number): void {
  // distinct stems first, then named: a text repeats its words, and each name is a new string
  const stems = new Set(stemWords(folded, lang, from, to));
  const value = REGION_SCALE / Math.sqrt(Math.max(1, stems.size));
  for (const s of stems) out.set(prefix + s, value);
}
