// Every status format issue 15 names, through the real ingest path (a local HTTP server, the
// response's format detected): each becomes `status` documents of one model, grouped into one
// incident per status incident, named after the operator. Fixtures are written for this test from
// each provider's documented shape, with invented incidents.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { useTempDatabase, FAST_FETCH } from "../helpers/temp-database";

// short retries, but a timeout a loaded 2-core machine cannot hit: these tests are about formats
const FETCH = { ...FAST_FETCH, totalTimeoutMs: 20_000, connectTimeoutMs: 10_000 };
import { startFixtureServer, send, type FixtureServer } from "../helpers/fixture-server";

const { dir } = useTempDatabase("status-providers");
const { getDb, closeDb } = await import("../../../lib/db/client");
const { ingestSources, registerSources } = await import("../../../lib/ingest/ingest-sources");
const { processPendingDocuments } = await import("../../../lib/ingest/process-documents");
const { getExport } = await import("../../../lib/db/export");

const now = new Date("2026-02-03T20:00:00Z");
const json = (body: unknown) => (b: string) => JSON.stringify(typeof body === "function" ? (body as (b: string) => unknown)(b) : body);

const incidentio = (b: string) => ({
  summary: {
    id: "s1", name: "Lumen Pay", public_url: b + "/lumen",
    ongoing_incidents: [{
      id: "01HX", name: "Card payments failing", status: "identified", published_at: "2026-02-03T09:02:00Z", current_worst_impact: "full_outage",
      affected_components: [{ id: "c1", name: "Card processing", status: "full_outage" }],
      updates: [
        { id: "u2", status: "identified", published_at: "2026-02-03T09:40:00Z", message: { text_node: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "An expired certificate on our card gateway is the cause." }] }] } } },
        { id: "u1", status: "investigating", published_at: "2026-02-03T09:02:00Z", message: { text_node: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Card payments are failing for all merchants." }] }] } } },
      ],
    }],
    affected_components: [], structure: { items: [] },
  },
});
const instatus = (b: string) => ({
  page: { name: "Orbit Mail", url: b + "/orbit", status: "MAJOROUTAGE" },
  activeIncidents: [{ id: "ck1", name: "Emails are not being delivered", started: "2026-02-03T07:15:00Z", status: "INVESTIGATING", impact: "MAJOROUTAGE", url: b + "/orbit/incident/ck1", updatedAt: "2026-02-03T07:30:00Z" }],
  activeMaintenances: [],
});
const gcloudJson = [{
  id: "gAbC123", number: "1234567890", begin: "2026-02-02T14:05:00+00:00", created: "2026-02-02T14:20:00+00:00", end: "2026-02-02T16:50:00+00:00",
  modified: "2026-02-02T17:00:00+00:00", external_desc: "Cloud Storage requests failing in europe-west1", severity: "high", status_impact: "SERVICE_OUTAGE",
  service_key: "storage", service_name: "Cloud Storage", affected_products: [{ title: "Cloud Storage", id: "storage" }], uri: "incidents/gAbC123",
  updates: [
    { created: "2026-02-02T16:55:00+00:00", modified: "2026-02-02T16:55:00+00:00", when: "2026-02-02T16:55:00+00:00", text: "The issue with Cloud Storage has been resolved for all affected users.", status: "AVAILABLE" },
    { created: "2026-02-02T14:20:00+00:00", modified: "2026-02-02T14:20:00+00:00", when: "2026-02-02T14:20:00+00:00", text: "We are investigating elevated error rates for Cloud Storage in europe-west1.", status: "SERVICE_OUTAGE" },
  ],
  most_recent_update: {},
}];
const gcloudAtom = (b: string) => `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Google Cloud Service Health</title><id>${b}/gcp/</id><updated>2026-02-01T12:00:00Z</updated>
<entry><title>RESOLVED: Incident 55501 - BigQuery jobs stuck in pending</title><id>tag:gcp,2026:e2</id><updated>2026-02-01T11:30:00Z</updated>
<link rel="alternate" href="${b}/gcp/incidents/xyz789"/><content type="html">&lt;p&gt;BigQuery jobs run normally again.&lt;/p&gt;</content></entry>
<entry><title>UPDATE: Incident 55501 - BigQuery jobs stuck in pending</title><id>tag:gcp,2026:e1</id><updated>2026-02-01T10:10:00Z</updated>
<link rel="alternate" href="${b}/gcp/incidents/xyz789"/><content type="html">&lt;p&gt;BigQuery jobs stay in pending state in the US multi-region.&lt;/p&gt;</content></entry></feed>`;
const awsRss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Amazon Simple Queue Service (Ohio) Service Status</title><link>https://status.example.test/</link><language>en-us</language>
<item><title>Service is operating normally: [RESOLVED] Increased message delivery latency</title><link>https://status.example.test/</link><pubDate>Tue, 27 Jan 2026 06:40:00 PST</pubDate><guid isPermaLink="false">https://status.example.test/#sqs-us-east-2_1769525000</guid><description>Between 4:05 AM and 6:30 AM PST, messages were delivered late. The issue has been resolved.</description></item>
<item><title>Informational message: Increased message delivery latency</title><link>https://status.example.test/</link><pubDate>Tue, 27 Jan 2026 04:30:00 PST</pubDate><guid isPermaLink="false">https://status.example.test/#sqs-us-east-2_1769517000</guid><description>We are investigating increased latency delivering messages in the US-EAST-2 Region.</description></item>
</channel></rss>`;
const azureRss = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Azure Status</title><link>https://status.example.test/azure/</link><description>Azure Status</description>
<item><title>Active - Virtual Machines - Connectivity issues in West Europe</title><link>https://status.example.test/azure/</link><guid isPermaLink="false">AZ-777</guid><pubDate>Tue, 03 Feb 2026 08:15:00 GMT</pubDate><description>Starting at 07:50 UTC on 03 Feb 2026, customers may be unable to connect to virtual machines in West Europe. Engineers are investigating.</description></item>
</channel></rss>`;
const slack = [{
  id: 1901, date_created: "2026-01-29T10:12:00-08:00", date_updated: "2026-01-29T12:05:00-08:00", title: "Messages fail to send", type: "outage", status: "resolved",
  url: "https://status.example.test/slack/2026-01/abc", services: ["Messaging", "Connectivity"],
  notes: [
    { date_created: "2026-01-29T12:05:00-08:00", body: "Messages send normally again for all users." },
    { date_created: "2026-01-29T10:12:00-08:00", body: "Some users cannot send messages. We are looking into it." },
  ],
}, {
  id: 1902, date_created: "2026-01-30T01:00:00-08:00", date_updated: "2026-01-30T03:00:00-08:00", title: "Scheduled database work", type: "maintenance", status: "completed",
  url: "https://status.example.test/slack/2026-01/def", services: [], notes: [{ date_created: "2026-01-30T01:00:00-08:00", body: "Maintenance is underway." }],
}];

