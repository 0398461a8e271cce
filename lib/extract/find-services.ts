// Every place a known online service is named, by alias, with the checks that keep ordinary words
// ("free", "signal", a roman numeral X) out.
import { SERVICES, X_AFTER, X_BEFORE, type ServiceEntry } from "./data/services";
import { compileCues } from "./compile-cues";
import { KIND_APPOSITION } from "./data/service-kind-nouns";
import { NOT_A_NAME } from "./data/unnamed-service-cues";
import { foldText } from "../text/fold-text";
import { controlPlaneParts } from "./control-plane-parts";
import { nationalNetworks } from "./national-networks";
import type { TextView } from "./text-view";
import type { ServiceHit } from "./service-hit";

export type { ServiceHit } from "./service-hit";

const BY_ALIAS = new Map<string, ServiceEntry>();
const BY_EXACT = new Map<string, ServiceEntry>();
for (const s of SERVICES) {
  for (const a of s.aliases) BY_ALIAS.set(a, s);
  for (const a of s.exactCase ?? []) BY_EXACT.set(a, s);
}
const ALIAS_RE = compileCues([...BY_ALIAS.keys()]);
// a hyphen and a lower-case word make another word ("Orange-coloured"); a capital may be a country
// ("Orange-Sénégal"); an apostrophe and letters another word, save the English possessive ("HMRC's website")
const EXACT_RE = new RegExp(
  `(?<![\\p{L}\\p{N}\\-.@#/_])(?:${[...BY_EXACT.keys()].sort((a, b) => b.length - a.length).join("|")})(?![\\p{L}\\p{N}_]|['’](?!s(?![\\p{L}\\p{N}]))\\p{L}|-\\p{Ll})`,
  "gu",
);
const SENTENCE_START = /(?:^|[.!?:»"“”]\s*|\n\s*)$/;
const SIGNAL_AFTER = /^(?:,? (?:app|messenger|messaging|l'application|la messagerie)|,| et | and | ou | or )/;
const MESSAGING_WORDS = /\b(?:whatsapp|telegram|messenger|messagerie|messaging|chiffre|encrypted)\b/;
// "Visa" is the card scheme where the text is about paying by card, not about travel papers
const CARD_WORDS = /\b(?:cartes?|cards?|paiements?|payments?|transactions?|banques?|banks?|terminals?|terminaux|checkouts?|mastercard)\b/;
const TRAVEL_WORDS = /\b(?:passeports?|passports?|immigration|embassy|ambassade|consulats?|consulates?|schengen|touristes?|tourists?|travel|voyages?|titres? de sejour|asylum|asile)\b/;
// words a title-cased headline capitalises beside a brand that are not a name ("Chase Mobile Banking Down")
const PERSON_NAME_NEIGHBOURS = /^(?:bank|banking|mobile|online|clients?|members?|brokerage|trading|card|cards|login|glitch|problems?|issues?|error|errors|says?|said|confirms?|restores?|apologi[sz]es|explains|investors?)$/;
// what follows a person's name after a comma: an age, an article or a relative pronoun
const PERSON_APPOSITION = /^, (?:\d|(?:a|an|the|un|une|le|la|l'|who|qui|whose|dont|elle|il|she|he)\b)/;
const TELECOM_WORDS = /\b(?:operateur|freebox|abonnes|fibre|box|forfait|xavier niel|iliad|free mobile|internet)\b/;

/** Finds service names in the document, in text order, without overlaps; `outletCountry` places an operator group named with no country (nationalNetworks). */
export function findServices(view: TextView, lang: "fr" | "en", outletCountry: string | null = null): ServiceHit[] {
  const hits: ServiceHit[] = [];
  ALIAS_RE.lastIndex = 0;
  for (let m = ALIAS_RE.exec(view.folded); m; m = ALIAS_RE.exec(view.folded)) {
    const entry = BY_ALIAS.get(m[0].replace(/\s+/g, " "));
    if (entry) hits.push({ entry, index: m.index, end: m.index + m[0].length });
  }
  const mentionsTwitter = hits.some((h) => h.entry.name === "X");
  EXACT_RE.lastIndex = 0;
  for (let m = EXACT_RE.exec(view.full); m; m = EXACT_RE.exec(view.full)) {
    const entry = BY_EXACT.get(m[0])!;
    const index = m.index;
    const end = index + m[0].length;
    if (hits.some((h) => h.index < end && h.end > index)) continue;
    if (!exactHitMeansService(view, entry, index, end, lang, mentionsTwitter)) continue;
    hits.push({ entry, index, end });
  }
  return controlPlaneParts(view, nationalNetworks(view, dropRestatements(view.full, hits.sort((a, b) => a.index - b.index)), outletCountry));
}

// "X (formerly Twitter)", "Facebook (FB)": a second name of the same service right after is one mention.
function dropRestatements(full: string, hits: ServiceHit[]): ServiceHit[] {
  const out: ServiceHit[] = [];
  for (const h of hits) {
    const prev = out[out.length - 1];
    const gap = prev ? full.slice(prev.end, h.index) : "";
    if (prev && prev.entry.name === h.entry.name && gap.length < 30 && /^\s*[(,\/]/.test(gap) && !/[.!?]/.test(gap)) continue;
    out.push(h);
  }
  return out;
}

function exactHitMeansService(view: TextView, entry: ServiceEntry, index: number, end: number, lang: "fr" | "en", twitter: boolean): boolean {
  const before = view.folded.slice(Math.max(0, index - 30), index);
  const after = view.folded.slice(end, end + 30);
  if (entry.name === "X") return twitter || X_BEFORE.test(before) || X_AFTER.test(after);
  if (entry.name === "Signal") return !SENTENCE_START.test(before) || SIGNAL_AFTER.test(after) || MESSAGING_WORDS.test(view.folded);
  // "Free" is an operator in French tech news, an adjective elsewhere
  if (entry.name === "Free") return lang === "fr" && !SENTENCE_START.test(before) && TELECOM_WORDS.test(view.folded);
  if (entry.name === "Visa") return CARD_WORDS.test(view.folded) && !TRAVEL_WORDS.test(view.folded);
  if (entry.personName) return !besideAName(view.full.slice(Math.max(0, index - 30), index), view.full.slice(end, end + 40), view.folded.slice(end, end + 60));
  return true;
}

// A capitalised word right before or after ("Klaus Schwab", "Chase Elliott"; headline words such as
// "Hits" or "Customers" do not count), or a person described after a comma ("Lydia, 34 ans",
// "Lydia, une cliente", "Chase, who"), unless that apposition says what kind of service it is.
function besideAName(before: string, after: string, foldedAfter: string): boolean {
  const prev = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'’-]*) $/u.exec(before)?.[1];
  const next = /^ (\p{Lu}[\p{L}'’-]*)/u.exec(after)?.[1];
  const aName = (w: string | undefined) => w !== undefined && !NOT_A_NAME.has(foldText(w)) && !PERSON_NAME_NEIGHBOURS.test(foldText(w));
  if (aName(prev) || aName(next)) return true;
  return /^, /.test(foldedAfter) && !KIND_APPOSITION.test(foldedAfter) && PERSON_APPOSITION.test(foldedAfter);
}
