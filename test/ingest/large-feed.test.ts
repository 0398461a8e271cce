// Issue 14: a feed of 499+ items failed whole ("too many SQL variables"), an incident of 1,000
// documents stopped updating, and nothing bounded what one source adds per poll.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { useTempDatabase, FAST_FETCH } from "./helpers/temp-database";
import { startFixtureServer, send, type FixtureServer } from "./helpers/fixture-server";

const { dir } = useTempDatabase("large");
const { getDb, closeDb } = await import("../../lib/db/client");
const { ingestSources, registerSources } = await import("../../lib/ingest/ingest-sources");
const { getIncidentRefs, applyIncidentChanges, findIncidentIdsHolding } = await import("../../lib/db/incident-writes");
const { getExtractedDocuments } = await import("../../lib/db/extractions");

let srv: FixtureServer;
let first = 0; // items numbered from here: the next poll publishes 300 new ones
const feed = () => {
  const items = Array.from({ length: 1000 }, (_, i) => i + first)
    .map((i) => `<item><title>Story ${i}</title><guid>g-${i}</guid><description>Summary of story ${i} about an outage.</description></item>`);
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>${items.join("")}</channel></rss>`;
};

before(async () => {
  srv = await startFixtureServer({ "/feed.xml": (q, s, b) => send(feed(), { "content-type": "application/rss+xml" })(q, s, b) });
});
after(async () => {
  await srv.close();
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("a 1,000-item feed is stored whole; a later poll adds at most maxNewPerPoll new documents and says so", { timeout: 240_000 }, async () => {
  const planned = await registerSources([{ url: `${srv.base}/feed.xml` }]);
  const s1 = await ingestSources(planned, { context: { fetch: FAST_FETCH } });
  assert.deepEqual(s1.failures, []);
  assert.equal(await getDb().document.count(), 1000);
  first = 300; // 300 items dropped off the top, 300 new ones: only 200 may come in on this poll
  const again = await registerSources([{ url: `${srv.base}/feed.xml` }]);
  const s2 = await ingestSources(again, { context: { fetch: FAST_FETCH } });
  assert.equal(s2.documents.new, 200, JSON.stringify(s2.reports));
  assert.equal(s2.documents.unchanged, 700);
  assert.match(s2.reports[0].problems.join(" "), /100 new items left for the next poll \(at most 200 new documents per poll\)/);
  const source = await getDb().source.findFirstOrThrow();
  assert.match(source.lastError ?? "", /left for the next poll/);
});

test("an incident of 1,500 documents is read and rewritten (keys bound in chunks)", async () => {
  const ids = (await getDb().document.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((d) => d.id);
  assert.ok(ids.length >= 1200);
  const incident = { slug: "2024-03-05-big", title: "Big", titleFr: "Big", services: ["big"], startedAt: null, endedAt: null, durationMinutes: null, status: "resolved", cause: null } as never;
  await applyIncidentChanges({ writes: [{ existingId: null, incident, documentIds: ids, keys: ids.map((i) => `big:${i}`) }], absorbed: [] });
  const [ref] = await getIncidentRefs([(await getDb().incident.findFirstOrThrow()).id]);
  assert.equal(ref.documentIds.length, ids.length);
  assert.equal((await findIncidentIdsHolding(ids)).length, 1);
  await getDb().document.updateMany({ data: { isOutage: true, factsJson: null } });
  await assert.doesNotReject(getExtractedDocuments(ids));
});
