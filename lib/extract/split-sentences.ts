// The one sentence splitter of extraction: sentence and paragraph bounds, so that a clock time is
// read with the day named in its own sentence and a cue with its own subject. A full stop, "!" or
// "?" (or a run of them) followed by white space ends a sentence, as do line breaks; citation
// marks ("unavailable.[1][2] During...") and closing quotes may stand between. A full stop does not
// end one after an abbreviation of the document's language (data/abbreviations.ts) or after an
// initial in a name ("J. Smith"); any other single letter is a word ("... on X. The users ...").
import type { Lang } from "../domain/types";
import { ABBREVIATIONS } from "./data/abbreviations";
import { foldText } from "../text/fold-text";
import { escapeRegExp } from "../text/escape-reg-exp";

export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
}

const BOUNDARY = /[.!?]+(?:["')\]]|\[\d{1,3}\])*\s+|\n+/g;

interface Matchers {
  inner: RegExp;
  beforeNumber: RegExp;
  mayEnd: RegExp;
  openers: Set<string>;
}

// An abbreviation is matched on the folded text just before its last full stop, as a whole word.
const endsWith = (words: string[]) =>
  new RegExp(`(?:^|[^a-z.])(?:${words.map((w) => escapeRegExp(w).replace(/ /g, "\\s?")).join("|")})$`);

function matchersFor(langs: Lang[]): Matchers {
  const all = (k: "inner" | "beforeNumber" | "mayEnd" | "openers") => langs.flatMap((l) => ABBREVIATIONS[l][k]);
  return { inner: endsWith(all("inner")), beforeNumber: endsWith(all("beforeNumber")), mayEnd: endsWith(all("mayEnd")), openers: new Set(all("openers")) };
}

const MATCHERS: Record<Lang | "any", Matchers> = { fr: matchersFor(["fr"]), en: matchersFor(["en"]), any: matchersFor(["fr", "en"]) };

/**
 * Splits text into sentences, each with the paragraph it belongs to. `lang` picks the
 * abbreviation list (both when the language is not known yet); `folded` is foldText(text) when the
 * caller already has it (offsets are the same in both).
 */
export function splitSentences(text: string, lang?: Lang, folded: string = foldText(text)): Sentence[] {
  const m = MATCHERS[lang ?? "any"];
  const out: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  BOUNDARY.lastIndex = 0;
  for (let b = BOUNDARY.exec(folded); b; b = BOUNDARY.exec(folded)) {
    const isBreak = b[0].includes("\n");
    const next = b.index + b[0].length;
    if (!isBreak && b[0].startsWith(".") && !b[0].startsWith("..") && !endsSentence(text, folded, b.index, next, start, m)) continue;
    out.push({ start, end: next, paragraph });
    if (/\n\s*\n/.test(b[0]) || (isBreak && b[0].length > 1)) paragraph++;
    start = next;
  }
  if (start < folded.length) out.push({ start, end: folded.length, paragraph });
  return out;
}

/** Whether the full stop at `dot` (next word at `next`, sentence begun at `start`) ends the sentence. */
function endsSentence(text: string, folded: string, dot: number, next: number, start: number, m: Matchers): boolean {
  const before = folded.slice(Math.max(start, dot - 12), dot);
  const nextChar = text[next] ?? "";
  const nextIsNumber = /\d/.test(nextChar);
  if (m.inner.test(before)) return false;
  if (nextIsNumber && m.beforeNumber.test(before)) return false;
  if (m.mayEnd.test(before)) return m.openers.has(openingWord(text, folded, next));
  const letter = /(?:^|[^\p{L}\p{N}'.])(\p{L})$/u.exec(text.slice(Math.max(start, dot - 2), dot));
  if (!letter) return true;
  // A single letter followed by a lower-case word or a number is an abbreviation ("p. 3", "X. was").
  if (!isUpper(nextChar)) return false;
  return !isInitial(text, folded, dot - 1, start, next, m.openers);
}

/** Whether the capital letter at `at`, followed by ". " and a capitalised word, is an initial of a name. */
function isInitial(text: string, folded: string, at: number, start: number, next: number, openers: Set<string>): boolean {
  if (!isUpper(text[at])) return false;
  // another initial follows ("by J. R. Tolkien")
  if (/^\p{Lu}\.\s/u.test(text.slice(next, next + 3))) return true;
  // What stands before it in the same sentence: nothing or punctuation (a name opening a clause),
  // a capitalised word ("George W. Bush") or another initial ("J. R. Tolkien") make it an initial;
  // a lower-case word ("... sur X. Les ...") or a sentence's capitalised first function word
  // ("Selon X. Les ...") makes it a word.
  const before = text.slice(start, at).trimEnd();
  const word = /[\p{L}\p{N}.']+$/u.exec(before);
  if (!word) return true;
  return isUpper(word[0][0]) && !openers.has(folded.slice(word.index + start, word.index + start + word[0].length));
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** The folded word at `at` when it is written as a sentence's first word ("The", "L'", not "ET" or "the"). */
function openingWord(text: string, folded: string, at: number): string {
  const w = /^\p{Lu}\p{Ll}*'?/u.exec(text.slice(at, at + 20))?.[0];
  return w ? folded.slice(at, at + w.length) : "";
}

/** The sentence holding offset `at` (binary search over the sorted sentences of a text view or time context). */
export function sentenceAt(doc: { sentences: readonly Sentence[] }, at: number): Sentence {
  const s = doc.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return s[lo] ?? { start: 0, end: 0, paragraph: 0 };
}
