// Time expressions of a French or English news text, resolved to UTC against the publication
// instant: clock times with their stated zones, days named relative to publication, parts of the day
// said alone ("dans la soirée"), durations and ranges. Pure: the publication date is the only "now".
import type { TimeExpression } from "../../domain/types";
import { findClockTimes } from "./find-clock-times";
import { findDayAnchors } from "./find-day-anchors";
import { findDurations } from "./find-durations";
import { findStoryDay } from "./find-story-day";
import { findWordClocks } from "./find-word-clocks";
import { resolveClocks } from "./resolve-clocks";
import { resolveDayAnchors } from "./resolve-day-anchors";
import { resolveDayRanges } from "./resolve-day-ranges";
import { resolveDurations } from "./resolve-durations";
import { resolveFreeParts } from "./resolve-free-parts";
import { mergeChronoTimes } from "./merge-chrono-times";
import { readChronoTimes } from "./read-chrono-times";
import { makeTimeContext, type TimeOptions } from "./time-context";

/** Extracts every time expression of `text`, sorted by offset; a missing zone falls back to
 * `sourceZone`, else Europe/Paris for French and America/New_York for English (zoneExplicit=false). */
export function extractTimes(text: string, ctx: TimeOptions): TimeExpression[] {
  const c = makeTimeContext(text, ctx);
  // A clock in words ("vers deux heures du matin") holds what would otherwise read as a length.
  const wordClocks = findWordClocks(c.folded);
  const durations = findDurations(c.folded).filter((d) => !wordClocks.some((k) => d.index < k.end && d.end > k.index));
  const clocks = findClockTimes(c.text, c.folded, durations, wordClocks);
  const { days, parts } = findDayAnchors(c.text, c.folded, c.lang);
  const outside = <T extends { index: number; end: number }>(xs: T[]) =>
    xs.filter((x) => ![...clocks, ...durations].some((o) => x.index < o.end && x.end > o.index));
  const dayAnchors = outside(days);
  const partAnchors = outside(parts);
  c.storyDay = findStoryDay(c, dayAnchors);
  const { results: clockResults, used } = resolveClocks(c, clocks, dayAnchors, partAnchors);
  const dayRanges = resolveDayRanges(c, dayAnchors, partAnchors, used);
  const ours = [
    ...clockResults,
    ...dayRanges,
    ...resolveDayAnchors(c, dayAnchors, partAnchors, used),
    ...resolveFreeParts(c, dayAnchors, partAnchors, clocks),
    ...resolveDurations(c, durations),
  ];
  // days and parts of the day the grammar saw and chose not to date (a later clause, "chaque soir")
  const seen = [...days, ...parts, ...wordClocks];
  return mergeChronoTimes(c, ours, readChronoTimes(c), seen);
}
