// One document seen the ways every extraction step needs it: the original text (title, blank line,
// body), a same-length folded copy for matching, and its sentences.
import type { Span } from "../domain/types";
import type { Lang } from "../domain/types";
import { splitSentences, type Sentence } from "./split-sentences";
import { foldText } from "../text/fold-text";

export interface TextView {
  full: string;
  folded: string;
  titleEnd: number; // offset where the title ends
  sentences: Sentence[];
}

// Extraction's steps ask the view for a sentence; the splitter is its one definition.
export { sentenceAt } from "./split-sentences";

/** Builds the view of `title + "\n\n" + text` that spans index into; `lang` picks the abbreviations the sentences know. */
export function makeTextView(title: string, text: string, lang?: Lang): TextView {
  const full = `${title}\n\n${text}`;
  const folded = foldText(full);
  return { full, folded, titleEnd: title.length, sentences: splitSentences(full, lang, folded) };
}

/** A span of the original text, trimmed of surrounding white space. */
export function spanOf(view: TextView, start: number, end: number): Span {
  const raw = view.full.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return { start: start + lead, end: start + lead + text.length, text };
}

/** The first sentence starting at or after `from` that holds a letter or digit (a blank or dash line is none). */
export function firstSentenceFrom(view: TextView, from: number): Sentence | undefined {
  return view.sentences.find((s) => s.start >= from && /[a-z0-9]/.test(view.folded.slice(s.start, s.end)));
}
