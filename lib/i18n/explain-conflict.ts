// Why a disputed value was kept, in plain words in the page's language, from the conflict's own
// structure (how many sources give each value), never from the weights the timeline used.
import type { Conflict, Lang } from "../domain/types";
import { STORY_WORDING } from "./data/story-wording";

/** "Kept because 4 sources give it, against 1 for the other value." plus the general rule. */
export function explainConflict(c: Conflict, lang: Lang): string {
  const w = STORY_WORDING[lang];
  const kept = c.values.find((v) => c.chosen !== null && String(v.value) === String(c.chosen));
  if (!kept) return w.conflictRule;
  const others = c.values.filter((v) => v !== kept).reduce((n, v) => n + v.sources.length, 0);
  const n = kept.sources.length;
  return `${n >= others ? w.conflictKept(n, others) : w.conflictKeptPrecise(n, others)} ${w.conflictRule}`;
}
