// Groups candidate values that agree within tolerance, heaviest first, and explains the choice.
import type { Conflict } from "../domain/types";
import { PRECISION_HALF_WIDTH } from "./data/weights";

export interface Valued {
  value: number;
  halfWidth: number; // the value stands for [value - halfWidth, value + halfWidth]
  weight: number;
  source: string;
  why: string;
  localDate?: string; // the date where it was read, for a value known only to the day
}

export interface ValueGroup {
  best: Valued; // the heaviest member: its value is the group's
  weight: number;
  sources: string[];
}

/** Greedy grouping: each candidate (heaviest first) joins the first group whose best it agrees with. */
export function groupValues(items: Valued[], agree: (a: Valued, b: Valued) => boolean): ValueGroup[] {
  const sorted = [...items].sort((a, b) => b.weight - a.weight || a.value - b.value || cmp(a.source, b.source));
  const groups: ValueGroup[] = [];
  for (const it of sorted) {
    const g = groups.find((x) => agree(x.best, it));
    // a document counts once per group (its heaviest statement), however often it repeats a time
    if (g && !g.sources.includes(it.source)) {
      g.weight += it.weight;
      g.sources.push(it.source);
    } else if (!g) groups.push({ best: it, weight: it.weight, sources: [it.source] });
  }
  for (const g of groups) g.sources.sort();
  return groups.sort((a, b) => b.weight - a.weight || a.best.value - b.best.value);
}

/** Whether two instants (epoch ms, half-widths in minutes) are the same within their precision plus `toleranceMs`. */
export function instantsAgree(toleranceMs: number) {
  return (a: Valued, b: Valued) => Math.abs(a.value - b.value) <= (a.halfWidth + b.halfWidth) * 60_000 + toleranceMs;
}

/** A conflict record when more than one group remains, saying which value is used and why. */
export function conflictOf(field: Conflict["field"], groups: ValueGroup[], format: (v: number) => string | number, lighterWins = "more precise than"): Conflict | null {
  if (groups.length < 2) return null;
  const [chosen, runnerUp] = groups;
  const n = chosen.sources.length;
  // a lighter group comes first only when it is more precise (reconcile-times' preciseFirst), or for
  // the end, when it is the later of two precise recoveries (the end of user impact is the last one)
  const precise = (g: ValueGroup) => g.best.halfWidth <= PRECISION_HALF_WIDTH.hour;
  const beats = chosen.weight >= runnerUp.weight ? "outweigh" : precise(runnerUp) ? lighterWins : "more precise than";
  const why =
    `used ${format(chosen.best.value)}: ${n} source${n > 1 ? "s" : ""} (best: ${chosen.best.why}, total weight ${chosen.weight.toFixed(2)}) ` +
    `${beats} ${format(runnerUp.best.value)} (best: ${runnerUp.best.why}, total weight ${runnerUp.weight.toFixed(2)})`;
  return {
    field,
    values: groups.map((g) => ({ value: format(g.best.value), sources: g.sources })),
    chosen: format(chosen.best.value),
    why,
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
