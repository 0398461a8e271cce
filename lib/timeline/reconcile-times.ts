// Start, end and duration of an incident, reconciled from every document's time facts.
import type { Conflict, ExtractedDocument, Granularity } from "../domain/types";
import {
  COMPUTED_DURATION_FACTOR, DURATION_TOLERANCE, KIND_WEIGHT, MAX_DURATION_MINUTES, PRECISION_HALF_WIDTH, START_DAY_WINDOW_DAYS, TIME_TOLERANCE_MINUTES,
} from "./data/weights";
import { conflictOf, groupValues, instantsAgree, type ValueGroup, type Valued } from "./group-values";
import { durationCandidates, timeCandidates, type TimeCandidate } from "./time-candidates";

export interface ReconciledInstant {
  at: string;
  precision: Granularity;
  sources: string[];
  derived: boolean; // computed from the other end and a stated duration
  partial?: boolean; // the latest partial recovery, standing in for an end no source states
}

export interface ReconciledTimes {
  start: ReconciledInstant | null;
  end: ReconciledInstant | null;
  durationMinutes: number | null;
  conflicts: Conflict[];
}

const MIN = 60_000;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.000Z$/, "Z");

/** Reconciles start, end and duration; disagreements beyond tolerance are kept in `conflicts`. */
export function reconcileTimes(docs: ExtractedDocument[]): ReconciledTimes {
  const cands = timeCandidates(docs);
  const conflicts: Conflict[] = [];
  const startGroups = preciseFirst(groupValues(asValued(nearConsensusDay(cands.filter((c) => c.role === "start"), docs)), instantsAgree(TIME_TOLERANCE_MINUTES * MIN)));
  let startG: ValueGroup | null = startGroups[0] ?? null;
  if (startG) addConflict(conflicts, conflictOf("start", startGroups, iso));
  // no stated start: the first reports of trouble are the best available start
  if (!startG) startG = earliest(groupValues(asValued(nearConsensusDay(cands.filter((c) => c.role === "report"), docs)), instantsAgree(TIME_TOLERANCE_MINUTES * MIN)));
  const startMs = startG?.best.value ?? null;
  const endCands = cands.filter((c) => (c.role === "end" || c.role === "recovery") && plausibleEnd(c.at, startMs));
  const endGroups = preciseFirst(groupValues(asValued(startMs === null ? nearConsensusDay(endCands, docs) : endCands), instantsAgree(TIME_TOLERANCE_MINUTES * MIN)));
  const endG = endGroups[0] ?? null;
  addConflict(conflicts, conflictOf("end", endGroups, iso));
  const durGroups = groupValues(
    durationCandidates(docs).filter((d) => d.minutes <= MAX_DURATION_MINUTES).map((d) => ({ value: d.minutes, halfWidth: 0, weight: d.weight, source: d.source, why: d.why })),
    durationsAgree,
  );
  const times = combine(startG, endG, durGroups, conflicts);
  return times.end || times.durationMinutes !== null ? times : withPartialEnd(times, startG, cands.filter((c) => c.role === "partial-recovery" && plausibleEnd(c.at, startMs)), docs);
}

/** With no end and no duration stated, the latest partial recovery ("largely restored by 14:30") is the
 * best available end: reports date the end by the last recovery they saw. It stays marked partial. */
function withPartialEnd(times: ReconciledTimes, startG: ValueGroup | null, partials: TimeCandidate[], docs: ExtractedDocument[]): ReconciledTimes {
  const groups = groupValues(asValued(startG ? partials : nearConsensusDay(partials, docs)), instantsAgree(TIME_TOLERANCE_MINUTES * MIN));
  const latest = [...groups].sort((a, b) => b.best.value - a.best.value)[0];
  if (!latest) return times;
  const end = { ...instant(latest), partial: true };
  const durationMinutes = startG ? Math.round((latest.best.value - startG.best.value) / MIN) : null;
  return { ...times, end, durationMinutes };
}

/** Puts start, end and stated durations together: duration from end - start, else end from start + duration. */
function combine(startG: ValueGroup | null, endG: ValueGroup | null, durGroups: ValueGroup[], conflicts: Conflict[]): ReconciledTimes {
  const start = startG ? instant(startG) : null;
  let end = endG ? instant(endG) : null;
  const stated = durGroups[0] ?? null;
  if (startG && endG) return withComputedDuration(start, end!, startG, endG, durGroups, conflicts);
  addConflict(conflicts, conflictOf("duration", durGroups, (v) => v));
  const minutes = stated?.best.value ?? null;
  if (start && !end && minutes !== null) end = derived(startG!.best.value + minutes * MIN, startG!, stated!);
  const derivedStart = !start && end && minutes !== null ? derived(endG!.best.value - minutes * MIN, endG!, stated!) : start;
  return { start: derivedStart, end, durationMinutes: minutes, conflicts };
}

/** Duration from end - start, unless precise stated durations that disagree outweigh it: then the stated
 * duration holds and the coarser of start and end is derived from the other, so the three values agree.
 * Vague durations ("for several hours", a guess) neither override two stated instants nor dispute them. */
