// Turns free text typed by a user into plain words: the only thing that ever reaches FTS5.
import { foldText } from "../text/fold-text";

/** Longest query kept; the rest is ignored (bounds the cost of a query). */
export const MAX_QUERY_CHARS = 200;
const MAX_WORDS = 8;

/** Folded words of `q` (letters and digits only), at most 8, from the first 200 characters. */
export function queryWords(q: string): string[] {
  const words = foldText(q.slice(0, MAX_QUERY_CHARS)).match(/[\p{L}\p{N}]+/gu) ?? [];
  const seen = new Set<string>();
  for (const w of words) {
    if (seen.size >= MAX_WORDS) break;
    seen.add(w.slice(0, 40));
  }
  return [...seen];
}
