// Sentence bounds of folded text for extraction: like the time parser's splitter, plus citation
// marks ("unavailable.[1][2] During...") and closing guillemets, which wiki mirrors and French
// press put between a full stop and the next sentence.
import type { Sentence } from "./time/find-sentences";

const BOUNDARY = /[.!?]+(?:["')\]]|\[\d{1,3}\])*\s+|\n+/g;
// A full stop after these does not end a sentence ("12:50 p.m. Wednesday", "Oct. 4", "M. Zuckerberg").
const ABBREVIATION_BEFORE = /(?:\b[ap]\.m|\b[a-z]|\bmr|\bmrs|\bms|\bdr|\bst|\bjan|\bfeb|\bfevr?|\bmar|\bapr|\bavr|\bjun|\bjul|\bjuil|\baug|\bsept?|\boct|\bnov|\bdec|\bjanv|\betc|\bvs|\bno|\binc|\bcorp|\bco|\bu\.s|\bu\.k)$/;

/** Splits folded text into sentences, each with the paragraph it belongs to. */
export function splitSentences(folded: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(folded); m; m = BOUNDARY.exec(folded)) {
    const isBreak = m[0].includes("\n");
    if (!isBreak && ABBREVIATION_BEFORE.test(folded.slice(Math.max(0, m.index - 6), m.index))) continue;
    out.push({ start, end: m.index + m[0].length, paragraph });
    if (/\n\s*\n/.test(m[0]) || (isBreak && m[0].length > 1)) paragraph++;
    start = m.index + m[0].length;
  }
  if (start < folded.length) out.push({ start, end: folded.length, paragraph });
  return out;
}
