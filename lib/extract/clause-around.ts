// Clauses of a sentence, cut at CLAUSE_SEPARATOR: a role or partial cue in one clause does not
// describe a time in another.
import { CLAUSE_SEPARATOR } from "./data/time-role-cues";

export interface Range {
  start: number;
  end: number;
}

/** The clause of sentence [start, end) holding offset `at`, between CLAUSE_SEPARATOR matches. */
export function clauseAround(folded: string, start: number, end: number, at: number): Range {
  const clause = { start, end };
  CLAUSE_SEPARATOR.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_SEPARATOR.exec(folded)) && m.index < end) {
    const after = m.index + m[0].length;
    if (after <= at) clause.start = after;
    else if (m.index >= at) {
      clause.end = m.index;
      break;
    }
  }
  return clause;
}

/** The smallest range holding both. */
export function spanUnion(a: Range, b: Range): Range {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

/** Punctuation or a conjunction between two words that puts them in different clauses, for distances. */
export const CLAUSE_BREAK = /[,;:()]|\s(?:and|but|while|whereas|et|mais|puis|alors que|tandis que)\s/;
