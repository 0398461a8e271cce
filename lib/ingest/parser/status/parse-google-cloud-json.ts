// Google Cloud Service Health `incidents.json`: an array of incidents `{ id, number, begin, end,
// external_desc, severity, status_impact, service_name, affected_products: [{ title }], uri,
// updates: [{ created, when, text, status }] }` where an update's status is SERVICE_OUTAGE,
// SERVICE_DISRUPTION, SERVICE_INFORMATION or AVAILABLE (https://status.cloud.google.com/incidents.schema.json).
import { z } from "zod";
import { canonicalUrl } from "../../canonical-url";
import { isoOrNull, updateKey, withIncidentTimes, type StatusUpdate } from "../status-update";

const updateSchema = z.object({ created: z.string(), when: z.string().nullish(), text: z.string().nullish(), status: z.string().nullish() }).passthrough();
const incidentSchema = z.object({
  id: z.string(),
  begin: z.string().nullish(),
  end: z.string().nullish(),
  external_desc: z.string(),
  severity: z.string().nullish(),
  status_impact: z.string().nullish(),
  service_name: z.string().nullish(),
  affected_products: z.array(z.object({ title: z.string() }).passthrough()).nullish(),
  uri: z.string().nullish(),
  updates: z.array(updateSchema).default([]),
}).passthrough();
const SERVICE = "Google Cloud"; // the operator of the page this format is published on
const looksLikeIncident = z.object({ external_desc: z.string(), updates: z.array(z.unknown()) }).passthrough();

/** True when a parsed JSON body is Google Cloud's incidents.json. */
export function isGoogleCloudJson(json: unknown): boolean {
  return Array.isArray(json) && json.length > 0 && looksLikeIncident.safeParse(json[0]).success;
}

// AVAILABLE means the service is back; the first post of an incident is the operator's acknowledgement
function statusOf(raw: string | null | undefined, first: boolean): string {
  if (raw === "AVAILABLE") return "resolved";
  return first ? "investigating" : "update";
}

/** Every update of every incident of Google Cloud's incidents.json. */
export function parseGoogleCloudJson(json: unknown, fetchedUrl: string): { updates: StatusUpdate[]; name: string | null } {
  const page = canonicalUrl(new URL("/", fetchedUrl).toString());
  const out: StatusUpdate[] = [];
  for (const raw of Array.isArray(json) ? json : []) {
    const inc = incidentSchema.safeParse(raw);
    if (!inc.success) continue;
    const incident = canonicalUrl(new URL(inc.data.uri || `incidents/${inc.data.id}`, page).toString());
    const components = (inc.data.affected_products ?? []).map((p) => p.title);
    if (components.length === 0 && inc.data.service_name) components.push(inc.data.service_name);
    const updates = [...inc.data.updates].sort((a, b) => Date.parse(a.when || a.created) - Date.parse(b.when || b.created));
    updates.forEach((u, i) => {
      const at = isoOrNull(u.when || u.created);
      if (!at) return;
      const id = updateKey(incident, at);
      out.push({
        url: `${incident}#update-${id}`, guid: id, incidentName: inc.data.external_desc.trim(),
        status: statusOf(u.status, i === 0), body: (u.text ?? "").trim(), at: new Date(at), components, incident, page,
        service: SERVICE, impact: inc.data.severity ?? inc.data.status_impact ?? null,
        startedAt: isoOrNull(inc.data.begin), resolvedAt: isoOrNull(inc.data.end),
      });
    });
  }
  return { updates: withIncidentTimes(out), name: SERVICE };
}
