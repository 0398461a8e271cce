// Start, end and duration of an incident, reconciled from every document's time facts.
import { MAX_OUTAGE_MINUTES } from "../domain/max-outage-minutes";
import type { Conflict, EndKind, ExtractedDocument, Granularity } from "../domain/types";
import {
  COMPUTED_DURATION_FACTOR, DURATION_TOLERANCE, KIND_WEIGHT, PRECISION_HALF_WIDTH, START_DAY_WINDOW_DAYS, TIME_TOLERANCE_MINUTES,
  RELATIVE_DAY_DATE_ONLY_FACTOR, REPORT_SUPPORT_FACTOR, TRIGGER_AS_START_FACTOR,
} from "./data/weights";
import { timeFactDay } from "../domain/time-fact-day";
import { publishedDateOnly } from "../domain/published-date-only";

// how long after its stamp a live article may still be updated with a recovery (see toldBy)
const UPDATED_AFTER_STAMP_MINUTES = 12 * 60;
// how many days before the consensus window a report may be published and still tell the outage live
// (an outage of several days: the first day's stories, before the status page's and follow-ups' last day);
// a page published further back is another story's or misdated
const LIVE_REPORT_DAYS = 3;
// how long before a clock-time start an operator's acknowledgement may come and still be of this outage
// (see notAfterAcknowledgement): one of the day before is another episode's, the start a relapse's
const ACK_BEFORE_CLOCK_START_HOURS = 12;
// what comes once the outage is being fixed or over: a clock after the first of these is no start
const FIX_ROLES = new Set<TimeCandidate["role"]>(["mitigation", "partial-recovery", "recovery", "end"]);
import { conflictOf, groupValues, instantsAgree, type ValueGroup, type Valued } from "./group-values";
import { endByStatedLength } from "./end-by-stated-length";
import { failedAgain } from "./failed-again";
import { dayCountedBack, durationCandidates, timeCandidates, type TimeCandidate } from "./time-candidates";

export interface ReconciledInstant {
  at: string;
  precision: Granularity;
  sources: string[];
  derived: boolean; // computed from the other end and a stated duration
  partial?: boolean; // the latest partial recovery, standing in for an end no source states
  localDate?: string; // a day-only value's date where it was read (its UTC date may be the day before or after)
}

export interface ReconciledTimes {
  start: ReconciledInstant | null;
  end: ReconciledInstant | null;
  durationMinutes: number | null;
  conflicts: Conflict[];
  /** What `end` is; null when there is no end. */
  endKind?: EndKind | null;
  /** Only a mitigation is known and sources tell of impact lasting beyond it: the end of user impact is unknown. */
  mitigatedAt?: ReconciledInstant | null;
  /** The documents the duration rests on (stated durations, or the start's and end's). */
  durationSources?: string[];
}

const MIN = 60_000;
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.000Z$/, "Z");

