// An undated document's clocks on days it writes without a year (lib/extract/yearless-times.ts) are
// placed in the year of the incident the dated reports give: "December 9th at 10:27 p.m. PT" in a
// page with no date, grouped with reports of an outage on 2013-12-09, is 2013-12-10T06:27Z. The
// wall clock is kept in its zone (the UTC offset of that year's date, summer time included); a day
// further than the start window from the incident's day is another story's, and is left out.
import { DateTime } from "luxon";
import type { ExtractedDocument, TimeFact } from "../domain/types";
import { START_DAY_WINDOW_DAYS } from "./data/weights";
import { consensusDay } from "./reconcile-times";

const DAY = 86_400_000;

/** The documents, each undated one with its yearless clocks placed in the incident's year among its times. */
export function placeYearlessTimes(docs: ExtractedDocument[]): ExtractedDocument[] {
  if (!docs.some((d) => (d.facts.yearlessTimes ?? []).length > 0 || (d.facts.weekdayTimes ?? []).length > 0)) return docs;
  const day = consensusDay(docs);
  if (day === null) return docs;
  return docs.map((d) => {
    const placed = [...(d.facts.yearlessTimes ?? []).flatMap((f) => placed1(f, day)), ...(d.facts.weekdayTimes ?? []).flatMap((f) => inWeek(f, day))];
    return placed.length === 0 ? d : { ...d, facts: { ...d.facts, times: [...d.facts.times, ...placed] } };
  });
}

// A clock on a weekday ("just after 7pm on Monday" in an undated follow-up) is on the date of that
// weekday nearest the incident's day: within three days either side, each weekday falls once.
function inWeek(f: TimeFact, day: number): TimeFact[] {
  if (f.time.kind !== "instant") return [];
  const t = f.time;
  const wall = DateTime.fromISO(t.utc, { zone: "utc" }).setZone(t.zone);
  const incident = DateTime.fromMillis(day, { zone: "utc" });
  for (let offset = -3; offset <= 3; offset++) {
    const date = incident.plus({ days: offset });
    if (date.weekday !== wall.weekday) continue;
    const at = wall.set({ year: date.year, month: date.month, day: date.day });
    if (!at.isValid) return [];
    return [{ ...f, time: { ...t, utc: at.toUTC().toISO({ suppressMilliseconds: true })!, localDate: at.toISODate()! } }];
  }
  return [];
}

// the year (the incident's, or one either side for a day across New Year) that puts the fact's day
// within the window of the incident's day
function placed1(f: TimeFact, day: number): TimeFact[] {
  if (f.time.kind !== "instant") return [];
  const t = f.time;
  const wall = DateTime.fromISO(t.utc, { zone: "utc" }).setZone(t.zone);
  const year = new Date(day).getUTCFullYear();
  for (const y of [year, year - 1, year + 1]) {
    const at = wall.set({ year: y });
    const local = Date.parse(`${at.toISODate()}T00:00:00Z`);
    if (!at.isValid || at.month !== wall.month || Math.abs(local - day) > START_DAY_WINDOW_DAYS * DAY) continue;
    const utc = at.toUTC().toISO({ suppressMilliseconds: true })!;
    return [{ ...f, time: { ...t, utc, localDate: at.toISODate()! } }];
  }
  return [];
}
