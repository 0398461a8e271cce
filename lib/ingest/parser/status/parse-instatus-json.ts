// Instatus pages publish `/summary.json`: `{ page: { name, url, status }, activeIncidents: [{ id,
// name, started, status: "INVESTIGATING", impact: "MAJOROUTAGE", url, updatedAt }] }`. It gives
// each open incident's current state, not its update history: one update per incident state.
import { z } from "zod";
import { canonicalUrl } from "../../canonical-url";
import { isoOrNull, updateKey, withIncidentTimes, type StatusUpdate } from "../status-update";

const incidentSchema = z.object({
  id: z.string(),
  name: z.string(),
  started: z.string().nullish(),
  status: z.string(),
  impact: z.string().nullish(),
  url: z.string().nullish(),
  updatedAt: z.string().nullish(),
  resolved: z.string().nullish(),
}).passthrough();
const bodySchema = z.object({
  page: z.object({ name: z.string().nullish(), url: z.string().nullish() }).passthrough(),
  activeIncidents: z.array(z.unknown()),
});

/** True when a parsed JSON body is an Instatus summary. */
export function isInstatusJson(json: unknown): boolean {
  return bodySchema.safeParse(json).success;
}

/** One update per active incident of an Instatus summary, at its last change. */
export function parseInstatusJson(json: unknown, fetchedUrl: string): { updates: StatusUpdate[]; name: string | null } {
  const body = bodySchema.parse(json);
  const page = canonicalUrl(new URL(body.page.url || "/", fetchedUrl).toString());
  const name = body.page.name?.trim() || null;
  const out: StatusUpdate[] = [];
  for (const raw of body.activeIncidents) {
    const inc = incidentSchema.safeParse(raw);
    if (!inc.success) continue;
    const at = isoOrNull(inc.data.updatedAt) ?? isoOrNull(inc.data.started);
    if (!at) continue;
    const incident = canonicalUrl(new URL(inc.data.url || `incident/${inc.data.id}`, page.replace(/\/?$/, "/")).toString());
    const status = inc.data.status.toLowerCase();
    const id = updateKey(incident, at, status);
    out.push({
      url: `${incident}#update-${id}`, guid: id, incidentName: inc.data.name, status, body: inc.data.name,
      at: new Date(at), components: [], incident, page, service: name,
      // "MAJOROUTAGE" → "major outage"
      impact: inc.data.impact ? inc.data.impact.toLowerCase().replace(/(outage|performance)$/, " $1").trim() : null,
      startedAt: isoOrNull(inc.data.started), resolvedAt: isoOrNull(inc.data.resolved),
    });
  }
  return { updates: withIncidentTimes(out), name };
}
