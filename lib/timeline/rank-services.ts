// The services an incident is about, from what its documents say failed.
import type { ExtractedDocument } from "../domain/types";

/**
 * Failed services ordered by how many documents say they failed (ties alphabetical). A service
 * mostly described as a knock-on (down because another one was) is kept only when several
 * documents say it failed, and in larger groups so is any service, so one outlet's aside does not
 * rename the incident.
 */
export function rankServices(docs: ExtractedDocument[]): string[] {
  const failed = new Map<string, number>();
  const knock = new Map<string, number>();
  for (const doc of docs) {
    const seenF = new Set<string>();
    const seenK = new Set<string>();
    for (const s of doc.facts.services) {
      if (s.role === "failed") seenF.add(s.name);
      else if (s.role === "knock-on") seenK.add(s.name);
    }
    for (const n of seenF) failed.set(n, (failed.get(n) ?? 0) + 1);
    for (const n of seenK) if (!seenF.has(n)) knock.set(n, (knock.get(n) ?? 0) + 1);
  }
  const count = (n: string) => (failed.get(n) ?? 0) + (knock.get(n) ?? 0);
  const ranked = [...new Set([...failed.keys(), ...knock.keys()])].sort(
    (a, b) => (failed.get(b) ?? 0) - (failed.get(a) ?? 0) || count(b) - count(a) || a.localeCompare(b, "en"),
  );
  // in a group of three or more, one outlet alone saying a service failed is an aside or a misreading
  const minDocs = docs.length >= 3 ? 2 : 1;
  const kept = ranked.filter((n, i) => {
    if (i === 0) return true;
    const f = failed.get(n) ?? 0;
    const k = knock.get(n) ?? 0;
    return f >= k ? count(n) >= minDocs : count(n) >= Math.max(2, minDocs);
  });
  // an owner or platform listed beside its own product ("Google" beside "Gmail", "AWS" beside
  // "Amazon S3") is the product's failure named twice: the product is the more precise name
  const ownerOf = new Map<string, string>();
  for (const d of docs) for (const s of d.facts.services) if (s.role !== "mentioned" && s.company && s.company !== s.name) ownerOf.set(s.name, s.company);
  const owning = new Set(kept.map((n) => ownerOf.get(n)).filter((o): o is string => o !== undefined));
  const precise = kept.filter((n) => !owning.has(n));
  return precise.length > 0 ? precise : kept;
}
