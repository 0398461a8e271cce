// What every step of time extraction shares about one text: the folded text, its sentences,
// the publication instant and the zone assumed when none is stated.
import { DEFAULT_ZONE_BY_LANG } from "./data/zone-phrases";
import type { DayAnchor } from "./find-day-anchors";
import { splitSentences, type Sentence } from "../split-sentences";
import { foldText } from "../../text/fold-text";
import { isKnownZone, utcToLocal, type LocalTime } from "./zone-clock";
import { publishedDateOnly } from "../../domain/published-date-only";
import { FUTURE_SLACK_HOURS } from "../../domain/future-slack-hours";

/** What a caller says about a text whose times are read. */
export interface TimeOptions {
  publishedAt: Date;
  sourceZone: string | null;
  lang: "fr" | "en";
  view?: { folded: string; sentences: Sentence[] };
}

export interface TimeContext {
  text: string;
  folded: string;
  sentences: Sentence[];
  published: number; // UTC timestamp
  latest: number; // the latest instant the publication can be (a date-only one: the end of its day)
  monthOnly: boolean; // the publication date may stand for its whole month (see isMonthOnlyDate)
  horizon: number; // the latest instant a reported (not forward) time can be: \`latest\` plus slack
  localPub: Map<string, PublicationTime>; // publication wall-clock time, per zone
  defaultZone: string;
  lang: "fr" | "en";
  storyDay: DayAnchor | null; // the earlier day a follow-up names as the outage's ("Tuesday's outage"), set once anchors are found
}

/** Builds the shared context; throws on an unusable publication date. `ctx.view` is the text's
 * folding and its sentences in `ctx.lang` when the caller has them already (extraction's text view). */
export function makeTimeContext(text: string, ctx: TimeOptions): TimeContext {
  if (!(ctx.publishedAt instanceof Date) || Number.isNaN(ctx.publishedAt.getTime())) {
    throw new Error("extract/time: publishedAt is not a valid date");
  }
  const lang = ctx.lang === "en" ? "en" : "fr";
  const zoneOk = ctx.sourceZone !== null && isKnownZone(ctx.sourceZone);
  const folded = ctx.view?.folded ?? foldText(text);
  return {
    text,
    folded,
    sentences: ctx.view?.sentences ?? splitSentences(text, lang, folded),
    published: publicationInstant(ctx.publishedAt),
    latest: latestPublication(ctx.publishedAt),
    monthOnly: isMonthOnlyDate(ctx.publishedAt),
    horizon: latestPublication(ctx.publishedAt) + FUTURE_SLACK_HOURS * 3_600_000,
    localPub: new Map(),
    defaultZone: zoneOk ? ctx.sourceZone! : DEFAULT_ZONE_BY_LANG[lang],
    lang,
    storyDay: null,
  };
}

// Exactly midnight UTC almost always means the outlet gave a date without a time ("2024-03-05"):
// read it as midday UTC so that the publication day is that date in every inhabited zone. Exactly
// midday UTC is that same convention already applied (feeds and archives that know only the date
// store noon UTC, for the same reason): its hour is no more known.
function publicationInstant(d: Date): number {
  const ts = d.getTime();
  return ts % 86_400_000 === 0 ? ts + 12 * 3_600_000 : ts;
}

// The first of a month at midnight UTC is how a date known only to its month is stored ("2011-02",
// ISO's and JavaScript's reading of a year and month; archives that date a page by its month): such
// a page may have been written on any day of that month, so "Feb. 27" in it is that February, not
// the one of the year before.
export function isMonthOnlyDate(d: Date): boolean {
  return d.getUTCDate() === 1 && d.getTime() % 86_400_000 === 0;
}

// A clock with no day may be read on the publication day unless that puts it this far after publication.
export { FUTURE_SLACK_HOURS };

// A date-only publication (midnight UTC) can have been written at any hour of that day: "à 23 h 30"
// with no day is that evening, not the eve (read against midday, every evening clock of such an
// article had been pushed to the day before).
function latestPublication(d: Date): number {
  const ts = d.getTime();
  return publishedDateOnly(d.toISOString()) ? ts - (ts % 86_400_000) + 86_400_000 : ts;
}

/** The publication's wall-clock time in a zone; `hourUnknown` when the outlet gave only its date,
 * `monthOnly` when that date may stand for its whole month. */
export type PublicationTime = LocalTime & { hourUnknown?: boolean; monthOnly?: boolean };

/** Publication's wall-clock time in a zone. */
export function publishedIn(c: TimeContext, zone: string): PublicationTime {
  let t = c.localPub.get(zone);
  if (!t) {
    t = c.latest !== c.published ? { ...utcToLocal(zone, c.published), hourUnknown: true } : utcToLocal(zone, c.published);
    if (c.monthOnly) t.monthOnly = true;
    c.localPub.set(zone, t);
  }
  return t;
}
