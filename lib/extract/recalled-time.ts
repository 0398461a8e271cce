// A clock told in a sentence set in another year than the one it was read in belongs to another
// outage: "L'an passé, une panne avait coupé la région de 9 h à 16 h", "In a 2025 outage, service was
// down from 3 p.m. to 11 p.m.", "En juin 2025, une coupure avait duré de 14 h à 20 h" in an article of
// 2026. The time reader places such a clock on the article's day (the sentence writes no day for it);
// the sentence says it was a year or more back. A clock read in the year its sentence names (a
// retrospective: "In October 2021, Facebook went down at 15:39 UTC") stays the outage's.
import type { TimeExpression } from "../domain/types";
import { YEARS_BACK_OPENING } from "./data/cause-cues";
import { YEAR_SETTING_OPENING } from "./data/time-role-cues";
import type { Sentence } from "./split-sentences";

// "a year or more back": a clock read within this many days of the reference is not a year back
const YEAR_BACK_DAYS = 300;
const DAY_MS = 86_400_000;

/** Whether `time`, in sentence `s` of the folded text, is another year's outage than the one it was read in. */
export function isRecalledTime(folded: string, s: Sentence, time: TimeExpression, reference: Date | null): boolean {
  if (!reference || time.kind === "duration") return false;
  const at = Date.parse(time.kind === "instant" ? time.utc : time.start);
  const sentence = folded.slice(s.start, s.end);
  if (YEARS_BACK_OPENING.test(sentence)) return Math.abs(reference.getTime() - at) < YEAR_BACK_DAYS * DAY_MS;
  const year = YEAR_SETTING_OPENING.exec(sentence);
  if (!year || time.index < s.start + year[0].length) return false;
  return Number(year[1]) !== new Date(at).getUTCFullYear() && Number(year[1]) !== reference.getUTCFullYear();
}
