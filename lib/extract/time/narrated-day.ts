// The day a narrative last stated, for a clock of a later paragraph with no day of its own: a
// retrospective sets its day once ("On December 7, 2021, …", "Le 8 juin 2021, …") and then tells it
// in bare clocks ("At 7:30 AM PST, …", "Vers 11 h 40, …"), which happened that day, not on the day of
// writing weeks later. Only a stated past day (stated-past-day.ts: no compared date, no weekday
// belying its year) before the publication day sets it, until another day is named (a weekday,
// "today": lastDated stops there); a forecast's date and a yearless date more than a month back (a
// day ahead read a year early) do not.
import type { DayAnchor } from "./find-day-anchors";
import { foretells } from "./foretells";
import { statedPastDay } from "./stated-past-day";
import { publishedIn, type TimeContext } from "./time-context";
import { addDays, compareDates } from "./zone-clock";

// As for a follow-up's sole date (find-story-day.ts): a date without its year further back is background.
const YEARLESS_DAYS = 31;

/** Whether `d`, the last calendar date stated before a clock's sentence, is the day the text narrates. */
export function narratesDay(c: TimeContext, d: DayAnchor): boolean {
  if (d.next || foretells(c, d.index)) return false;
  const day = statedPastDay(c, d);
  const pub = publishedIn(c, c.defaultZone);
  // a stated past day, and before the publication day itself
  if (!day || compareDates(day, pub) >= 0) return false;
  return d.date!.year !== null || compareDates(day, addDays(pub, -YEARLESS_DAYS)) >= 0;
}
