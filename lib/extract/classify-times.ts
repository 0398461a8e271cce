// The role of each time expression in the outage story, from the cue words of its own sentence, and
// how much to trust it (an explicit zone and minute precision count most).
import type { TimeExpression, TimeFact, TimeRole } from "../domain/types";
import {
  CLAUSE_SEPARATOR, FIRST_CUES, PARTIAL_CUES, RECOVERY_ONSET_CUES, ROLE_DISTANCE_FACTOR, SINCE_CUES, STILL_ONGOING_CUES, TIME_ROLE_CUES,
} from "./data/time-role-cues";
import { abilityAgainHits } from "./ability-again-hits";
import { allMatches, compileCues, hasMatch } from "./compile-cues";
import { isStampLine } from "./is-stamp-line";
import type { CueHit } from "./outage-cue-hits";
import { sentenceAt, spanOf, type TextView } from "./text-view";

const ROLE_RES = Object.entries(TIME_ROLE_CUES).map(([role, cues]) => ({ role: role as TimeRole, re: compileCues(cues!) }));
const PARTIAL_RE = compileCues(PARTIAL_CUES);
const FIRST_RE = compileCues(FIRST_CUES);
const ONSET_RE = compileCues(RECOVERY_ONSET_CUES);
const ONGOING_RE = compileCues(STILL_ONGOING_CUES);
const SINCE_RE = compileCues(SINCE_CUES, "y");
// a recovery word this close before "depuis"/"since", in the same clause, is what the time dates
const SINCE_REACH = 60;
// A cue after the time phrase is read as farther than one before it ("depuis 16h" vs "16h, restored"),
// and one across a clause break ("at 20:50, and DNS began...") farther still.
const AFTER_PENALTY = 1.6;
const CLAUSE_PENALTY = 3;
const CLAUSE_BREAK = /[,;:()]|\s(?:and|but|while|whereas|et|mais|puis|alors que|tandis que)\s/;

/** Time facts (instants and ranges) with roles and confidences; durations are left to the caller. */
export function classifyTimes(view: TextView, times: TimeExpression[], cues: CueHit[]): TimeFact[] {
  const out: TimeFact[] = [];
  for (const time of times) {
    if (time.kind === "duration") continue;
    const s = sentenceAt(view, time.index);
    const phraseEnd = time.index + time.phrase.length;
    const failing = cues.some((c) => c.index >= s.start && c.index < s.end);
    const clause = clauseAround(view.folded, s.start, s.end, time.index);
    let nearest = nearestRole(view.folded, s.start, s.end, time.index, phraseEnd, clause);
    const previous = view.sentences[view.sentences.indexOf(s) - 1];
    // a status page's stamp line takes its role from the update above it
    if (nearest.role === "other" && previous && isStampLine(view.folded, s, time.index, phraseEnd)) nearest = nearestRole(view.folded, previous.start, previous.end, previous.end, previous.end);
    let role = nearest.role;
    if (role === "start" && startsRecovery(view.folded, s.start, s.end, nearest.at)) role = "partial-recovery";
    if (role === "start" && datesRecovery(view.folded, s.start, nearest.at)) role = "recovery";
    // "largely", "first": only in the clauses of the time and of its role cue
    const scope = nearest.at >= 0 ? spanUnion(clause, clauseAround(view.folded, s.start, s.end, nearest.at)) : clause;
    if (role === "recovery" && hasMatch(PARTIAL_RE, view.folded, scope.start, scope.end)) role = "partial-recovery";
    if (role === "report" && hasMatch(FIRST_RE, view.folded, scope.start, scope.end)) role = "start";
    if (time.kind === "range" && role === "other" && failing) role = "start";
    // a clock time in a sentence saying the service failed, with no other cue, is when it failed
    // (unless its clause says the outage was still going on then: a checkpoint, not the start)
    const guessed = role === "other" && time.kind === "instant" && time.granularity !== "day" && strongIn(cues, s.start, s.end) &&
      !hasMatch(ONGOING_RE, view.folded, clause.start, clause.end);
    if (guessed) role = "start";
    const confidence = Math.round(Math.max(0.05, confidenceOf(time, role, failing) - (guessed ? 0.15 : 0)) * 100) / 100;
    out.push({ role, time, confidence, span: spanOf(view, s.start, s.end) });
  }
  return out;
}

