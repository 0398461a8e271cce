// Country names in the page's language, from the canonical English names extraction gives.
import type { Lang } from "../domain/types";
import { COUNTRY_CODES } from "./data/country-codes";
import { formatList } from "./format";

/** "France, United States" (as extracted) → "France et États-Unis" in French; unknown names kept. */
export function countryNames(value: string, lang: Lang): string {
  const names = new Intl.DisplayNames([lang === "fr" ? "fr-FR" : "en-GB"], { type: "region" });
  const list = value.split(/\s*,\s*/).filter(Boolean).map((n) => (COUNTRY_CODES[n] ? names.of(COUNTRY_CODES[n]) ?? n : n));
  return formatList(list, lang);
}
