// The UTC day the outage happened, as the document tells it: its start time, else the day it names
// ("hier", "on October 4"), else its publication day. Clustering groups documents by this day.
import type { TimeFact } from "../domain/types";
import { timeFactDay } from "../domain/time-fact-day";

const DAY_MS = 86_400_000;
const LEAD_CHARS = 400;
// The first dated fact of the lead is the news peg (inverted pyramid): "On May 24, X went down. The
// trouble began around May 22..." reports the 24th's outage, the 22nd is its background.
const FIRST_FACT_BONUS = 2;
// Facts up to this many days before publication are the news; older ones are background.
const RECENT_DAYS = 3;
const ROLE_WEIGHT: Record<string, number> = {
  start: 3, report: 2, acknowledged: 1.5, identified: 1, "partial-recovery": 1, recovery: 1, end: 0.8, other: 0.6,
};

/** Votes over the document's time facts, earlier and precise ones counting more. */
export function pickOutageDay(times: TimeFact[], publishedAt: Date | null): string | null {
  const votes = new Map<string, number>();
  const pub = publishedAt?.getTime() ?? null;
  const ageOf = (day: string) => (pub === null ? 0 : (pub - Date.parse(`${day}T12:00:00Z`)) / DAY_MS);
  // the news peg is the first fact of the lead that is recent: an older date the lead opens with is
  // the earlier outage this one is compared to ("after the outage of November 18, ... this Friday")
  const peg = times.findIndex((f) => {
    const day = timeFactDay(f);
    return day !== null && ageOf(day) <= RECENT_DAYS;
  });
  times.forEach((f, i) => {
    const day = timeFactDay(f);
    if (!day) return;
    const age = ageOf(day);
    // a day after publication is a misreading; one long before is likely an earlier outage recalled
    if (age < -1) return;
    const recency = age > 21 ? 0.15 : age > RECENT_DAYS ? 0.3 : 1;
    // the lead states the outage; later sentences recall earlier events and aftermaths
    const position = (f.span.start < LEAD_CHARS ? (i === peg ? 2 * FIRST_FACT_BONUS : 2) : 1) / (1 + i / 8);
    const w = (ROLE_WEIGHT[f.role] ?? 0.5) * f.confidence * recency * position;
    votes.set(day, (votes.get(day) ?? 0) + w);
  });
  let best: string | null = null;
  for (const [day, w] of votes) if (best === null || w > votes.get(best)! || (w === votes.get(best)! && day < best)) best = day;
  if (best) return best;
  return publishedAt && !Number.isNaN(publishedAt.getTime()) ? publishedAt.toISOString().slice(0, 10) : null;
}