function strongIn(cues: CueHit[], start: number, end: number): boolean {
  return cues.some((c) => c.strong && c.index >= start && c.index < end);
}

// Whether the start cue at `cueAt` is the first word of a recovery phrase ("début de rétablissement").
function startsRecovery(folded: string, start: number, end: number, cueAt: number): boolean {
  return allMatches(ONSET_RE, folded, start, end).some((m) => cueAt >= m.index && cueAt < m.end);
}

// Whether the start cue at `cueAt` is "depuis"/"since" after a recovery word ("de nouveau accessible depuis 19 h").
function datesRecovery(folded: string, sentenceStart: number, cueAt: number): boolean {
  SINCE_RE.lastIndex = cueAt;
  if (!SINCE_RE.test(folded)) return false;
  const from = Math.max(sentenceStart, cueAt - SINCE_REACH);
  return roleMatches(folded, from, cueAt).some((r) => r.role === "recovery" && !CLAUSE_BREAK.test(folded.slice(r.end, cueAt)));
}

// Every role cue of folded[start, end), with the ability-again recoveries ("could log in again").
function roleMatches(folded: string, start: number, end: number): { role: TimeRole; index: number; end: number }[] {
  const out = ROLE_RES.flatMap(({ role, re }) => allMatches(re, folded, start, end).map((m) => ({ role, index: m.index, end: m.end })));
  for (const m of abilityAgainHits(folded, start, end)) out.push({ role: "recovery", index: m.index, end: m.end });
  return out;
}

interface Range {
  start: number;
  end: number;
}

/** The clause of sentence [start, end) holding offset `at`, between CLAUSE_SEPARATOR matches. */
function clauseAround(folded: string, start: number, end: number, at: number): Range {
  const clause = { start, end };
  CLAUSE_SEPARATOR.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_SEPARATOR.exec(folded)) && m.index < end) {
    const after = m.index + m[0].length;
    if (after <= at) clause.start = after;
    else if (m.index >= at) {
      clause.end = m.index;
      break;
    }
  }
  return clause;
}

function spanUnion(a: Range, b: Range): Range {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

// The nearest cue of the time's own clause, else of its sentence (a clause break counting as distance).
function nearestRole(folded: string, start: number, end: number, at: number, atEnd: number, clause?: Range): { role: TimeRole; at: number } {
  const all = roleMatches(folded, start, end);
  const own = clause ? all.filter((m) => m.index >= clause.start && m.end <= clause.end) : [];
  let best: { role: TimeRole; distance: number; at: number } = { role: "other", distance: Infinity, at: -1 };
  for (const m of own.length > 0 ? own : all) {
    if (m.index >= at && m.index < atEnd) continue;
    const between = m.end <= at ? folded.slice(m.end, at) : folded.slice(atEnd, m.index);
    let distance = m.end <= at ? at - m.end : (m.index - atEnd) * AFTER_PENALTY;
    if (CLAUSE_BREAK.test(between)) distance *= CLAUSE_PENALTY;
    distance *= ROLE_DISTANCE_FACTOR[m.role] ?? 1;
    if (distance < best.distance) best = { role: m.role, distance, at: m.index };
  }
  return { role: best.role, at: best.at };
}

function confidenceOf(time: TimeExpression, role: TimeRole, failing: boolean): number {
  let c = 0.4;
  if (time.kind === "instant") {
    if (time.zoneExplicit) c += 0.2;
    c += time.granularity === "minute" ? 0.2 : time.granularity === "hour" ? 0.1 : time.granularity === "day" ? -0.15 : 0;
  } else c += 0.1;
  if (role !== "other") c += 0.1;
  if (failing) c += 0.05;
  return Math.round(Math.max(0.05, Math.min(0.95, c)) * 100) / 100;
}
