// Words of folded text reduced to their Snowball stems ("pannes" → "pann", "outages" → "outag"), so
// the learned model sees one feature per word family in either language.
import { newStemmer } from "snowball-stemmers";
import type { Lang } from "../../domain/types";

const STEMMERS = { fr: newStemmer("french"), en: newStemmer("english") };
// Words repeat across articles: stems are kept per language, up to a bound so a long-running ingest stays small.
const CACHE_LIMIT = 50_000;
const caches = { fr: new Map<string, string>(), en: new Map<string, string>() };
// Letters and digits; an elided article or pronoun ("l'", "d'", "qu'") is its own short word.
const WORD = /[a-z0-9]+/g;

// The words of the last text asked about, with their stems: the detection model reads the same
// folded text three times (title and lead, body, whole), so its words are found and stemmed once.
let lastWords: { folded: string; lang: Lang; words: { index: number; end: number; stem: string | null }[] } | null = null;

/** The stems of the words of folded text[from, to), in order; one-letter words are left out. */
export function stemWords(folded: string, lang: Lang, from = 0, to = folded.length): string[] {
  if (lastWords === null || lastWords.folded !== folded || lastWords.lang !== lang) {
    const words: { index: number; end: number; stem: string | null }[] = [];
    for (const m of folded.matchAll(WORD)) words.push({ index: m.index, end: m.index + m[0].length, stem: stemOf(m[0], lang) });
    lastWords = { folded, lang, words };
  }
  const out: string[] = [];
  for (const w of lastWords.words) {
    if (w.end <= from) continue;
    if (w.index >= to) break;
    // a word cut by the range's ends is the part inside it, as in the range's own text
    const stem = w.index >= from && w.end <= to ? w.stem : stemOf(folded.slice(Math.max(from, w.index), Math.min(to, w.end)), lang);
    if (stem !== null) out.push(stem);
  }
  return out;
}

/** The Snowball stem of one folded word in a language; null for a one-letter word. */
export function stemOf(word: string, lang: Lang): string | null {
  if (word.length < 2) return null;
  const cache = caches[lang];
  let stem = cache.get(word);
  if (stem === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    stem = /^[0-9]+$/.test(word) ? "#" : STEMMERS[lang].stem(word);
    cache.set(word, stem);
  }
  return stem;
}
