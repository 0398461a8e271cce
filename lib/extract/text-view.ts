// One document seen the ways every extraction step needs it: the original text (title, blank line,
// body), a same-length folded copy for matching, and its sentences.
import type { Span } from "../domain/types";
import type { Sentence } from "./time/find-sentences";
import { splitSentences } from "./split-sentences";
import { foldText } from "./time/fold-text";

export interface TextView {
  full: string;
  folded: string;
  titleEnd: number; // offset where the title ends
  sentences: Sentence[];
}

/** Builds the view of `title + "\n\n" + text` that spans index into. */
export function makeTextView(title: string, text: string): TextView {
  const full = `${title}\n\n${text}`;
  const folded = foldText(full);
  return { full, folded, titleEnd: title.length, sentences: splitSentences(folded) };
}

/** The sentence holding offset `at` (binary search over sorted sentences). */
export function sentenceAt(view: TextView, at: number): Sentence {
  const s = view.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return s[lo] ?? { start: 0, end: view.full.length, paragraph: 0 };
}

/** A span of the original text, trimmed of surrounding white space. */
export function spanOf(view: TextView, start: number, end: number): Span {
  const raw = view.full.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return { start: start + lead, end: start + lead + text.length, text };
}
