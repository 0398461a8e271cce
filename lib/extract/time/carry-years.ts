// A narrative that states a date with its year ("On June 8th, 2021, …", "Le 4 octobre 2021, …") writes
// the days that follow without it ("June 10th", "le 5 octobre"): those are of the year it stated, not
// of the publication's (a review published in 2022 of June 2021). The year carries from the day named
// just before, when that day is not after publication (a narrative of the past) and is not a day the
// text compares with; any other day named in between (a weekday, "today") ends it.
import type { DayAnchor } from "./find-day-anchors";
import { comparedDay } from "./compared-day";
import { resolveDay } from "./resolve-day";
import { publishedIn, type TimeContext } from "./time-context";
import { addDays, compareDates, isoWeekday, isRealDate, type CivilDate } from "./zone-clock";

// Outlets in other zones may date a page a day early (as resolve-day's DATE_SLACK_DAYS).
const SLACK_DAYS = 1;

/** The day anchors in the same order, each yearless date (with no weekday to place it) given the year
 * that puts it nearest the dated day stated just before it, when that day carries its year (see above). */
export function carryYears(c: TimeContext, days: DayAnchor[]): DayAnchor[] {
  const pub = publishedIn(c, c.defaultZone);
  const latest = addDays(pub, SLACK_DAYS);
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
    const day = d.date!.year !== null ? resolveDay(d, pub) : null;
    // a weekday that belies the year ("Wednesday, January 25, 2022" written in 2023) shows a slip of the year
    const slip = day !== null && d.weekday !== undefined && isoWeekday(day) !== d.weekday;
    stated = day && !slip && compareDates(day, latest) <= 0 && !comparedDay(c.folded, d) ? day : null;
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