/** Reconciles start, end and duration; disagreements beyond tolerance are kept in `conflicts`. */
export function reconcileTimes(docs: ExtractedDocument[]): ReconciledTimes {
  const cands = timeCandidates(docs);
  const conflicts: Conflict[] = [];
  // the faulty change going out is when trouble can first begin: a start candidate, a lighter one
  const startCands = cands.filter((c) => c.role === "start" || c.role === "trigger").map((c) => (c.role === "trigger" ? { ...c, weight: c.weight * TRIGGER_AS_START_FACTOR } : c));
  const reports = nearConsensusDay(cands.filter((c) => c.role === "report"), docs);
  const startGroups = preciseFirst(supportedByReports(groupValues(asValued(withoutRelapses(nearConsensusDay(ownPreciseFirst(startCands), docs))), instantsAgree(TIME_TOLERANCE_MINUTES * MIN)), reports));
  let startG: ValueGroup | null = startGroups[0] ?? null;
  if (startG) addConflict(conflicts, conflictOf("start", startGroups, iso));
  // no stated start: the first reports of trouble, else the operator's acknowledgement (or its "identified"
  // update, which tells of a problem already there), are the latest it can have begun
  if (!startG) startG = earliest(groupValues(asValued(nearConsensusDay(cands.filter((c) => c.role === "report"), docs)), instantsAgree(TIME_TOLERANCE_MINUTES * MIN)));
  if (!startG) startG = earliest(groupValues(asValued(nearConsensusDay(cands.filter((c) => isAcknowledgement(c) && isPrecise(c)), docs)), instantsAgree(TIME_TOLERANCE_MINUTES * MIN)));
  else startG = notAfterAcknowledgement(sharpenedStart(startG, cands), nearConsensusDay(cands, docs));
  // the earliest the start can be: a start known only to the day ("on Monday", read at its midday) may
  // be any time that day, so a recovery that afternoon ("closed at 4:30pm") is no end before the start
  const startMs = startG ? startG.best.value - (startG.best.halfWidth >= PRECISION_HALF_WIDTH.day ? startG.best.halfWidth * MIN : 0) : null;
  const near = (list: TimeCandidate[]) => (startMs === null ? nearConsensusDay(list, docs) : list);
  const partials = near(cands.filter((c) => c.role === "partial-recovery" && plausibleEnd(c.at, startMs)));
  const closing = cands.filter((c) => (c.role === "end" || c.role === "recovery") && windowOnOutageDay(c, docs));
  const stated = ownPreciseFirst(nextDayIfBefore(closing, startMs, publications(docs)).filter((c) => plausibleEnd(c.at, startMs)));
  const { kept: endCands, contradicted } = notBeforePartial(near(stated), partials);
  const endGroups = latestPreciseFirst(preciseFirst(groupValues(asValued(endCands), instantsAgree(TIME_TOLERANCE_MINUTES * MIN))));
  addConflict(conflicts, conflictOf("end", endGroups, iso, "later than"));
  if (contradicted) conflicts.push(contradicted);
  const durGroups = groupValues(
    durationCandidates(docs).filter((d) => d.minutes <= MAX_OUTAGE_MINUTES).map((d) => ({ value: d.minutes, halfWidth: 0, weight: d.weight, source: d.source, why: d.why })),
    durationsAgree,
  );
  const cameBack = startCands.some((c) => c.relapse) || (startG !== null && endGroups.length > 0 && failedAgain(startCands, endCands, startG.best.value, endGroups[0].best.value));
  const endG = endByStatedLength(endGroups[0] ?? null, endCands, startG, durGroups[0] ?? null, cameBack, conflicts);
  const relapsed = startG !== null && endG !== null && (startCands.some((c) => c.relapse && c.at > startG!.best.value && c.at < endG.best.value) || failedAgain(startCands, endCands, startG.best.value, endG.best.value));
  const combined = beforePartialDropped(combine(startG, endG, durGroups, conflicts, relapsed), partials);
  const times = combined.end || combined.durationMinutes !== null ? { ...combined, endKind: combined.end ? ("full-recovery" as const) : null } : withPartialEnd(combined, startG, partials, docs);
  const mitigations = near(cands.filter((c) => c.role === "mitigation" && plausibleEnd(c.at, startMs)));
  return dayStartAsDate(withDayOnlyStart(withMitigation(times, startG, mitigations, docs.some((d) => (d.facts.residual ?? []).length > 0)), docs));
}

/** A relapse's start ("de nouveau en panne depuis jeudi matin") gives way to any earlier start the
 * documents state: the outage began then, and came back later. With none earlier it stays (a story
 * that tells only the relapse). */
function withoutRelapses(cands: TimeCandidate[]): TimeCandidate[] {
  const first = Math.min(...cands.filter((c) => !c.relapse).map((c) => c.at));
  return cands.filter((c) => !c.relapse || c.at <= first);
}

/** A start known only to the day is written as that date alone: midnight UTC of the day, the form a
 * date takes as an instant (ISO 8601 reads "2025-06-11" as 2025-06-11T00:00Z) and the one outage
 * records give a day-only start. The date is the one where it was read: its reading sits at the
 * day's local midday, whose UTC date is the day before east of UTC+12 ("on Tuesday" in Auckland's
 * summer is Monday 23:00 UTC). The page shows such a start as the day, in every zone the same. */
