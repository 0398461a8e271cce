// A recovery dated by a delay from another moment: "the service came back about an hour later",
// "tout est rentré dans l'ordre deux heures plus tard", "restored some 40 minutes after the first
// reports". Counted from the start, the delay is the outage's length (and the timeline derives the end
// from it, as for "for six hours"); counted from another moment the article dates ("acknowledged at
// 2:15 p.m. … back 30 minutes later"), it is an end instant. A delay from a moment with no time, a
// delay dating something else ("two hours later, Meta published a statement"), or a recovery not yet
// complete ("a fix an hour later, but problems persisted") gives nothing.
import type { TimeExpression, TimeFact, TimeRole } from "../domain/types";
import { ABILITY_NEGATION, AFTER_CUES, COMPARISON_AFTER_LATER, DELAY_APPOSITION_GAP, FIRST_CUES, LATER_CUES, NOT_OVER_CUES, PARTIAL_CUES } from "./data/time-role-cues";
import { clauseAround, spanUnion, type Range } from "./clause-around";
import { compileCues, hasMatch } from "./compile-cues";
import { nearestRole } from "./nearest-role";
import { roleMatches } from "./role-matches";
import { sentenceAt, spanOf, type TextView } from "./text-view";
import { isoDate, isoUtc, utcToLocal } from "./time/zone-clock";

type Delay = Extract<TimeExpression, { kind: "duration" }>;
type Instant = Extract<TimeExpression, { kind: "instant" }>;

export type RelativeRecovery = { kind: "length" } | { kind: "end"; fact: TimeFact };

const LATER_RE = compileCues(LATER_CUES, "y");
const AFTER_RE = compileCues(AFTER_CUES, "y");
const COMPARISON_RE = compileCues(COMPARISON_AFTER_LATER, "y");
const FIRST_RE = compileCues(FIRST_CUES);
const PARTIAL_RE = compileCues(PARTIAL_CUES);
const NOT_OVER_RE = compileCues(NOT_OVER_CUES);
// "after the first reports, the issue was mitigated": the moment named after "after" ends at a
// clause break, and is a short noun phrase.
const ANCHOR_END = /[,;:()]|\s(?:and|but|et|mais|puis|when|quand|lorsque)\s/;
const ANCHOR_REACH = 50;
const FULL_ROLES: TimeRole[] = ["recovery", "end"];

/** What a delay phrase says of the outage's end, or null when it dates no full recovery. */
export function relativeRecovery(view: TextView, delay: Delay, times: TimeFact[]): RelativeRecovery | null {
  if (delay.ongoing || delay.minutes <= 0) return null;
  const f = view.folded;
  const delayEnd = delay.index + delay.phrase.length;
  const s = sentenceAt(view, delay.index);
  const later = matchAfterSpaces(LATER_RE, f, delayEnd);
  const after = later === null ? matchAfterSpaces(AFTER_RE, f, delayEnd) : null;
  if (later !== null && matchAfterSpaces(COMPARISON_RE, f, later) !== null) return null;
  const anchor = later !== null ? null : after !== null ? anchorPhrase(f, after, s.end) : null;
  if (later === null && anchor === null) return null;
  const phraseEnd = anchor?.end ?? later!;
  const clause = anchor ? spanUnion(clauseAround(f, s.start, s.end, delay.index), clauseAround(f, s.start, s.end, anchor.end)) : clauseAround(f, s.start, s.end, delay.index);
  const { role, at } = nearestRole(f, s.start, s.end, delay.index, phraseEnd, clause);
  if (!FULL_ROLES.includes(role)) return null;
  // "slowly restored to Facebook, Instagram, and WhatsApp an hour later": the recovery word's own clause counts too
  const scope = spanUnion(clause, clauseAround(f, s.start, s.end, at));
  if (!isComplete(f, scope, s.end)) return null;
  const from = anchor ? namedMoment(view, anchor, delay, times) : previousMoment(view, delay, scope, times);
  if (from === "start") return { kind: "length" };
  if (from === null || delay.vague) return null;
  return { kind: "end", fact: endFact(view, from, delay, phraseEnd, role) };
}

// The end of a cue starting at `from` once spaces are skipped, or null.
function matchAfterSpaces(re: RegExp, folded: string, from: number): number | null {
  let at = from;
  while (at < folded.length && /\s/.test(folded[at])) at++;
  re.lastIndex = at;
  const m = re.exec(folded);
  return m ? m.index + m[0].length : null;
}

