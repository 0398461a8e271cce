// The day a follow-up counts its outage back to from its own publication, in its title or lead:
// "Deux jours après la panne qui a privé…", "A week after the outage…", "au lendemain de la
// panne", "Après la panne de mardi…", "Tuesday's outage", "la panne d'hier", "last week's outage".
// Such a report (compensation, a minister's summons, a postmortem) is written days after its outage,
// and its bare clocks ("l'incident a commencé à 8h40") were read against its publication day:
// clustering places it by this day instead (lib/cluster/document-features.ts). A count that measures
// a new outage against an earlier one ("Trois semaines après la coupure du 6 mai, Orange connaît un
// nouveau raté", "less than a week after the outage") or an outage named by its written date is left
// to the date reader.
import { CALENDAR_DATE, FOLLOW_UP_COUNT, FOLLOW_UP_RELATIVE, FOLLOW_UP_WEEKDAY, NEW_OUTAGE_WORDS, STILL_ON } from "./data/follow-up-cues";
import { NUMBER_WORDS, WEEKDAYS } from "./time/data/calendar-words";
import type { TimeFact } from "../domain/types";
import { timeFactDay } from "../domain/time-fact-day";
import { foldText } from "../text/fold-text";
import type { TextView } from "./text-view";

// as in tells-repeat.ts and lead-years.ts: the lead is the first sentence or two of the body
const LEAD_SENTENCES = 2;
// a follow-up weeks later is still about its outage; a count of months compares with history
const MAX_DAYS_BACK = 21;
const DAY_MS = 86_400_000;

/**
 * The UTC day (YYYY-MM-DD) the title or lead counts its outage back to from `published`, when it
 * differs from the outage day read (`outageDay`) and that day is not one the text writes as a
 * calendar date ("depuis le 20 avril" outweighs a count from a publication stamp that may be an
 * estimate); else null.
 */
export function followUpDay(view: TextView, published: Date | null, outageDay: string | null, times: TimeFact[]): string | null {
  const day = countedBack(view, published);
  if (day === null || day === outageDay) return null;
  return times.some((t) => timeFactDay(t) === outageDay && CALENDAR_DATE.test(foldText(t.time.phrase))) ? null : day;
}

/** The day the title or lead counts its outage back to from `published`, or null. */
function countedBack(view: TextView, published: Date | null): string | null {
  if (published === null || Number.isNaN(published.getTime())) return null;
  const lead = view.sentences.filter((s) => s.start >= view.titleEnd && view.full.slice(s.start, s.end).trim() !== "").slice(0, LEAD_SENTENCES);
  const parts = [view.folded.slice(0, view.titleEnd), ...lead.map((s) => view.folded.slice(s.start, s.end))];
  for (const part of parts) {
    // the sentence tells a new outage of its own, measured against the earlier one it names
    if (NEW_OUTAGE_WORDS.test(part)) continue;
    const back = daysBack(part, published);
    if (back !== null && back >= 0 && back <= MAX_DAYS_BACK) return new Date(published.getTime() - back * DAY_MS).toISOString().slice(0, 10);
  }
  return null;
}

/** How many days before `published` the part's count or weekday puts its outage, or null. */
function daysBack(part: string, published: Date): number | null {
  const count = FOLLOW_UP_COUNT.exec(part);
  if (count?.groups) {
    const { n, unit, next } = count.groups;
    if (next) return 1;
    const value = countValue(n);
    if (value === null) return null;
    // hours count back to the report's moment only while the outage is still on (STILL_ON)
    if (/^(?:heure|hour)/.test(unit)) return STILL_ON.test(part) ? value / 24 : null;
    return /^(?:semaine|week)/.test(unit) ? 7 * value : value;
  }
  const weekday = FOLLOW_UP_WEEKDAY.exec(part);
  if (weekday?.groups) {
    // the last such weekday up to the publication day (ISO: Monday 1 ... Sunday 7)
    const wanted = WEEKDAYS[weekday.groups.fr ?? weekday.groups.en] % 7;
    return (published.getUTCDay() - wanted + 7) % 7;
  }
  return relativeDaysBack(FOLLOW_UP_RELATIVE.exec(part)?.groups, published);
}

// "yesterday's outage", "la panne de la veille": one day back; "la panne de samedi dernier", "last
// weekend's outage": the weekday (Saturday for a weekend) before the publication day, a week back
// on that very weekday; "last week's outage": a week back, the middle of the days it may mean,
// within the two days either way clustering matches a stated day by.
function relativeDaysBack(groups: Record<string, string | undefined> | undefined, published: Date): number | null {
  if (!groups) return null;
  if (groups.day || groups.veille) return 1;
  if (groups.week || groups.semaine) return 7;
  const wanted = groups.fr ? WEEKDAYS[groups.fr] % 7 : groups.weekend || groups.wkend ? 6 : null;
  return wanted === null ? null : (published.getUTCDay() - wanted + 6) % 7 + 1;
}

/** The value of a count in figures or words, tens with their units included ("trente-six": 36), or null. */
function countValue(n: string): number | null {
  if (/^\d+$/.test(n)) return Number(n);
  if (NUMBER_WORDS[n] !== undefined) return NUMBER_WORDS[n];
  let sum = 0;
  for (const part of n.split(/-et-|-| et /)) {
    const v = NUMBER_WORDS[part];
    if (v === undefined) return null;
    sum += v;
  }
  return sum;
}
