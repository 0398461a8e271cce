// Joins chrono-node's readings to the grammar's: chrono's reading is taken where the grammar found
// nothing, or where chrono's phrase holds the grammar's and says more ("demain 17:00" where the
// grammar saw "17:00"); the grammar keeps its reading where it saw as much or more (zones in words,
// story days, parts of the day). A reading that its own words place after publication is marked
// `ahead`, so that an expected recovery or a planned maintenance is never taken for what happened.
import type { TimeExpression } from "../../domain/types";
import { BACKWARD_WORDS, FORWARD_OPENERS, FORWARD_WORDS, NOISE_PATTERNS } from "./data/chrono-cues";
import type { ChronoReading } from "./read-chrono-times";
import { foretells } from "./foretells";
import { headsUpdate } from "./heads-update";
import { sentenceAt } from "../split-sentences";
import type { TimeContext } from "./time-context";
import { isoDate, isoUtc, utcToLocal } from "./zone-clock";
import { escapeRegExp } from "../../text/escape-reg-exp";

const DAY_MS = 86_400_000;

const FORWARD_RE = new RegExp(`(^|[^a-z])(${FORWARD_WORDS.map(escapeRegExp).join("|")})(?![a-z])`);
const BACKWARD_RE = new RegExp(`(^|[^a-z])(${BACKWARD_WORDS.map(escapeRegExp).join("|")})(?![a-z])`);
const COUNTED_RE = /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|a few|several|couple|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|trente|quelques)\b/;
const OPENER_RE = new RegExp(`^(${FORWARD_OPENERS.map(escapeRegExp).join("|")})(?![a-z])|(?<![a-z])from now$`);

