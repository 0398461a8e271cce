// A document with no date at all ("On Monday, December 9th at 10:27 p.m. PT, …" on a page that
// carries no publication date and writes no year) states clocks on days it names, which nothing
// here can place in a year. They are read against a stand-in year and kept apart, with their day
// of the year: the incident that groups the document with dated reports gives the year
// (lib/timeline/place-yearless-times.ts). A clock on no written day ("at 3 p.m.", "last Monday
// at 9") is left out: without a date its day is unknown, not only its year.
import type { TimeExpression, TimeFact } from "../domain/types";
import { classifyTimes } from "./classify-times";
import type { CueHit } from "./outage-cue-hits";
import type { TextView } from "./text-view";

/** The stand-in year's last evening: a day-month without a year falls before it, in 2000 (a leap year,
 * so "February 29" is a day too) or, with a weekday ("Monday, December 9th"), in a year before where
 * that day is that weekday; no forecast lies ahead of it. Only the day of the year is kept. */
export const YEARLESS_REFERENCE = new Date("2000-12-31T23:00:00Z");

/** Time facts finer than a day on the days of the year the text writes (`days`, "MM-DD"), from the
 * text's time expressions read against the stand-in reference (`expressions`). */
export function yearlessTimes(view: TextView, cues: CueHit[], days: string[], expressions: TimeExpression[]): TimeFact[] {
  if (days.length === 0) return [];
  return classifyTimes(view, expressions, cues).filter(
    (f) => f.time.kind === "instant" && f.time.granularity !== "day" && days.includes(f.time.localDate.slice(5)),
  );
}