function withComputedDuration(
  start: ReconciledInstant | null, end: ReconciledInstant, startG: ValueGroup, endG: ValueGroup, durGroups: ValueGroup[], conflicts: Conflict[],
): ReconciledTimes {
  const computed = Math.round((endG.best.value - startG.best.value) / MIN);
  const best: Valued = { value: computed, halfWidth: 0, weight: Math.min(startG.best.weight, endG.best.weight), source: "", why: `end - start (${startG.best.why}; ${endG.best.why})` };
  const computedGroup: ValueGroup = { best, weight: COMPUTED_DURATION_FACTOR * Math.min(startG.weight, endG.weight), sources: [...new Set([...startG.sources, ...endG.sources])] };
  const others: ValueGroup[] = [];
  // stated durations that agree with end - start support it; precise ones that disagree compete with it
  for (const g of durGroups) {
    if (!durationsAgree(best, g.best)) {
      if (!isVague(g)) others.push(g);
    } else {
      computedGroup.weight += g.weight;
      computedGroup.sources = [...new Set([...computedGroup.sources, ...g.sources])];
    }
  }
  computedGroup.sources.sort();
  const ranked = [computedGroup, ...others].sort((a, b) => b.weight - a.weight || a.best.value - b.best.value);
  addConflict(conflicts, conflictOf("duration", ranked, (v) => v));
  const stated = ranked[0];
  if (stated === computedGroup || stated.weight <= computedGroup.weight) return { start, end, durationMinutes: computed, conflicts };
  const minutes = stated.best.value;
  // the duration and the instant read more precisely fix the other one ("vers 16 h" against "at 17:00")
  if (startG.best.halfWidth > endG.best.halfWidth) return { start: derived(endG.best.value - minutes * MIN, endG, stated), end, durationMinutes: minutes, conflicts };
  return { start, end: derived(startG.best.value + minutes * MIN, startG, stated), durationMinutes: minutes, conflicts };
}

// A group led by an indefinite count ("several hours"): time-candidates labels its reason "…, vague".
function isVague(g: ValueGroup): boolean {
  return / vague$/.test(g.best.why);
}

function instant(g: ValueGroup): ReconciledInstant {
  return { at: iso(g.best.value), precision: precisionOf(g.best), sources: g.sources, derived: false };
}

function derived(ms: number, from: ValueGroup, dur: ValueGroup): ReconciledInstant {
  return { at: iso(ms), precision: precisionOf(from.best), sources: [...new Set([...from.sources, ...dur.sources])].sort(), derived: true };
}

/** Values read to the hour or the minute come before vaguer ones ("dans la soirée", "Tuesday") whatever
 * their weight: many reports rounding to a part of the day do not outvote one that gives the time. */
function preciseFirst(groups: ValueGroup[]): ValueGroup[] {
  const precise = (g: ValueGroup) => g.best.halfWidth <= PRECISION_HALF_WIDTH.hour;
  return [...groups.filter(precise), ...groups.filter((g) => !precise(g))];
}

function precisionOf(v: Valued): Granularity {
  const entry = Object.entries(PRECISION_HALF_WIDTH).find(([, w]) => w === v.halfWidth);
  return (entry?.[0] as Granularity) ?? "minute";
}

function asValued(cands: TimeCandidate[]): Valued[] {
  return cands.map((c) => ({ value: c.at, halfWidth: PRECISION_HALF_WIDTH[c.precision], weight: c.weight, source: c.source, why: c.why }));
}

function durationsAgree(a: Valued, b: Valued): boolean {
  const tol = Math.max(DURATION_TOLERANCE.minutes, DURATION_TOLERANCE.share * Math.max(a.value, b.value));
  return Math.abs(a.value - b.value) <= tol;
}

function plausibleEnd(at: number, startMs: number | null): boolean {
  return startMs === null || (at > startMs && at - startMs <= MAX_DURATION_MINUTES * MIN);
}

function earliest(groups: ValueGroup[]): ValueGroup | null {
  return [...groups].sort((a, b) => a.best.value - b.best.value)[0] ?? null;
}

function addConflict(list: Conflict[], c: Conflict | null): void {
  if (c) list.push(c);
}

/** Drops instants far from the day most documents give as the outage's own (recalls of other outages). */
export function nearConsensusDay(cands: TimeCandidate[], docs: ExtractedDocument[]): TimeCandidate[] {
  const day = consensusDay(docs);
  if (day === null) return cands;
  const lo = day - START_DAY_WINDOW_DAYS * 86_400_000;
  const hi = day + (START_DAY_WINDOW_DAYS + 1) * 86_400_000;
  return cands.filter((c) => c.at >= lo && c.at < hi);
}

/** The outage day with the most weight behind it (epoch ms of its UTC midnight); ties go to the earliest. */
export function consensusDay(docs: ExtractedDocument[]): number | null {
  const votes = new Map<string, number>();
  for (const d of docs) if (d.facts.outageDay) votes.set(d.facts.outageDay, (votes.get(d.facts.outageDay) ?? 0) + (KIND_WEIGHT[d.kind] ?? 1));
  const best = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  if (!best) return null;
  const ms = Date.parse(`${best[0]}T00:00:00Z`);
  return Number.isNaN(ms) ? null : ms;
}