function dayStartAsDate(times: ReconciledTimes): ReconciledTimes {
  if (!times.start || times.start.precision !== "day") return times;
  const { localDate, ...start } = times.start;
  return { ...times, start: { ...start, at: `${localDate ?? start.at.slice(0, 10)}T00:00:00Z` } };
}

/** With no time for the start, the day the documents give as the outage's ("a brief outage on
 * Wednesday (September 21)") is the start known to the day: that date, marked
 * "day" precision, and never used to compute a duration. Days the texts name come first; days known
 * only from publication count when no text names one (weak evidence, but the same day in most news). */
function withDayOnlyStart(times: ReconciledTimes, docs: ExtractedDocument[]): ReconciledTimes {
  if (times.start) return times;
  const named = docs.filter((d) => d.facts.outageDay !== null && d.facts.times.some((f) => timeFactDay(f) === d.facts.outageDay));
  const voters = named.length > 0 ? named : docs;
  const day = named.length > 0 ? consensusDay(named) : firstDay(docs);
  if (day === null) return times;
  const iso = new Date(day).toISOString().slice(0, 10);
  // an end known to the minute on an earlier day than the voted one: the outage began by then
  if (times.end && Date.parse(times.end.at) < day) return times;
  const sources = voters.filter((d) => d.facts.outageDay === iso).map((d) => d.url).sort();
  return { ...times, start: { at: `${iso}T00:00:00Z`, precision: "day", sources, derived: false } };
}

/** With only publication days to go by, the first near the most voted one: an outage has begun by the
 * time the first report of it is out, so follow-ups of the next days, however many, do not move it
 * later; a publication day further back than the start window is another story's (a misdated page). */
function firstDay(docs: ExtractedDocument[]): number | null {
  const voted = consensusDay(docs);
  if (voted === null) return null;
  const days = docs.map((d) => (d.facts.outageDay ? Date.parse(`${d.facts.outageDay}T00:00:00Z`) : NaN));
  return Math.min(voted, ...days.filter((ms) => ms >= voted - START_DAY_WINDOW_DAYS * DAY));
}

/** Reports of trouble at the time a start group gives ("complaints peaked from 21 h" beside "problems
 * began at 21 h") corroborate it: each other document reporting then adds part of its weight, so a
 * start several sources agree on outweighs one source's lone reading a day off. */
function supportedByReports(groups: ValueGroup[], reports: TimeCandidate[]): ValueGroup[] {
  const agree = instantsAgree(TIME_TOLERANCE_MINUTES * MIN);
  const out = groups.map((g) => {
    const support = new Map<string, number>();
    for (const r of asValued(reports))
      if (!g.sources.includes(r.source) && agree(g.best, r)) support.set(r.source, Math.max(support.get(r.source) ?? 0, r.weight * REPORT_SUPPORT_FACTOR));
    return { ...g, weight: g.weight + [...support.values()].reduce((a, b) => a + b, 0) };
  });
  return out.sort((a, b) => b.weight - a.weight || a.best.value - b.best.value);
}

/** A start known only to the part of day ("mardi soir") or the day is sharpened by the earliest report or
 * acknowledgement ("identified 05:06 PM UTC" on a status page dated only by its day) read to the hour or better inside that part of day ("confirmé à 19 h 45"): trouble
 * had begun by then. A part of day is also sharpened by any other event clocked in it before the first fix. */
