// Clock times in French and English: "16h", "18h30", "18 h 30", "18 heures", "1 h 30 du matin",
// "4 p.m.", "12:50 p.m.", "11:20", "noon", "midi", "minuit". Durations are found first and their
// spans skipped, so "pendant 2 h 30" is never read as half past two.
import { applyPeriod } from "./apply-period";
import { CLOCK_PERIODS } from "./data/calendar-words";

export interface ClockMatch {
  index: number;
  end: number;
  hour: number; // 0..23 once the period is applied
  minute: number;
  hasMinutes: boolean;
  period: "am" | "pm" | null; // stated half of the day, if any
  midnight?: boolean; // "minuit lundi" ends Monday
}

// "shortly after midnight", "peu après minuit", "passé minuit": the midnight that opens the named day
// ("Wednesday shortly after midnight" is early Wednesday), not the one that ends it.
const AFTER_MIDNIGHT = /(?<![a-z])(?:after|past|apres|passe)\s+$/;

const PERIODS = Object.keys(CLOCK_PERIODS).sort((a, b) => b.length - a.length).map((p) => p.replace(/ /g, "\\s+")).join("|");
// Groups: 1-3 English meridiem; 4-5 colon; 6-8 French "h"/"heures" (+ "et demie"); 9 noon words (10: French
// "midi et demi", "minuit et quart": the half or quarter after them); 11 the half of the day.
const CLOCK = new RegExp(
  String.raw`(?<![\d:.,/])(?:(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m(?![a-z])\.?|(\d{1,2}):(\d{2})(?![\d/])(?::\d{2})?|(\d{1,2})\s?(?:h|heures?)(?:\s?(\d{2})(?!\d)|\s+et\s+(demie|quart))?(?![a-z0-9/])|(?<![a-z-])(midi|minuit|noon|midnight|midday)(?:\s+et\s+(demie?|quart)(?![a-z]))?(?![a-z-]))(?:\s+(${PERIODS})(?![a-z]))?`,
  "g",
);

// Wire-agency style "at 1140 GMT": four digits, then an upper-case zone (checked in the original text).
const FOUR_DIGITS = /(?<![\d:.,/])([01]\d|2[0-3])([0-5]\d)(?=\s?(?:GMT|UTC|ET|EDT|EST|BST|CET|CEST|PT|PDT|PST|CT|CDT|CST)\b)/g;

// "13h00 UTC+01:00", "GMT-05:00": the hours and minutes of a zone's offset are no clock.
const ZONE_OFFSET_BEFORE = /(?:utc|gmt)\s*[+\-\u2212]\s*$/;

/** Finds clock times (folded text for words, original text for case-sensitive forms), skipping the given
 * spans (durations); `worded` are the clocks in words, which win over a shorter digit reading they hold. */
export function findClockTimes(text: string, folded: string, skip: { index: number; end: number }[], worded: ClockMatch[] = []): ClockMatch[] {
  const out: ClockMatch[] = [];
  CLOCK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLOCK.exec(folded))) {
    const index = m.index;
    const end = index + m[0].length;
    if (skip.some((s) => index < s.end && end > s.index)) continue;
    if (ZONE_OFFSET_BEFORE.test(folded.slice(Math.max(0, index - 8), index))) continue;
    const clock = readClock(m);
    if (clock?.midnight && AFTER_MIDNIGHT.test(folded.slice(Math.max(0, index - 12), index))) delete clock.midnight;
    if (clock) out.push({ index, end: trimSpaces(folded, end), ...clock });
  }
  for (const m of text.matchAll(FOUR_DIGITS)) {
    out.push({ index: m.index, end: m.index + 4, hour: Number(m[1]), minute: Number(m[2]), hasMinutes: true, period: null });
  }
  const overlap = (a: ClockMatch, b: ClockMatch) => a.index < b.end && a.end > b.index;
  const kept = out.filter((k) => !worded.some((w) => overlap(k, w) && w.end - w.index > k.end - k.index));
  kept.push(...worded.filter((w) => !kept.some((k) => overlap(k, w))));
  kept.sort((a, b) => a.index - b.index);
  return addBareRangeStarts(folded, kept);
}

// "between 8 and 10 a.m.", "entre 17 et 19 heures": the first end of a range is a bare number
// that takes its unit and half of the day from the second.
const BARE_START = /(?<=(?:^|[^a-z'])(?:entre|between|from|de|d')\s*)(\d{1,2})(\s*(?:et|and|to|a|-)\s*)(?=\d)/g;

function addBareRangeStarts(folded: string, clocks: ClockMatch[]): ClockMatch[] {
  const added: ClockMatch[] = [];
  for (const m of folded.matchAll(BARE_START)) {
    const next = clocks.find((k) => k.index === m.index + m[0].length);
    const n = Number(m[1]);
    if (!next || n > 23) continue;
    let hour = n;
    if (next.period === "pm" && n < 12) hour = n < next.hour - 12 || next.hour === 12 ? n + 12 : n;
    added.push({ index: m.index, end: m.index + m[1].length, hour, minute: 0, hasMinutes: false, period: next.period });
  }
  return added.length ? [...clocks, ...added].sort((a, b) => a.index - b.index) : clocks;
}

function readClock(m: RegExpExecArray): Omit<ClockMatch, "index" | "end"> | null {
  let hour: number;
  let minute = 0;
  let hasMinutes = false;
  let period: "am" | "pm" | null = null;
  if (m[1] !== undefined) {
    hour = Number(m[1]);
    hasMinutes = m[2] !== undefined;
    minute = Number(m[2] ?? 0);
    period = m[3] === "a" ? "am" : "pm";
  } else if (m[4] !== undefined) {
    hour = Number(m[4]);
    minute = Number(m[5]);
    hasMinutes = true;
  } else if (m[6] !== undefined) {
    hour = Number(m[6]);
    hasMinutes = m[7] !== undefined || m[8] !== undefined;
    minute = m[7] !== undefined ? Number(m[7]) : m[8] === "quart" ? 15 : m[8] ? 30 : 0;
  } else {
    hour = /midi|noon|midday/.test(m[9]) ? 12 : 0;
    period = null;
    if (m[10]) [minute, hasMinutes] = [m[10] === "quart" ? 15 : 30, true];
    // "minuit" alone ends the day it names; "minuit et demi" is a clock of the next day's first hour
    if (hour === 0 && !m[10]) return { hour, minute, hasMinutes, period, midnight: true };
  }
  if (m[11]) period = CLOCK_PERIODS[m[11].replace(/\s+/g, " ")];
  if (period && hour > 12) period = null; // "16 h de l'après-midi" is already 24-hour
  if (hour > 23 || minute > 59) return null;
  return { hour: applyPeriod(hour, period), minute, hasMinutes, period };
}

function trimSpaces(folded: string, end: number): number {
  while (end > 0 && /\s/.test(folded[end - 1])) end--;
  return end;
}
