// The UTC day the outage happened, as the document tells it: its start time, else the day it names
// ("hier", "on October 4"), else its publication day. Clustering groups documents by this day.
import type { TimeFact } from "../domain/types";
import { timeFactDay } from "../domain/time-fact-day";

const DAY_MS = 86_400_000;
const LEAD_CHARS = 400;
// The first dated fact of the lead is the news peg (inverted pyramid): "On May 24, X went down. The
// trouble began around May 22..." reports the 24th's outage, the 22nd is its background.
const FIRST_FACT_BONUS = 2;
const ROLE_WEIGHT: Record<string, number> = {
  start: 3, report: 2, acknowledged: 1.5, identified: 1, "partial-recovery": 1, recovery: 1, end: 0.8, other: 0.6,
};

/** Votes over the document's time facts, earlier and precise ones counting more. */
export function pickOutageDay(times: TimeFact[], publishedAt: Date | null): string | null {
  const votes = new Map<string, number>();
  const pub = publishedAt?.getTime() ?? null;
  times.forEach((f, i) => {
    const day = timeFactDay(f);
    if (!day) return;
    const at = Date.parse(`${day}T12:00:00Z`);
    // a day after publication is a misreading; one long before is likely an earlier outage recalled
    if (pub !== null && at - pub > DAY_MS) return;
    const age = pub === null ? 0 : (pub - at) / DAY_MS;
    const recency = age > 21 ? 0.25 : age > 3 ? 0.6 : 1;
    // the lead states the outage; later sentences recall earlier events and aftermaths
    const position = (f.span.start < LEAD_CHARS ? (i === 0 ? 2 * FIRST_FACT_BONUS : 2) : 1) / (1 + i / 8);
    const w = (ROLE_WEIGHT[f.role] ?? 0.5) * f.confidence * recency * position;
    votes.set(day, (votes.get(day) ?? 0) + w);
  });
  let best: string | null = null;
  for (const [day, w] of votes) if (best === null || w > votes.get(best)! || (w === votes.get(best)! && day < best)) best = day;
  if (best) return best;
  return publishedAt && !Number.isNaN(publishedAt.getTime()) ? publishedAt.toISOString().slice(0, 10) : null;
}
