// An article from an outlet of unknown place reads its bare clocks in its language's default zone (New
// York for English, Paris for French), a guess. When the incident's other articles place their bare
// clocks in one zone they know (their outlet's country, or the failed national service's), that zone
// is where the outage happened: a Nigerian bank's "fully restored at 5.30pm" on a generic .com is
// Lagos's 5.30pm, as the Lagos paper's "from about 8am" is. The wall clock stays, its zone changes.
import { DateTime } from "luxon";
import type { ExtractedDocument, TimeExpression, TimeFact } from "../domain/types";
import { FUTURE_SLACK_HOURS } from "../domain/future-slack-hours";
import { publishedDateOnly } from "../domain/published-date-only";
import { foldText } from "../text/fold-text";
import { clockMatchedZone } from "./clock-matched-zone";

const SLACK_MS = FUTURE_SLACK_HOURS * 3_600_000;
// A sentence that names a day: its clocks may be that day's, not placed by the stamp alone.
const NAMES_DAY = /(?<![a-z])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last\s+night|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui|avant-hier|la\s+veille|ce\s+soir|cette\s+nuit|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|fev|mar|apr|avr|may|mai|jun|juin|jul|juil|aug|aout|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?!\d))/;

/** The documents, with the bare clocks of guessed-zone documents read in the incident's one known zone. */
export function readInIncidentZone(docs: ExtractedDocument[]): ExtractedDocument[] {
  const known = knownZone(docs);
  return docs.map((d) => {
    if (!d.facts.guessedZone) return d;
    // no located article to follow: the other articles' written clocks may still tell where it is
    const zone = known ?? clockMatchedZone(d, docs);
    return zone ? { ...d, facts: { ...d.facts, times: d.facts.times.map((f) => rezoned(f, zone, timedStamp(d))) } } : d;
  });
}

// The one zone the located documents read their bare clocks in; none when they disagree.
function knownZone(docs: ExtractedDocument[]): string | null {
  const zones = new Set<string>();
  for (const d of docs) {
    if (d.facts.guessedZone) continue;
    for (const f of d.facts.times) if (f.time.kind !== "duration" && !f.time.zoneExplicit && isClock(f.time)) zones.add(f.time.zone);
  }
  return zones.size === 1 ? [...zones][0] : null;
}

function isClock(t: Exclude<TimeExpression, { kind: "duration" }>): boolean {
  return t.kind === "range" ? t.granularity === undefined : t.granularity === "minute" || t.granularity === "hour";
}

function rezoned(f: TimeFact, zone: string, stamp: number | null): TimeFact {
  const t = f.time;
  if (t.kind === "duration" || t.zoneExplicit || t.zone === zone) return f;
  if (t.kind === "instant") {
    const placed = stamp !== null && isClock(t) && !NAMES_DAY.test(foldText(f.span.text)) ? byStamp(t.utc, t.zone, zone, stamp) : null;
    return { ...f, time: { ...t, utc: placed?.utc ?? sameWallClock(t.utc, t.zone, zone), zone, ...(placed ? { localDate: placed.localDate } : {}) } };
  }
  return { ...f, time: { ...t, start: sameWallClock(t.start, t.zone, zone), end: sameWallClock(t.end, t.zone, zone), zone } };
}

/** A clock whose sentence names no day was placed by the stamp: on the stamp's day, or the day before
 * when that day's reading was more than the slack past the stamp (resolve-clocks.ts). Read in the
 * guessed zone the stamp's day and hour were another zone's: a Lagos story's "from about 1.15pm" stamped
 * 14:10 UTC was New York's 13:15, ahead of the stamp, and went to the day before. When the guessed
 * reading is the one the stamp gives, it is placed again by the stamp in the incident's zone; null otherwise. */
function byStamp(utc: string, from: string, to: string, stamp: number): { utc: string; localDate: string } | null {
  const old = DateTime.fromISO(utc, { zone: "utc" }).setZone(from);
  if (!old.isValid || old.toMillis() !== placedByStamp(from, old.hour, old.minute, stamp)) return null;
  const at = placedByStamp(to, old.hour, old.minute, stamp);
  const local = DateTime.fromMillis(at, { zone: to });
  return local.isValid ? { utc: new Date(at).toISOString().replace(/\.\d{3}Z$/, "Z"), localDate: local.toISODate()! } : null;
}

// A clock with no day in `zone`, placed by a timed stamp: the stamp's day, else the day before.
function placedByStamp(zone: string, hour: number, minute: number, stamp: number): number {
  const today = DateTime.fromMillis(stamp, { zone }).set({ hour, minute, second: 0, millisecond: 0 });
  return today.toMillis() <= stamp + SLACK_MS ? today.toMillis() : today.minus({ days: 1 }).toMillis();
}

// A document's publication instant when it is timed (a date-only stamp places no clock to the hour).
function timedStamp(d: ExtractedDocument): number | null {
  if (!d.publishedAt || publishedDateOnly(d.publishedAt)) return null;
  const ms = Date.parse(d.publishedAt);
  return Number.isNaN(ms) ? null : ms;
}

function sameWallClock(utc: string, from: string, to: string): string {
  const moved = DateTime.fromISO(utc, { zone: "utc" }).setZone(from).setZone(to, { keepLocalTime: true });
  return moved.isValid ? new Date(moved.toMillis()).toISOString().replace(/\.\d{3}Z$/, "Z") : utc;
}
