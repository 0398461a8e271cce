// Time expressions of a French or English news text, resolved to UTC against the publication
// instant: clock times with their stated zones, days named relative to publication, parts of the day
// said alone ("dans la soirée"), durations and ranges. Pure: the publication date is the only "now".
import type { TimeExpression } from "../../domain/types";
import { findClockTimes } from "./find-clock-times";
import { findDayAnchors } from "./find-day-anchors";
import { findDurations } from "./find-durations";
import { findStoryDay } from "./find-story-day";
import { resolveClocks } from "./resolve-clocks";
import { resolveDayAnchors } from "./resolve-day-anchors";
import { resolveDurations } from "./resolve-durations";
import { resolveFreeParts } from "./resolve-free-parts";
import { makeTimeContext } from "./time-context";

/** Extracts every time expression of `text`, sorted by offset; a missing zone falls back to
 * `sourceZone`, else Europe/Paris for French and America/New_York for English (zoneExplicit=false). */
export function extractTimes(text: string, ctx: { publishedAt: Date; sourceZone: string | null; lang: "fr" | "en" }): TimeExpression[] {
  const c = makeTimeContext(text, ctx);
  const durations = findDurations(c.folded);
  const clocks = findClockTimes(c.text, c.folded, durations);
  const { days, parts } = findDayAnchors(c.text, c.folded, c.lang);
  const outside = <T extends { index: number; end: number }>(xs: T[]) =>
    xs.filter((x) => ![...clocks, ...durations].some((o) => x.index < o.end && x.end > o.index));
  const dayAnchors = outside(days);
  const partAnchors = outside(parts);
  c.storyDay = findStoryDay(c, dayAnchors);
  const { results: clockResults, used } = resolveClocks(c, clocks, dayAnchors, partAnchors);
  return [
    ...clockResults,
    ...resolveDayAnchors(c, dayAnchors, partAnchors, used),
    ...resolveFreeParts(c, dayAnchors, partAnchors, clocks),
    ...resolveDurations(c, durations),
  ].sort((a, b) => a.index - b.index);
}
