// Where a document with no day at all (none in its text, feed or page) goes among the dated groups
// of its neighbourhood: issue 12's "an undated article is placed by what it says and by the nearest
// incident of its service, not by fetch time".
import { UNDATED_PLACEMENT } from "./data/similarity-weights";

/**
 * The dated group an undated document joins, from its mean likeness to each (null: vetoed or nothing
 * shared), or -1. It joins the likest at `floor`; under it, down to UNDATED_PLACEMENT.floor, when that
 * group stands out from every other dated group by UNDATED_PLACEMENT.margin: with no day, what tells
 * which of its service's outages a text is about is how much more it shares with one of them.
 * `weekdays` says, per group, whether the weekdays the document's clocks name meet its day (null:
 * nothing to compare, weekday-agreement.ts): a group they contradict is no candidate, and the likest
 * group they meet is joined from UNDATED_PLACEMENT.weekdayFloor, the weekday standing in for the date.
 */
export function undatedPlace(means: (number | null)[], floor: number, weekdays: (boolean | null)[] = []): number {
  // a group on a day the document's weekdays contradict is no candidate at all
  means = means.map((m, k) => (weekdays[k] === false ? null : m));
  let best = -1;
  let second = 0;
  means.forEach((m, k) => {
    if (m === null) return;
    if (best === -1 || m > means[best]!) [best, second] = [k, best === -1 ? second : Math.max(second, means[best]!)];
    else second = Math.max(second, m);
  });
  if (best === -1) return -1;
  const m = means[best]!;
  const bar = weekdays[best] === true ? UNDATED_PLACEMENT.weekdayFloor : floor;
  return m >= bar || (m >= UNDATED_PLACEMENT.floor && m - second >= UNDATED_PLACEMENT.margin) ? best : -1;
}