/** The grammar's expressions with chrono's better or missing readings in, sorted by offset. */
export function mergeChronoTimes(c: TimeContext, ours: TimeExpression[], readings: ChronoReading[], seen: { index: number; end: number }[]): TimeExpression[] {
  let out = ours.slice();
  for (const r of readings) {
    const phrase = c.folded.slice(r.time.index, r.end).trim();
    if (NOISE_PATTERNS.some((re) => re.test(phrase)) || !worthReading(c, r, phrase)) continue;
    const overlapping = out.filter((t) => t.index < r.end && end(t) > r.time.index);
    const ahead = r.forward && FORWARD_RE.test(phrase);
    const first: TimeExpression = ahead && r.time.kind !== "duration" ? { ...r.time, ahead: true } : r.time;
    if (overlapping.length === 0) {
      // what the grammar saw and left undated stays so, unless its words look ahead
      const judged = seen.some((a) => a.index < r.end && a.end > r.time.index);
      if (!judged || ahead) out.push(first);
      continue;
    }
    // a clock alone is the grammar's to date (it knows the story's day): chrono's clock moves to that day
    const late = !r.forward && overlapping.some((t) => lateWithoutCause(c, t));
    const time = r.clockOnly && !late ? onDayOf(c, first, overlapping) : first;
    // (the grammar's phrase may run on over punctuation: "5pm.")
    const holds = overlapping.every((t) => t.index >= r.time.index && (end(t) <= r.end || !/[a-z0-9]/.test(c.folded.slice(r.end, end(t)))));
    const longer = coreLength(phrase) > Math.max(...overlapping.map((t) => coreLength(c.folded.slice(t.index, end(t)))));
    // a length inside a full date or a range is a misreading ("May eighth"); any other length stays,
    // except inside "dans 5 jours", a day to come and not a five-day outage
    // "de 23h à 2h" is a range whatever "23h" alone could be
    const hasLength = !r.dated && r.time.kind !== "range" && overlapping.some((t) => t.kind === "duration");
    const lengthInForward = r.forward && OPENER_RE.test(phrase) && hasLength;
    // a zone the grammar found past chrono's words ("9:46 a.m. on February 24, Coordinated Universal
    // Time") is not lost to chrono's longer reading of the same clock without it
    const losesZone = r.time.kind === "instant" && !r.time.zoneExplicit && overlapping.some((t) => t.kind === "instant" && t.zoneExplicit && t.granularity !== "day");
    const better =
      holds && !hasLength && !losesZone && !overlapping.some((t) => agrees(t, r.time)) &&
      // chrono read more words, or the same words forward as they say ("next Saturday"), or the
      // grammar placed them after publication when no word says so
      (longer || ahead || late);
    // midnight next to a weekday or a day named from publication has the grammar's rule ("until midnight
    // today", "before midnight Wednesday" end the day, "shortly after midnight on Wednesday" opens it),
    // where chrono takes it as the day's start; with a date ("at midnight on 12 August") chrono's start stays
    if ((better && !(!r.dated && /\b(midnight|minuit)\b/.test(phrase))) || lengthInForward) {
      out = out.filter((t) => !overlapping.includes(t));
      out.push(time);
    } else if (r.relative && (ahead || BACKWARD_RE.test(phrase)) && overlapping.every((t) => t.kind === "duration")) {
      // "in two hours", "the past 2 days": English says these of a length as well as of a moment
      // ("restored in two hours"); both readings stay and the roles choose.
      out.push(time);
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

// chrono's clock reading moved to the day the grammar gave the same words.
function onDayOf(c: TimeContext, t: TimeExpression, overlapping: TimeExpression[]): TimeExpression {
  const theirs = startOf(t);
  // the grammar's first reading in the phrase dates its first clock (none when that is a length)
  const firstOurs = overlapping.reduce((a, b) => (b.index < a.index ? b : a));
  const ours = startOf(firstOurs);
  if (theirs === null || ours === null) return t;
  const zone = t.kind === "duration" ? c.defaultZone : t.zone;
  // each reading's day is its calendar day where it reads the clock: the grammar's "22:40" in the
  // outlet's zone (22:40 New York is the next day in UTC) is the day chrono's "22:40 to 23:25 UTC" takes
  const oursZone = firstOurs.kind === "duration" ? zone : firstOurs.zone;
  const days = Math.round((dayStart(oursZone, ours) - dayStart(zone, theirs)) / DAY_MS);
  if (days === 0) return t;
  const shift = (iso: string) => isoUtc(Date.parse(iso) + days * DAY_MS);
  if (t.kind === "instant") {
    const utc = shift(t.utc);
    return { ...t, utc, localDate: isoDate(utcToLocal(t.zone, Date.parse(utc))) };
  }
  return t.kind === "range" ? { ...t, start: shift(t.start), end: shift(t.end) } : t;
}

function startOf(t: TimeExpression): number | null {
  return t.kind === "instant" ? Date.parse(t.utc) : t.kind === "range" ? Date.parse(t.start) : null;
}

function dayStart(zone: string, ts: number): number {
  const l = utcToLocal(zone, ts);
  return Date.UTC(l.year, l.month - 1, l.day);
}

// Begun more than the slack after publication, or a range not over by then, though the
// grammar's reading is not marked ahead (an update's clock is later than publication by nature).
function lateWithoutCause(c: TimeContext, t: TimeExpression): boolean {
  if (t.kind === "range") return Date.parse(t.start) > c.horizon || Date.parse(t.end) > c.horizon;
  return t.kind === "instant" && t.granularity !== "day" && !t.ahead && Date.parse(t.utc) > c.horizon && !headsUpdate(c, t.index);
}

// A month or a week alone is no moment ("in March", "last week"), unless counted from publication
// ("three months ago"); English "in two hours" is a moment only in a clause about the future.
function worthReading(c: TimeContext, r: ChronoReading, phrase: string): boolean {
  // a web address's date path ("/2021/10/04/") is no time the text tells
  const token = c.folded.slice(c.folded.lastIndexOf(" ", r.time.index) + 1, r.end);
  if (/:\/\/|www\./.test(token)) return false;
  if (r.dayless && !(r.relative && COUNTED_RE.test(phrase) && (BACKWARD_RE.test(phrase) || FORWARD_RE.test(phrase)))) return false;
  if (c.lang === "en" && r.relative && /^(in|within)\b/.test(phrase)) {
    const s = sentenceAt(c, r.time.index);
    return !/[a-z]/.test(c.folded.slice(s.start, r.time.index)) || foretells(c, r.time.index);
  }
  return true;
}

// prepositions and conjunctions at the edges of a phrase are not more of a time ("de 17h", "20h30 et")
const EDGE_WORDS_RE = /^(?:(?:a|de|du|des|d'|le|la|les|vers|from|at|to|on|in|by|around|about|et|and)\s+)+|\s+(?:et|and|a|to|de)$/g;
// (nor is a bracket or stop chrono took with it: "(5:40 p.m. ET)", "(jeudi")
const coreLength = (phrase: string) => phrase.trim().replace(/^[([]+/, "").replace(/[)\].,;:]+$/, "").replace(EDGE_WORDS_RE, "").length;

function end(t: TimeExpression): number {
  return t.index + t.phrase.length;
}

// Same moment (to the minute, or the same day for day readings), or the same range.
function agrees(a: TimeExpression, b: TimeExpression): boolean {
  if (a.kind === "instant" && b.kind === "instant") {
    // a day holds every finer reading of it ("on Thursday morning" read as Thursday)
    if (a.granularity === "day" || b.granularity === "day") return a.localDate === b.localDate && (a.granularity === b.granularity || b.granularity === "day");
    return Math.abs(Date.parse(a.utc) - Date.parse(b.utc)) < 60_000;
  }
  if (a.kind === "range" && b.kind === "range") return a.start === b.start && a.end === b.end;
  return false;
}