function sharpenedStart(startG: ValueGroup, cands: TimeCandidate[]): ValueGroup {
  const hw = startG.best.halfWidth * MIN;
  if (startG.best.halfWidth <= PRECISION_HALF_WIDTH.hour) return startG;
  const partOfDay = startG.best.halfWidth === PRECISION_HALF_WIDTH["part-of-day"];
  const firstFix = Math.min(...cands.filter((c) => FIX_ROLES.has(c.role) && isPrecise(c)).map((c) => c.at));
  // a part of day is the press's rounding of a morning the fuller stories clock: any event they time in
  // it before the first fix ("counters switched to paper shortly after 5:30am", "la modification appliquée
  // ce matin à 6 h 50") says when the trouble was already there, or began; within the tolerance the
  // start groups use, since "the morning" has no sharp edge ("early on Tuesday morning" at 5:30)
  const clocked = (c: TimeCandidate) => partOfDay && (c.role === "other" || c.role === "trigger") && c.at < firstFix;
  const inside = cands.filter((c) => (c.role === "report" || isAcknowledgement(c) || clocked(c)) && isPrecise(c) && Math.abs(c.at - startG.best.value) <= hw + (clocked(c) ? TIME_TOLERANCE_MINUTES * MIN : 0));
  const first = earliest(groupValues(asValued(inside), instantsAgree(TIME_TOLERANCE_MINUTES * MIN)));
  return first ? { ...first, sources: [...new Set([...first.sources, ...startG.sources])].sort() } : startG;
}

/** A start that begins after a report or acknowledgement read to the hour or better ("Tuesday afternoon"
 * in the press against a status page's "Investigating" stamped 14:02 UTC, before that afternoon began in
 * the outlet's zone) cannot be: trouble had begun by the earliest such time, which becomes the start.
 * A clock-time start gives way only to an operator's acknowledgement of the last half day (nobody
 * confirms an outage before it begins); users' reports before it may be the build-up the start's
 * source dates from. */
function notAfterAcknowledgement(startG: ValueGroup, cands: TimeCandidate[]): ValueGroup {
  const precise = startG.best.halfWidth <= PRECISION_HALF_WIDTH.hour;
  const earliestPossible = startG.best.value - (precise ? 0 : startG.best.halfWidth * MIN);
  const bound = (c: TimeCandidate) =>
    precise ? isAcknowledgement(c) && c.at >= earliestPossible - ACK_BEFORE_CLOCK_START_HOURS * 60 * MIN : c.role === "report" || isAcknowledgement(c);
  const before = cands.filter((c) => bound(c) && isPrecise(c) && c.at + TIME_TOLERANCE_MINUTES * MIN < earliestPossible);
  const first = earliest(groupValues(asValued(before), instantsAgree(TIME_TOLERANCE_MINUTES * MIN)));
  return first ? { ...first, sources: [...new Set([...first.sources, ...startG.sources])].sort() } : startG;
}

/** An end derived from a stated duration ("for several hours" after the start) that falls before a
 * partial recovery read to the hour is contradicted like a stated one: the duration and end go, and
 * the partial recovery stands in. */
function beforePartialDropped(times: ReconciledTimes, partials: TimeCandidate[]): ReconciledTimes {
  if (!times.end?.derived) return times;
  const latest = Math.max(...partials.filter(isPrecise).map((p) => p.at));
  if (!(Date.parse(times.end.at) + TIME_TOLERANCE_MINUTES * MIN < latest)) return times;
  return { ...times, end: null, durationMinutes: null, durationSources: [] };
}

/** Drops full recoveries stated before a partial recovery read to the hour or better ("restored in the
 * evening" against "99% back at 23:40"): the end cannot come before "most of it is back". The set-aside
 * values become a conflict the page shows. */
function notBeforePartial(ends: TimeCandidate[], partials: TimeCandidate[]): { kept: TimeCandidate[]; contradicted: Conflict | null } {
  const precise = partials.filter(isPrecise);
  const latest = [...precise].sort((a, b) => b.at - a.at)[0];
  if (!latest) return { kept: ends, contradicted: null };
  // a clock time may be read late by its precision; a part of day ("in the evening") is taken at its middle
  const before = (c: TimeCandidate) => c.at + (isPrecise(c) ? PRECISION_HALF_WIDTH[c.precision] * MIN : 0) + TIME_TOLERANCE_MINUTES * MIN < latest.at;
  const dropped = ends.filter(before);
  if (dropped.length === 0) return { kept: ends, contradicted: null };
  const sources = (list: TimeCandidate[]) => [...new Set(list.map((c) => c.source))].sort();
  return {
    kept: ends.filter((c) => !before(c)),
    contradicted: {
      field: "end",
      values: [
        ...[...new Set(dropped.map((c) => c.at))].map((at) => ({ value: iso(at), sources: sources(dropped.filter((c) => c.at === at)) })),
        { value: iso(latest.at), sources: sources(precise.filter((p) => p.at === latest.at)) },
      ],
      chosen: null,
      why: `a full recovery at ${dropped.map((c) => iso(c.at)).join(", ")} comes before a partial recovery at ${iso(latest.at)} (${latest.why}): the earlier end is contradicted`,
    },
  };
}

