// Status pages (and articles quoting them) put each update's time on its own line after the
// update: "Resolved - This incident has been resolved.\nJun 10, 14:02 UTC".
import type { Sentence } from "./split-sentences";

// "Jun 10, 14:02 UTC", "Posted on Jun 10": beyond the time phrase, at most this many letters.
const MAX_OTHER_LETTERS = 12;

/** Whether the sentence holds nothing but the time phrase at [at, atEnd) and a date, i.e. it stamps the update before it. */
export function isStampLine(folded: string, s: Sentence, at: number, atEnd: number): boolean {
  const rest = folded.slice(s.start, at) + folded.slice(atEnd, s.end);
  return (rest.match(/[a-z]/g) ?? []).length <= MAX_OTHER_LETTERS;
}
