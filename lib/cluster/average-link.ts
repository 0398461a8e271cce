// Average-link agglomerative clustering with cannot-link pairs, deterministic given the item order.
// Average link (not single link) so one ambiguous document cannot chain two outages together; a
// "never" pair anywhere between two groups keeps them apart (complete-link on the vetoes).
import type { Similarity } from "./document-similarity";

/** Groups item indexes 0..n-1 given a symmetric pairwise similarity; ties go to the lowest indexes.
 * `apart` says two groups (their item indexes) may never merge, whatever their average. */
export function averageLink(n: number, sim: (i: number, j: number) => Similarity, threshold: number, apart: (a: number[], b: number[]) => boolean = () => false): number[][] {
  // sums[i][j]: sum of pairwise scores between clusters i and j; NaN marks a veto
  const sums: Float64Array[] = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const s = sim(i, j);
      sums[i][j] = sums[j][i] = s === "never" ? Number.NaN : s;
    }
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const alive = new Set<number>(members.keys());
  for (;;) {
    const best = bestPair(alive, sums, members, threshold, apart);
    if (!best) break;
    merge(best[0], best[1], alive, sums, members);
  }
  return [...alive].map((i) => members[i].sort((a, b) => a - b)).sort((a, b) => a[0] - b[0]);
}

function bestPair(alive: Set<number>, sums: Float64Array[], members: number[][], threshold: number, apart: (a: number[], b: number[]) => boolean): [number, number] | null {
  let best: [number, number] | null = null;
  let bestScore = threshold;
  const ids = [...alive].sort((a, b) => a - b);
  for (let x = 0; x < ids.length; x++) {
    const i = ids[x];
    const row = sums[i];
    for (let y = x + 1; y < ids.length; y++) {
      const j = ids[y];
      const s = row[j];
      if (Number.isNaN(s) || s === 0) continue;
      const avg = s / (members[i].length * members[j].length);
      // strict ">" keeps the first (lowest-index) pair on ties; ">=" on the threshold itself
      if ((avg > bestScore || (best === null && avg >= threshold)) && !apart(members[i], members[j])) {
        best = [i, j];
        bestScore = avg;
      }
    }
  }
  return best;
}

function merge(i: number, j: number, alive: Set<number>, sums: Float64Array[], members: number[][]): void {
  for (const k of alive) {
    if (k === i || k === j) continue;
    const s = sums[i][k] + sums[j][k]; // NaN (a veto) propagates
    sums[i][k] = sums[k][i] = s;
  }
  members[i] = members[i].concat(members[j]);
  alive.delete(j);
}
