// The role of each time expression in the outage story, from the cue words of its own sentence, and
// how much to trust it (an explicit zone and minute precision count most).
import type { TimeExpression, TimeFact, TimeRole } from "../domain/types";
import { FIRST_CUES, PARTIAL_CUES, RECOVERY_ONSET_CUES, ROLE_DISTANCE_FACTOR, TIME_ROLE_CUES } from "./data/time-role-cues";
import { allMatches, compileCues, hasMatch } from "./compile-cues";
import type { CueHit } from "./outage-cue-hits";
import { sentenceAt, spanOf, type TextView } from "./text-view";

const ROLE_RES = Object.entries(TIME_ROLE_CUES).map(([role, cues]) => ({ role: role as TimeRole, re: compileCues(cues!) }));
const PARTIAL_RE = compileCues(PARTIAL_CUES);
const FIRST_RE = compileCues(FIRST_CUES);
const ONSET_RE = compileCues(RECOVERY_ONSET_CUES);
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
    const nearest = nearestRole(view.folded, s.start, s.end, time.index, phraseEnd);
    let role = nearest.role;
    if (role === "start" && startsRecovery(view.folded, s.start, s.end, nearest.at)) role = "partial-recovery";
    if (role === "recovery" && hasMatch(PARTIAL_RE, view.folded, s.start, s.end)) role = "partial-recovery";
    if (role === "report" && hasMatch(FIRST_RE, view.folded, s.start, s.end)) role = "start";
    if (time.kind === "range" && role === "other" && failing) role = "start";
    // a clock time in a sentence saying the service failed, with no other cue, is when it failed
    const guessed = role === "other" && time.kind === "instant" && time.granularity !== "day" && strongIn(cues, s.start, s.end);
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

function nearestRole(folded: string, start: number, end: number, at: number, atEnd: number): { role: TimeRole; at: number } {
  let best: { role: TimeRole; distance: number; at: number } = { role: "other", distance: Infinity, at: -1 };
  for (const { role, re } of ROLE_RES) {
    for (const m of allMatches(re, folded, start, end)) {
      if (m.index >= at && m.index < atEnd) continue;
      const between = m.end <= at ? folded.slice(m.end, at) : folded.slice(atEnd, m.index);
      let distance = m.end <= at ? at - m.end : (m.index - atEnd) * AFTER_PENALTY;
      if (CLAUSE_BREAK.test(between)) distance *= CLAUSE_PENALTY;
      distance *= ROLE_DISTANCE_FACTOR[role] ?? 1;
      if (distance < best.distance) best = { role, distance, at: m.index };
    }
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
