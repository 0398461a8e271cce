// The demo Statuspage: the stored incidents.json with its page-relative links made absolute for
// the server's address, and a plain HTML page per incident for the shortlinks to land on.
import { escapeMarkup as esc } from "./escape-markup";

interface StatusUpdate {
  status?: string;
  body?: string;
  display_at?: string;
}
interface StatusIncident {
  id: string;
  name: string;
  shortlink?: string;
  incident_updates?: StatusUpdate[];
}
interface StatusDocument {
  page: { url?: string; name?: string };
  incidents: StatusIncident[];
}

const absolute = (value: unknown, base: string) => (typeof value === "string" && value.startsWith("/") ? base + value : value);

/** A copy of the stored Statuspage JSON with page.url and each shortlink made absolute under `base`. */
export function renderStatuspage(stored: Record<string, unknown>, base: string): Record<string, unknown> {
  const doc = structuredClone(stored) as unknown as StatusDocument;
  doc.page.url = absolute(doc.page.url, base) as string;
  for (const inc of doc.incidents) inc.shortlink = absolute(inc.shortlink, base) as string | undefined;
  return doc as unknown as Record<string, unknown>;
}

/** The incident's public page, listing its updates newest first as Statuspage does. */
export function renderStatusIncidentPage(stored: Record<string, unknown>, incidentId: string): string | null {
  const doc = stored as unknown as StatusDocument;
  const inc = doc.incidents.find((i) => i.id === incidentId);
  if (!inc) return null;
  const updates = [...(inc.incident_updates ?? [])].reverse().map(
    (u) => `<div class="update"><strong>${esc(u.status)}</strong> - ${esc(u.body)} <small><time datetime="${esc(u.display_at)}">${esc(u.display_at)}</time></small></div>`,
  );
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>${esc(inc.name)} - ${esc(doc.page.name)}</title></head>
<body>
  <header><a href="/status">${esc(doc.page.name)}</a></header>
  <main><h1>${esc(inc.name)}</h1>
  ${updates.join("\n  ")}
  </main>
  <footer><a href="/status/history">Incident history</a> · Powered by Atlassian Statuspage</footer>
</body>
</html>
`;
}
