// A document with no publication date (none in the feed, none on the page) still says when things
// happened when it writes full dates ("On December 7, 2021", "le 29 février 2012"): the latest of
// them bounds when it was written, so its times can be read against that day instead of nothing.
// A day written with its weekday but no year ("le lundi 2 novembre", "on Tuesday, March 3") is a full
// date too when the text writes a year elsewhere ("Publié en novembre 2026", "© 2026") and exactly one
// of the years it writes has that weekday on that day: a weekday agrees with a wrong year one time in
// seven, and a page that names its year beside such a day is telling of that year.
import { findDayAnchors, type DayAnchor } from "./time/find-day-anchors";
import type { TextView } from "./text-view";

const DAY_MS = 86_400_000;
const WRITTEN_YEAR = /(?<![\d/.,-])(19[89]\d|20\d\d)(?![\d/-])/g;

/** Noon UTC of the day after the latest full date (day, month and year) the text writes, or null. */
export function textReferenceDate(view: TextView, lang: "fr" | "en"): Date | null {
  let latest: number | null = null;
  const { days } = findDayAnchors(view.full, view.folded, lang);
  const years = writtenYears(view.full);
  for (const a of days) {
    const at = fullDate(a, years);
    if (at !== null && (latest === null || at > latest)) latest = at;
  }
  return latest === null ? null : new Date(latest + DAY_MS);
}

// Noon UTC of the anchor's date: its own year, else the one written year its weekday agrees with.
function fullDate(a: DayAnchor, years: number[]): number | null {
  const d = a.date;
  if (!d) return null;
  if (d.year !== null) return realDay(d.year, d.month, d.day);
  if (a.weekday === undefined) return null;
  const agreeing = years.map((y) => realDay(y, d.month, d.day)).filter((at): at is number => at !== null && isoWeekday(at) === a.weekday);
  return agreeing.length === 1 ? agreeing[0] : null;
}

// a date is a real calendar day ("31 February" is not)
function realDay(year: number, month: number, day: number): number | null {
  const at = Date.UTC(year, month - 1, day, 12);
  return new Date(at).getUTCDate() === day && new Date(at).getUTCMonth() === month - 1 ? at : null;
}

function isoWeekday(at: number): number {
  return new Date(at).getUTCDay() || 7;
}

function writtenYears(text: string): number[] {
  return [...new Set([...text.matchAll(WRITTEN_YEAR)].map((m) => Number(m[1])))];
}
