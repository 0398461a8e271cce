// A report that names no failed service most often still writes its outage's service: a reader's
// letter, a day-after look at the victims or a status update whose extraction read no failed
// service ("Stadeo, on paie pour quoi ?", "Runeshard Arena back after nearly three hours"). In our
// labelled sets 1-12, of the reports naming no failed service, 61 of 89 write (title or fact
// sentences) a service of another report of their own incident, in 46 incidents of 11 sets, and
// none of 97 writes a service of another incident within three days; in train 2 of 12, and 1 of
// 240 another incident's (an undated Nintendo report against Nintendo's outage of another year,
// which the day gap then weighs).
// A report naming its own failed service writes, as often, the provider or the victim another report
// of its outage names instead: a cloud region's failure told from its customers' side ("our servers
// are hosted in Johannesburg by a provider, Acme Cloud"), a payment network told from a merchant's,
// a bank's app named by its product in one report and by the bank in another. In train and own sets
// 2-14, 21 pairs of same-day (two days either way) reports naming no common service, in 11 incidents
// of 7 corpora, have one writing in its title or fact sentences a failed service of the other; no
// such pair is of two incidents (in their whole texts: 33 pairs in 16 incidents of 11 corpora
// against 3 pairs of one pair of incidents). Such a name counts as named in passing.
import type { DocumentFeatures } from "./document-features";
import { ENTITY_WEIGHTS } from "./data/similarity-weights";
import { nameWords } from "./written-words";

// one- and two-letter names ("X", "No") are ordinary words of a text as often as names
const MIN_NAME_LENGTH = 3;

/** The services of `named` that the text of `unnamed` (which names no failed service) writes, at the weight of a service named in passing. */
export function writtenServices(unnamed: DocumentFeatures, named: DocumentFeatures): Map<string, number> {
  if (unnamed.entities.size > 0) return new Map();
  return new Map(namesWritten(unnamed, named).map((k) => [k, ENTITY_WEIGHTS.mentioned]));
}

/** `doc` as compared with `other`: profiled by the services of `other` it writes when it names no
 * failed service, or with those it writes beside its own as named in passing. */
export function withWrittenServices(doc: DocumentFeatures, other: DocumentFeatures): DocumentFeatures {
  const written = namesWritten(doc, other);
  if (written.length === 0) return doc;
  if (doc.entities.size === 0) return { ...doc, entities: new Map(written.map((k) => [k, ENTITY_WEIGHTS.mentioned])) };
  // a name written inside one the report names itself is that name's head ("Zorvex" in "Zorvex
  // App"): a product failing alone is not its brand (lib/extract/brand-head.ts)
  const own = [...doc.entities.keys(), ...doc.mentioned].map((n) => ` ${nameWords(n)} `);
  const passing = written.filter((k) => !own.some((n) => n.includes(` ${nameWords(k)} `)));
  return passing.length === 0 ? doc : { ...doc, mentioned: new Set([...doc.mentioned, ...passing]) };
}

/** The failed services (and owners) of `other` that the title or fact sentences of `doc` write. */
function namesWritten(doc: DocumentFeatures, other: DocumentFeatures): string[] {
  if (doc.written === "") return [];
  const lower = doc.written.toLowerCase();
  const out: string[] = [];
  for (const k of other.entities.keys()) {
    const words = nameWords(k);
    if (words.length >= MIN_NAME_LENGTH && writesCapitalised(doc.written, lower, ` ${words} `)) out.push(k);
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
