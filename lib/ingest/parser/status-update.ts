// One Statuspage incident update, the unit that becomes a `status` document.

export type StatusValue = "investigating" | "identified" | "monitoring" | "resolved" | "update" | "scheduled" | "in_progress" | "verifying" | "completed" | "postmortem";

export interface StatusUpdate {
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
