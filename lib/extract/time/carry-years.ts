// A narrative that states a date with its year ("On June 8th, 2021, …", "Le 4 octobre 2021, …") writes
// the days that follow without it ("June 10th", "le 5 octobre"): those are of the year it stated, not
// of the publication's (a review published in 2022 of June 2021). The year carries from the day named
// just before, when that day is a stated past day (stated-past-day.ts: not after publication, not a day
// the text compares with, no weekday belying it); any other day named in between (a weekday, "today") ends it.
import type { DayAnchor } from "./find-day-anchors";
import { statedPastDay } from "./stated-past-day";
import type { TimeContext } from "./time-context";
import { isRealDate, type CivilDate } from "./zone-clock";

/** The day anchors in the same order, each yearless date (with no weekday to place it) given the year
 * that puts it nearest the dated day stated just before it, when that day carries its year (see above). */
export function carryYears(c: TimeContext, days: DayAnchor[]): DayAnchor[] {
  let stated: CivilDate | null = null;
  return days.map((d) => {
    const date = d.date;
    if (!date || d.nightSpan) {
      stated = null;
      return d;
    }
    if (date.year === null && d.weekday === undefined && stated !== null) {
      const year = nearestYear(date.month, date.day, stated);
      if (year !== null) d = { ...d, date: { ...date, year } };
    }
    stated = d.date!.year !== null ? statedPastDay(c, d) : null;
    return d;
  });
}

function nearestYear(month: number, day: number, near: CivilDate): number | null {
  let best: number | null = null;
  let bestGap = Infinity;
  for (const year of [near.year - 1, near.year, near.year + 1]) {
    if (!isRealDate({ year, month, day })) continue;
    const gap = Math.abs(Date.UTC(year, month - 1, day) - Date.UTC(near.year, near.month - 1, near.day));
    if (gap < bestGap) [best, bestGap] = [year, gap];
  }
  return best;
}
