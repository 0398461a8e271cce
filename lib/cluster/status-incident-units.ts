// One status incident is one incident of ours: every update of it (a status page posts several,
// hours or days apart) is grouped before clustering, so the text similarity of "We are
// investigating" and "This incident has been resolved" never decides. Press coverage then joins
// the group as a whole, and two incidents of one status page are never merged.
import type { ExtractedDocument } from "../domain/types";
import type { Similarity } from "./document-similarity";

/** Index groups of `docs`: the updates of each status incident together, every other document alone. */
export function statusIncidentUnits(docs: ExtractedDocument[]): number[][] {
  const byIncident = new Map<string, number[]>();
  const units: number[][] = [];
  docs.forEach((d, i) => {
    const key = d.facts.statusUpdate?.incident;
    if (!key) return void units.push([i]);
    const unit = byIncident.get(key);
    if (unit) unit.push(i);
    else {
      const fresh = [i];
      byIncident.set(key, fresh);
      units.push(fresh);
    }
  });
  return units;
}

/** Average similarity between two units; "never" for two incidents of one status page, or when no pair can meet. */
export function unitSimilarity(a: number[], b: number[], docs: ExtractedDocument[], sim: (i: number, j: number) => Similarity): Similarity {
  const sa = docs[a[0]].facts.statusUpdate;
  const sb = docs[b[0]].facts.statusUpdate;
  if (sa && sb && sa.page === sb.page && sa.incident !== sb.incident) return "never";
  let sum = 0;
  let counted = 0;
  // a long status incident spans days: a late update too far from an article does not veto the rest
  for (const i of a)
    for (const j of b) {
      const s = sim(Math.min(i, j), Math.max(i, j));
      if (s === "never") continue;
      sum += s;
      counted++;
    }
  return counted === 0 ? "never" : sum / (a.length * b.length);
}
