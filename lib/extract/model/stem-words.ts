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

/** The stems of the words of folded text[from, to), in order; one-letter words are left out. */
export function stemWords(folded: string, lang: Lang, from = 0, to = folded.length): string[] {
  const out: string[] = [];
  const cache = caches[lang];
  for (const m of folded.slice(from, to).matchAll(WORD)) {
    const word = m[0];
    if (word.length < 2) continue;
    let stem = cache.get(word);
    if (stem === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      stem = /^[0-9]+$/.test(word) ? "#" : STEMMERS[lang].stem(word);
      cache.set(word, stem);
    }
    out.push(stem);
  }
  return out;
}
