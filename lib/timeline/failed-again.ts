// Whether a source tells the outage coming back after a full recovery, with no "again" word needed.
import type { TimeCandidate } from "./time-candidates";

const CLOCKED = new Set(["minute", "hour"]);

/** An operator's "de 7h45 à 10h20, puis de 13h05 à 14h30": one document that gives the last close also
 * gives, to the hour or better, a full recovery after the outage's start and a start after that recovery,
 * so it tells a second episode. A length stated for the outage is then often the first episode's, and does
 * not pick the first recovery as the end (end-by-stated-length.ts). One document only: a start and a close
 * from different stories are as often another day's or a misread clock as a relapse. */
export function failedAgain(starts: TimeCandidate[], closes: TimeCandidate[], startMs: number, lastClose: number): boolean {
  const teller = closes.find((c) => c.at === lastClose)?.source;
  const own = (c: TimeCandidate) => c.source === teller && CLOCKED.has(c.precision);
  const recoveries = closes.filter((c) => own(c) && c.at > startMs && c.at < lastClose);
  return starts.some((s) => own(s) && s.at < lastClose && recoveries.some((r) => r.at < s.at));
}
