// Reads the day, month and (when written) year of a date fragment found by the anchor grammar
// ("4 octobre 2021", "Oct. 4", "June 12th", "04/10/2021"). chrono-node knows the spellings
// (ordinals, abbreviations, numeric orders by locale); we only keep what it is certain of, and
// resolve a missing year ourselves against the publication date and weekday.
import { casualParser } from "./casual-parser";

export interface DateParts {
  day: number;
  month: number;
  year: number | null;
}

// A fixed reference: only components chrono marks as certain are read, so the reference never leaks in.
const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));
const cache = new Map<string, DateParts | null>();

/** Parses one date fragment with chrono's French or English parser; null when it is not a date. */
export function readDateFragment(fragment: string, lang: "fr" | "en"): DateParts | null {
  const key = `${lang}|${fragment}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const r = casualParser(lang).parse(fragment, REFERENCE)[0];
  const parts =
    r && r.start.isCertain("day") && r.start.isCertain("month")
      ? { day: r.start.get("day") as number, month: r.start.get("month") as number, year: r.start.isCertain("year") ? (r.start.get("year") as number) : null }
      : null;
  if (cache.size > 5000) cache.clear();
  cache.set(key, parts);
  return parts;
}
