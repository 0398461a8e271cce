// A stated past day the narrative may carry on: the calendar date a story names ("On June 8th, 2021,
// …", "Le 4 octobre, …") that later paragraphs tell without naming a day again, its bare clocks
// (narrated-day.ts) and its yearless dates (carry-years.ts). Not a date the text compares with
// ("comme lors de la panne du 18 novembre"), not one whose written weekday belies its year
// ("Wednesday, January 25, 2022" in a report of Wednesday, January 25, 2023: a slip of the year, the
// weekday is right), not one after publication (beyond resolve-day's DATE_SLACK_DAYS, the slack a
// written date gets everywhere).
import type { DayAnchor } from "./find-day-anchors";
import { comparedDay } from "./compared-day";
import { DATE_SLACK_DAYS, resolveDay } from "./resolve-day";
import { publishedIn, type TimeContext } from "./time-context";
import { addDays, compareDates, isoWeekday, type CivilDate } from "./zone-clock";

/** The day `d` states, read against publication, when a narrative may carry it on (see above); else null. */
export function statedPastDay(c: TimeContext, d: DayAnchor): CivilDate | null {
  if (!d.date || comparedDay(c.folded, d)) return null;
  const pub = publishedIn(c, c.defaultZone);
  const day = resolveDay(d, pub);
  if (!day || (d.weekday !== undefined && isoWeekday(day) !== d.weekday)) return null;
  return compareDates(day, addDays(pub, DATE_SLACK_DAYS)) <= 0 ? day : null;
}
