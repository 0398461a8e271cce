// Word features for text similarity that work across French and English: accent-free lower-case
// words of 4+ letters (names, brands, cognates like "message"/"messages" share a stem) and numbers.
// Function words ("that", "with", "dans", "leur") are dropped, from the `stopword` package's English
// and French lists: every article shares them, so they would make any two texts look alike.
import { eng, fra } from "stopword";
import { foldText } from "./fold-text";

const YEAR_RE = /^(19|20)\d\d$/;
const FUNCTION_WORDS = new Set([...eng, ...fra].map(foldText));

/** Token counts of a text; tokens are 5-letter stems of words and plain numbers (years excluded).
 * `folded` is the text's foldText when the caller has it already. */
export function textTokens(text: string, folded = foldText(text)): Map<string, number> {
  const out = new Map<string, number>();
  const words = folded.split(/[^a-z0-9]+/);
  for (const w of words) {
    if (FUNCTION_WORDS.has(w)) continue;
    let tok: string | null = null;
    if (/^\d+$/.test(w)) tok = w.length >= 2 && !YEAR_RE.test(w) ? w : null;
    else if (w.length >= 4) tok = w.slice(0, 5); // a crude stem: "messages", "messagerie" meet
    if (tok) out.set(tok, (out.get(tok) ?? 0) + 1);
  }
  return out;
}

/** Cosine similarity of two token-count vectors (0 when either is empty). */
export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, v] of small) dot += v * (large.get(k) ?? 0);
  if (dot === 0) return 0;
  return dot / (norm(a) * norm(b));
}

function norm(v: Map<string, number>): number {
  let s = 0;
  for (const x of v.values()) s += x * x;
  return Math.sqrt(s);
}

/** How many of a document's stems its `terms` keep: enough for the specifics of a news article. */
const TERMS_KEPT = 60;

/**
 * The document's most frequent stems (most frequent first, ties in alphabetical order): a compact
 * profile of its whole text, kept with its facts so that clustering compares what two articles
 * say, not only the sentences extraction picked out of them.
 */
export function documentTerms(text: string, folded = foldText(text)): string[] {
  return [...textTokens(text, folded)]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, TERMS_KEPT)
    .map(([t]) => t);
}