/** With no recovery stated, the fix going out ("reverted at 05:27") stands in for the end, marked as a
 * mitigation; when sources say the impact outlasted it (machines to repair one by one), the end of
 * user impact is unknown: no end and no duration, the mitigation kept on its own. An end derived from a
 * stated duration that lands on the mitigation is the same window (the faulty change's, not users'). */
function withMitigation(times: ReconciledTimes, startG: ValueGroup | null, mitigations: TimeCandidate[], residual: boolean): ReconciledTimes {
  const groups = preciseFirst(groupValues(asValued(mitigations), instantsAgree(TIME_TOLERANCE_MINUTES * MIN)));
  const g = groups[0];
  const mitigatedAt = g ? instant(g) : null;
  if (!g) return { ...times, endKind: times.end ? times.endKind ?? "full-recovery" : null, mitigatedAt: null };
  const onMitigation = times.end?.derived === true && Math.abs(Date.parse(times.end.at) - g.best.value) <= TIME_TOLERANCE_MINUTES * MIN;
  if (times.end && !onMitigation) return { ...times, mitigatedAt };
  if (residual) return { ...times, end: null, durationMinutes: null, endKind: null, mitigatedAt, durationSources: [] };
  const end = times.end ?? mitigatedAt;
  if (times.durationMinutes !== null || !startG) return { ...times, end, endKind: "mitigation", mitigatedAt };
  const durationMinutes = Math.round((g.best.value - startG.best.value) / MIN);
  return { ...times, end, durationMinutes, endKind: "mitigation", mitigatedAt, durationSources: [...new Set([...startG.sources, ...g.sources])].sort() };
}

/** With no end and no duration stated, the latest partial recovery ("largely restored by 14:30") is the
 * best available end: reports date the end by the last recovery they saw. It stays marked partial. */
function withPartialEnd(times: ReconciledTimes, startG: ValueGroup | null, partials: TimeCandidate[], docs: ExtractedDocument[]): ReconciledTimes {
  const groups = groupValues(asValued(startG ? partials : nearConsensusDay(partials, docs)), instantsAgree(TIME_TOLERANCE_MINUTES * MIN));
  const latest = [...groups].sort((a, b) => b.best.value - a.best.value)[0];
  if (!latest) return { ...times, endKind: null };
  const end = { ...instant(latest), partial: true };
  const durationMinutes = startG ? Math.round((latest.best.value - startG.best.value) / MIN) : null;
  const durationSources = startG ? [...new Set([...startG.sources, ...latest.sources])].sort() : [];
  return { ...times, end, durationMinutes, endKind: "partial-recovery", durationSources };
}

/** Puts start, end and stated durations together: duration from end - start, else end from start +
 * duration (or start from end - duration). An instant known only to the day ("on Wednesday") is half
 * a day either way: too coarse to measure a length from or to place the other end with; a stated
 * duration places it from the other, precise, end instead. */
