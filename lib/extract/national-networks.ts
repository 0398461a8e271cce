// An operator group's outage in one country is its national subsidiary's: "Vodafone Portugal",
// "MTN-Guinée", "l'opérateur MTN en panne au Soudan". The network is named as brands there name
// themselves (French in French-speaking countries: "MTN Guinée", "Orange Côte d'Ivoire"; English
// elsewhere: "MTN Sudan"), so French and English articles name the same network alike.
import { COUNTRIES, BRAND_COUNTRY_NAMES } from "./data/countries";
import type { ServiceHit } from "./service-hit";
import { sentenceAt, type TextView } from "./text-view";
import { foldText } from "../text/fold-text";
import { escapeRegExp } from "../text/escape-reg-exp";

const CANONICAL = new Map(Object.entries(COUNTRIES).flatMap(([name, forms]) => forms.map((f) => [f, name] as const)));
const COUNTRY = `(${[...CANONICAL.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})(?![a-z0-9])`;
const COUNTRY_AFTER = new RegExp(`^[ -]${COUNTRY}`);
const ANY_COUNTRY = new RegExp(`(?<![a-z])${COUNTRY}`, "g");
// "au Soudan", "en Guinée", "in Sudan", "du Tchad": where the outage happened
const NEAR = 60;
const COUNTRY_IN = new RegExp(`(?<![a-z])(?:au|aux|en|in|du|des|across|throughout|dans tout le|partout au) ${COUNTRY}`, "g");

/**
 * The hits with every operator named with a country ("MTN Guinée"), or in a document placing its
 * group's outage in one foreign country, renamed to that national network. A text that names no
 * country at all, from an outlet of one country where the group runs a network ("Alwihda Info
 * (Tchad)" on "le réseau Airtel à Mongo"), is about that country's network (`outletCountry`).
 */
export function nationalNetworks(view: TextView, hits: ServiceHit[], outletCountry: string | null = null): ServiceHit[] {
  const located = new Map<string, string | null>();
  // the title says where the outage was: a country placed there outweighs others in the text
  // ("Vodafone under attack in Portugal" over "in Italy, the Vodafone group is selling")
  const titled = new Map<string, string | null>();
  for (const h of hits) {
    if (h.entry.kind !== "telecom" || !h.entry.home) continue;
    const where = h.index < view.titleEnd ? titled : located;
    // near the name in its sentence: a country farther off is where something else is ("le câble qui relie l'Afrique du Sud au Royaume-Uni")
    const s = sentenceAt(view, h.index);
    const from = Math.max(s.start, h.index - NEAR);
    for (const m of view.folded.slice(from, Math.min(s.end, h.end + NEAR)).matchAll(COUNTRY_IN)) {
      const country = CANONICAL.get(m[1])!;
      if (country === h.entry.home) continue;
      const seen = where.get(h.entry.name);
      where.set(h.entry.name, seen === undefined || seen === country ? country : null);
    }
  }
  const titleCountries = new Set([...view.folded.slice(0, view.titleEnd).matchAll(ANY_COUNTRY)].map((m) => CANONICAL.get(m[1])));
  if (titleCountries.size === 1) for (const [name, country] of titled) if (country) located.set(name, country);
  // a text that names an operator group's national network ("Vodafone Portugal") means it by the
  // group's bare name too, unless it names two of them
  const adjacent = hits.map((h) => adjacentCountry(view, h));
  const named = new Map<string, string | null>();
  hits.forEach((h, i) => {
    const a = adjacent[i];
    if (a && h.entry.home) named.set(h.entry.name, named.get(h.entry.name) === undefined || named.get(h.entry.name) === a.country ? a.country : null);
  });
  const countryless = outletCountry !== null && view.folded.search(ANY_COUNTRY) < 0;
  const out = hits.map((h, i) => {
    const a = adjacent[i];
    if (a) return renamed(h, a.country, a.end);
    const country = named.has(h.entry.name) ? named.get(h.entry.name) : located.get(h.entry.name);
    if (country) return renamed(h, country, h.end);
    return countryless && h.entry.kind === "telecom" && h.entry.footprint?.includes(outletCountry!) ? renamed(h, outletCountry!, h.end) : h;
  });
  return withNationalOwners(out);
}

// A group's product in a document about one of its national networks is run there by that network
// (MTN MoMo in Côte d'Ivoire is MTN Côte d'Ivoire's): the network is the product's owner, so that
// "la panne de MTN en Côte d'Ivoire" beside "MoMo en panne" names the product's failure once.
function withNationalOwners(hits: ServiceHit[]): ServiceHit[] {
  const networks = new Map<string, Set<string>>();
  for (const h of hits) if (h.entry.parent && h.entry.kind === "telecom" && h.entry.aliases.length === 0) (networks.get(h.entry.parent) ?? networks.set(h.entry.parent, new Set()).get(h.entry.parent)!).add(h.entry.name);
  return hits.map((h) => {
    const national = h.entry.parent && h.entry.kind !== "telecom" ? networks.get(h.entry.parent) : undefined;
    return national?.size === 1 ? { ...h, entry: { ...h.entry, parent: [...national][0] } } : h;
  });
}

/** The one country an outlet's name places it in ("Alwihda Info (Tchad)", "BizNews Kenya"), else null. */
export function outletCountry(sourceName: string | null): string | null {
  if (!sourceName) return null;
  const countries = new Set([...foldText(sourceName).matchAll(ANY_COUNTRY)].map((m) => CANONICAL.get(m[1])!));
  return countries.size === 1 ? [...countries][0] : null;
}

// a country right after the name, capitalised as a name is ("Vodafone Portugal", not "Vodafone portugal")
function adjacentCountry(view: TextView, hit: ServiceHit): { country: string; end: number } | null {
  if (hit.entry.kind !== "telecom") return null;
  const m = COUNTRY_AFTER.exec(view.folded.slice(hit.end, hit.end + 40));
  if (!m || !/^\p{Lu}/u.test(view.full.slice(hit.end + 1, hit.end + 2))) return null;
  return { country: CANONICAL.get(m[1])!, end: hit.end + m[0].length };
}

function renamed(hit: ServiceHit, country: string, end: number): ServiceHit {
  const name = `${hit.entry.name} ${BRAND_COUNTRY_NAMES[country] ?? country}`;
  return { entry: { name, company: hit.entry.company, kind: "telecom", parent: hit.entry.name, aliases: [] }, index: hit.index, end };
}
