// The UTC day the outage happened, as the document tells it: its start time, else the day it names
// ("hier", "on October 4"), else its publication day. Clustering groups documents by this day.
import type { TimeFact } from "../domain/types";
import { timeFactDay } from "../domain/time-fact-day";
import { isMonthOnlyDate } from "./time/time-context";

const DAY_MS = 86_400_000;
const LEAD_CHARS = 400;
// The first dated fact of the lead is the news peg (inverted pyramid): "On May 24, X went down. The
// trouble began around May 22..." reports the 24th's outage, the 22nd is its background.
const FIRST_FACT_BONUS = 2;
// Facts up to this many days before publication are the news; older ones are background.
const RECENT_DAYS = 3;
// A date written without its year ("May 31", "vendredi 19 mars") is read as the last such day up to
// the reference; one this many days back was almost always a day ahead ("restored by May 31",
// "servers restart on March 19") read a year too early: news tell of recent days, and an outage a
// year before is written with its year.
const YEARLESS_MAX_AGE = 300;
const WRITTEN_YEAR = /\b(19|20)\d\d\b/;
// A date the text gives as its present ("Ce 5 décembre 2025, le service traverse…", "This December 5,
// customers report…") is the day it reports, whatever role its sentence was read with; an older day
// it then compares with ("les mêmes erreurs que lors de la panne du 18 novembre") is background.
const PRESENT_DATE = /(?:^|[^\p{L}])(?:ce|cet|this)\s+$/iu;
const OUTAGE_SEEN_ROLES = new Set(["start", "report", "acknowledged", "identified"]);
const ROLE_WEIGHT: Record<string, number> = {
  start: 3, report: 2, acknowledged: 1.5, identified: 1, "partial-recovery": 1, recovery: 1, end: 0.8, other: 0.6,
};

/**
 * Votes over the document's time facts, earlier and precise ones counting more. `reference` is the
 * day the text is read against: its publication (`published`), or for a document with no
 * publication date the day after the latest full date it writes (`text`, lib/extract/text-reference-date.ts).
 * That latest date is often the page's own date line ("17 May 2026" above a retrospective of a 2023
 * outage), so against it nothing is "recent": the facts vote by role and place alone.
 */
export function pickOutageDay(times: TimeFact[], reference: Date | null, referenceKind: "published" | "text" = "published"): string | null {
  const votes = new Map<string, number>();
  const fromText = referenceKind === "text";
  const pub = reference?.getTime() ?? null;
  const ageOf = (day: string) => (pub === null ? 0 : (pub - Date.parse(`${day}T12:00:00Z`)) / DAY_MS);
  // a publication known only to its month may have been written on its last day: a later day of that
  // month is no misreading when the text says the outage began or was seen then; a bare date or a
  // recovery there may be a deadline ("full return by May 31", "back by March 27")
  const month = reference && !fromText && isMonthOnlyDate(reference) ? reference.toISOString().slice(0, 7) : null;
  // the news peg is the first fact of the lead that is recent: an older date the lead opens with is
  // the earlier outage this one is compared to ("after the outage of November 18, ... this Friday")
  const peg = fromText
    ? -1
    : times.findIndex((f) => {
        const day = timeFactDay(f);
        return day !== null && ageOf(day) <= RECENT_DAYS;
      });
  times.forEach((f, i) => {
    const day = timeFactDay(f);
    if (!day) return;
    const age = ageOf(day);
    // a day after publication is a misreading; one long before is likely an earlier outage recalled
    if (age < -1 && (day.slice(0, 7) !== month || !OUTAGE_SEEN_ROLES.has(f.role))) return;
    if (age > YEARLESS_MAX_AGE && !WRITTEN_YEAR.test(f.time.phrase)) return;
    const recency = fromText || age <= RECENT_DAYS ? 1 : age > 21 ? 0.15 : 0.3;
    // the lead states the outage; later sentences recall earlier events and aftermaths
    const position = (f.span.start < LEAD_CHARS ? (i === peg ? 2 * FIRST_FACT_BONUS : 2) : 1) / (1 + i / 8);
    const role = f.role === "other" && age <= RECENT_DAYS && presentDate(f) ? "report" : f.role;
    const w = (ROLE_WEIGHT[role] ?? 0.5) * f.confidence * recency * position;
    votes.set(day, (votes.get(day) ?? 0) + w);
  });
  let best: string | null = null;
  for (const [day, w] of votes) if (best === null || w > votes.get(best)! || (w === votes.get(best)! && day < best)) best = day;
  if (best) return best;
  // the day after a text's latest date is no outage day: only a publication stands for one
  return !fromText && reference && !Number.isNaN(reference.getTime()) ? reference.toISOString().slice(0, 10) : null;
}

/** Whether the fact's date is written as the text's present day: "ce"/"this" right before it in its sentence. */
function presentDate(f: TimeFact): boolean {
  const at = "index" in f.time && typeof f.time.index === "number" ? f.time.index - f.span.start : -1;
  return at > 0 && at <= f.span.text.length && PRESENT_DATE.test(f.span.text.slice(0, at));
}
