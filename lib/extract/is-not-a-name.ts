// The one test the unknown-name readers share for a capitalised word that names no brand: a
// generic or headline word (NOT_A_NAME) or a country's name (the countries list), wherever the
// word stands in a run of capitals; and for a whole name, a city or region (isPlaceName).
import { COUNTRIES } from "./data/countries";
import { SERVICES } from "./data/services";
import { NOT_A_NAME } from "./data/unnamed-service-cues";
import { foldText } from "../text/fold-text";
import { AMBIGUOUS_PLACES, NOT_PLACES, ZONE_ABBREVIATIONS, ZONE_REGIONS } from "./time/data/zone-phrases";

const COUNTRY_WORDS: ReadonlySet<string> = new Set(Object.values(COUNTRIES).flat());
// the cities, regions and nationalities the time reader places clocks by; not those that are also a
// known service's name ("Halifax", a bank), nor "Swiss" (an airline), nor the ambiguous ones ("Nice")
const SERVICE_NAMES: ReadonlySet<string> = new Set(SERVICES.flatMap((s) => [s.name, ...(s.exactCase ?? [])].map(foldText)));
const PLACE_NAMES: ReadonlySet<string> = new Set(
  Object.values(ZONE_REGIONS).flat().filter((w) => !NOT_PLACES.has(w) && !AMBIGUOUS_PLACES.has(w) && !SERVICE_NAMES.has(w) && w !== "swiss"),
);

/** Whether a folded word is a country's name ("france", "uk"): a headline's place, never a brand's word. */
export function isCountryWord(folded: string): boolean {
  return COUNTRY_WORDS.has(folded);
}

/** Whether a folded word (or folded name) is a generic word or a country, which no service is called. */
export function isNotAName(folded: string): boolean {
  return NOT_A_NAME.has(folded) || isCountryWord(folded);
}

/**
 * Whether a word as written is a time zone's capitalised abbreviation ("BRT", "CEST", "IST"): a
 * status page or a story repeats it after every clock ("14:28 BRT"), yet it never names a service.
 */
export function isZoneAbbreviation(word: string): boolean {
  return /^\p{Lu}{2,}$/u.test(word) && Object.hasOwn(ZONE_ABBREVIATIONS, word);
}

/**
 * Whether a folded whole name is a city, region or country ("madrid", "sao paulo"): where a
 * failure happened ("check-in outage at Madrid", "Copenhague : panne géante"), never what failed.
 */
export function isPlaceName(folded: string): boolean {
  return PLACE_NAMES.has(folded) || COUNTRY_WORDS.has(folded);
}
