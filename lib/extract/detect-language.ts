// The document's language: the declared one when it is French or English, else read from the text
// by franc over every language it knows. A document in another language is marked as such: the cue
// lists, stems and time grammar are French and English, so reading it with them would only invent
// facts (Spanish "red" is not a network, German "die" is not dying).
import { francAll } from "franc";
import type { Lang } from "../domain/types";

const FRENCH_HINT = /\b(?:le|la|les|des|une|est|pour|dans|qui|pas)\b/gi;
const ENGLISH_HINT = /\b(?:the|and|is|was|for|with|that|have|are)\b/gi;
const FRANC_CODES: Record<string, Lang> = { fra: "fr", eng: "en" };
// The languages franc weighs a text against: French, English and the other languages most present
// on the web (W3Techs' content-language ranking, 2025), so a feed's German, Spanish or Russian item
// is told apart. Asking franc about all of its 400 languages costs about five times as much per
// document and lets close neighbours (Scots for English) win on short texts.
const CANDIDATES = [
  "fra", "eng", "deu", "spa", "por", "ita", "nld", "pol", "rus", "ukr", "tur", "arb", "pes", "cmn", "jpn", "kor", "ind",
  "vie", "swe", "ces", "ron", "hun", "ell", "dan", "nob", "fin",
];
// franc's scores are relative to its best guess (1): French or English this close to it is taken,
// for short texts where a neighbour wins by a hair, while German, Spanish or Italian text puts both
// far below.
const NEAR_TOP = 0.95;
// Below this many letters franc's guesses among many languages are unreliable ("Elevated errors —
// Investigating. Logins through Google fail for some users." reads as Norwegian): a short text is
// only asked whether it is French or English.
const MIN_LETTERS_FOR_OTHER = 120;

/** A French or English document (`lang`), or one in another language (`lang` null, `other` its code). */
export type DocumentLanguage = { lang: Lang; other: null } | { lang: null; other: string };

/** Normalises a declared language ("fr-FR" → fr) or reads it from the text; other languages are marked. */
export function documentLanguage(declared: string | null, text: string): DocumentLanguage {
  const tag = declared?.trim().toLowerCase().slice(0, 2);
  if (tag === "fr" || tag === "en") return { lang: tag, other: null };
  const sample = text.slice(0, 3000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const scores = francAll(sample, { only: letters < MIN_LETTERS_FOR_OTHER ? ["fra", "eng"] : CANDIDATES, minLength: 10 });
  const [top] = scores[0];
  // franc declines very short texts ("und"): count function words instead
  if (top === "und") return { lang: countHints(sample), other: null };
  if (FRANC_CODES[top]) return { lang: FRANC_CODES[top], other: null };
  const near = scores.find(([code, score]) => FRANC_CODES[code] && score >= NEAR_TOP);
  return near ? { lang: FRANC_CODES[near[0]], other: null } : { lang: null, other: top };
}

/** French or English, whichever the text is closer to: for labelling short texts the site shows
 * (a cause summary, a snippet) in one of its two languages. */
export function detectLanguage(declared: string | null, text: string): Lang {
  return documentLanguage(declared, text).lang ?? countHints(text.slice(0, 3000));
}

function countHints(sample: string): Lang {
  const fr = sample.match(FRENCH_HINT)?.length ?? 0;
  const en = sample.match(ENGLISH_HINT)?.length ?? 0;
  return fr > en ? "fr" : "en";
}