function anchorPhrase(folded: string, from: number, sentenceEnd: number): Range | null {
  const text = folded.slice(from, Math.min(sentenceEnd, from + ANCHOR_REACH));
  const cut = text.search(ANCHOR_END);
  const end = from + (cut >= 0 ? cut : text.trimEnd().replace(/[.!?]+$/, "").length);
  return end > from ? { start: from, end } : null;
}

// Not partial ("partially came back"), not negated ("had not been restored"), and not followed by
// trouble that goes on ("but problems persisted").
function isComplete(folded: string, scope: Range, sentenceEnd: number): boolean {
  if (hasMatch(PARTIAL_RE, folded, scope.start, scope.end)) return false;
  if (ABILITY_NEGATION.test(folded.slice(scope.start, scope.end))) return false;
  return !hasMatch(NOT_OVER_RE, folded, scope.start, sentenceEnd);
}

// "after the first reports", "après le début de la panne": the start; "after the acknowledgement":
// the moment the article dates with that role, if it dates one before the delay.
function namedMoment(view: TextView, anchor: Range, delay: Delay, times: TimeFact[]): "start" | TimeFact | null {
  const cues = roleMatches(view.folded, anchor.start, anchor.end);
  const roles = new Set(cues.map((c) => c.role));
  if (roles.has("start") || (roles.has("report") && hasMatch(FIRST_RE, view.folded, anchor.start, anchor.end))) return "start";
  const role = cues.sort((a, b) => a.index - b.index)[0]?.role;
  if (!role) return null;
  return lastInstant(times.filter((t) => t.role === role && t.time.index < delay.index)) ?? null;
}

// "later" counts from the last moment told before it: in the delay's own sentence if one is told
// there, else in the sentence before. A dated moment is that moment; an undated one counts only
// when it is the outage's start ("Slack went down. Two hours later it was back"). An earlier clause
// of the same sentence that tells something unread ("published a statement; back an hour later")
// hides the sentence before.
function previousMoment(view: TextView, delay: Delay, scope: Range, times: TimeFact[]): "start" | TimeFact | null {
  const own = sentenceAt(view, delay.index);
  const found = momentIn(view, delay, { start: own.start, end: delay.index }, scope, times);
  if (found !== undefined || scope.start > own.start || own.start === 0) return found ?? null;
  const before = sentenceAt(view, own.start - 1);
  return before === own ? null : (momentIn(view, delay, before, scope, times) ?? null);
}

// The last moment told in `region`: "start", a dated fact, null for an undated other moment, undefined for none.
// The recovery the delay is set beside is no moment it counts from: in "fully restored at 7:40 p.m.,
// more than 13 hours later" the clock and the delay tell the same end, the delay counted from earlier.
function momentIn(view: TextView, delay: Delay, region: Range, scope: Range, times: TimeFact[]): "start" | TimeFact | null | undefined {
  const sameEnd = (t: TimeFact) => FULL_ROLES.includes(t.role) && DELAY_APPOSITION_GAP.test(view.folded.slice(t.time.index + t.time.phrase.length, delay.index));
  const dated = times.filter((t) => t.role !== "other" && t.time.kind !== "duration" && t.time.index >= region.start && t.time.index < region.end && !sameEnd(t));
  const last = dated.sort((a, b) => b.time.index - a.time.index)[0];
  if (last) return last.role === "start" ? "start" : last.time.kind === "instant" ? last : null;
  const told = roleMatches(view.folded, region.start, region.end).filter((c) => !(FULL_ROLES.includes(c.role) && c.index >= scope.start));
  const cue = told.sort((a, b) => b.index - a.index)[0];
  return cue ? (cue.role === "start" ? "start" : null) : undefined;
}

function lastInstant(facts: TimeFact[]): TimeFact | undefined {
  return facts.filter((t) => t.time.kind === "instant").sort((a, b) => b.time.index - a.time.index)[0];
}

// The anchor moment plus the delay; an approximate delay is read to the hour at best.
function endFact(view: TextView, from: TimeFact, delay: Delay, phraseEnd: number, role: TimeRole): TimeFact {
  const anchor = from.time as Instant;
  const at = Date.parse(anchor.utc) + delay.minutes * 60_000;
  const granularity = delay.approximate && anchor.granularity === "minute" ? "hour" : anchor.granularity;
  const phrase = view.full.slice(delay.index, phraseEnd);
  const time: Instant = { ...anchor, utc: isoUtc(at), granularity, localDate: isoDate(utcToLocal(anchor.zone, at)), phrase, index: delay.index };
  const s = sentenceAt(view, delay.index);
  return { role, time, confidence: from.confidence, span: spanOf(view, s.start, s.end) };
}
