// Sentence and paragraph bounds, so a clock time is read with the day named in its own sentence.

export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
}

// A full stop after these does not end a sentence ("12:50 p.m. Wednesday", "Oct. 4", "M. Zuckerberg").
const ABBREVIATION_BEFORE = /(?:\b[ap]\.m|\b[a-z]|\bmr|\bmrs|\bms|\bdr|\bst|\bjan|\bfeb|\bfevr?|\bmar|\bapr|\bavr|\bjun|\bjul|\bjuil|\baug|\bsept?|\boct|\bnov|\bdec|\bjanv|\betc|\bvs|\bno|\binc|\bcorp|\bco|\bu\.s|\bu\.k)$/;

/** Splits folded text into sentences (with the paragraph each belongs to). */
export function findSentences(folded: string): Sentence[] {
  const out: Sentence[] = [];
  const boundary = /[.!?]+["')\]]*\s+|\n+/g;
  let start = 0;
  let paragraph = 0;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(folded))) {
    const isBreak = m[0].includes("\n");
    if (!isBreak && m[0][0] === "." && ABBREVIATION_BEFORE.test(folded.slice(Math.max(0, m.index - 6), m.index))) continue;
    out.push({ start, end: m.index + m[0].length, paragraph });
    if (/\n\s*\n/.test(m[0]) || (isBreak && m[0].length > 1)) paragraph++;
    start = m.index + m[0].length;
  }
  if (start < folded.length) out.push({ start, end: folded.length, paragraph });
  return out;
}
