// Same-length folding of text so one set of lower-case, accent-free patterns serves every
// spelling, while match offsets stay valid in the original text.

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
    const base = ch.normalize("NFD")[0].toLowerCase();
    out = base.length === 1 ? base : ch;
    cache.set(ch, out);
  }
  return out;
}
