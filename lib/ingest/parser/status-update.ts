// One status-page incident update, the unit that becomes a `status` document. Every provider's
// format (Statuspage, incident.io, Instatus, Google Cloud, AWS, Azure, Slack) is parsed into it.
import type { StatusDetail } from "../../domain/types";
import crypto from "node:crypto";

export type StatusValue = "investigating" | "identified" | "monitoring" | "resolved" | "update" | "scheduled" | "in_progress" | "verifying" | "completed" | "postmortem";

export interface StatusUpdate extends StatusDetail {
  // Updates have no URL of their own: the incident URL plus "#update-<id>" is their unique key.
  url: string;
  guid: string;
  incidentName: string;
  status: string;
  body: string;
  at: Date;
  components: string[];
}

/** The document title of an update: "Incident name — Resolved". */
export function statusTitle(u: StatusUpdate): string {
  const label = u.status.charAt(0).toUpperCase() + u.status.slice(1).replace(/_/g, " ");
  return `${u.incidentName} — ${label}`;
}

/** The incident-level fields every update of one status incident shares: the earliest update
 * starts it when the provider states no start, a resolved update ends it when no end is stated. */
export function withIncidentTimes(updates: StatusUpdate[]): StatusUpdate[] {
  const byIncident = new Map<string, StatusUpdate[]>();
  for (const u of updates) byIncident.set(u.incident, [...(byIncident.get(u.incident) ?? []), u]);
  return updates.map((u) => {
    const all = byIncident.get(u.incident)!;
    const first = Math.min(...all.map((x) => x.at.getTime()));
    const resolved = all.filter((x) => RESOLVED.has(x.status)).map((x) => x.at.getTime());
    return {
      ...u,
      startedAt: u.startedAt ?? new Date(first).toISOString(),
      resolvedAt: u.resolvedAt ?? (resolved.length ? new Date(Math.max(...resolved)).toISOString() : null),
    };
  });
}

// the update values that close an incident, across providers (Statuspage, Instatus, Slack "resolved")
const RESOLVED = new Set(["resolved", "completed", "postmortem"]);

/** ISO instant or null, for provider fields that may be missing or malformed. */
export function isoOrNull(value: unknown): string | null {
  if (typeof value !== "string" && typeof value !== "number") return null;
  const t = new Date(value).getTime();
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** A short stable id for an update a provider gives no id of its own (hash of what makes it unique). */
export function updateKey(...parts: string[]): string {
  return crypto.createHash("sha256").update(parts.join("|")).digest("hex").slice(0, 16);
}
