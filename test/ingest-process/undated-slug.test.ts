// An incident whose documents give no day at all is not dated by the day it was processed: its slug
// says "undated" and stays the same whichever day clustering runs again.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { makeDoc } from "../cluster/fixtures/make-doc";
import { testDatabaseUrl } from "../helpers/test-database";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oa-undated-"));
process.env.DATABASE_URL = testDatabaseUrl(path.join(dir, "a.db"));
const { closeDb } = await import("../../lib/db/client");
const { reclusterDocuments } = await import("../../lib/ingest/process-documents");
const { storeExtractedDocument: store } = await import("../../lib/db/extractions");
const { getExport } = await import("../../lib/db/export");
after(async () => {
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("documents with no day anywhere make an 'undated' incident, not one of the processing day", async () => {
  const a = makeDoc({ url: "https://a.example/1", lang: "fr", title: "Panne géante de Discord : les joueurs privés de messagerie", publishedAt: null, outageDay: null, failed: ["Discord"] });
  const b = makeDoc({ url: "https://b.example/2", title: "Discord outage leaves gamers without voice chat", publishedAt: null, outageDay: null, failed: ["Discord"] });
  const ids = [await store(a), await store(b)];
  await reclusterDocuments(ids, new Date("2026-12-06T05:00:00Z"));
  const first = await getExport(new Date("2026-12-06T05:00:00Z"));
  assert.equal(first.incidents.length, 1);
  assert.equal(first.incidents[0].startedAt, null);
  assert.match(first.incidents[0].slug, /^undated-discord/);
  assert.doesNotMatch(first.incidents[0].slug, /2026-12-06/);
  // a later run on another day gives the same incident the same slug
  await reclusterDocuments(ids, new Date("2026-12-09T05:00:00Z"));
  assert.equal((await getExport(new Date("2026-12-09T05:00:00Z"))).incidents[0].slug, first.incidents[0].slug);
});
