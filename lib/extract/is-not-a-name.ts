// The one test the unknown-name readers share for a capitalised word that names no brand: a
// generic or headline word (NOT_A_NAME) or a country's name (the countries list), wherever the
// word stands in a run of capitals.
import { COUNTRIES } from "./data/countries";
import { NOT_A_NAME } from "./data/unnamed-service-cues";

const COUNTRY_WORDS: ReadonlySet<string> = new Set(Object.values(COUNTRIES).flat());

/** Whether a folded word is a country's name ("france", "uk"): a headline's place, never a brand's word. */
export function isCountryWord(folded: string): boolean {
  return COUNTRY_WORDS.has(folded);
}

/** Whether a folded word (or folded name) is a generic word or a country, which no service is called. */
export function isNotAName(folded: string): boolean {
  return NOT_A_NAME.has(folded) || isCountryWord(folded);
}
