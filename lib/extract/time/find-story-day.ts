// The day of the outage a report published later names ("Tuesday's outage", "la panne d'hier"): the
// clock times it narrates with no day of their own happened that day, not on the publication day.
import { STORY_DAY_AFTER, STORY_DAY_BEFORE, STORY_DAY_HIER } from "./data/story-day-phrases";
import { comparedDay } from "./compared-day";
import type { DayAnchor } from "./find-day-anchors";
import { resolveDay } from "./resolve-day";
import { publishedIn, type TimeContext } from "./time-context";
import { addDays, compareDates, type LocalTime } from "./zone-clock";

// How far around a day anchor its outage noun may be ("l'incident technique de ").
const REACH = 40;

/** The first day anchor named as the outage's own day, when that day is before the publication day; else null. */
export function findStoryDay(c: TimeContext, days: DayAnchor[]): DayAnchor | null {
  const pub = publishedIn(c, c.defaultZone);
  const before = (d: DayAnchor) => {
    const day = resolveDay(d, pub);
    return day !== null && compareDates(day, pub) < 0;
  };
  // "comme lors de la panne du 18 novembre": an earlier outage compared with, not the one narrated
  const own = days.filter((d) => !comparedDay(c.folded, d));
  const named = own.find((d) => !d.next && !d.nightSpan && namesOutage(c.folded, d)) ?? hierAnchor(c.folded);
  if (named) return before(named) ? pinned(named, pub) : null;
  const sole = own.length === days.length ? soleDate(days, pub) : null;
  return sole && pinned(sole, pub);
}

// A weekday or "hier" names a day counted from the publication day where the text was written: a clock
// read in another zone ("vers 7 h 30, heure du Pacifique" in a Paris outlet's "mardi dernier", written
// after midnight in Paris and before it in California) keeps that day, not "last Tuesday" counted
// from California's publication day, a week earlier. So the story day is kept as the date it names.
function pinned(d: DayAnchor, pub: LocalTime): DayAnchor {
  if (d.date) return d;
  const day = resolveDay(d, pub);
  if (!day) return d;
  return { index: d.index, end: d.end, date: { day: day.day, month: day.month, year: day.year }, ...(d.part ? { part: d.part } : {}) };
}

// Follow-ups and postmortems come within weeks; a date further back (or a yearless "April 12" read as
// last year's) is background, not the narrated day.
const SOLE_DATE_DAYS = 31;

// A report that names one calendar date only, before its publication day, and no other day (not
// "today", no other weekday or date): that date is the day it narrates ("Une panne a affecté le centre de données
// le 22 décembre. ... Il était 7 h du matin" published on the 24th; "On March 3, ... the service was
// back by 4:10 p.m." published on the 5th). Not a weekday: tried, it took "Lundi, la panne a commencé.
// … \n Vers 9 h, tout allait bien." (a live report's next paragraph, today) for Monday.
function soleDate(days: DayAnchor[], pub: LocalTime): DayAnchor | null {
  const dated = days.find((d) => d.date && d.date.day > 0 && !d.next && !d.nightSpan);
  if (!dated) return null;
  const day = resolveDay(dated, pub);
  if (!day || compareDates(day, pub) >= 0 || compareDates(day, addDays(pub, -SOLE_DATE_DAYS)) < 0) return null;
  const same = days.every((d) => {
    const other = resolveDay(d, pub);
    return other !== null && compareDates(other, day) === 0;
  });
  return same ? dated : null;
}

function namesOutage(folded: string, d: DayAnchor): boolean {
  return STORY_DAY_AFTER.test(folded.slice(d.end, d.end + REACH)) || STORY_DAY_BEFORE.test(folded.slice(Math.max(0, d.index - REACH), d.index));
}

function hierAnchor(folded: string): DayAnchor | null {
  STORY_DAY_HIER.lastIndex = 0;
  const m = STORY_DAY_HIER.exec(folded);
  if (!m) return null;
  const index = m.index + m[0].length - m[1].length;
  return { index, end: m.index + m[0].length, offset: m[1] === "hier" ? -1 : -2 };
}
