// Resolves clock times to UTC instants and pairs "entre 17 h 40 et 23 h" / "from 11 a.m. to
// 2 p.m. PT" into ranges. The zone is the one written after the clock (or after the range's
// other end, or elsewhere in the sentence), else the outlet's; offsets come from the tz database.
import type { TimeExpression } from "../../domain/types";
import type { ClockMatch } from "./find-clock-times";
import { applyPeriod } from "./apply-period";
import type { DayAnchor } from "./find-day-anchors";
import { AMBIGUOUS_PLACES, LANGUAGE_WORDS } from "./data/zone-phrases";
import { findPlaces, findZoneAfter, findZonePhrases } from "./find-zone-after";
import { pickDayAnchor, type AnchorChoice } from "./pick-day-anchor";
import { foretells } from "./foretells";
import { RESTATEMENT_BRACKET } from "./restated-offsets";
import { inLaterClause } from "./in-later-clause";
import { tellsOwnFailure } from "./tells-own-failure";
import { headsUpdate } from "./heads-update";
import { resolveDay } from "./resolve-day";
import { sentenceAt } from "../split-sentences";
import { FUTURE_SLACK_HOURS, publishedIn, type PublicationTime, type TimeContext } from "./time-context";
import { addDays, compareDates, isoDate, isoUtc, localToUtc, utcToLocal, type CivilDate } from "./zone-clock";

interface ZonedClock extends ClockMatch {
  zone: string | null;
  phraseEnd: number;
  carried?: boolean; // zone taken from an earlier clock of the paragraph
}

// a range's ends are often hedged: "from about 8am", "from just after 8am to 1:35pm", "until shortly
// before five", "de peu après 8 h à 10 h 40"; the hedge is part of the clock, not a break in the range
const NEAR = String.raw`(?:just|shortly|a\s+little|soon|right|juste|peu|un\s+peu|tout\s+juste)\s+(?:after|before|apres|avant)`;
const APPROX = String.raw`(?:(?:about|around|roughly|approximately|environ|vers|pres\s+de|${NEAR})\s+)?`;
const RANGE_JOIN = new RegExp(String.raw`^\s*(?:et|a|au|to|and|until|till|through|jusqu'a|-)\s*${APPROX}$`);
const RANGE_START = new RegExp(String.raw`(?:^|[^a-z'])(?:entre|de|d'|from|between|des)\s*${APPROX}$`);

