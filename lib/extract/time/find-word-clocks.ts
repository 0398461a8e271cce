// Clock times written in words: "à deux heures du matin", "vers onze heures", "à dix-sept heures
// trente", "à huit heures moins le quart", "at two in the morning", "at eleven o'clock", "around half
// past four", "a quarter to nine in the evening". They become the same matches as the digit clocks, so
// day anchoring and zones are shared. "Deux heures" alone is a length: a word clock needs a clock cue
// before it ("à", "vers", "at") or a half of the day / "o'clock" after it, and no length cue before it.
import { applyPeriod } from "./apply-period";
import { CLOCK_PERIODS } from "./data/calendar-words";
import { CLOCK_NUMBERS, WORD_CLOCK_CUES, WORD_LENGTH_CUES } from "./data/clock-words";
import { AGO_AFTER, OUTAGE_AFTER } from "./find-durations";
import type { ClockMatch } from "./find-clock-times";
import { escapeRegExp } from "../../text/escape-reg-exp";

const escape = (s: string) => escapeRegExp(s).replace(/ /g, "\\s+");
const alt = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).map(escape).join("|");
const NUM = String.raw`(?:${alt(Object.keys(CLOCK_NUMBERS))})(?![a-z-])`;
const PERIOD = String.raw`(?:\s+(${alt(Object.keys(CLOCK_PERIODS))})(?![a-z])|\s*([ap])\.?\s?m\.?(?![a-z]))?`;
// Groups: 1 hour; 2 "et demie/quart"; 3 "moins ..."; 4 minutes; 5-6 half of the day.
const FRENCH = new RegExp(
  String.raw`(?<![a-z0-9-])(${NUM}|\d{1,2})\s+heures?(?:\s+(?:et\s+(demie|quart)|moins\s+(le\s+quart|${NUM}|\d{1,2})|(${NUM})(?!\s*(?:heures?|minutes?))))?${PERIOD}`,
  "g",
);
// Groups: 1 minutes before "past"/"to"; 2 which; 3 hour; 4 hour alone (a word, or digits before "o'clock"); 5 its minutes; 6 "o'clock"; 7-8 half of the day.
const ENGLISH = new RegExp(
  String.raw`(?<![a-z0-9-])(?:(half|(?:a\s+)?quarter|five|ten|twenty|twenty-five)\s+(past|after|to)\s+(${NUM})|(${NUM}|\d{1,2})(?:\s+(${NUM}))?(\s+o'?\s?clock)?)${PERIOD}`,
  "g",
);
const CUE_BEFORE = new RegExp(String.raw`(?:^|[^a-z'])(?:${alt(WORD_CLOCK_CUES)})\s+(?:(?:environ|about|around|roughly|approximately|pres\s+de)\s+)?$`);
const LENGTH_BEFORE = new RegExp(String.raw`(?:^|[^a-z'])(?:${alt(WORD_LENGTH_CUES)})\s+(?:(?:environ|about|around|nearly|almost|pres\s+de|plus\s+de|moins\s+de)\s+)?$`);

type Reading = Omit<ClockMatch, "index" | "end">;

/** Finds clock times written in words in folded text. */
export function findWordClocks(folded: string): ClockMatch[] {
  const out: ClockMatch[] = [];
  for (const [re, read] of [[FRENCH, readFrench], [ENGLISH, readEnglish]] as const) {
    for (const m of folded.matchAll(re)) {
      const end = m.index + m[0].length;
      const before = folded.slice(Math.max(0, m.index - 40), m.index);
      const after = folded.slice(end, end + 30);
      if (LENGTH_BEFORE.test(before) || OUTAGE_AFTER.test(after) || AGO_AFTER.test(after)) continue;
      const clock = read(m, CUE_BEFORE.test(before));
      if (clock) out.push({ index: m.index, end, ...clock });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

function readFrench(m: RegExpMatchArray, cued: boolean): Reading | null {
  const period = periodOf(m[5], m[6]);
  // Digits are the digit grammar's, except "8 heures moins le quart", which it does not read.
  if ((/\d/.test(m[1]) && !m[3]) || (!cued && !period)) return null;
  let hour = numberOf(m[1]);
  let minute = m[2] ? (m[2] === "quart" ? 15 : 30) : m[4] ? numberOf(m[4]) : 0;
  if (m[3]) {
    hour -= 1;
    minute = 60 - (/quart/.test(m[3]) ? 15 : numberOf(m[3]));
  }
  return reading(hour, minute, Boolean(m[2] || m[3] || m[4]), period, 23);
}

function readEnglish(m: RegExpMatchArray, cued: boolean): Reading | null {
  const period = periodOf(m[7], m[8]);
  if (m[3]) {
    const past = /half/.test(m[1]) ? 30 : /quarter/.test(m[1]) ? 15 : numberOf(m[1]);
    const to = m[2] === "to";
    return reading(numberOf(m[3]) - (to ? 1 : 0), to ? 60 - past : past, true, period, 12);
  }
  // "at two in the morning", "eleven o'clock": a bare number is a clock only with a cue on both sides.
  if (!m[6] && !(cued && period)) return null;
  // digits are the digit grammar's, except "7 o'clock" and "at 11 at night", which it does not read
  if (/\d/.test(m[4]) && (!m[6] || m[5]) && !(cued && period && !m[5])) return null;
  return reading(numberOf(m[4]), m[5] ? numberOf(m[5]) : 0, Boolean(m[5]), period, 12);
}

function reading(hour: number, minute: number, hasMinutes: boolean, stated: "am" | "pm" | null, maxHour: number): Reading | null {
  if (!Number.isInteger(hour) || !Number.isInteger(minute) || hour < 0 || hour > maxHour || minute < 0 || minute > 59) return null;
  const period = stated && hour > 12 ? null : stated; // "dix-sept heures du soir" is already 24-hour
  return { hour: applyPeriod(hour, period), minute, hasMinutes, period };
}

function periodOf(words: string | undefined, letter: string | undefined): "am" | "pm" | null {
  if (words) return CLOCK_PERIODS[words.replace(/\s+/g, " ")];
  return letter ? (letter === "a" ? "am" : "pm") : null;
}

function numberOf(word: string): number {
  return /\d/.test(word) ? Number(word) : CLOCK_NUMBERS[word.replace(/\s+/g, " ")] ?? NaN;
}
