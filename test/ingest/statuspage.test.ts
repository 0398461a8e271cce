// Atlassian Statuspage sources: incidents.json and history.atom become one `status` document per
// update, with its exact time, status value and components; re-ingesting writes nothing.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { useTempDatabase, FAST_FETCH } from "./helpers/temp-database";
import { startFixtureServer, send, type FixtureServer } from "./helpers/fixture-server";

const { dir } = useTempDatabase("statuspage");
const { getDb, closeDb } = await import("../../lib/db/client");
const { ingestSources, registerSources } = await import("../../lib/ingest/ingest-sources");

const update = (id: string, status: string, at: string, body: string, components: string[] = []) => ({
  id, status, body, created_at: at, display_at: at, incident_id: "inc1",
  affected_components: components.map((name) => ({ code: name.toLowerCase(), name, old_status: "operational", new_status: "major_outage" })),
});
const incidents = (b: string) => JSON.stringify({
  page: { id: "p1", name: "Example", url: b, time_zone: "Etc/UTC", updated_at: "2021-10-04T22:00:00Z" },
  incidents: [
    {
      id: "inc1", name: "Elevated error rates", status: "resolved", shortlink: "https://stspg.io/abc?utm_source=x",
      created_at: "2021-10-04T15:50:00Z", components: [{ id: "c1", name: "API" }, { id: "c2", name: "Web" }],
      incident_updates: [
        update("u3", "resolved", "2021-10-04T22:05:00Z", "This incident has been resolved."),
        update("u2", "monitoring", "2021-10-04T21:30:00Z", "A fix has been implemented.", ["API"]),
        update("u1", "investigating", "2021-10-04T15:52:00Z", "We are investigating <b>errors</b>.", ["API", "Web"]),
      ],
    },
    { id: "broken", name: 42 },
    { id: "rel1", name: "Relative links", shortlink: "/status/incidents/rel1", incident_updates: [update("r1", "identified", "2021-10-05T10:00:00Z", "Found it.")] },
  ],
});
const historyAtom = (b: string) => `<?xml version="1.0" encoding="UTF-8"?>
<feed xml:lang="en-US" xmlns="http://www.w3.org/2005/Atom"><id>tag:status.example.com,2005:/history</id><title>Example Status - Incident History</title>
<entry><id>tag:status.example.com,2005:Incident/9</id><published>2023-12-31T23:40:00Z</published><updated>2024-01-01T01:00:00Z</updated>
<link rel="alternate" type="text/html" href="${b}/incidents/xyz"/><title>Login failures</title>
<content type="html">&lt;p&gt;&lt;small&gt;Jan &lt;var data-var='date'&gt; 1&lt;/var&gt;, &lt;var data-var='time'&gt;00:55&lt;/var&gt; UTC&lt;/small&gt;&lt;br&gt;&lt;strong&gt;Resolved&lt;/strong&gt; - Logins work again.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Dec &lt;var data-var='date'&gt;31&lt;/var&gt;, &lt;var data-var='time'&gt;23:45&lt;/var&gt; UTC&lt;/small&gt;&lt;br&gt;&lt;strong&gt;Investigating&lt;/strong&gt; - Users cannot log in.&lt;/p&gt;&lt;p&gt;This incident affected: Login and API.&lt;/p&gt;</content></entry></feed>`;

let srv: FixtureServer;
before(async () => {
  srv = await startFixtureServer({
    "/api/v2/incidents.json": (q, s, b) => send(incidents(b), { "content-type": "application/json" })(q, s, b),
    "/history.atom": (q, s, b) => send(historyAtom(b), { "content-type": "application/atom+xml" })(q, s, b),
    "/": (q, s, b) => send(`<!doctype html><html><head><title>Example Status</title><link rel="alternate" type="application/atom+xml" href="${b}/history.atom"></head><body>All Systems Operational</body></html>`, { "content-type": "text/html" })(q, s, b),
  });
});
after(async () => {
  await srv.close();
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

const run = async (paths: string[]) => ingestSources(await registerSources(paths.map((p) => ({ url: srv.base + p }))), { context: { fetch: FAST_FETCH } });

test("incidents.json: each update is a status document keyed by shortlink#update-id", async () => {
  const s = await run(["/api/v2/incidents.json"]);
  assert.deepEqual(s.failures, []);
  assert.equal(s.documents.new, 4);
  assert.ok(await getDb().document.findUnique({ where: { url: `${srv.base}/status/incidents/rel1#update-r1` } }), "relative shortlink resolved");
  const docs = await getDb().document.findMany({ where: { kind: "status", url: { startsWith: "https://stspg.io/abc#" } }, orderBy: { publishedAt: "asc" } });
  assert.deepEqual(docs.map((d) => d.url), ["https://stspg.io/abc#update-u1", "https://stspg.io/abc#update-u2", "https://stspg.io/abc#update-u3"]);
  assert.deepEqual(docs.map((d) => d.statusValue), ["investigating", "monitoring", "resolved"]);
  assert.equal(docs[0].publishedAt?.toISOString(), "2021-10-04T15:52:00.000Z");
  assert.deepEqual(JSON.parse(docs[0].components!), ["API", "Web"]);
  assert.deepEqual(JSON.parse(docs[2].components!), ["API", "Web"], "falls back to the incident's components");
  assert.equal(docs[0].title, "Elevated error rates — Investigating");
  assert.equal(docs[0].text, "We are investigating errors.");
  const source = await getDb().source.findFirst({ where: { url: srv.base + "/api/v2/incidents.json" } });
  assert.equal(source?.kind, "statuspage");
  assert.equal(source?.name, "Example", "the page's own name, not its host");
});

test("history.atom: updates split from the entry, year carried across New Year", async () => {
  const s = await run(["/history.atom"]);
  assert.deepEqual(s.failures, []);
  const docs = await getDb().document.findMany({ where: { url: { startsWith: srv.base + "/incidents/xyz#update-" } }, orderBy: { publishedAt: "asc" } });
  assert.deepEqual(docs.map((d) => [d.publishedAt?.toISOString(), d.statusValue, d.text]), [
    ["2023-12-31T23:45:00.000Z", "investigating", "Users cannot log in."],
    ["2024-01-01T00:55:00.000Z", "resolved", "Logins work again."],
  ]);
  assert.deepEqual(JSON.parse(docs[0].components!), ["Login", "API"]);
  const source = await getDb().source.findFirst({ where: { url: srv.base + "/history.atom" } });
  assert.equal(source?.name, "Example Status", "the feed title without its ' - Incident History' suffix");
});

test("a Statuspage home page is recognised and read through its JSON API", async () => {
  const s = await run(["/"]);
  assert.deepEqual(s.failures, []);
  assert.equal(s.reports[0].kind, "statuspage");
  assert.equal(s.documents.new, 0, "the same updates as incidents.json: nothing new");
  assert.equal(s.documents.unchanged, 4);
  assert.equal(await getDb().document.count({ where: { kind: "page" } }), 0);
  assert.equal((await getDb().source.findFirst({ where: { url: srv.base + "/" } }))?.name, "Example");
});

test("re-ingesting a Statuspage writes nothing", async () => {
  const before = await getDb().document.findMany({ orderBy: { id: "asc" } });
  const s = await run(["/api/v2/incidents.json", "/history.atom"]);
  assert.equal(s.documents.new + s.documents.updated, 0);
  assert.deepEqual(await getDb().document.findMany({ orderBy: { id: "asc" } }), before);
});