/** Turns clock matches into instant and range expressions; returns them and the day anchors they used. */
export function resolveClocks(c: TimeContext, clocks: ClockMatch[], days: DayAnchor[], parts: DayAnchor[]): { results: TimeExpression[]; used: Set<DayAnchor> } {
  const zoned = attachZones(c, clocks, days);
  const used = new Set<DayAnchor>();
  const results: TimeExpression[] = [];
  for (let i = 0; i < zoned.length; i++) {
    const a = zoned[i];
    const b = zoned[i + 1];
    const startDay = b ? dayAfterStart(c, a, b, days) : null;
    const rangeStart = b ? findRangeStart(c, a, b, startDay) : -1;
    if (b && rangeStart >= 0) {
      const zone = (a.carried ? null : a.zone) ?? b.zone ?? a.zone ?? c.defaultZone;
      const choice = pickDayAnchor(c, days, parts, a.index, b.phraseEnd);
      // "between 10:30 p.m. Monday and 2:15 a.m. Tuesday": each end on the day written beside it
      const startChoice = startDay ? pickDayAnchor(c, days, parts, a.index, startDay.end) : choice;
      const endChoice = startDay ? pickDayAnchor(c, days, parts, b.index, b.phraseEnd) : choice;
      for (const ch of [startChoice, endChoice]) if (ch.day && !ch.story) used.add(ch.day);
      let start = instantOf(c, afternoonStart(a, b), zone, startChoice);
      let end = instantOf(c, afternoonEnd(a, b), zone, endChoice);
      if (end <= start) end = nextDaySameClock(zone, end);
      // a range with no day across midnight is the latest one over by publication, as a bare clock is
      // the latest one past ("de 23 h à 3 h" written just before midnight is the night before's, not one
      // still running); one within a day stays on it (written that morning: "from 7:30AM – 1:10")
      const overnight = isoDate(utcToLocal(zone, start)) !== isoDate(utcToLocal(zone, end));
      if (!choice.day && overnight && end > c.horizon) {
        start = sameClockDayBefore(zone, start);
        end = sameClockDayBefore(zone, end);
      }
      const stated = (!a.carried && a.zone !== null) || (!b.carried && b.zone !== null);
      results.push({ kind: "range", start: isoUtc(start), end: isoUtc(end), zone, phrase: c.text.slice(rangeStart, b.phraseEnd), index: rangeStart, ...(stated ? { zoneExplicit: true } : {}) });
      i++;
      continue;
    }
    const zone = a.zone ?? c.defaultZone;
    const choice = pickDayAnchor(c, days, parts, a.index, a.phraseEnd);
    if (choice.day && !choice.story) used.add(choice.day);
    // a forecast's clock after publication is one to come: kept on its day, marked ahead
    const foretold = foretells(c, a.index);
    const at = instantOf(c, a, zone, choice, foretold && !choice.day && !choice.framing);
    results.push({
      kind: "instant", utc: isoUtc(at), granularity: a.hasMinutes ? "minute" : "hour", localDate: isoDate(utcToLocal(zone, at)),
      zone, zoneExplicit: a.zone !== null, phrase: c.text.slice(a.index, a.phraseEnd), index: a.index,
      ...(foretold && at > c.horizon ? { ahead: true } : {}),
    });
  }
  return { results, used };
}

// A zone stated once governs the clocks that follow it in the same paragraph ("Vers 16 h (heure
// marocaine), ... Le service est revenu vers 18 h 30."); a new paragraph returns to the outlet's zone.
const DAY_BETWEEN = /^\s*,?\s*(?:on|le|du|this|ce)?\s*$/;

// (A zone written on a bracketed restatement of a bare clock, "vers 15 h (13 h GMT)", is the
// restatement's: the paragraph's clocks stay in the bare clock's zone, see restated-offsets.ts.)
function attachZones(c: TimeContext, clocks: ClockMatch[], days: DayAnchor[]): ZonedClock[] {
  let carried: { zone: string; paragraph: number } | null = null;
  let previous: ZonedClock | null = null;
  return clocks.map((k) => {
    let z = attachZone(c, k, clocks, days);
    const paragraph = sentenceAt(c, k.index).paragraph;
    const saysLocal = !z.zone && z.phraseEnd > k.end; // "heure locale": the place's, else the outlet's zone
    if (saysLocal) z = { ...z, zone: placeZone(c, k.index) };
    const restates = previous !== null && (previous.zone === null || previous.carried === true) && RESTATEMENT_BRACKET.test(c.folded.slice(previous.phraseEnd, k.index));
    if (z.zone && !restates) carried = { zone: z.zone, paragraph };
    else if (!z.zone && carried && carried.paragraph === paragraph && !saysLocal) z = { ...z, zone: carried.zone, carried: true };
    previous = z;
    return z;
  });
}

function attachZone(c: TimeContext, k: ClockMatch, all: ClockMatch[], days: DayAnchor[]): ZonedClock {
  const z = findZoneAfter(c.text, c.folded, k.end);
  if (z) return { ...k, zone: z.zone, phraseEnd: z.end };
  // the clock's day between it and its zone: "9:46 a.m. on February 24, UTC", "à 9 h 46 le 24 février, heure de Paris"
  const day = days.find((d) => d.index >= k.end && DAY_BETWEEN.test(c.folded.slice(k.end, d.index)));
  const afterDay = day ? findZoneAfter(c.text, c.folded, day.end) : null;
  if (afterDay?.zone) return { ...k, zone: afterDay.zone, phraseEnd: k.end };
  // A zone phrase elsewhere in the sentence ("heure de Paris, vers 17 h") when no other clock claims it.
  const s = sentenceAt(c, k.index);
  const floating = findZonePhrases(c.folded, s.start, s.end).find((p) => !all.some((o) => o !== k && p.index >= o.end && p.index - o.end <= 3));
  return { ...k, zone: floating?.zone ?? null, phraseEnd: k.end };
}

