// Turns a day anchor into a calendar day, relative to the publication's wall-clock time in the
// zone the phrase is read in: a weekday is the latest such day on or before publication; a date
// without a year takes the latest year at or before publication (the one where its weekday
// matches, when one is named).
import type { DayAnchor } from "./find-day-anchors";
import { addDays, compareDates, isoWeekday, isRealDate, type CivilDate, type LocalTime } from "./zone-clock";

/** How many days after publication a written date may fall and still be a past or present one:
 * outlets in other zones and late updates may name "tomorrow's" date, and some date a page a day early. */
export const DATE_SLACK_DAYS = 1;
// Calendars repeat weekdays within 28 years (between century exceptions).
const WEEKDAY_SEARCH_YEARS = 28;
// A date with its weekday may be this many days after publication.
const WEEKDAY_AHEAD_DAYS = 7;

/** The calendar day an anchor names, given publication's local time; null for an impossible date. */
export function resolveDay(anchor: DayAnchor, pub: LocalTime & { hourUnknown?: boolean; monthOnly?: boolean }): CivilDate | null {
  const today: CivilDate = { year: pub.year, month: pub.month, day: pub.day };
  if (anchor.date) return resolveDate(anchor, today, pub.monthOnly ? lastOfMonth(today) : addDays(today, DATE_SLACK_DAYS));
  if (anchor.dayOfMonth !== undefined) {
    // the latest month that has that day, at or before publication (one day of slack, as for dates)
    const latest = addDays(today, DATE_SLACK_DAYS);
    for (let back = 0; back <= 2; back++) {
      const first = new Date(Date.UTC(today.year, today.month - 1 - back, 1));
      const d = { year: first.getUTCFullYear(), month: first.getUTCMonth() + 1, day: anchor.dayOfMonth };
      if (isRealDate(d) && compareDates(d, latest) <= 0) return d;
    }
    return null;
  }
  if (anchor.offset !== undefined) {
    // "cette nuit" / "overnight" written in the morning is the night that just ended; so is it in a
    // report dated without its hour: news tells the night that has passed, not the one to come.
    const shift = anchor.byHour && (pub.hour < 12 || pub.hourUnknown) ? -1 : 0;
    return addDays(today, anchor.offset + shift);
  }
  if (anchor.weekday !== undefined) {
    const wd = isoWeekday(today);
    if (anchor.next) return addDays(today, (anchor.weekday - wd + 7) % 7 || 7);
    let back = (wd - anchor.weekday + 7) % 7;
    if (back === 0 && anchor.last) back = 7;
    const day = addDays(today, -back);
    // a weekday listed before another is the day before that one's, in the same week
    const later = anchor.listedBefore && !anchor.listedBefore.date ? resolveDay(anchor.listedBefore, pub) : null;
    return later && compareDates(day, later) >= 0 ? addDays(day, -7) : day;
  }
  return null;
}

// `latest`: the latest day the text can have been written on (the day after publication, for
// outlets ahead of the reader's zone; the month's last day for a publication known to its month).
function resolveDate(anchor: DayAnchor, today: CivilDate, latest: CivilDate): CivilDate | null {
  const { day, month, year } = anchor.date!;
  if (year !== null) {
    const d = { year, month, day };
    return isRealDate(d) ? d : null;
  }
  const recent = latestYear(month, day, latest);
  // "mercredi 12 décembre" printed the day after Wednesday 11: a slip in a fresh report. The
  // weekday, said by every source, wins over a number that disagrees with it this week.
  if (recent && anchor.weekday !== undefined && isoWeekday(recent) !== anchor.weekday && compareDates(recent, addDays(today, -7)) > 0) {
    return resolveDay({ ...anchor, date: undefined }, { ...today, hour: 12, minute: 0 });
  }
  // "le dimanche 31 octobre" in a report dated the Friday before: the weekday confirms this year's
  // date a few days ahead (a publication date estimated early, or a page updated later), where the
  // search back would have found a Sunday 31 October eleven years earlier.
  for (const y of [today.year, today.year + 1]) {
    const ahead = { year: y, month, day };
    if (anchor.weekday !== undefined && isRealDate(ahead) && isoWeekday(ahead) === anchor.weekday &&
      compareDates(ahead, latest) > 0 && compareDates(ahead, addDays(today, WEEKDAY_AHEAD_DAYS)) <= 0) return ahead;
  }
  let fallback: CivilDate | null = null;
  for (let y = today.year; y >= today.year - WEEKDAY_SEARCH_YEARS; y--) {
    const d = { year: y, month, day };
    if (!isRealDate(d) || compareDates(d, latest) > 0) continue;
    if (anchor.weekday === undefined || isoWeekday(d) === anchor.weekday) return d;
    fallback ??= d;
  }
  return fallback;
}

function lastOfMonth(d: CivilDate): CivilDate {
  return addDays(d.month === 12 ? { year: d.year + 1, month: 1, day: 1 } : { year: d.year, month: d.month + 1, day: 1 }, -1);
}

function latestYear(month: number, day: number, latest: CivilDate): CivilDate | null {
  for (let y = latest.year; y >= latest.year - 1; y--) {
    const d = { year: y, month, day };
    if (isRealDate(d) && compareDates(d, latest) <= 0) return d;
  }
  return null;
}
