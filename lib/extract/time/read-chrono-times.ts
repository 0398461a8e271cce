// What chrono-node itself reads in a text (its French or English casual parser), turned into the
// project's time expressions. chrono knows many spellings the grammar of this folder does not
// ("le 2/3", "first of march", "3:15p", "Thanksgiving", "il y a trois mois"); this file only
// translates its readings: the wall clock of an unstated zone is placed in the outlet's zone
// with the zone database (DST of the event's day, not of publication's), and bare weekdays and
// dates without a year are read backward from publication as a news reader does.
import * as chrono from "chrono-node";
import type { Granularity, TimeExpression } from "../../domain/types";
import { offsetZone } from "./restated-offsets";
import { casualParser } from "./casual-parser";
import { CHRONO_TRIGGER_RE } from "./data/chrono-cues";
import { ZONE_ABBREVIATIONS } from "./data/zone-phrases";
import { resolveDay } from "./resolve-day";
import { publishedIn, type TimeContext } from "./time-context";
import { addDays, isoDate, isoUtc, isoWeekday, isRealDate, localToUtc, utcToLocal, type CivilDate, type LocalTime } from "./zone-clock";

type Components = chrono.ParsedComponents;

export interface ChronoReading {
  time: TimeExpression;
  end: number; // offset just after the phrase
  forward: boolean; // chrono placed it after publication
  relative: boolean; // counted from publication ("dans 5 jours", "two hours ago", "demain")
  dated: boolean; // names a day of a month ("May eighth", "le 2/3")
  clockOnly: boolean; // a clock with no day ("11:58 PST", "3:15p")
  dayless: boolean; // no day, weekday or clock: a month, a year, a week ("March", "last month")
}

const DAY_MS = 86_400_000;
// A word and a number joined by a hyphen is a name ("the SAT-3 cable", "MAR-1"), which chrono reads
// as a weekday or month abbreviation with a zone offset (Saturday at UTC-3).
// (chrono's text may start with the punctuation before the name: ", SAT-3")
const CODE_NAME_RE = /^[\s\p{P}]*\p{L}+-\d+$/u;
// A reading that opens on the month (or year) of a numeric date ("18/11 - 16:05" read from "11"): the
// number after a slash belongs to the date before it, not an hour of its own.
const DATE_PART_BEFORE = /\d\/$/;

/** chrono's readings of `c.text`, in the project's terms. */
export function readChronoTimes(c: TimeContext): ChronoReading[] {
  const parser = casualParser(c.lang);
  const pub = publishedIn(c, c.defaultZone);
  const ref = { instant: new Date(c.published), timezone: offsetAt(c) };
  const out: ChronoReading[] = [];
  for (const { at, r } of parseAround(c, (text) => parser.parse(text, ref))) {
    if (CODE_NAME_RE.test(r.text)) continue;
    if (/^\d/.test(r.text) && DATE_PART_BEFORE.test(c.folded.slice(Math.max(0, at - 2), at))) continue;
    const start = placeComponents(c, r.start, pub, r.text);
    if (!start) continue;
    // A clock with no day is the latest such clock by publication (the grammar's rule for bare clocks).
    if (!r.end && clockOnly(r.start, r.text) && start.ts > c.horizon) start.ts -= DAY_MS;
    const phrase = r.text;
    const end = r.end ? placeComponents(c, r.end, pub, r.text) : null;
    // a zone written after a range's end is the whole range's ("from 11pm Monday until 2am Tuesday
    // GMT", as the grammar reads it): chrono gives it to the end alone, the start's wall clock moves to it
    if (end?.zoneExplicit && !start.zoneExplicit && start.granularity !== "day") {
      Object.assign(start, { ts: localToUtc(end.zone, utcToLocal(start.zone, start.ts)), zone: end.zone, zoneExplicit: true });
    }
    let time: TimeExpression;
    if (end && end.ts !== start.ts) {
      let endTs = end.ts;
      // "from 8:18AM – 2:37": an end with no half of the day, earlier than a morning start, is that
      // afternoon (the grammar's rule for ranges).
      const sh = r.start.get("hour")!;
      const eh = r.end!.get("hour")!;
      if (r.start.isCertain("meridiem") && sh < 12 && !r.end!.isCertain("meridiem") && eh >= 1 && eh < sh && !r.end!.isCertain("day")) endTs = start.ts + ((eh + 12 - sh) * 60 + (r.end!.get("minute") ?? 0) - (r.start.get("minute") ?? 0)) * 60_000;
      // "11pm-3": the end's clock falls on the next day.
      if (endTs < start.ts && !r.end!.isCertain("day")) endTs += DAY_MS;
      // A clock range with no day is the latest one over by publication, as a bare clock is.
      // (one starting within the slack stays, unless it runs past midnight: "11pm-3" written at 23:59;
      // "8:18AM – 2:37" read as ending that afternoon runs past no midnight, though 2 < 8)
      const slack = c.horizon;
      const overnight = isoDate(utcToLocal(start.zone, endTs)) !== isoDate(utcToLocal(start.zone, start.ts));
      if (clockOnly(r.start, r.text) && (start.ts > slack || (endTs > slack && overnight))) {
        start.ts -= DAY_MS;
        endTs -= DAY_MS;
      }
      time = { kind: "range", start: isoUtc(start.ts), end: isoUtc(endTs), zone: start.zone, phrase, index: at, ...(start.granularity === "day" ? { granularity: "day" as Granularity } : {}), ...(start.zoneExplicit ? { zoneExplicit: true } : {}) };
    } else {
      time = {
        kind: "instant",
        utc: isoUtc(start.ts),
        granularity: start.granularity,
        localDate: isoDate(utcToLocal(start.zone, start.ts)),
        zone: start.zone,
        zoneExplicit: start.zoneExplicit,
        phrase,
        index: at,
      };
    }
    out.push({
      time,
      end: at + phrase.length,
      forward: start.ts > c.latest + 60_000,
      relative: isRelative(r.start),
      dated: r.start.isCertain("day") && r.start.isCertain("month") && !isRelative(r.start),
      clockOnly: clockOnly(r.start, r.text),
      dayless: !r.start.isCertain("day") && !r.start.isCertain("weekday") && !r.start.isCertain("hour"),
    });
  }
  return out;
}

