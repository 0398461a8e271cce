// Same-length folding of text so one set of lower-case, accent-free patterns serves every
// spelling, while match offsets stay valid in the original text. The one folding of the project:
// extraction, clustering keys, slugs and search query words (whose words come out as the FTS5
// tokenizer's remove_diacritics folds them) all use it.

const FOLD: Record<string, string> = {
  "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
  "\u2013": "-", "\u2014": "-", "\u2011": "-", "\u2010": "-", "\u2212": "-", "\u00ab": "\"", "\u00bb": "\"",
};
const cache = new Map<string, string>(Object.entries(FOLD));
// Upper-case ASCII and every non-ASCII character; the rest is already folded.
const TO_FOLD = /[A-Z\u0080-\uffff]/g;

/** Lower-cases and strips accents character by character, keeping the string's length. */
export function foldText(text: string): string {
  return text.replace(TO_FOLD, foldChar);
}

function foldChar(ch: string): string {
  let out = cache.get(ch);
  if (out === undefined) {
    // compatibility forms fold to their letter when that is one letter ("Ｏ" -> "o", "²" -> "2");
    // else the canonical base ("é" -> "e"), so that "…" or "ﬁ" keep their one character
    const compat = ch.normalize("NFKD").replace(/\p{M}+/gu, "");
    out = (compat.length === 1 ? compat : ch.normalize("NFD")[0]).toLowerCase();
    if (out.length !== 1) out = ch;
    cache.set(ch, out);
  }
  return out;
}