// "7 h du matin, heure locale, ... en Virginie": local to the place the sentence names (the nearest
// to the clock), not to the outlet; null when the sentence names none.
function placeZone(c: TimeContext, at: number): string | null {
  const s = sentenceAt(c, at);
  const places = findPlaces(c.folded, s.start, s.end).filter((p) => !AMBIGUOUS_PLACES.has(p.name) && !LANGUAGE_WORDS.has(p.name));
  places.sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at));
  return places[0]?.zone ?? null;
}

// "from 8:18 a.m. to 2:37": a writer who gives the start's half of the day counts in twelve hours, so
// an end with none that is earlier than the morning start is in the afternoon, not the next night;
// likewise "from 2pm until a quarter to five" ends that afternoon (16:45), while "from 11pm to 2" still
// ends in the small hours (14:00 would come before 23:00). A 24-hour clock ("de 14 h à 5 h") states no
// half of the day and is left alone.
function afternoonEnd(a: ZonedClock, b: ZonedClock): ZonedClock {
  if (b.period !== null || b.hour < 1 || b.hour > 11) return b;
  if (a.period === "am" && b.hour < a.hour) return { ...b, hour: b.hour + 12 };
  return a.period === "pm" && b.hour + 12 > a.hour ? { ...b, hour: b.hour + 12 } : b;
}

// "from about 7:40 to 9:05 p.m.": a "p.m." written once, after the end, is the start's too when that
// keeps the start before the end ("from 11 to 1 p.m." still starts in the morning). (A bare number
// before the end, "between 2 and 4 p.m.", takes it in find-clock-times.ts.)
function afternoonStart(a: ZonedClock, b: ZonedClock): ZonedClock {
  if (a.period !== null || b.period !== "pm" || a.hour < 1 || a.hour > 11) return a;
  return (a.hour + 12) * 60 + a.minute <= applyPeriod(b.hour, "pm") * 60 + b.minute ? { ...a, hour: a.hour + 12 } : a;
}

// The day written right after a range's first clock, before the word joining it to the second ("from
// 10:30 p.m. Monday to 2:15 a.m. Tuesday", "de 23 h lundi à 2 h mardi"), else null. A weekday or a date
// only: a day counted from publication there ("from midnight tonight to midnight tomorrow") is as
// often a window to come (an offer, a works notice) as one over, so it stays two readings the roles judge.
function dayAfterStart(c: TimeContext, a: ZonedClock, b: ZonedClock, days: DayAnchor[]): DayAnchor | null {
  const d = days.find((x) => x.offset === undefined && x.index >= a.phraseEnd && x.end <= b.index && DAY_BETWEEN.test(c.folded.slice(a.phraseEnd, x.index)));
  return d && RANGE_JOIN.test(c.folded.slice(d.end, b.index)) ? d : null;
}

function findRangeStart(c: TimeContext, a: ZonedClock, b: ZonedClock, startDay: DayAnchor | null): number {
  const between = c.folded.slice(a.phraseEnd, b.index);
  if (!RANGE_JOIN.test(between) && !startDay) return -1;
  const before = c.folded.slice(Math.max(0, a.index - 30), a.index);
  const m = RANGE_START.exec(before);
  if (m) return a.index - before.length + m.index + m[0].search(/[a-z]/);
  return between.includes("-") ? a.index : -1;
}

