// Cue phrases matched as word families rather than letter for letter, so that a phrase written once
// reads the ways people write it: inflected ("des mises à jour défectueuses", "expired certificates"),
// in another tense or the passive ("le câble a été endommagé", "the certificate has expired"), with
// determiners and elision between its words ("la panne d'un équipement", "une coupure de l'électricité")
// and one describing word in a gap ("une mise à jour logicielle défectueuse", "a faulty software
// update", "un câble sous-marin endommagé"). Words are compared by their Snowball stem in French or in
// English (the lists mix both); a phrase of one content word is left to the exact lists, where a
// family would bring other senses ("fire" / "fired", "feu" / "feux de circulation").
import type { Lang } from "../domain/types";
import { PHRASE_BREAKERS, PHRASE_INNER_WORDS, POSSESSIVES, PREPOSITIONS, WORD_ABBREVIATIONS } from "./data/phrase-inner-words";
import { stemOf } from "./model/stem-words";
import { compileCues } from "./compile-cues";

/** A match of a phrase in folded text, as allMatches gives one. */
export interface LemmaMatch { index: number; end: number; text: string }

// Letters and digits, hyphenated words kept whole ("sous-marin", "court-circuit"); an apostrophe
// splits an elided word from the next ("d'electricite" is "d" and "electricite").
const WORD = /[a-z0-9]+(?:-[a-z0-9]+)*/g;
// Anything but spaces and apostrophes between two words (a comma, a full stop, a bracket) ends a phrase.
const JOINS = /[\s']*/y;
// How many describing words may stand in one gap between a phrase's words, and in the whole phrase.
const OPEN_PER_GAP = 1;
const OPEN_PER_PHRASE = 2;
// How many function words in one gap ("a été", "de l'", "has been").
const INNER_PER_GAP = 3;
const LANGS: Lang[] = ["fr", "en"];
// An inflection changes at most the last two letters of the phrase's word (a short word keeps three).
const INFLECTION_LETTERS = 2;
const INFLECTION_MIN = 3;
// how many first letters of a word are compared before its stems are looked up (every head has two)
const START = 2;
const BREAKS = new Set(PHRASE_BREAKERS);
const POSSESSIVE = new Set(POSSESSIVES);
const PREPOSITION = new Set(PREPOSITIONS);
// a Map, not the object: a text's word looked up as a property name finds Object's own ("constructor"
// gave a function, and extraction threw on any text with that word), and costs an interning each time
const ABBREVIATIONS = new Map(Object.entries(WORD_ABBREVIATIONS));
const fullForm = (word: string) => ABBREVIATIONS.get(word) ?? word;

// a word's stems are found when a phrase asks (most words of a text start no phrase word)
interface Word { index: number; end: number; text: string; head: string; stems?: string[]; inner: boolean; possessive: boolean; breaks: boolean; joined: boolean }
// per content word: its stems (fr, en), the letters an inflection keeps, and what stands before it in the
// phrase: nothing, a function word ("panne de courant"), or a possessive ("beyond its limits")
type Link = "none" | "word" | "possessive";
interface Phrase { stems: string[][]; heads: string[]; linked: Link[] }

/** Compiles folded cue phrases into a function giving their matches in folded text[from, to);
 * `notBetween`: words (cue phrases of one word) that may not stand in a gap, because they name
 * something by themselves ("a faulty configuration update" is no "faulty update" of the code). */
export function compileLemmaCues(phrases: readonly string[], notBetween: readonly string[] = []): (folded: string, from?: number, to?: number) => LemmaMatch[] {
  const blocker = notBetween.length ? compileCues(notBetween, "") : null;
  const byFirst = new Map<string, Phrase[]>();
  const starts = new Set<string>(); // the first letters of the phrases' first words
  for (const p of new Set(phrases)) {
    const phrase = phraseOf(p);
    if (!phrase) continue;
    for (const s of new Set(phrase.stems[0])) byFirst.set(s, [...(byFirst.get(s) ?? []), phrase]);
    starts.add(phrase.heads[0].slice(0, START));
  }
  // the words a phrase of the list can start on, found once per document: each sentence's search then
  // walks these alone (a dozen lists read every sentence of a document, and most words start none of
  // their phrases; the words skipped here were skipped one by one before, so the matches are the same)
  let memo: { words: Word[]; at: number[] } | null = null;
  return (folded, from = 0, to = folded.length) => {
    const words = wordsOf(folded);
    if (memo?.words !== words) memo = { words, at: words.flatMap((w, i) => (starts.has(w.head) ? [i] : [])) };
    const at = memo.at;
    const out: LemmaMatch[] = [];
    let covered = -1;
    for (let k = firstAtOrAfter(at, firstEndingAfter(words, from)); k < at.length; k++) {
      const i = at[k], w = words[i];
      if (w.index >= to) break;
      if (w.index < covered || w.index < from) continue;
      let best = -1;
      for (const s of stemsOfWord(w)) for (const phrase of byFirst.get(s) ?? []) if (inflects(w, phrase, 0)) best = Math.max(best, lastWordOf(phrase, words, i, to, blocker));
      if (best < 0) continue;
      out.push({ index: w.index, end: words[best].end, text: folded.slice(w.index, words[best].end) });
      covered = words[best].end;
    }
    return out;
  };
}

// The first word ending after `from` (words are in text order): each cue list reads a document sentence
// by sentence, and walking from its first word every time made a long text's cost grow with its square.
function firstEndingAfter(words: Word[], from: number): number {
  let lo = 0, hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].end <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The position in `at` (ascending word numbers) of the first number at or after `i`.
function firstAtOrAfter(at: number[], i: number): number {
  let lo = 0, hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The index of the phrase's last word when the phrase starts at word i, else -1.
function lastWordOf(phrase: Phrase, words: Word[], i: number, to: number, blocker: RegExp | null): number {
  let at = i;
  let open = 0;
  for (let k = 1; k < phrase.stems.length; k++) {
    let inner = 0, gapOpen = 0, possessive = false, j = at + 1;
    for (; j < words.length && words[j].index < to && words[j].joined; j++) {
      if (inflects(words[j], phrase, k)) break;
      if (words[j].breaks) return -1;
      possessive ||= words[j].possessive;
      if (words[j].inner) { if (++inner > INNER_PER_GAP) return -1; }
      else if (++gapOpen > OPEN_PER_GAP || ++open > OPEN_PER_PHRASE || blocker?.test(words[j].text)) return -1;
    }
    if (j >= words.length || !words[j].joined || words[j].index >= to) return -1;
    if (!inflects(words[j], phrase, k)) return -1;
    // "panne de courant": the phrase's own link word must have some function word in its place
    if ((phrase.linked[k] === "word" && inner === 0) || (phrase.linked[k] === "possessive" && !possessive)) return -1;
    // a describing word turned into a complement is another thing: "panne logicielle" (a software
    // failure) is not "la panne du logiciel" (the failed software), while "la mise à jour de
    // l'application, défectueuse" keeps its order with a complement between
    if (phrase.linked[k] === "none" && PREPOSITION.has(words[j - 1].text) && j - 1 > at) return -1;
    at = j;
  }
  return at;
}

// Whether a word of the text is an inflection of the phrase's k-th word: the same stem in either
// language, and the same letters up to the phrase word's last two ("endommage" / "endommagés",
// "expired" / "expiring"), so a derivation or a stem collision is not ("courant" / "cours",
// "expiration" / "expired", "changement" / "change").
function inflects(w: Word, phrase: Phrase, k: number): boolean {
  return w.text.startsWith(phrase.heads[k]) && stemsOfWord(w).some((s) => phrase.stems[k].includes(s));
}

function phraseOf(p: string): Phrase | null {
  const stems: string[][] = [];
  const heads: string[] = [];
  const linked: Link[] = [];
  let link: Link = "none";
  for (const m of p.replace(/\*$/, "").matchAll(WORD)) {
    if (PHRASE_INNER_WORDS.has(m[0])) {
      if (stems.length > 0 && link !== "possessive") link = POSSESSIVE.has(m[0]) ? "possessive" : "word";
      continue;
    }
    const word = fullForm(m[0]);
    stems.push(stemsOf(word));
    heads.push(word.slice(0, Math.max(Math.min(word.length, INFLECTION_MIN), word.length - INFLECTION_LETTERS)));
    linked.push(link);
    link = "none";
  }
  return stems.length >= 2 ? { stems, heads, linked } : null;
}

const stemsOfWord = (w: Word) => (w.stems ??= stemsOf(w.text));

// a word's stems in both languages, kept across documents (words repeat from one to the next), up to a
// bound so a long-running ingest stays small; the arrays are only read
const STEMS_LIMIT = 50_000;
const stemsCache = new Map<string, string[]>();
function stemsOf(word: string): string[] {
  let stems = stemsCache.get(word);
  if (stems === undefined) {
    if (stemsCache.size >= STEMS_LIMIT) stemsCache.clear();
    stems = [...new Set(LANGS.map((l) => stemOf(word, l)).filter((s): s is string => s !== null))];
    stemsCache.set(word, stems);
  }
  return stems;
}

// The words of the last text asked about: every cue list reads the same document sentence by sentence.
let last: { folded: string; words: Word[] } | null = null;
function wordsOf(folded: string): Word[] {
  if (last?.folded === folded) return last.words;
  const words: Word[] = [];
  let prevEnd = -1;
  for (const m of folded.matchAll(WORD)) {
    // the gap from the last word is all spaces and apostrophes when they run up to this word
    let joined = false;
    if (prevEnd >= 0) {
      JOINS.lastIndex = prevEnd;
      JOINS.exec(folded);
      joined = JOINS.lastIndex === m.index;
    }
    const text = fullForm(m[0]);
    words.push({
      // its first letters, taken once for every cue list that asks whether a phrase starts here
      index: m.index, end: m.index + m[0].length, text, head: text.slice(0, START), joined,
      inner: PHRASE_INNER_WORDS.has(m[0]), possessive: POSSESSIVE.has(m[0]), breaks: BREAKS.has(m[0]),
    });
    prevEnd = m.index + m[0].length;
  }
  last = { folded, words };
  return words;
}
