// Atlassian Statuspage /api/v2/incidents.json and summary.json (both carry `page` and `incidents`;
// GitHub, Cloudflare, Discord... publish this shape). Documented at
// https://developer.statuspage.io (public status API v2).
import { z } from "zod";
import { canonicalUrl } from "../canonical-url";
import { isoOrNull, withIncidentTimes, type StatusUpdate } from "./status-update";

const componentSchema = z.object({ name: z.string() }).passthrough();
const updateSchema = z.object({
  id: z.string(),
  status: z.string(),
  body: z.string().nullish(),
  created_at: z.string(),
  display_at: z.string().nullish(),
  affected_components: z.array(z.object({ name: z.string() }).passthrough()).nullish(),
}).passthrough();
const incidentSchema = z.object({
  id: z.string(),
  name: z.string(),
  shortlink: z.string().nullish(),
  impact: z.string().nullish(),
  created_at: z.string().nullish(),
  started_at: z.string().nullish(),
  resolved_at: z.string().nullish(),
  components: z.array(componentSchema).nullish(),
  incident_updates: z.array(updateSchema).default([]),
}).passthrough();
const pageSchema = z.object({
  page: z.object({ url: z.string().nullish(), name: z.string().nullish() }).passthrough(),
  incidents: z.array(z.unknown()),
});

// shortlink and page.url are absolute on statuspage.io, but self-hosted copies write them relative
function incidentUrl(pageUrl: string, incident: z.infer<typeof incidentSchema>): string {
  const pagePath = new URL(pageUrl).pathname.replace(/\/?$/, "/");
  return canonicalUrl(new URL(incident.shortlink || `${pagePath}incidents/${incident.id}`, pageUrl).toString());
}

// Scheduled maintenance shares the incidents list (impact "maintenance", statuses scheduled,
// in_progress, verifying, completed): planned work is not an outage.
const MAINTENANCE_STATUSES = new Set(["scheduled", "in_progress", "verifying", "completed"]);
function isMaintenance(inc: z.infer<typeof incidentSchema>): boolean {
  return inc.impact === "maintenance" || inc.incident_updates.some((u) => MAINTENANCE_STATUSES.has(u.status));
}

/** The status page's own name ("GitHub"), shown for the source instead of its host. */
export function statuspageName(text: string): string | null {
  const page = pageSchema.safeParse(JSON.parse(text));
  return page.success ? page.data.page.name?.trim().slice(0, 200) || null : null;
}

/** Every update of every incident in a Statuspage incidents.json; bad incidents are skipped. */
export function parseStatuspageJson(text: string, fetchedUrl: string): StatusUpdate[] {
  const page = pageSchema.safeParse(JSON.parse(text));
  if (!page.success) throw new Error("parser: not a Statuspage incidents.json (no page/incidents)");
  const pageUrl = new URL(page.data.page.url || "/", fetchedUrl).toString();
  const service = page.data.page.name?.trim() || null;
  const out: StatusUpdate[] = [];
  for (const raw of page.data.incidents) {
    const inc = incidentSchema.safeParse(raw);
    if (!inc.success || isMaintenance(inc.data)) continue;
    const url = incidentUrl(pageUrl, inc.data);
    const incidentComponents = (inc.data.components ?? []).map((c) => c.name);
    for (const u of inc.data.incident_updates) {
      const at = new Date(u.display_at || u.created_at);
      if (Number.isNaN(at.getTime())) continue;
      const affected = (u.affected_components ?? []).map((c) => c.name);
      out.push({
        url: `${url}#update-${u.id}`,
        guid: u.id,
        incidentName: inc.data.name,
        status: u.status,
        body: (u.body ?? "").trim(),
        at,
        components: affected.length ? affected : incidentComponents,
        incident: url,
        page: canonicalUrl(pageUrl),
        service,
        impact: inc.data.impact ?? null,
        // started_at is the operator's own backdated start; created_at when the page was opened
        startedAt: isoOrNull(inc.data.started_at) ?? isoOrNull(inc.data.created_at),
        resolvedAt: isoOrNull(inc.data.resolved_at),
      });
    }
  }
  return withIncidentTimes(out);
}