function combine(startG: ValueGroup | null, endG: ValueGroup | null, durGroups: ValueGroup[], conflicts: Conflict[], relapsed: boolean): ReconciledTimes {
  let start = startG ? instant(startG) : null;
  let end = endG ? instant(endG) : null;
  const stated = durGroups[0] ?? null;
  const toDay = (g: ValueGroup | null) => g !== null && g.best.halfWidth >= PRECISION_HALF_WIDTH.day;
  if (startG && endG && !toDay(startG) && !toDay(endG)) return withComputedDuration(start, end!, startG, endG, durGroups, conflicts, relapsed);
  addConflict(conflicts, conflictOf("duration", durGroups, (v) => v));
  // a length elapsed so far ("down for three days now", "la panne dure depuis trois heures") is a lower
  // bound while users are still down: it places no end and is not the outage's length
  const soFar = stated !== null && / so far$/.test(stated.best.why);
  const minutes = soFar ? null : stated?.best.value ?? null;
  const placing = minutes;
  if (placing !== null && startG && !toDay(startG) && (!endG || toDay(endG))) end = derived(startG.best.value + placing * MIN, startG, stated!);
  else if (placing !== null && endG && !toDay(endG) && (!startG || toDay(startG))) start = derived(endG.best.value - placing * MIN, endG, stated!);
  return { start, end, durationMinutes: minutes, conflicts, durationSources: minutes === null ? [] : stated?.sources ?? [] };
}

/** Duration from end - start, unless precise stated durations that disagree outweigh it: then the stated
 * duration holds and the coarser of start and end is derived from the other, so the three values agree.
 * Vague durations ("for several hours", a guess) neither override two stated instants nor dispute them. */
function withComputedDuration(
  start: ReconciledInstant | null, end: ReconciledInstant, startG: ValueGroup, endG: ValueGroup, durGroups: ValueGroup[], conflicts: Conflict[], relapsed: boolean,
): ReconciledTimes {
  const computed = Math.round((endG.best.value - startG.best.value) / MIN);
  const best: Valued = { value: computed, halfWidth: 0, weight: Math.min(startG.best.weight, endG.best.weight), source: "", why: `end - start (${startG.best.why}; ${endG.best.why})` };
  const computedGroup: ValueGroup = { best, weight: COMPUTED_DURATION_FACTOR * Math.min(startG.weight, endG.weight), sources: [...new Set([...startG.sources, ...endG.sources])] };
  const others: ValueGroup[] = [];
  // stated durations that agree with end - start support it; precise ones that disagree compete with it
  for (const g of durGroups) {
    if (!durationsAgree(best, g.best)) {
      // after a relapse between start and end a stated length is often one episode's ("more than three
      // hours of failures" to the first recovery): it does not dispute end - start
      if (!isVague(g) && !relapsed) others.push(g);
    } else {
      computedGroup.weight += g.weight;
      computedGroup.sources = [...new Set([...computedGroup.sources, ...g.sources])];
    }
  }
  computedGroup.sources.sort();
  const ranked = [computedGroup, ...others].sort((a, b) => b.weight - a.weight || a.best.value - b.best.value);
  addConflict(conflicts, conflictOf("duration", ranked, (v) => v));
  const stated = ranked[0];
  if (stated === computedGroup || stated.weight <= computedGroup.weight) return sharpenedByLength(end, startG, endG, durGroups, best, conflicts) ?? { start, end, durationMinutes: computed, conflicts, durationSources: computedGroup.sources };
  const minutes = stated.best.value;
  const durationSources = stated.sources;
  // the duration and the instant read more precisely fix the other one ("vers 16 h" against "at 17:00"),
  // unless that moves the start out of what its sources say ("from 20h" is not 23:00): the start is
  // then kept and the end placed from it, as sources tell when trouble began more consistently than
  // when it ended (an end is often one checkpoint of a gradual return)
  const fromEnd = endG.best.value - minutes * MIN;
  const startHolds = Math.abs(fromEnd - startG.best.value) <= (startG.best.halfWidth + TIME_TOLERANCE_MINUTES) * MIN;
  if (startG.best.halfWidth > endG.best.halfWidth && startHolds) return { start: derived(fromEnd, endG, stated), end, durationMinutes: minutes, conflicts, durationSources };
  return { start, end: derived(startG.best.value + minutes * MIN, startG, stated), durationMinutes: minutes, conflicts, durationSources };
}

/** A start known only to the part of day ("samedi soir") against an end read to the hour or better: a
 * counted length the sources state that agrees with end - start ("une heure de panne") measures more
 * closely than the part of day, so it places the start from the end, inside the part of day. */
