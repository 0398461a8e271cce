// Ranges of whole days or parts of days: "du 4 au 5 octobre", "entre le 18 et le 19 juillet", "from
// October 4 to 5", "between July 19 and 22", "du lundi 4 au mardi 5", "de lundi soir à mardi matin".
// Each end is read as that day would be alone (noon for a day, the part's hour for a part of the day,
// as resolveDayAnchors does); the range's granularity tells consumers how loose the ends are.
import type { TimeExpression } from "../../domain/types";
import type { DayAnchor } from "./find-day-anchors";
import { gluedPart } from "./pick-day-anchor";
import { resolveDay } from "./resolve-day";
import { publishedIn, type TimeContext } from "./time-context";
import { compareDates, isRealDate, isoUtc, localToUtc, type CivilDate } from "./zone-clock";

const ORD = String.raw`(?:er|st|nd|rd|th)?`;
const START_WORD = /(?:^|[^a-z'])(?:du|de|d'|entre|from|between)\s*(?:le\s+|the\s+)?$/;
// Between two named days; a bare day number may follow the first ("du lundi 4 au mardi 5").
const JOIN = new RegExp(String.raw`^\s*(?:(\d{1,2})${ORD}\s+)?(?:au|a|jusqu'au|jusqu'a|et|to|until|till|through|into|and|-)\s*(?:le\s+|the\s+)?$`);
// "du 4 au 5 octobre", "entre le 18 et le 19 juillet": the first day is a bare number before a date.
const BARE_START = new RegExp(String.raw`(?:^|[^a-z'])(?:du|entre\s+le|entre|from|between)\s+(\d{1,2})${ORD}\s*(?:au|et\s+le|et|to|and|-)\s*(?:le\s+)?$`);
// "from October 4 to 5", "between July 19 and 22": the last day is a bare number after a date.
const BARE_END = new RegExp(String.raw`^\s*(?:to|and|through|until|au|et|-)\s*(?:le\s+)?(\d{1,2})${ORD}(?![\d:]|[.,]\d|\s*(?:h|heures?|hours?|[ap]\.?m|minutes?|days?|jours?)(?![a-z]))`);
const NOON = 12;

interface End {
  day: CivilDate;
  anchor: DayAnchor;
  part?: DayAnchor["part"];
  index: number;
  end: number;
}

/** Ranges between day anchors no clock time used; marks the anchors they take as used. */
export function resolveDayRanges(c: TimeContext, days: DayAnchor[], parts: DayAnchor[], used: Set<DayAnchor>): TimeExpression[] {
  const out: TimeExpression[] = [];
  const pub = publishedIn(c, c.defaultZone);
  const endOf = (anchor: DayAnchor): End | null => {
    const day = resolveDay(anchor, pub);
    if (!day || used.has(anchor)) return null;
    const glued = anchor.part || anchor.nightSpan ? undefined : gluedPart(c, parts, anchor);
    const index = Math.min(anchor.index, glued?.index ?? anchor.index);
    return { day, anchor, part: anchor.nightSpan ? undefined : anchor.part ?? glued?.part, index, end: Math.max(anchor.end, glued?.end ?? 0) };
  };
  for (let i = 0; i < days.length; i++) {
    const a = endOf(days[i]);
    if (!a) continue;
    const next = days[i + 1] ? endOf(days[i + 1]) : null;
    const range = (next && betweenTwo(c, a, next)) ?? bareStart(c, a) ?? bareEnd(c, a);
    if (!range) continue;
    used.add(range.start.anchor).add(range.end.anchor);
    out.push(toRange(c, range.start, range.end));
    if (range.end === next) i++;
  }
  return out;
}

function betweenTwo(c: TimeContext, a: End, b: End): { start: End; end: End } | null {
  const join = JOIN.exec(c.folded.slice(a.end, b.index));
  if (!join || !START_WORD.test(c.folded.slice(Math.max(0, a.index - 20), a.index))) return null;
  const start = join[1] ? { ...a, day: dayBefore(b.day, Number(join[1])), end: a.end + join[0].indexOf(join[1]) + join[1].length } : a;
  return start.day && compareDates(start.day, b.day) < 0 ? { start: start as End, end: b } : null;
}

function bareStart(c: TimeContext, b: End): { start: End; end: End } | null {
  const before = c.folded.slice(Math.max(0, b.index - 30), b.index);
  const m = BARE_START.exec(before);
  if (!m || !b.anchor.date) return null;
  const day = dayBefore(b.day, Number(m[1]));
  const index = b.index - before.length + m.index + m[0].search(/[a-z]/);
  return day ? { start: { ...b, day, part: undefined, index }, end: b } : null;
}

function bareEnd(c: TimeContext, a: End): { start: End; end: End } | null {
  const m = BARE_END.exec(c.folded.slice(a.end, a.end + 30));
  if (!m || !a.anchor.date || !START_WORD.test(c.folded.slice(Math.max(0, a.index - 20), a.index))) return null;
  const n = Number(m[1]);
  let day: CivilDate = { ...a.day, day: n };
  if (n <= a.day.day) day = addMonth(day);
  if (!isRealDate(day)) return null;
  return { start: a, end: { ...a, day, part: undefined, end: a.end + m[0].length } };
}

// The bare first day of "du 30 au 2 octobre" is in the month before.
function dayBefore(end: CivilDate, n: number): CivilDate | null {
  let day: CivilDate = { ...end, day: n };
  if (n >= end.day) day = addMonth(day, -1);
  return isRealDate(day) ? day : null;
}

function addMonth(d: CivilDate, n = 1): CivilDate {
  const m = d.month - 1 + n;
  return { year: d.year + Math.floor(m / 12), month: ((m % 12) + 12) % 12 + 1, day: d.day };
}

function toRange(c: TimeContext, a: End, b: End): TimeExpression {
  const zone = c.defaultZone;
  const at = (e: End, day: CivilDate) => localToUtc(zone, { ...day, hour: e.part?.hour ?? NOON, minute: e.part ? e.part.minute ?? 0 : 0 });
  const index = Math.min(a.index, b.index);
  return {
    kind: "range", start: isoUtc(at(a, a.day)), end: isoUtc(at(b, b.day)), zone, granularity: a.part || b.part ? "part-of-day" : "day",
    phrase: c.text.slice(index, Math.max(a.end, b.end)), index,
  };
}
