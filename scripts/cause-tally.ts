// The cause figure of `npm run eval:cv`, as the scorer counts it, with its misses split in two: an
// incident whose held-out articles gave no category at all (mostly early reports that state no cause,
// a ceiling no reader can pass) and one read as another category (what cue or model work can move).
import type { CauseCategory } from "../lib/domain/types";

/** One incident as cross-validation read it: its accepted categories and the one picked, if any. */
export interface CauseReading {
  incident: string;
  gold: CauseCategory[];
  got: CauseCategory | null;
}

export interface CauseTally {
  right: number;
  counted: number; // incidents whose gold is not only "unknown"
  none: number; // counted incidents read with no category (or "unknown")
  other: number; // counted incidents read as a category that is not accepted
  wrong: string[];
}

/** How many incidents got an accepted category, and of the rest, how many got none and how many another. */
export function causeTally(readings: CauseReading[]): CauseTally {
  const tally: CauseTally = { right: 0, counted: 0, none: 0, other: 0, wrong: [] };
  for (const { incident, gold, got } of readings) {
    const accepted: CauseCategory[] = gold.filter((c) => c !== "unknown");
    if (accepted.length === 0) continue;
    tally.counted++;
    if (got && accepted.includes(got)) tally.right++;
    else {
      if (got === null || got === "unknown") tally.none++;
      else tally.other++;
      tally.wrong.push(`${incident}: ${got} (gold ${accepted.join("|")})`);
    }
  }
  return tally;
}
