// The incidents the incremental path leaves must not depend on the order documents arrive in
// (scripts/cluster-order.ts checks it on a whole corpus): an undated report that came first is found
// by the dated reports of its outage that come after it, and a neighbourhood read several rounds
// wide never drops the documents of the last incidents it reached.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { makeDoc } from "../cluster/fixtures/make-doc";
import type { ExtractedDocument } from "../../lib/domain/types";
import { clusterDocuments } from "../../lib/cluster/cluster-documents";
import { testDatabaseUrl } from "../helpers/test-database";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oa-order-"));
process.env.DATABASE_URL = testDatabaseUrl(path.join(dir, "a.db"));
const { getDb, closeDb } = await import("../../lib/db/client");
const { reclusterDocuments } = await import("../../lib/ingest/process-documents");
const { storeExtractedDocument: store } = await import("../../lib/db/extractions");
after(async () => {
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});
const now = new Date("2026-12-06T05:00:00Z");

/** The stored incidents of these urls, as sorted url lists. */
async function partition(urls: string[]): Promise<string[][]> {
  const rows = await getDb().document.findMany({ where: { url: { in: urls } }, select: { url: true, incidentId: true } });
  const by = new Map<number | null, string[]>();
  for (const r of rows) (by.get(r.incidentId) ?? by.set(r.incidentId, []).get(r.incidentId)!).push(r.url);
  return [...by.entries()].map(([id, us]) => (id === null ? us.map((u) => [`unassigned:${u}`]) : [us.sort()])).flat().sort();
}

function webexReports(): { undated: ExtractedDocument; dated: ExtractedDocument[] } {
  const body = "Les visioconférences Webex ont échoué toute la matinée : réunions coupées, écrans figés, salles virtuelles introuvables pour les écoles et les hôpitaux.";
  return {
    undated: makeDoc({ url: "https://a.example/webex-undated", lang: "fr", title: "Webex en panne : réunions coupées et écrans figés", body, publishedAt: null, outageDay: null, failed: ["Webex"] }),
    dated: [
      makeDoc({ url: "https://b.example/webex-1", lang: "fr", title: "Panne Webex : réunions coupées, écrans figés", body, publishedAt: "2025-03-11T11:00:00Z", failed: ["Webex"], times: [{ role: "start", utc: "2025-03-11T07:30:00Z" }] }),
      makeDoc({ url: "https://c.example/webex-2", title: "Webex meetings cut off, screens frozen for schools and hospitals", body: "Webex video meetings failed all morning: meetings cut, frozen screens, virtual rooms missing for schools and hospitals (réunions coupées).", publishedAt: "2025-03-11T12:00:00Z", failed: ["Webex"], times: [{ role: "start", utc: "2025-03-11T07:40:00Z" }] }),
    ],
  };
}

test("an undated report that arrived first joins the dated reports of its outage that come after it", async () => {
  const { undated, dated } = webexReports();
  const all = [undated, ...dated];
  assert.equal(clusterDocuments(all).length, 1, "all at once, the three are one outage");
  await reclusterDocuments([await store(undated)], now);
  await reclusterDocuments([await store(dated[0])], now);
  await reclusterDocuments([await store(dated[1])], now);
  assert.deepEqual(await partition(all.map((d) => d.url)), [all.map((d) => d.url).sort()]);
  const keys = await getDb().incidentKey.findMany({ where: { key: "webex|undated" } });
  assert.equal(keys.length, 0, "an incident with dated reports is no longer filed as undated");
});

test("a neighbourhood widened round after round keeps every document of the incidents it reached", async () => {
  // one service's outages four days apart, each with its own start: each meets the next by its
  // days alone, and their starts keep them apart
  const days = ["2025-05-03", "2025-05-07", "2025-05-11", "2025-05-15", "2025-05-19"];
  const chain = days.map((d, i) => makeDoc({ url: `https://d.example/mastodon-${i}`, title: `Mastodon instance unreachable (${i})`, publishedAt: `${d}T18:00:00Z`, failed: ["Mastodon"], times: [{ role: "start", utc: `${d}T${String(6 + i).padStart(2, "0")}:00:00Z` }] }));
  for (const d of chain) await reclusterDocuments([await store(d)], now);
  const before = await partition(chain.map((d) => d.url));
  assert.equal(before.length, days.length, JSON.stringify(before));
  // a report two days before the first reaches the chain's far end only after four rounds of lookups
  const seed = makeDoc({ url: "https://e.example/mastodon-seed", title: "Mastodon down again", publishedAt: "2025-05-01T18:00:00Z", failed: ["Mastodon"], times: [{ role: "start", utc: "2025-05-01T05:00:00Z" }] });
  await reclusterDocuments([await store(seed)], now);
  const afterSeed = await partition([...chain, seed].map((d) => d.url));
  assert.ok(afterSeed.every((g) => !g[0].startsWith("unassigned:")), JSON.stringify(afterSeed));
  assert.equal(await getDb().incident.count({ where: { documents: { some: { url: { in: chain.map((d) => d.url) } } } } }), days.length);
});
