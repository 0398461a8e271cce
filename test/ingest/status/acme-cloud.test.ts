// The "Acme Cloud" case of issue 15: a Statuspage of a service the project does not know. Its
// name is the service, each status incident is one incident of ours (resolved with its start,
// end, components and cause; open one ongoing) and every update stays a `status` document.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { useTempDatabase, FAST_FETCH } from "../helpers/temp-database";

// short retries, but a timeout a loaded 2-core machine cannot hit: these tests are about formats
const FETCH = { ...FAST_FETCH, totalTimeoutMs: 20_000, connectTimeoutMs: 10_000 };
import { startFixtureServer, send, type FixtureServer } from "../helpers/fixture-server";
import { acmeCloudIncidents as acme } from "./fixtures/acme-cloud";

const { dir } = useTempDatabase("acme");
const { getDb, closeDb } = await import("../../../lib/db/client");
const { ingestSources, registerSources } = await import("../../../lib/ingest/ingest-sources");
const { processPendingDocuments } = await import("../../../lib/ingest/process-documents");
const { getExport } = await import("../../../lib/db/export");

const now = new Date("2026-01-14T20:00:00Z");
let srv: FixtureServer;
before(async () => {
  srv = await startFixtureServer({
    "/api/v2/incidents.json": (q, s, b) => {
      if (q.headers["if-none-match"] === '"v1"') return void s.writeHead(304).end();
      send(acme(b), { "content-type": "application/json", etag: '"v1"' })(q, s, b);
    },
  });
  process.env.INGEST_ALLOW_PRIVATE = srv.base;
  const s = await ingestSources(await registerSources([{ url: srv.base + "/api/v2/incidents.json" }]), { context: { fetch: FETCH, now } });
  assert.deepEqual(s.failures, []);
  await processPendingDocuments({ now });
});
after(async () => {
  await srv.close();
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("Acme Cloud: two incidents named after the page, every update a status document", async () => {
  const exp = await getExport(now);
  assert.equal(exp.incidents.length, 2, exp.incidents.map((i) => i.slug).join());
  for (const inc of exp.incidents) {
    assert.deepEqual(inc.services, ["Acme Cloud"], inc.slug);
    assert.ok(inc.documents.every((d) => d.kind === "status"));
  }
  assert.equal(exp.incidents.reduce((n, i) => n + i.documents.length, 0), 6);
  assert.equal(await getDb().document.count({ where: { kind: "status" } }), 6);
});

test("Acme Cloud: the resolved incident has its start, resolution, components, impact and cause", async () => {
  const inc = (await getExport(now)).incidents.find((i) => i.documents.some((d) => d.url.endsWith("/incidents/j9#update-j9a")))!;
  assert.equal(inc.status, "resolved");
  assert.equal(inc.startedAt, "2026-01-14T08:05:00Z", "the incident's started_at");
  assert.equal(inc.endedAt, "2026-01-14T11:47:00Z", "the incident's resolved_at");
  assert.equal(inc.cause?.category, "config-change");
  assert.equal(inc.cause?.status, "confirmed");
  const updates = inc.timeline.filter((e) => e.official);
  assert.deepEqual(updates.map((e) => e.status), ["investigating", "identified", "monitoring", "resolved"]);
  assert.equal(updates[2].text, "The rollback is complete and error rates are back to normal. We are monitoring.");
  assert.deepEqual(updates[1].components, ["Object Storage", "Compute"]);
  assert.equal(updates[0].impact, "critical");
});

test("Acme Cloud: the open incident is ongoing, its phase the latest update's", async () => {
  const inc = (await getExport(now)).incidents.find((i) => i.documents.some((d) => d.url.endsWith("/incidents/k1#update-k1a")))!;
  assert.equal(inc.status, "ongoing");
  assert.equal(inc.startedAt, "2026-01-14T18:31:00Z");
  assert.equal(inc.endedAt, null);
  assert.deepEqual(inc.timeline.filter((e) => e.official).map((e) => e.status), ["investigating", "identified"]);
});

test("Acme Cloud: a page with an open incident is polled every 2 minutes, even when it answers 304", async () => {
  const url = srv.base + "/api/v2/incidents.json";
  const first = await getDb().source.findFirstOrThrow({ where: { url } });
  assert.equal(first.nextFetchAt?.toISOString(), new Date(now.getTime() + 2 * 60_000).toISOString());
  const later = new Date(now.getTime() + 5 * 60_000);
  const s = await ingestSources(await registerSources([{ url }]), { context: { fetch: FETCH, now: later } });
  assert.equal(s.sources.notModified, 1);
  const again = await getDb().source.findFirstOrThrow({ where: { url } });
  assert.equal(again.nextFetchAt?.toISOString(), new Date(later.getTime() + 2 * 60_000).toISOString());
});
