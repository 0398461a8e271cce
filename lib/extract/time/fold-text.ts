// Same-length folding of text so one set of lower-case, accent-free patterns serves every
// spelling, while match offsets stay valid in the original text.

const FOLD: Record<string, string> = {
  "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
  "\u2013": "-", "\u2014": "-", "\u2011": "-", "\u2010": "-", "\u2212": "-", "\u00ab": "\"", "\u00bb": "\"",
};

/** Lower-cases and strips accents character by character, keeping the string's length. */
export function foldText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const mapped = FOLD[ch];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    const code = ch.charCodeAt(0);
    if (code < 128) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
      continue;
    }
    const base = ch.normalize("NFD")[0].toLowerCase();
    out += base.length === 1 ? base : ch;
  }
  return out;
}
