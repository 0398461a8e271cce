// Numbers as French and English press write them: "11 871" (space or no-break space thousands),
// "100,000", "1.5 million", "3,5 milliards", "70 millions".

const SCALE: Record<string, number> = {
  k: 1e3, mille: 1e3, thousand: 1e3, million: 1e6, millions: 1e6, m: 1e6, milliard: 1e9, milliards: 1e9, billion: 1e9, billions: 1e9,
};

// Digits with thousands groups or a decimal part, then an optional scale word (in folded text).
// Linear time (issue 14): a number starts where a digit run starts ((?<!\d)), so a run of 60,000
// digits is tried once, not from each of its digits; at most six thousands groups (10^21).
export const NUMBER_PATTERN = String.raw`(?<!\d)\d{1,3}(?:[ \u00a0\u202f,.]\d{3}){1,6}(?![\d])|(?<!\d)\d+(?:[.,]\d+)?(?:\s*(?:k|mille|thousand|millions?|milliards?|billions?)(?![a-z]))?`;

/** Reads one number phrase matched by NUMBER_PATTERN; null when it is not a number. */
export function parseNumber(phrase: string, lang: "fr" | "en"): number | null {
  const m = /^([\d \u00a0\u202f,.]+?)\s*([a-z]+)?$/.exec(phrase.trim().toLowerCase());
  if (!m) return null;
  let digits = m[1].replace(/[ \u00a0\u202f]/g, "");
  if (/^\d{1,3}(?:[,.]\d{3})+$/.test(digits) && !(m[2] && SCALE[m[2]])) digits = digits.replace(/[,.]/g, "");
  // a lone separator is decimal: "3,5" in French, "1.5" in English (and French "3.5" is read the same)
  else digits = lang === "fr" ? digits.replace(",", ".") : digits.replace(/,/g, "");
  const value = Number(digits);
  if (!Number.isFinite(value)) return null;
  const scale = m[2] ? SCALE[m[2]] : 1;
  return scale === undefined ? null : Math.round(value * scale);
}