let srv: FixtureServer;
const routes = {
  "/lumen/proxy/status.lumen.test": { body: json(incidentio), type: "application/json" },
  "/orbit/summary.json": { body: json(instatus), type: "application/json" },
  "/gcp/incidents.json": { body: json(gcloudJson), type: "application/json" },
  "/gcp/en/feed.atom": { body: gcloudAtom, type: "application/atom+xml" },
  "/aws/rss/sqs-us-east-2.rss": { body: () => awsRss, type: "application/rss+xml" },
  "/azure/status/feed/": { body: () => azureRss, type: "application/rss+xml" },
  "/slack/api/v2.0.0/history": { body: json(slack), type: "application/json" },
};
before(async () => {
  srv = await startFixtureServer({
    ...Object.fromEntries(Object.entries(routes).map(([p, r]) => [p, (q, s, b) => send(r.body(b), { "content-type": r.type })(q, s, b)])),
    // a status home page that announces its feed, as Google Cloud's does
    "/gcp/": (q, s, b) => send(`<!doctype html><html><head><title>Google Cloud Service Health</title><link rel="alternate" type="application/atom+xml" href="${b}/gcp/en/feed.atom"></head><body><h1>Service Health</h1></body></html>`, { "content-type": "text/html" })(q, s, b),
  });
  process.env.INGEST_ALLOW_PRIVATE = srv.base;
  const s = await ingestSources(await registerSources(Object.keys(routes).map((p) => ({ url: srv.base + p }))), { context: { fetch: FETCH, now } });
  assert.deepEqual(s.failures, []);
  await processPendingDocuments({ now });
});
after(async () => {
  await srv.close();
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

const docsOf = (prefix: string) => getDb().document.findMany({ where: { url: { startsWith: srv.base + prefix } }, orderBy: { publishedAt: "asc" }, include: { source: true } });
const incidentOf = async (url: string) => (await getExport(now)).incidents.find((i) => i.documents.some((d) => d.url === url));

test("every source is recognised as a status page", async () => {
  const sources = await getDb().source.findMany({ orderBy: { id: "asc" } });
  assert.deepEqual(sources.map((s) => s.kind), Object.keys(routes).map(() => "statuspage"));
  assert.deepEqual(sources.map((s) => s.name), ["Lumen Pay", "Orbit Mail", "Google Cloud", "Google Cloud", "AWS", "Microsoft Azure", "Slack"]);
});

test("incident.io: updates with their rich text flattened, components and impact, one open incident", async () => {
  const docs = await docsOf("/lumen/incidents/01HX#update-");
  assert.deepEqual(docs.map((d) => [d.statusValue, d.text]), [["investigating", "Card payments are failing for all merchants."], ["identified", "An expired certificate on our card gateway is the cause."]]);
  const inc = (await incidentOf(docs[0].url))!;
  assert.deepEqual(inc.services, ["Lumen Pay"]);
  assert.equal(inc.status, "ongoing");
  assert.equal(inc.startedAt, "2026-02-03T09:02:00Z");
  const entries = inc.timeline.filter((e) => e.official);
  assert.deepEqual(entries.map((e) => e.components), [["Card processing"], ["Card processing"]]);
  assert.equal(entries[0].impact, "full_outage");
});

test("Instatus: each active incident at its current state, started at its start", async () => {
  const docs = await docsOf("/orbit/incident/ck1#update-");
  assert.equal(docs.length, 1);
  assert.equal(docs[0].statusValue, "investigating");
  const inc = (await incidentOf(docs[0].url))!;
  assert.deepEqual(inc.services, ["Orbit Mail"]);
  assert.equal(inc.startedAt, "2026-02-03T07:15:00Z");
  assert.equal(inc.timeline.find((e) => e.official)?.impact, "major outage");
});

test("Google Cloud incidents.json: begin and end of the incident, AVAILABLE resolves it, products are components", async () => {
  const docs = await docsOf("/incidents/gAbC123#update-");
  assert.deepEqual(docs.map((d) => d.statusValue), ["investigating", "resolved"]);
  const inc = (await incidentOf(docs[0].url))!;
  assert.deepEqual(inc.services, ["Google Cloud"]);
  assert.equal(inc.status, "resolved");
  assert.equal(inc.startedAt, "2026-02-02T14:05:00Z");
  assert.equal(inc.endedAt, "2026-02-02T16:50:00Z");
  assert.deepEqual(inc.timeline.find((e) => e.official)?.components, ["Cloud Storage"]);
});

test("Google Cloud Atom: entries of one incident page are one incident, RESOLVED ends it", async () => {
  const docs = await docsOf("/gcp/incidents/xyz789#update-");
  assert.deepEqual(docs.map((d) => [d.statusValue, d.text]), [["update", "BigQuery jobs stay in pending state in the US multi-region."], ["resolved", "BigQuery jobs run normally again."]]);
  const inc = (await incidentOf(docs[0].url))!;
  assert.equal(inc.documents.length, 2);
  assert.equal(inc.status, "resolved");
  assert.equal(inc.endedAt, "2026-02-01T11:30:00Z");
});

test("AWS Health RSS: posts of one event are one incident, [RESOLVED] ends it, the channel is the component", async () => {
  const docs = await docsOf("/aws/rss/sqs-us-east-2.rss#event-");
  assert.deepEqual(docs.map((d) => d.statusValue), ["investigating", "resolved"]);
  assert.equal(docs[0].title, "Increased message delivery latency — Investigating");
  assert.deepEqual(JSON.parse(docs[0].components!), ["Amazon Simple Queue Service (Ohio)"]);
  const inc = (await incidentOf(docs[0].url))!;
  assert.equal(inc.documents.length, 2);
  assert.equal(inc.endedAt, "2026-01-27T14:40:00Z");
});

test("Azure status RSS: an active post is an ongoing incident of Microsoft Azure", async () => {
  const docs = await getDb().document.findMany({ where: { url: { startsWith: "https://status.example.test/azure/#incident-" } } });
  assert.equal(docs.length, 1);
  assert.equal(docs[0].statusValue, "investigating");
  const inc = (await incidentOf(docs[0].url))!;
  assert.equal(inc.status, "ongoing");
  assert.ok(inc.services.includes("Microsoft Azure") || inc.services.includes("Azure"), inc.services.join());
});

test("Slack history: notes in order, the last of a resolved incident resolves it, maintenance is left out", async () => {
  const docs = await getDb().document.findMany({ where: { url: { startsWith: "https://status.example.test/slack/" } }, orderBy: { publishedAt: "asc" } });
  assert.deepEqual(docs.map((d) => d.statusValue), ["investigating", "resolved"]);
  assert.deepEqual(JSON.parse(docs[0].components!), ["Messaging", "Connectivity"]);
  const inc = (await incidentOf(docs[0].url))!;
  assert.deepEqual(inc.services, ["Slack"]);
  assert.equal(inc.startedAt, "2026-01-29T18:12:00Z");
  assert.equal(inc.endedAt, "2026-01-29T20:05:00Z");
});

test("re-ingesting every status source writes nothing", async () => {
  const s = await ingestSources(await registerSources(Object.keys(routes).map((p) => ({ url: srv.base + p }))), { context: { fetch: FETCH, now } });
  assert.equal(s.documents.new + s.documents.updated, 0);
});

test("a status home page is followed to the status feed it announces", async () => {
  const s = await ingestSources(await registerSources([{ url: srv.base + "/gcp/" }]), { context: { fetch: FETCH, now } });
  assert.deepEqual(s.failures, []);
  assert.equal(s.reports[0].kind, "statuspage");
  assert.equal(s.documents.unchanged, 2, "the same two posts as the feed itself");
  assert.equal((await getDb().source.findFirst({ where: { url: srv.base + "/gcp/" } }))?.name, "Google Cloud");
});
