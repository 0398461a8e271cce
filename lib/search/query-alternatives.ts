// What a query asks for, before it is written in a backend's syntax: per word, the spellings the
// index may hold (any one must match) and, for the last word, the prefix it may still be.
import { queryWords } from "./query-words";
import { wordVariants } from "./word-variants";

export interface WordAlternatives {
  /** folded spellings, any of which matches (phrases when a variant has several words) */
  variants: string[];
  /** the word as a prefix (the last word, while it may still be being typed), or null */
  prefix: string | null;
}

/** One entry per query word; every word must match. Empty when nothing is searchable. */
export function queryAlternatives(q: string): WordAlternatives[] {
  const words = queryWords(q);
  return words.map((word, i) => ({ variants: wordVariants(word), prefix: i === words.length - 1 && word.length >= 3 ? word : null }));
}
