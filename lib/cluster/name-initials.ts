// The letters a service's name is shortened to, so that one article's acronym meets another's full
// name: "GTBank" and "Guaranty Trust Bank", "BPCE" and "Banque Populaire Caisse d'Epargne", "AIB" and
// "Allied Irish Banks". Coverage writes a long name in full once and its acronym everywhere else, and
// one outlet may keep to either. The capitals of a one-word name (three or more: "GTBank" → gtb) are
// matched to the initials of a name of several words (linking words aside: "Bank of Ireland" → bi);
// fewer than three letters say too little ("PayPal", "Bank Trust").
import { foldText } from "../text/fold-text";

/** The letters a name stands for: a written acronym's capitals, or the initials of a name of words. */
export interface NameInitials {
  letters: string;
  written: "acronym" | "words";
}

// linking words that initials skip ("Caisse d'allocations familiales" → caf, "Bank of Ireland" → bi)
const LINKING = new Set(["de", "des", "du", "d", "la", "le", "les", "l", "et", "of", "the", "and", "for", "&"]);
const MIN_LETTERS = 3;

/** The initials a service name is written with or stands for, or null when it has too few. */
export function nameInitials(name: string): NameInitials | null {
  const words = name.trim().split(/[\s'’-]+/u).filter((w) => w.length > 0);
  if (words.length === 1) {
    const capitals = [...words[0]].filter((c) => /\p{Lu}/u.test(c)).join("");
    return capitals.length >= MIN_LETTERS ? { letters: foldText(capitals), written: "acronym" } : null;
  }
  const initials = words.filter((w) => !LINKING.has(foldText(w))).map((w) => foldText(w)[0]).join("");
  return initials.length >= MIN_LETTERS ? { letters: initials, written: "words" } : null;
}

/** Whether one name is the acronym of the other (never two acronyms, nor two names of words, alike by letters alone). */
export function sameInitials(a: NameInitials | undefined, b: NameInitials | undefined): boolean {
  return a !== undefined && b !== undefined && a.written !== b.written && a.letters === b.letters;
}
