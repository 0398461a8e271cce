// Which of one document's recovery clocks is the end, when a stated length of the outage tells.
import type { Conflict } from "../domain/types";
import { DURATION_TOLERANCE, PRECISION_HALF_WIDTH, TIME_TOLERANCE_MINUTES } from "./data/weights";
import type { ValueGroup } from "./group-values";
import type { TimeCandidate } from "./time-candidates";

const MIN = 60_000;
// the earlier clock must fit the stated length at least this many times better than the later one
const FIT_MARGIN = 2;

/** A status page closes its incident some time after users got the service back ("Monitoring - 10:14.
 * requests are succeeding", then "Resolved - 11:20. queued messages delivered"; "Full recovery: 16:05"
 * above a "Resolved - 17:02" that says all has worked "for the past hour"): when the end chosen is the
 * later of two clocks the same document gives for a full recovery, and the length the sources state
 * ("a two-hour outage") fits the earlier one (measured from the start) and not the later, the earlier is
 * the end of user impact. Not after a relapse, whose stated length is often the first episode's. */
export function endByStatedLength(
  endG: ValueGroup | null, ends: TimeCandidate[], startG: ValueGroup | null, stated: ValueGroup | null, relapse: boolean, conflicts: Conflict[],
): ValueGroup | null {
  if (!endG || !startG || !stated || relapse || / (?:vague|so far)$/.test(stated.best.why)) return endG;
  if (startG.best.halfWidth > PRECISION_HALF_WIDTH.hour || endG.best.halfWidth > 0) return endG;
  const start = startG.best.value;
  const misfit = (at: number) => Math.abs((at - start) / MIN - stated.best.value);
  const chosenMisfit = misfit(endG.best.value);
  const earlier = ends
    .filter((c) => c.precision === "minute" && c.at > start && c.at < endG.best.value && endG.sources.includes(c.source))
    .filter((c) => agrees(misfit(c.at), stated.best.value, c.at - start) && misfit(c.at) * FIT_MARGIN <= chosenMisfit)
    .sort((a, b) => b.at - a.at)[0];
  if (!earlier) return endG;
  const iso = (ms: number) => new Date(ms).toISOString().replace(/\.000Z$/, "Z");
  const near = ends.filter((c) => Math.abs(c.at - earlier.at) <= TIME_TOLERANCE_MINUTES * MIN);
  conflicts.push({
    field: "end",
    values: [{ value: iso(endG.best.value), sources: endG.sources }, { value: iso(earlier.at), sources: [earlier.source] }],
    chosen: iso(earlier.at),
    why: `used ${iso(earlier.at)}: the stated length (${stated.best.value} min, ${stated.best.why}) fits it from the start, not ${iso(endG.best.value)}, a later close of the same document`,
  });
  return {
    best: { value: earlier.at, halfWidth: 0, weight: earlier.weight, source: earlier.source, why: earlier.why },
    weight: near.reduce((a, c) => a + c.weight, 0),
    sources: [...new Set(near.map((c) => c.source))].sort(),
  };
}

// Whether a clock `misfit` minutes off a stated length is within the length's tolerance (the scorer's rule).
function agrees(misfitMinutes: number, statedMinutes: number, spanMs: number): boolean {
  return misfitMinutes <= Math.max(DURATION_TOLERANCE.minutes, DURATION_TOLERANCE.share * Math.max(statedMinutes, spanMs / MIN));
}
