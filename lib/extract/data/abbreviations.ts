// Abbreviations whose full stop does not end a sentence, per language, folded (lower case, no
// accents), written as they stand before their last full stop ("p. ex" for "p. ex.", "u.s" for
// "U.S."). From French and English typographic usage (Lexique des règles typographiques de
// l'Imprimerie nationale; Chicago Manual of Style, ch. 10), limited to the ones news copy uses.
// A single letter is not listed: it is an initial only in a name (see split-sentences.ts).
import type { Lang } from "../../domain/types";

export interface Abbreviations {
  /** Always followed by more of the same sentence: titles before a name, "p. ex.", "cf.". */
  inner: string[];
  /** An abbreviation only before a number ("no. 5", "p. 12"); elsewhere the word itself. */
  beforeNumber: string[];
  /** Can close a sentence too ("..., etc." "... Apple Inc."): it ends one only when the next word opens one. */
  mayEnd: string[];
  /** Words that open a sentence (capitalised): after a mayEnd abbreviation they mean a new sentence began. */
  openers: string[];
}

export const ABBREVIATIONS: Record<Lang, Abbreviations> = {
  fr: {
    inner: [
      "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "st", "ste", "mgr",
      "p. ex", "cf", "env", "c.-a-d", "fig", "cie",
    ],
    beforeNumber: ["no", "nos", "p", "pp", "vol"], // "vol" alone is a flight
    mayEnd: [
      "etc", "inc", "corp", "ltd", "co", "janv", "fevr", "fev", "avr", "juil", "sept", "oct", "nov", "dec",
    ],
    openers: [
      "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce", "cet", "cette", "ces", "c'",
      "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "j'", "mais", "et", "ou", "donc", "or",
      "en", "dans", "a", "au", "aux", "apres", "avant", "depuis", "pendant", "selon", "pour", "par", "sur",
      "avec", "quand", "lorsque", "si", "son", "sa", "ses", "leur", "leurs", "plusieurs", "certains",
      "tous", "toutes", "cependant", "toutefois", "pourtant", "ainsi", "enfin", "puis", "alors", "qu'",
    ],
  },
  en: {
    inner: [
      "mr", "mrs", "ms", "messrs", "dr", "prof", "st", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt",
      "rev", "hon", "e.g", "i.e", "cf", "vs", "approx", "fig", "dept",
    ],
    beforeNumber: ["no", "nos", "p", "pp", "vol"],
    mayEnd: [
      "etc", "inc", "corp", "co", "ltd", "jr", "sr", "u.s", "u.k", "u.n", "a.m", "p.m",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ],
    openers: [
      "the", "a", "an", "this", "that", "these", "those", "it", "its", "we", "they", "he", "she", "i", "you",
      "there", "but", "and", "or", "so", "in", "on", "at", "after", "before", "when", "while", "as", "for",
      "by", "from", "with", "our", "their", "his", "her", "some", "many", "most", "all", "if", "however",
      "meanwhile", "then", "since", "during", "according", "other", "one",
    ],
  },
};
