// Time expressions of a French or English news text, resolved to UTC against the publication
// instant: clock times with their stated zones, days named relative to publication, parts of the day
// said alone ("dans la soirée"), durations and ranges. Pure: the publication date is the only "now".
import type { TimeExpression } from "../../domain/types";
import { carryYears } from "./carry-years";
import { findClockTimes } from "./find-clock-times";
import { findDayAnchors } from "./find-day-anchors";
import { findDurations } from "./find-durations";
import { findStoryDay } from "./find-story-day";
import { findDateline } from "./dateline-zone";
import { offsetZone, restatedOffsets } from "./restated-offsets";
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
import { DEFAULT_ZONE_BY_LANG, ENGLISH_DEFAULT_COUNTRY_ZONES, HOME_PRESS_ZONES } from "./data/zone-phrases";
import { isKnownZone } from "./zone-clock";
import { declaredZone } from "./declared-zone";
import { dayPartZones } from "./day-part-zones";
import { foldText } from "../../text/fold-text";

/** Extracts every time expression of `text`, sorted by offset; a missing zone falls back to
 * the zone the text declares for all its times ("Timeline (UTC)": declared-zone.ts), else to
 * `sourceZone`, else to the offset its bare clocks restated in brackets give ("vers 15 h (13 h GMT)":
 * restated-offsets.ts), else to the one zone the text itself writes after its clocks (see statedZone), else
 * Europe/Paris for French and America/New_York for English (zoneExplicit=false). */
export function extractTimes(text: string, ctx: TimeOptions): TimeExpression[] {
  // "Timeline (UTC)", "All times are in Pacific Time": the text's own frame for every bare clock, above the outlet's
  const declared = declaredZone(text, ctx.view?.folded ?? foldText(text));
  if (declared !== null && isKnownZone(declared)) return extractIn(text, { ...ctx, sourceZone: declared }).times.map((t) => declaredClock(t, declared));
  const { times, shapes } = extractIn(text, ctx);
  if (ctx.sourceZone !== null && isKnownZone(ctx.sourceZone)) return times;
  // restated pairs give the bare clocks' offset when they agree; disagreeing, no frame (their zones are
  // the restatements', not the text's)
  const offsets = restatedOffsets(text, times);
  const lang = ctx.lang === "en" ? "en" : "fr";
  const folded = ctx.view?.folded ?? foldText(text);
  const stated = offsets.length === 0 ? statedZone(times, dayPartZones(text, folded, lang), lang) : new Set(offsets).size === 1 ? offsetZone(offsets[0]) : null;
  // read again in the stated zone: what the words are does not depend on the zone, only what they mean
  return stated ? extractIn(text, { ...ctx, sourceZone: stated }, shapes).times : times;
}

// A text from an outlet of unknown place that writes one zone after its clocks, and no other, keeps
// its bare clocks in that zone: a postmortem's "From 11:42 to 18:05 UTC … restored at 14:10", a
// report's "around 9:45 a.m. Central European time … fully restored by 12:15 p.m.", a UK outlet's
// "11:05 BST … shortly after 9:50"; so does one written after a day or part of the day ("mardi matin,
// heure de l'Est. De 9 h 02 à 10 h 31": day-part-zones.ts). The language's default is a guess; the written zone is the
// text's own frame, and one writing is enough (two zones: no frame, the default stands). Not a zone
// of the United States in English (US outlets write their zone when it is not New York's, so "9 a.m.
// PT … 1 p.m." is a conversion for a West-coast company, the bare clock New York's), and in French
// only a home press region or UTC (a Paris newsroom writes Paris time; "heure de New York" is the
// company's clock; AFP and West African outlets write GMT).
function statedZone(found: TimeExpression[], dayZones: string[], lang: "fr" | "en"): string | null {
  const zones = new Set<string>(dayZones);
  for (const t of found) if (t.kind !== "duration" && writesZone(t)) zones.add(t.zone);
  if (zones.size !== 1) return null;
  const [zone] = [...zones];
  if (zone === DEFAULT_ZONE_BY_LANG[lang]) return null;
  return lang === "en" ? (ENGLISH_DEFAULT_COUNTRY_ZONES.has(zone) ? null : zone) : HOME_PRESS_ZONES.fr.includes(zone) || zone === "UTC" ? zone : null;
}

// A clock read in the zone the text declares is stated in it, as if the zone followed it: its weight
// is an explicit zone's, and no other document's zone re-reads it (read-in-incident-zone.ts).
function declaredClock(t: TimeExpression, zone: string): TimeExpression {
  if (t.kind === "duration" || t.zone !== zone || t.zoneExplicit) return t;
  const clock = t.kind === "range" ? t.granularity === undefined : t.granularity === "minute" || t.granularity === "hour";
  return clock ? { ...t, zoneExplicit: true } : t;
}

// A clock or a clock range with its zone written after it (a day's zone is never written).
function writesZone(t: Exclude<TimeExpression, { kind: "duration" }>): boolean {
  return t.zoneExplicit === true && (t.kind === "range" ? t.granularity === undefined : t.granularity !== "day");
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
  // "PARIS, 21 jan 2026 (AFP) -": a wire dateline's date is when the dispatch was filed, its stamp, never a
  // day of the events it tells; read as one it dated an overnight outage's later bare clocks on the filing day
  const dateline = findDateline(c.folded);
  const dayAnchors = carryYears(c, outside(days).filter((d) => !(dateline && d.index >= dateline.start && d.index < dateline.end)));
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