// chrono is asked only about the stretch of each sentence around a trigger (a clock or date shape,
// a calendar or deictic word): parsing whole articles would cost more than all the rest of extraction.
const REACH_BEFORE = 40;
const REACH_AFTER = 50;
// overlapping stretches are joined, up to this length: a run of triggers (a wall of digits) must not
// become one stretch as long as the text, as chrono's patterns cost more than linear time on it
const MAX_WINDOW = 400;

function parseAround(c: TimeContext, parse: (text: string) => chrono.ParsedResult[]): { at: number; r: chrono.ParsedResult }[] {
  const windows: [number, number][] = [];
  // A sentence's last search runs on to the next trigger, which is where the next sentence's first
  // search would stop too: a search begun at or before `at` that found nothing before its match
  // answers the search from `at` (the same text, so the same match), sparing a second scan.
  let searchedFrom = -1;
  let found: RegExpExecArray | null = null;
  const triggerFrom = (at: number) => {
    if (searchedFrom < 0 || searchedFrom > at || (found !== null && found.index < at)) {
      CHRONO_TRIGGER_RE.lastIndex = at;
      found = CHRONO_TRIGGER_RE.exec(c.folded);
      searchedFrom = at;
    }
    return found;
  };
  for (const s of c.sentences) {
    for (let m = triggerFrom(s.start); m && m.index < s.end; m = triggerFrom(m.index + m[0].length)) {
      const from = wordStart(c.folded, Math.max(s.start, m.index - REACH_BEFORE));
      const to = wordEnd(c.folded, Math.min(s.end, m.index + m[0].length + REACH_AFTER), s.end);
      const last = windows[windows.length - 1];
      if (last && from <= last[1] && to - last[0] <= MAX_WINDOW) last[1] = Math.max(last[1], to);
      else windows.push([from, to]);
    }
  }
  const out: { at: number; r: chrono.ParsedResult }[] = [];
  for (const [from, to] of windows) out.push(...parseWindow(c, parse, from, to));
  return out;
}

// chrono joins a clock and a day across a full stop ("at 10:40 a.m. ET. Last year's outage…" read as
// 10:40 a year back): a window spans sentences, so a reading crossing the start of one is read again
// in the two halves of its window, each sentence's words for its own.
function parseWindow(c: TimeContext, parse: (text: string) => chrono.ParsedResult[], from: number, to: number): { at: number; r: chrono.ParsedResult }[] {
  const found = parse(c.text.slice(from, to));
  for (const r of found) {
    const cut = c.sentences.find((s) => s.start > from + r.index && s.start < from + r.index + r.text.length);
    if (cut) return [...parseWindow(c, parse, from, cut.start), ...parseWindow(c, parse, cut.start, to)];
  }
  return found.map((r) => ({ at: from + r.index, r }));
}

function wordStart(folded: string, i: number): number {
  while (i > 0 && /\S/.test(folded[i - 1])) i--;
  return i;
}

function wordEnd(folded: string, i: number, limit: number): number {
  while (i < limit && /\S/.test(folded[i])) i++;
  return i;
}

function offsetAt(c: TimeContext): number {
  const l = publishedIn(c, c.defaultZone);
  return Math.round((Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute) - Math.floor(c.published / 60_000) * 60_000) / 60_000);
}

