// The zone an article's clocks are read in when they name none. French-language outlets are not all
// in Paris (Québec, Belgium, Senegal, Côte d'Ivoire, Morocco, Mauritius...) nor English ones all in
// New York (India, Kenya, Nigeria, the UK, Australia...). In order of trust: the zone configured for
// the source; the place of a wire dateline the story opens with ("TORONTO, April 28 (Reuters) -",
// dateline-zone.ts: where the story was filed says more than who republished it); a place in the
// outlet's name ("BizNews Kenya", "L'Express (Maurice)", "Le Journal de Montréal"); the country of
// its web domain (.ca, .ke, .co.in, .sn); the places the article itself names, when they are clearly
// one home press region of its language (for English, any region outside the United States: the
// place the events and the statements were in). Otherwise null: the language's default (extractTimes).
import { getPublicSuffix } from "tldts";
import { AMBIGUOUS_PLACES, CCTLD_ZONES, ENGLISH_DEFAULT_COUNTRY_ZONES, HOME_PRESS_ZONES, LANGUAGE_WORDS } from "./data/zone-phrases";
import { datelineZone } from "./dateline-zone";
import { findPlaces } from "./find-zone-after";
import { foldText } from "../../text/fold-text";
import { isKnownZone } from "./zone-clock";

export type OutletZoneHow = "source" | "dateline" | "outlet-name" | "domain" | "places";

// An article "from" a region names it at least this often, and this many times more than any other.
const MIN_PLACE_MENTIONS = 2;
const PLACE_MARGIN = 2;

/** The zone to read an article's zone-less clocks in, and how it was found; null: use the language's. */
export function outletZone(
  doc: { sourceZone: string | null; sourceName: string | null; url: string },
  folded: string,
  lang: "fr" | "en",
): { zone: string; how: OutletZoneHow } | null {
  if (doc.sourceZone && isKnownZone(doc.sourceZone)) return { zone: doc.sourceZone, how: "source" };
  const dateline = datelineZone(folded);
  if (dateline) return { zone: dateline, how: "dateline" };
  const name = doc.sourceName ? foldText(doc.sourceName) : "";
  const named = findPlaces(name, 0, name.length).find((p) => !LANGUAGE_WORDS.has(p.name));
  if (named) return { zone: named.zone, how: "outlet-name" };
  const domain = domainZone(doc.url);
  if (domain) return { zone: domain, how: "domain" };
  const places = placesZone(folded, lang);
  return places ? { zone: places, how: "places" } : null;
}

// The last label of the public suffix: "co.ke" → ke, "com.au" → au; generic suffixes name no zone.
function domainZone(url: string): string | null {
  const suffix = getPublicSuffix(url, { allowPrivateDomains: false });
  if (!suffix) return null;
  return CCTLD_ZONES[suffix.split(".").pop()!] ?? null;
}

// The home press region the article keeps naming: at least MIN_PLACE_MENTIONS mentions and
// PLACE_MARGIN times the mentions of any other zone (the language's default zone included).
function placesZone(folded: string, lang: "fr" | "en"): string | null {
  const counts = new Map<string, number>();
  for (const p of findPlaces(folded, 0, folded.length)) {
    if (AMBIGUOUS_PLACES.has(p.name) || LANGUAGE_WORDS.has(p.name)) continue;
    counts.set(p.zone, (counts.get(p.zone) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return null;
  const [zone, n] = ranked[0];
  const second = ranked[1]?.[1] ?? 0;
  if (!readsPlaceClock(zone, lang) || n < MIN_PLACE_MENTIONS || n < PLACE_MARGIN * second) return null;
  return zone;
}

// A French text's places count only in French-speaking home press regions; an English text's
// anywhere but the United States (see ENGLISH_DEFAULT_COUNTRY_ZONES).
function readsPlaceClock(zone: string, lang: "fr" | "en"): boolean {
  return HOME_PRESS_ZONES[lang].includes(zone) || (lang === "en" && !ENGLISH_DEFAULT_COUNTRY_ZONES.has(zone));
}
