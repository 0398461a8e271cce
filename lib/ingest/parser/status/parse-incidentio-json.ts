// incident.io status pages: the public widget JSON (`/proxy/<page host>`, also served as
// summary) is `{ summary: { name, ongoing_incidents: [{ id, name, status, updates: [{ id,
// published_at, message: { text_node } }], affected_components }] } }`; an update's text is a
// rich-text tree whose leaves carry `text`.
import { z } from "zod";
import { canonicalUrl } from "../../canonical-url";
import { isoOrNull, withIncidentTimes, type StatusUpdate } from "../status-update";

const textNode: z.ZodType<{ text?: string; content?: unknown[] }> = z.object({ text: z.string().optional(), content: z.array(z.unknown()).optional() }).passthrough();
const updateSchema = z.object({
  id: z.string(),
  status: z.string().nullish(),
  published_at: z.string(),
  message: z.object({ text_node: z.unknown().optional() }).passthrough().nullish(),
}).passthrough();
const incidentSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.string().nullish(),
  published_at: z.string().nullish(),
  current_worst_impact: z.string().nullish(),
  permalink: z.string().nullish(),
  affected_components: z.array(z.object({ name: z.string() }).passthrough()).nullish(),
  updates: z.array(updateSchema).default([]),
}).passthrough();
const bodySchema = z.object({
  summary: z.object({ name: z.string().nullish(), public_url: z.string().nullish(), ongoing_incidents: z.array(z.unknown()) }).passthrough(),
});

/** True when a parsed JSON body is an incident.io status page summary. */
export function isIncidentioJson(json: unknown): boolean {
  return bodySchema.safeParse(json).success;
}

function plainText(node: unknown): string {
  const n = textNode.safeParse(node);
  if (!n.success) return "";
  if (typeof n.data.text === "string") return n.data.text;
  const parts = (n.data.content ?? []).map(plainText);
  // block nodes (paragraphs) are separated by a line break, inline runs joined as they are
  return parts.join((n.data as { type?: string }).type === "doc" ? "\n" : "");
}

/** Every update of every ongoing incident of an incident.io summary. */
export function parseIncidentioJson(json: unknown, fetchedUrl: string): { updates: StatusUpdate[]; name: string | null } {
  const body = bodySchema.parse(json);
  const page = canonicalUrl(new URL(body.summary.public_url || "/", fetchedUrl).toString());
  const name = body.summary.name?.trim() || null;
  const out: StatusUpdate[] = [];
  for (const raw of body.summary.ongoing_incidents) {
    const inc = incidentSchema.safeParse(raw);
    if (!inc.success) continue;
    // relative to the page's folder: "https://status.example/lumen" holds "/lumen/incidents/<id>"
    const incident = canonicalUrl(new URL(inc.data.permalink || `incidents/${inc.data.id}`, page.replace(/\/?$/, "/")).toString());
    const components = (inc.data.affected_components ?? []).map((c) => c.name);
    for (const u of inc.data.updates) {
      const at = isoOrNull(u.published_at);
      if (!at) continue;
      out.push({
        url: `${incident}#update-${u.id}`, guid: u.id, incidentName: inc.data.name,
        status: (u.status || inc.data.status || "update").toLowerCase(), body: plainText(u.message?.text_node).trim(),
        at: new Date(at), components, incident, page, service: name,
        impact: inc.data.current_worst_impact ?? null, startedAt: isoOrNull(inc.data.published_at), resolvedAt: null,
      });
    }
  }
  return { updates: withIncidentTimes(out), name };
}
