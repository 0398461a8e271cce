// A report that names no failed service most often still writes its outage's service: a reader's
// letter, a day-after look at the victims or a status update whose extraction read no failed
// service ("Stadeo, on paie pour quoi ?", "Runeshard Arena back after nearly three hours"). In our
// labelled sets 1-12, of the reports naming no failed service, 61 of 89 write (title or fact
// sentences) a service of another report of their own incident, in 46 incidents of 11 sets, and
// none of 97 writes a service of another incident within three days; in train 2 of 12, and 1 of
// 240 another incident's (an undated Nintendo report against Nintendo's outage of another year,
// which the day gap then weighs).
import type { DocumentFeatures } from "./document-features";
import { ENTITY_WEIGHTS } from "./data/similarity-weights";

// one- and two-letter names ("X", "No") are ordinary words of a text as often as names
const MIN_NAME_LENGTH = 3;

/** The services of `named` that the text of `unnamed` (which names no failed service) writes, at the weight of a service named in passing. */
export function writtenServices(unnamed: DocumentFeatures, named: DocumentFeatures): Map<string, number> {
  const out = new Map<string, number>();
  if (unnamed.entities.size > 0 || unnamed.written === "") return out;
  const lower = unnamed.written.toLowerCase();
  for (const k of named.entities.keys()) {
    const words = k.replace(/[^a-z0-9]+/g, " ").trim();
    if (words.length >= MIN_NAME_LENGTH && writesCapitalised(unnamed.written, lower, ` ${words} `)) out.set(k, ENTITY_WEIGHTS.mentioned);
  }
  return out;
}

// the name's words where the text writes them with a capital (or a digit) first: a service name
// that is also a word ("orange", "free", "bolt") is the service only when written as a name
function writesCapitalised(written: string, lower: string, words: string): boolean {
  for (let i = lower.indexOf(words); i >= 0; i = lower.indexOf(words, i + 1)) {
    if (/[A-Z0-9]/.test(written[i + 1])) return true;
  }
  return false;
}
