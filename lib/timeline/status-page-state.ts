// The incident's state as the operator's status pages give it (investigating... resolved).
import type { ExtractedDocument, IncidentExport } from "../domain/types";

// the statuses that close a status incident across providers (Statuspage, Instatus, Slack)
const CLOSED = new Set(["resolved", "completed", "postmortem"]);

/** What the status pages say of the incident: resolved when every status incident's latest update
 * closes it, ongoing while one is open, null when no status page speaks of it. */
export function statusPageState(docs: ExtractedDocument[]): IncidentExport["status"] | null {
  const latest = new Map<string, ExtractedDocument>();
  for (const d of docs) {
    if (d.kind !== "status" || !d.publishedAt) continue;
    const key = d.facts.statusUpdate?.incident ?? d.url.replace(/#.*$/, "");
    const prev = latest.get(key);
    if (!prev || prev.publishedAt! < d.publishedAt) latest.set(key, d);
  }
  if (latest.size === 0) return null;
  return [...latest.values()].every((d) => CLOSED.has((d.statusValue ?? d.facts.statusUpdate?.status ?? "").toLowerCase())) ? "resolved" : "ongoing";
}