// "this afternoon at 3", "ce soir à 20h": the day is today, said in words chrono leaves uncertain.
const THIS_DAY_RE = /(?<![a-z])(this|tonight|today|ce|cet|cette|aujourd'hui)(?![a-z])/i;

function clockOnly(k: Components, phrase: string): boolean {
  return k.isCertain("hour") && !k.isCertain("day") && !k.isCertain("weekday") && !isRelative(k) && !THIS_DAY_RE.test(phrase);
}

function dayOf(k: Components): CivilDate {
  return { year: k.get("year")!, month: k.get("month")!, day: k.get("day")! };
}

const ABBREVIATION_RE = new RegExp(`(?<![A-Za-z])(${Object.keys(ZONE_ABBREVIATIONS).sort((a, b) => b.length - a.length).join("|")})(?![A-Za-z])(?!\\s*[+-]\\s*\\d)`, "g");

// chrono takes a zone abbreviation in any case, but "et", "est", "cet" are also French words
// ("20h30 et a été rétabli"): with one of those in lower case, a zone counts only when written as
// one elsewhere in the phrase, in capitals or as an offset ("+02:00", "UTC+2"); "8:00 gmt" stands.
const WORD_LIKE_ZONE_RE = /(?<![A-Za-z])(?:et|est|cet)(?![A-Za-z])/;
const WRITTEN_ZONE_RE = /(?<![A-Za-z])[A-Z]{2,5}(?![A-Za-z])|[+-]\d{2}:?\d{2}(?!\d)|(?:UTC|GMT)\s*[+-]\s*\d/;
const writesZone = (phrase: string) => !WORD_LIKE_ZONE_RE.test(phrase) || WRITTEN_ZONE_RE.test(phrase);

// The last zone abbreviation of the phrase, as an IANA zone; none when an offset follows it ("GMT+1").
function namedZone(phrase: string): string | null {
  let zone: string | null = null;
  for (const m of phrase.matchAll(ABBREVIATION_RE)) zone = ZONE_ABBREVIATIONS[m[1]];
  return zone;
}

// chrono's tags for words naming a day or moment from publication; its "midnight", "noon" and
// parts of the day are clocks, which a date in the same phrase places.
const DAY_WORD_TAGS = ["now", "today", "tonight", "tomorrow", "yesterday"].map((w) => `casualReference/${w}`);

function isRelative(k: Components): boolean {
  const tags = k.tags();
  return tags.has("result/relativeDate") || DAY_WORD_TAGS.some((t) => tags.has(t));
}

interface Placed {
  ts: number;
  zone: string;
  zoneExplicit: boolean;
  granularity: Granularity;
}

function placeComponents(c: TimeContext, k: Components, pub: LocalTime, phrase: string): Placed | null {
  const hasClock = k.isCertain("hour");
  const granularity: Granularity = hasClock ? "minute" : "day";
  const relative = isRelative(k);
  // chrono marks the reference's offset as certain on relative readings: only a written zone counts.
  const named = k.isCertain("hour") ? namedZone(phrase) : null;
  if (k.isCertain("timezoneOffset") && writesZone(phrase) && (!relative || named)) {
    // An abbreviation means its zone's offset on that day ("EST" in May is New York's -4, as
    // newsrooms write it; "BST", "CEST" follow Europe's DST): the table decides, not chrono's fixed
    // offsets. A written offset ("+02:00", "UTC+2") stands as written.
    const day = (relative ? null : backward(k, pub, phrase)) ?? dayOf(k);
    if (!isRealDate(day)) return null;
    const wall: LocalTime = { ...day, hour: k.get("hour") ?? 12, minute: k.get("minute") ?? 0 };
    if (named) return { ts: localToUtc(named, wall), zone: named, zoneExplicit: true, granularity };
    const offset = k.get("timezoneOffset") as number;
    const ts = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, k.get("second") ?? 0) - offset * 60_000;
    return { ts, zone: offsetZone(offset), zoneExplicit: true, granularity };
  }
  if (relative && hasClock) return { ts: k.date().getTime(), zone: c.defaultZone, zoneExplicit: false, granularity };
  let day = dayOf(k);
  if (!relative) day = backward(k, pub, phrase) ?? day;
  if (!isRealDate(day)) return null;
  const t: LocalTime = hasClock ? { ...day, hour: k.get("hour")!, minute: k.get("minute") ?? 0 } : { ...day, hour: 12, minute: 0 };
  return { ts: localToUtc(c.defaultZone, t), zone: c.defaultZone, zoneExplicit: false, granularity };
}

// A weekday alone, or a day and month without a year, is the latest such day at or before
// publication (one day of slack for outlets writing ahead of the reader's zone).
function backward(k: Components, pub: LocalTime, phrase: string): CivilDate | null {
  const day = dayOf(k);
  const today: CivilDate = { year: pub.year, month: pub.month, day: pub.day };
  if (k.isCertain("weekday") && !k.isCertain("day")) {
    if (WEEKDAY_MODIFIER.test(phrase)) return null;
    const back = (isoWeekday(today) - ((k.get("weekday") as number) || 7) + 7) % 7;
    return addDays(today, -back);
  }
  // a date without a year: the grammar's rule (resolveDay), its weekday included when written
  if (k.isCertain("day") && k.isCertain("month") && !k.isCertain("year")) {
    const weekday = k.isCertain("weekday") ? ((k.get("weekday") as number) || 7) : undefined;
    return resolveDay({ index: 0, end: 0, date: { day: day.day, month: day.month, year: null }, weekday }, pub);
  }
  return null;
}

// Words that say which week a weekday is in: chrono reads them; only a bare weekday is read backward.
const WEEKDAY_MODIFIER = /\b(next|this|last|coming|past|prochaine?|dernier|derniere|passee?|ce|cette|suivante?)\b/i;

