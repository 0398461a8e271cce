// Slack's status API (`/api/v2.0.0/history`, and `current` with `active_incidents`): incidents
// `{ id, date_created, date_updated, title, type: incident | notice | outage | maintenance,
// status: active | resolved | ..., url, services: [...], notes: [{ date_created, body }] }`
// (https://api.slack.com/docs/slack-status). Notes carry no status: the first acknowledges,
// the last of a resolved incident resolves it.
import { z } from "zod";
import { canonicalUrl } from "../../canonical-url";
import { isoOrNull, updateKey, withIncidentTimes, type StatusUpdate } from "../status-update";

const noteSchema = z.object({ date_created: z.string(), body: z.string().nullish() }).passthrough();
const incidentSchema = z.object({
  id: z.union([z.number(), z.string()]),
  date_created: z.string(),
  title: z.string(),
  type: z.string().nullish(),
  status: z.string().nullish(),
  url: z.string().nullish(),
  services: z.array(z.string()).nullish(),
  notes: z.array(noteSchema).default([]),
}).passthrough();
const looksLikeIncident = z.object({ title: z.string(), notes: z.array(z.unknown()), date_created: z.string() }).passthrough();
const SERVICE = "Slack";

function incidentsOf(json: unknown): unknown[] | null {
  if (Array.isArray(json)) return json;
  const active = (json as { active_incidents?: unknown } | null)?.active_incidents;
  return Array.isArray(active) ? active : null;
}

/** True when a parsed JSON body is Slack's status history or current status. */
export function isSlackStatusJson(json: unknown): boolean {
  const list = incidentsOf(json);
  if (!list) return false;
  if (list.length === 0) return !Array.isArray(json) && typeof (json as { status?: unknown }).status === "string";
  return looksLikeIncident.safeParse(list[0]).success;
}

/** One update per note of every incident; maintenance notices are not outages and are left out. */
export function parseSlackHistory(json: unknown, fetchedUrl: string): { updates: StatusUpdate[]; name: string | null } {
  const page = canonicalUrl(new URL("/", fetchedUrl).toString());
  const out: StatusUpdate[] = [];
  for (const raw of incidentsOf(json) ?? []) {
    const inc = incidentSchema.safeParse(raw);
    if (!inc.success || inc.data.type === "maintenance") continue;
    const incident = canonicalUrl(new URL(inc.data.url || `/${inc.data.id}`, page).toString());
    const notes = [...inc.data.notes].sort((a, b) => Date.parse(a.date_created) - Date.parse(b.date_created));
    const resolved = inc.data.status === "resolved" || inc.data.status === "completed";
    notes.forEach((n, i) => {
      const at = isoOrNull(n.date_created);
      if (!at) return;
      const status = resolved && i === notes.length - 1 ? "resolved" : i === 0 ? "investigating" : "update";
      const id = updateKey(incident, at);
      out.push({
        url: `${incident}#update-${id}`, guid: id, incidentName: inc.data.title, status, body: (n.body ?? "").trim(),
        at: new Date(at), components: inc.data.services ?? [], incident, page, service: SERVICE,
        impact: inc.data.type ?? null, startedAt: isoOrNull(inc.data.date_created), resolvedAt: null,
      });
    });
  }
  return { updates: withIncidentTimes(out), name: SERVICE };
}
