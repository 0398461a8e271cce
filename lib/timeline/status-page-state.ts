// The incident's state as the operator's status pages give it (investigating... resolved).
import type { ExtractedDocument, IncidentExport } from "../domain/types";

// the statuses that close a status incident across providers (Statuspage, Instatus, Slack)
const CLOSED = new Set(["resolved", "completed", "postmortem"]);
// Operators post on an open incident at least every few hours. Formats that list only active
// incidents (incident.io's ongoing_incidents, Instatus's activeIncidents, Azure's feed) drop a
// resolved one without a "resolved" post, so a status incident silent this long no longer holds
// the incident open.
const SILENT_OPEN_HOURS = 48;

/** What the status pages say of the incident: resolved when every status incident's latest update
 * closes it, ongoing while one is open and recently updated, null when no status page speaks. */
export function statusPageState(docs: ExtractedDocument[], now: Date): IncidentExport["status"] | null {
  const latest = new Map<string, ExtractedDocument>();
  for (const d of docs) {
    if (d.kind !== "status" || !d.publishedAt) continue;
    const key = d.facts.statusUpdate?.incident ?? d.url.replace(/#.*$/, "");
    const prev = latest.get(key);
    if (!prev || prev.publishedAt! < d.publishedAt) latest.set(key, d);
  }
  if (latest.size === 0) return null;
  const open = [...latest.values()].filter((d) => !CLOSED.has((d.statusValue ?? d.facts.statusUpdate?.status ?? "").toLowerCase()));
  if (open.length === 0) return "resolved";
  const live = open.some((d) => now.getTime() - Date.parse(d.publishedAt!) <= SILENT_OPEN_HOURS * 3_600_000);
  return live ? "ongoing" : null;
}