/** The UTC instant of a clock reading on the day `choice` gives it, else on the day a clock with no day takes. */
export function instantOf(c: TimeContext, k: Pick<ClockMatch, "hour" | "minute" | "period" | "midnight"> & { index?: number; end?: number }, zone: string, choice: AnchorChoice, foretold = false): number {
  const pub = publishedIn(c, zone);
  let hour = k.hour;
  // "Mercredi soir vers 8 h" is 20:00: a bare 1..11 o'clock said of an afternoon or evening.
  if (k.period === null && choice.part?.pm && hour >= 1 && hour <= 11) hour += 12;
  // "Friday night around 7 o'clock", "Tuesday night at 9": English counts twelve hours, and a night's
  // 6 to 11 is its evening (its small hours, "at 2", stay the next morning's); French writes 24-hour clocks.
  if (k.period === null && choice.part?.night && c.lang === "en" && hour >= 6 && hour <= 11) hour += 12;
  let day = choice.day ? resolveDay(choice.day, pub) : null;
  if (!day) {
    if (k.index !== undefined && headsUpdate(c, k.index)) return nearestPublication(c, zone, hour, k);
    // a forecast's clock later than publication is that day's, to come ("expects service back by 5 p.m.")
    if (foretold) return Math.max(unanchored(c, zone, hour, k), localToUtc(zone, { ...pub, hour, minute: k.minute }));
    return unanchored(c, zone, hour, k, choice.framing ? resolveDay(choice.framing, pub) : pastDay(choice.recalled ?? null, pub), namedBefore(choice.framing ?? choice.recalled ?? null, pub));
  }
  // The small hours of a named night, and "minuit lundi", belong to the next calendar day; but a night
  // named by one day can be the one that opens it ("dans la nuit de ce mercredi 10 mars, vers 1 heure
  // du matin" in a paper of that Wednesday morning): when the next day's hour is after publication
  // and the named day's is not, the named day's is what was reported.
  const named = day;
  if ((choice.part?.night && hour < 12) || k.midnight) day = addDays(day, 1);
  let at = localToUtc(zone, { ...day, hour, minute: k.minute });
  // ("cette nuit" said in the evening is the night to come: its own rule, by the hour of writing)
  if (day !== named && !k.midnight && !choice.day!.nightSpan && choice.day!.offset === undefined && at > c.horizon) {
    const onNamed = localToUtc(zone, { ...named, hour, minute: k.minute });
    if (onNamed <= c.horizon) at = onNamed;
  }
  // A weekday that puts a reported time after publication belongs to another clause ("began at 5:30pm
  // ..., although some users still had delays early on Thursday"): read the clock on its own.
  // A weekday written with the clock itself ("vendredi à 21 h", "at 9 p.m. Friday") is that clock's
  // day: on the publication's weekday a later clock says the publication's hour is the wrong one
  // (estimated, or the page updated), never that the day before was meant.
  const weekdayOnly = choice.day!.weekday !== undefined && !choice.day!.date && !choice.day!.next;
  // Nor does a bare weekday past a clause break after the clock date it, before publication or not.
  const otherClause = k.end !== undefined && inLaterClause(c, k.end, choice.day!.index);
  if (weekdayOnly && (at > c.horizon || otherClause) && !besideClock(c, choice.day!, k)) return unanchored(c, zone, k.midnight ? 0 : hour, k);
  return at;
}

const DAY_THEN_CLOCK = /^\s*,?\s*(?:a|vers|apres|avant|des|jusqu'a|at|around|about|after|before|by|from|until|de|d')?\s*$/;
const CLOCK_THEN_DAY = /^\s*,?\s*(?:on|le|ce|this)?\s*$/;

function besideClock(c: TimeContext, day: DayAnchor, k: { index?: number; end?: number }): boolean {
  if (k.index === undefined || k.end === undefined) return false;
  if (day.end <= k.index) return DAY_THEN_CLOCK.test(c.folded.slice(day.end, k.index));
  return k.end <= day.index && CLOCK_THEN_DAY.test(c.folded.slice(k.end, day.index));
}

