// Press coverage of an outage a status page speaks of joins the status incident (same service,
// same hours), and the status page's times outrank the press's rounder ones; coverage of the same
// service on another day stays apart.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { useTempDatabase, FAST_FETCH } from "../helpers/temp-database";

// short retries, but a timeout a loaded 2-core machine cannot hit: these tests are about formats
const FETCH = { ...FAST_FETCH, totalTimeoutMs: 20_000, connectTimeoutMs: 10_000 };
import { articlePage, startFixtureServer, send, type FixtureServer } from "../helpers/fixture-server";

const { dir } = useTempDatabase("status-press");
const { closeDb } = await import("../../../lib/db/client");
const { ingestSources, registerSources } = await import("../../../lib/ingest/ingest-sources");
const { processPendingDocuments } = await import("../../../lib/ingest/process-documents");
const { getExport } = await import("../../../lib/db/export");

// after both articles: a publication date later than the fetch would be dropped as not yet possible
const now = new Date("2026-03-13T20:00:00Z");
const upd = (id: string, status: string, at: string, body: string) => ({ id, status, body, created_at: at, display_at: at, affected_components: [{ name: "Git Operations" }] });
const statuspage = (b: string) => JSON.stringify({
  page: { id: "gh", name: "GitHub", url: b + "/", time_zone: "Etc/UTC" },
  incidents: [{
    id: "p1", name: "Incident with Git Operations", impact: "major", shortlink: `${b}/incidents/p1`,
    created_at: "2026-03-10T09:20:00Z", started_at: "2026-03-10T09:12:00Z", resolved_at: "2026-03-10T10:48:00Z",
    incident_updates: [
      upd("p1c", "resolved", "2026-03-10T10:48:00Z", "This incident has been resolved."),
      upd("p1a", "investigating", "2026-03-10T09:20:00Z", "We are investigating reports of degraded performance for Git Operations."),
    ],
  }],
});
const rss = (b: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Tech Outlet</title><link>${b}/</link><language>en</language>
<item><title>GitHub down: developers unable to push code</title><link>${b}/news/github-down</link><pubDate>Tue, 10 Mar 2026 11:30:00 GMT</pubDate></item>
<item><title>GitHub outage hits developers again</title><link>${b}/news/github-again</link><pubDate>Fri, 13 Mar 2026 16:00:00 GMT</pubDate></item>
</channel></rss>`;

let srv: FixtureServer;
before(async () => {
  srv = await startFixtureServer({
    "/api/v2/incidents.json": (q, s, b) => send(statuspage(b), { "content-type": "application/json" })(q, s, b),
    "/feed.xml": (q, s, b) => send(rss(b), { "content-type": "application/rss+xml" })(q, s, b),
    "/news/github-down": send(articlePage({ title: "GitHub down: developers unable to push code", published: "2026-03-10T11:30:00Z", paragraphs: [
      "GitHub suffered an outage on Tuesday morning, leaving developers unable to push or pull code.",
      "The problems began at around 9.30am UTC and the service was restored at about 11am UTC, according to users.",
    ] }), { "content-type": "text/html" }),
    "/news/github-again": send(articlePage({ title: "GitHub outage hits developers again", published: "2026-03-13T16:00:00Z", paragraphs: [
      "GitHub went down on Friday afternoon for the second time this week, and developers could not open pull requests.",
    ] }), { "content-type": "text/html" }),
  });
  process.env.INGEST_ALLOW_PRIVATE = srv.base;
  const s = await ingestSources(await registerSources([{ url: srv.base + "/api/v2/incidents.json" }, { url: srv.base + "/feed.xml" }]), { context: { fetch: FETCH, now } });
  assert.deepEqual(s.failures, []);
  await processPendingDocuments({ now });
});
after(async () => {
  await srv.close();
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("the article of the same hours joins the status incident; the status page's times win", async () => {
  const exp = await getExport(now);
  const inc = exp.incidents.find((i) => i.documents.some((d) => d.url.endsWith("#update-p1a")))!;
  assert.deepEqual(inc.documents.map((d) => d.kind).sort(), ["news", "status", "status"]);
  assert.deepEqual(inc.services, ["GitHub"]);
  assert.equal(inc.startedAt, "2026-03-10T09:12:00Z");
  assert.equal(inc.endedAt, "2026-03-10T10:48:00Z");
  assert.equal(inc.status, "resolved");
});

test("coverage of another GitHub outage three days later stays its own incident", async () => {
  const exp = await getExport(now);
  const other = exp.incidents.find((i) => i.documents.some((d) => d.url.endsWith("/news/github-again")));
  assert.ok(other);
  assert.ok(!other.documents.some((d) => d.kind === "status"));
});
