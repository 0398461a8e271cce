// The moments the documents give for one role, grouped where they agree, in time order.
import type { ExtractedDocument, Granularity, TimeRole } from "../domain/types";
import { PRECISION_HALF_WIDTH, TIME_TOLERANCE_MINUTES } from "./data/weights";
import { groupValues, instantsAgree } from "./group-values";
import { nearConsensusDay } from "./reconcile-times";
import { timeCandidates, type TimeCandidate } from "./time-candidates";

export interface StatedGroup {
  at: string;
  precision: Granularity;
  sources: string[];
  extent?: string; // partial recoveries: how much was back, from the group's best candidate
}

/** Groups of agreeing instants stated for `role` near the outage's day (times recalled from other outages left out), earliest first. */
export function statedGroups(docs: ExtractedDocument[], role: TimeRole): StatedGroup[] {
  const cands = nearConsensusDay(timeCandidates(docs).filter((c) => c.role === role), docs);
  const valued = cands.map((c) => ({ value: c.at, halfWidth: PRECISION_HALF_WIDTH[c.precision], weight: c.weight, source: c.source, why: c.precision }));
  const groups = groupValues(valued, instantsAgree(TIME_TOLERANCE_MINUTES * 60_000)).sort((a, b) => a.best.value - b.best.value);
  return groups.map((g) => {
    const best = cands.find((c) => c.at === g.best.value && c.source === g.best.source);
    const extent = best?.extent ?? extentOf(cands, g.sources, g.best.value);
    return { at: new Date(g.best.value).toISOString().replace(/\.000Z$/, "Z"), precision: best?.precision ?? "minute", sources: g.sources, ...(extent ? { extent } : {}) };
  });
}

function extentOf(cands: TimeCandidate[], sources: string[], at: number): string | undefined {
  return cands.find((c) => c.extent && c.at === at && sources.includes(c.source))?.extent;
}