function sharpenedByLength(
  end: ReconciledInstant, startG: ValueGroup, endG: ValueGroup, durGroups: ValueGroup[], computed: Valued, conflicts: Conflict[],
): ReconciledTimes | null {
  if (startG.best.halfWidth < PRECISION_HALF_WIDTH["part-of-day"] || endG.best.halfWidth > PRECISION_HALF_WIDTH.hour) return null;
  const told = durGroups.find((g) => durationsAgree(computed, g.best) && !isVague(g) && !/ so far$/.test(g.best.why));
  if (!told) return null;
  const fromEnd = endG.best.value - told.best.value * MIN;
  if (Math.abs(fromEnd - startG.best.value) > startG.best.halfWidth * MIN) return null;
  return { start: derived(fromEnd, endG, told), end, durationMinutes: told.best.value, conflicts, durationSources: told.sources };
}

// A group led by an indefinite count ("several hours"): time-candidates labels its reason "…, vague".
function isVague(g: ValueGroup): boolean {
  return / vague$/.test(g.best.why);
}

function instant(g: ValueGroup): ReconciledInstant {
  return { at: iso(g.best.value), precision: precisionOf(g.best), sources: g.sources, derived: false, ...(g.best.localDate ? { localDate: g.best.localDate } : {}) };
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

/** The end of user impact is the last full recovery the sources tell: an earlier one read to the hour
 * or better is a first wave fixed ("attack mitigated at 13:20", then a second and third wave), a
 * region or a layer back ("core network restored", wireless the next morning) while users were still
 * affected. The latest precise group leads; vaguer ones keep their place behind the precise ones. */
function latestPreciseFirst(groups: ValueGroup[]): ValueGroup[] {
  const precise = groups.filter((g) => g.best.halfWidth <= PRECISION_HALF_WIDTH.hour);
  if (precise.length < 2) return groups;
  const latest = [...precise].sort((a, b) => b.best.value - a.best.value)[0];
  return [latest, ...groups.filter((g) => g !== latest)];
}

/** A clock time for the end that falls before the start but after it once a day is added was placed on
 * the wrong day ("résolu à 23 h 30" in an article dated only by its day, "back by midnight"): the
 * clock is kept, the day moved. */
function nextDayIfBefore(ends: TimeCandidate[], startMs: number | null, published: Map<string, number>): TimeCandidate[] {
  if (startMs === null) return ends;
  return ends.map((c) => (isPrecise(c) && c.at <= startMs && c.at + DAY > startMs && toldBy(c.at + DAY, published.get(c.source)) ? { ...c, at: c.at + DAY, why: `${c.why}, next day` } : c));
}

/** Whether a recovery at `at` can be told by a document stamped `published`: a past recovery is told
 * after it happened, but live articles are updated after their stamp (with no bound at all, train's
 * end fell 0.77 -> 0.71), so only a recovery half a day or more past the stamp is out ("de nouveau
 * accessible depuis 13 h" in a story of 19:40 is not tomorrow's 13 h). A date-only stamp is any time that day. */
function toldBy(at: number, published: number | undefined): boolean {
  return published === undefined || at <= published + UPDATED_AFTER_STAMP_MINUTES * MIN;
}

/** When each document was published, for `toldBy` (a date-only stamp stands for the end of its day). */
function publications(docs: ExtractedDocument[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const d of docs) {
    const ms = d.publishedAt ? Date.parse(d.publishedAt) : NaN;
    if (!Number.isNaN(ms)) out.set(d.url, publishedDateOnly(d.publishedAt) ? ms + DAY : ms);
  }
  return out;
}

/** A range is one window: where its start is another day than the outage's ("ran from 14:32 to 16:10
 * UTC" read on a postmortem's publication day, a recalled outage's hours), its end is that day's too. */
function windowOnOutageDay(c: TimeCandidate, docs: ExtractedDocument[]): boolean {
  return c.rangeStart === undefined || nearConsensusDay([{ ...c, at: c.rangeStart }], docs).length > 0;
}

function isAcknowledgement(c: TimeCandidate): boolean {
  return c.role === "acknowledged" || c.role === "identified";
}

function isPrecise(c: TimeCandidate): boolean {
  return PRECISION_HALF_WIDTH[c.precision] <= PRECISION_HALF_WIDTH.hour;
}

/** A document's own clock time for a role supersedes its own part of day for it ("from 11:40 a.m. …
 * still climbing in the early afternoon"): the vaguer one is not a second opinion to weigh or to show
 * as a conflict. */
function ownPreciseFirst(cands: TimeCandidate[]): TimeCandidate[] {
  const precise = new Set(cands.filter(isPrecise).map((c) => `${c.source}\n${c.role}`));
  return cands.filter((c) => isPrecise(c) || !precise.has(`${c.source}\n${c.role}`));
}

function precisionOf(v: Valued): Granularity {
  const entry = Object.entries(PRECISION_HALF_WIDTH).find(([, w]) => w === v.halfWidth);
  return (entry?.[0] as Granularity) ?? "minute";
}

function asValued(cands: TimeCandidate[]): Valued[] {
  return cands.map((c) => ({ value: c.at, halfWidth: PRECISION_HALF_WIDTH[c.precision], weight: c.weight, source: c.source, why: c.why, ...(c.localDate ? { localDate: c.localDate } : {}) }));
}

function durationsAgree(a: Valued, b: Valued): boolean {
  const tol = Math.max(DURATION_TOLERANCE.minutes, DURATION_TOLERANCE.share * Math.max(a.value, b.value));
  return Math.abs(a.value - b.value) <= tol;
}

function plausibleEnd(at: number, startMs: number | null): boolean {
  return startMs === null || (at > startMs && at - startMs <= MAX_OUTAGE_MINUTES * MIN);
}

function earliest(groups: ValueGroup[]): ValueGroup | null {
  return [...groups].sort((a, b) => a.best.value - b.best.value)[0] ?? null;
}

function addConflict(list: Conflict[], c: Conflict | null): void {
  if (c) list.push(c);
}

/** Drops instants far from the day most documents give as the outage's own (recalls of other outages).
 * A time a report of the first days tells within a day before its own publication ("depuis 8 h 15 ce
 * lundi" in Monday's story) is kept however many follow-ups and status posts of an outage lasting
 * days vote for its last day: told live, it is no recall. */
export function nearConsensusDay(cands: TimeCandidate[], docs: ExtractedDocument[]): TimeCandidate[] {
  const day = consensusDay(docs);
  if (day === null) return cands;
  const lo = day - START_DAY_WINDOW_DAYS * DAY;
  const hi = day + (START_DAY_WINDOW_DAYS + 1) * DAY;
  const published = publications(docs);
  const toldLive = (c: TimeCandidate) => {
    const pub = published.get(c.source);
    return pub !== undefined && pub < lo && pub >= lo - LIVE_REPORT_DAYS * DAY && c.at <= pub && c.at >= pub - DAY;
  };
  return cands.filter((c) => (c.at >= lo && c.at < hi) || toldLive(c));
}

/** The outage day with the most weight behind it (epoch ms of its UTC midnight); ties go to the earliest.
 * A document whose day is only counted back from a date-only stamp ("hier") votes as its times weigh:
 * at RELATIVE_DAY_DATE_ONLY_FACTOR. */
export function consensusDay(docs: ExtractedDocument[]): number | null {
  const votes = new Map<string, number>();
  for (const d of docs) if (d.facts.outageDay) votes.set(d.facts.outageDay, (votes.get(d.facts.outageDay) ?? 0) + dayVote(d));
  const best = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  if (!best) return null;
  const ms = Date.parse(`${best[0]}T00:00:00Z`);
  return Number.isNaN(ms) ? null : ms;
}

function dayVote(d: ExtractedDocument): number {
  const naming = d.facts.times.filter((f) => timeFactDay(f) === d.facts.outageDay);
  const counted = naming.length > 0 && naming.every((f) => dayCountedBack(d, f));
  return (KIND_WEIGHT[d.kind] ?? 1) * (counted ? RELATIVE_DAY_DATE_ONLY_FACTOR : 1);
}
