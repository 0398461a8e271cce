// The day a time fact names, shared by extraction (which votes for the outage day) and clustering
// (which tells an outage day the text states from one that is only the publication day).
import type { TimeFact } from "./types";

/** The UTC day a time fact names, or null (durations): a day named without a clock time is the
 * local day; with one, the UTC day of that instant. */
export function timeFactDay(f: TimeFact): string | null {
  const t = f.time;
  if (t.kind === "range") return t.start.slice(0, 10);
  if (t.kind !== "instant") return null;
  return t.granularity === "day" ? t.localDate : t.utc.slice(0, 10);
}
