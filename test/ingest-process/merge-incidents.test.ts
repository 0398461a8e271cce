// Clustering write-back against a real SQLite file: a document that shows two incidents are one
// merges them, the surviving slug is kept and the absorbed slug redirects to it.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { makeDoc } from "../cluster/fixtures/make-doc";
import { testDatabaseUrl } from "../helpers/test-database";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oa-merge-"));
process.env.DATABASE_URL = testDatabaseUrl(path.join(dir, "a.db"));
const { getDb, closeDb } = await import("../../lib/db/client");
const { reclusterDocuments } = await import("../../lib/ingest/process-documents");
const { storeExtractedDocument: store } = await import("../../lib/db/extractions");
const { getExport } = await import("../../lib/db/export");
after(async () => {
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

const now = new Date("2024-12-14T00:00:00Z");

test("a bridging document merges two incidents; the absorbed slug redirects to the kept one", async () => {
  // a report naming no service and a report of a named network, the same day, sharing no words
  const a = makeDoc({ url: "https://a.example/1", lang: "fr", title: "Un câble sous-marin sectionné au large de la Mauritanie", publishedAt: "2024-12-11T18:30:00Z", times: [{ role: "start", utc: "2024-12-11T12:00:00Z" }] });
  const b = makeDoc({ url: "https://b.example/2", title: "MainOne customers report slow browsing", publishedAt: "2024-12-11T19:00:00Z", failed: ["MainOne"] });
  const ids = [await store(a), await store(b)];
  await reclusterDocuments(ids, now);
  const before = await getExport(now);
  assert.equal(before.incidents.length, 2);

  // found through the day keys every dated incident is also filed under, whatever its service
  const bridge = makeDoc({ url: "https://c.example/3", title: "Câble sous-marin sectionné en Mauritanie: MainOne ralenti", publishedAt: "2024-12-11T20:00:00Z", failed: ["MainOne"] });
  await reclusterDocuments([await store(bridge)], now);
  const after = await getExport(now);
  assert.equal(after.incidents.length, 1);
  assert.deepEqual(after.incidents[0].documents.map((d) => d.url).sort(), [a.url, b.url, bridge.url]);
  const kept = after.incidents[0].slug;
  assert.ok(before.incidents.some((i) => i.slug === kept), "the merged incident keeps one of the published slugs");
  const gone = before.incidents.find((i) => i.slug !== kept)!.slug;
  const redirect = await getDb().slugRedirect.findUnique({ where: { fromSlug: gone } });
  assert.equal(redirect?.toSlug, kept);

  // re-running changes nothing
  assert.equal(await reclusterDocuments([], now), 0);
  assert.deepEqual((await getExport(now)).incidents, after.incidents);
});
