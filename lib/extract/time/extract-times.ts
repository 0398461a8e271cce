// Time expressions of a French or English news text, resolved to UTC against the publication
// instant: clock times with their stated zones, days named relative to publication, parts of the day
// said alone ("dans la soirée"), durations and ranges. Pure: the publication date is the only "now".
import type { TimeExpression } from "../../domain/types";
import { carryYears } from "./carry-years";
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
import { resolveWeekends } from "./resolve-weekends";
import { mergeChronoTimes } from "./merge-chrono-times";
import { readChronoTimes } from "./read-chrono-times";
import { makeTimeContext, type TimeContext, type TimeOptions } from "./time-context";
import { HOME_PRESS_ZONES } from "./data/zone-phrases";
import { isKnownZone } from "./zone-clock";

/** Extracts every time expression of `text`, sorted by offset; a missing zone falls back to
 * `sourceZone`, else to the one home-press zone the text itself writes after its clocks (see
 * statedHomeZone), else Europe/Paris for French and America/New_York for English (zoneExplicit=false). */
export function extractTimes(text: string, ctx: TimeOptions): TimeExpression[] {
  const { times, shapes } = extractIn(text, ctx);
  if (ctx.sourceZone !== null && isKnownZone(ctx.sourceZone)) return times;
  const stated = statedHomeZone(times, ctx.lang === "en" ? "en" : "fr");
  // read again in the stated zone: what the words are does not depend on the zone, only what they mean
  return stated ? extractIn(text, { ...ctx, sourceZone: stated }, shapes).times : times;
}

// An outlet of unknown place that writes "16:30 BST ... Updated 21:10 BST" or "vers 7 h HAE ... 9 h HAE"
// tells where it writes from, when the zone is a home press region of its language (HOME_PRESS_ZONES:
// a UK, Indian or Québec outlet) and the only zone it writes, at least twice: its other clocks are in
// it too ("shortly after 16:30 on December 7"), not in the language's default zone.
const MIN_STATED = 2;
function statedHomeZone(found: TimeExpression[], lang: "fr" | "en"): string | null {
  const zones = new Map<string, number>();
  for (const t of found) if (t.kind === "instant" && t.zoneExplicit && t.granularity !== "day") zones.set(t.zone, (zones.get(t.zone) ?? 0) + 1);
  if (zones.size !== 1) return null;
  const [[zone, n]] = [...zones];
  return n >= MIN_STATED && HOME_PRESS_ZONES[lang].includes(zone) ? zone : null;
}

// The time words of a text as the grammar finds them, before any is placed in a zone or on a day.
type Shapes = ReturnType<typeof findShapes>;

function findShapes(c: TimeContext) {
  // A clock in words ("vers deux heures du matin") holds what would otherwise read as a length.
  const wordClocks = findWordClocks(c.folded);
  const durations = findDurations(c.folded).filter((d) => !wordClocks.some((k) => d.index < k.end && d.end > k.index));
  const clocks = findClockTimes(c.text, c.folded, durations, wordClocks);
  return { wordClocks, durations, clocks, ...findDayAnchors(c.text, c.folded, c.lang) };
}

function extractIn(text: string, ctx: TimeOptions, found?: Shapes): { times: TimeExpression[]; shapes: Shapes } {
  const c = makeTimeContext(text, ctx);
  const shapes = found ?? findShapes(c);
  const { wordClocks, durations, clocks, days, parts } = shapes;
  const outside = <T extends { index: number; end: number }>(xs: T[]) =>
    xs.filter((x) => ![...clocks, ...durations].some((o) => x.index < o.end && x.end > o.index));
  const dayAnchors = carryYears(c, outside(days));
  const partAnchors = outside(parts);
  c.storyDay = findStoryDay(c, dayAnchors);
  const { results: clockResults, used } = resolveClocks(c, clocks, dayAnchors, partAnchors);
  const dayRanges = resolveDayRanges(c, dayAnchors, partAnchors, used);
  const ours = [
    ...clockResults,
    ...dayRanges,
    ...resolveWeekends(c),
    ...resolveDayAnchors(c, dayAnchors, partAnchors, used),
    ...resolveFreeParts(c, dayAnchors, partAnchors, clocks),
    ...resolveDurations(c, durations),
  ];
  // days and parts of the day the grammar saw and chose not to date (a later clause, "chaque soir")
  const seen = [...days, ...parts, ...wordClocks];
  return { times: mergeChronoTimes(c, ours, readChronoTimes(c), seen), shapes };
}