// The day a recalled anchor names when it is before the publication day ("Une panne a privé mardi soir
// …" in a Wednesday dispatch; "Yesterday, …"), else null: the publication day itself frames nothing new.
// Only for a stamp known to its date alone, whose evening clocks would otherwise all stay on it: a timed
// stamp already sends them to the day before, which a background day named last ("the fire broke out on
// Thursday morning" in Saturday's story of Friday evening's outage) must not override.
function pastDay(a: DayAnchor | null, pub: PublicationTime): CivilDate | null {
  const day = a && pub.hourUnknown ? resolveDay(a, pub) : null;
  return day && compareDates(day, pub) < 0 ? day : null;
}

// The day an anchor named earlier in the text gives, with where it is named, when that day is before
// the publication day; else null.
function namedBefore(a: DayAnchor | null, pub: PublicationTime): { day: CivilDate; index: number } | null {
  const day = a ? resolveDay(a, pub) : null;
  return a && day && compareDates(day, pub) < 0 ? { day, index: a.index } : null;
}

// Where the small hours end: a clock before this hour after a day named last is that day's night.
const SMALL_HOURS_END = 6;

// A clock with no day: the publication day, or, when that would be after publication, the date the
// report named earlier ("on December 7 ... Most services had recovered by 2:22 PM"), else the day before.
function unanchored(c: TimeContext, zone: string, hour: number, k: Pick<ClockMatch, "minute">, framing: CivilDate | null = null, earlier: { day: CivilDate; index: number } | null = null): number {
  const pub = publishedIn(c, zone);
  const today = localToUtc(zone, { ...pub, hour, minute: k.minute });
  const slack = c.published + FUTURE_SLACK_HOURS * 3_600_000;
  // Just past a timed stamp, in a text that last named the day before ("Tuesday's outage … began shortly
  // after 09:00 UTC" in Wednesday's 08:20 story): the slack is for a live page updated after its stamp,
  // and this one tells the day before, so the clock is that day's. (A day named further back may be
  // the background's, "a power fault had hit on Wednesday", not the story's.) So is a daytime clock just
  // before the stamp when the sentence naming the day before tells the failure itself ("les parents
  // n'ont pas pu accéder au portail la veille … devenu inaccessible à 8 h 06" in an 8:15 story), not
  // another matter or an earlier episode ("Hier déjà, le site avait connu des lenteurs … vers 9 h"); the
  // small hours are the night that ran on from it into the stamp's day ("restored around midnight").
  const dayBefore = earlier && !pub.hourUnknown && today <= slack && compareDates(earlier.day, addDays(pub, -1)) === 0;
  const eve = dayBefore && (today > c.published || (hour >= SMALL_HOURS_END && tellsOwnFailure(c, earlier.index)));
  if (eve) return localToUtc(zone, { ...earlier.day, hour, minute: k.minute });
  if (today <= slack) return today;
  const framed = framing ? localToUtc(zone, { ...framing, hour, minute: k.minute }) : null;
  if (framed !== null && framed <= c.published) return framed;
  // a date-only publication's later hours: still its day when no earlier date frames the report
  if (today <= c.horizon) return today;
  return localToUtc(zone, { ...addDays(pub, -1), hour, minute: k.minute });
}

// An update's clock with no day: of the day before publication, its day and the day after, the
// reading nearest the publication instant (an update is written within hours of the page or is
// its last change).
function nearestPublication(c: TimeContext, zone: string, hour: number, k: Pick<ClockMatch, "minute">): number {
  const pub = publishedIn(c, zone);
  const readings = [-1, 0, 1].map((d) => localToUtc(zone, { ...addDays(pub, d), hour, minute: k.minute }));
  return readings.reduce((a, b) => (Math.abs(b - c.published) < Math.abs(a - c.published) ? b : a));
}

function sameClockDayBefore(zone: string, ts: number): number {
  const t = utcToLocal(zone, ts);
  return localToUtc(zone, { ...addDays(t, -1), hour: t.hour, minute: t.minute });
}

function nextDaySameClock(zone: string, ts: number): number {
  const t = utcToLocal(zone, ts);
  return localToUtc(zone, { ...addDays(t, 1), hour: t.hour, minute: t.minute });
}
