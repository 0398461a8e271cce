// Incident search ranks by relevance blended with recency, never matches the site's own wording
// (generated titles, "Outage begins"), and finds incidents by their articles, cause category,
// year and month, in either language.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { rankIncidents } from "../../lib/search/rank-incidents";
import { testDatabaseUrl } from "../helpers/test-database";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oa-rank-"));
process.env.DATABASE_URL = testDatabaseUrl(path.join(dir, "r.db"));
const { closeDb } = await import("../../lib/db/client");
const { seed, makeIncident } = await import("../api/fixtures/seed");
const { searchAll } = await import("../../lib/search/search-all");
const { searchParamsSchema } = await import("../../lib/search/search-params");
const { closeSearchConnection } = await import("../../lib/search/search-connection");

const run = (q: string) => searchAll(searchParamsSchema.parse({ q }));
const slugs = async (q: string) => (await run(q)).incidents.map((i) => i.slug);
const doc = (url: string, title: string, text: string, lang: "fr" | "en", publishedAt: string) => ({ url, title, text, lang, publishedAt });

before(async () => {
  await seed([
    { incident: makeIncident({ slug: "2021-10-04-facebook", services: ["Facebook", "Instagram"], startedAt: "2021-10-04T15:40:00Z",
        cause: { category: "network-bgp-dns", summary: "Des routes retirées ont rendu les serveurs injoignables.", status: "confirmed", sources: [] },
        timeline: [{ at: "2021-10-04T15:40:00Z", precision: "minute", kind: "start", text: "Outage begins", sources: [] },
          { at: "2021-10-04T17:00:00Z", precision: "minute", kind: "statement", text: "Meta: “We're sorry for the trouble”", sources: [] }] }),
      docs: [doc("https://a.example/fb1", "Facebook outage: down for hours", "Facebook, Instagram and WhatsApp were down for six hours in a major outage.", "en", "2021-10-04T18:00:00Z"),
        doc("https://a.example/fb2", "Panne mondiale de Facebook", "Une panne géante a privé le monde de Facebook.", "fr", "2021-10-04T19:00:00Z")] },
    { incident: makeIncident({ slug: "2024-07-19-crowdstrike", services: ["CrowdStrike", "Windows"], startedAt: "2024-07-19T04:09:00Z",
        cause: { category: "software-bug", summary: "A faulty update of the Falcon sensor.", status: "confirmed", sources: [] },
        timeline: [{ at: "2024-07-19T04:09:00Z", precision: "minute", kind: "start", text: "Outage begins", sources: [] }] }),
      docs: [doc("https://a.example/cs1", "Des millions de PC affichent un écran bleu", "Les ordinateurs sous Windows redémarrent en boucle sur un écran bleu.", "fr", "2024-07-19T08:00:00Z")] },
    { incident: makeIncident({ slug: "2025-05-24-x", services: ["X"], startedAt: "2025-05-24T14:00:00Z",
        timeline: [{ at: "2025-05-24T14:00:00Z", precision: "minute", kind: "start", text: "Outage begins", sources: [] }] }),
      docs: [doc("https://a.example/x1", "X is back", "Service came back after an outage at a data centre.", "en", "2025-05-24T19:00:00Z")] },
  ]);
});
after(async () => {
  closeSearchConnection();
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("generated titles and timeline labels match nothing", async () => {
  assert.deepEqual(await slugs("begins"), []);
  assert.deepEqual(await slugs("Windows outage"), [], "the CrowdStrike title says 'outage', its article does not");
});

test("'outage' and 'panne' find the incidents whose articles say so, the better fit first", async () => {
  assert.deepEqual(await slugs("outage"), ["2021-10-04-facebook", "2025-05-24-x"]);
  assert.deepEqual(await slugs("panne"), ["2021-10-04-facebook"]);
});

test("words from articles, cause categories in both languages, years and months find their incidents", async () => {
  assert.deepEqual(await slugs("écran bleu"), ["2024-07-19-crowdstrike"]);
  assert.deepEqual(await slugs("DNS"), ["2021-10-04-facebook"]);
  assert.deepEqual(await slugs("BGP"), ["2021-10-04-facebook"]);
  assert.deepEqual(await slugs("réseau"), ["2021-10-04-facebook"]);
  assert.deepEqual(await slugs("bogue"), ["2024-07-19-crowdstrike"]);
  assert.deepEqual(await slugs("2021"), ["2021-10-04-facebook"]);
  assert.deepEqual(await slugs("instagram 2021"), ["2021-10-04-facebook"]);
  assert.deepEqual(await slugs("juillet 2024"), ["2024-07-19-crowdstrike"]);
  assert.deepEqual(await slugs("July"), ["2024-07-19-crowdstrike"]);
});

test("counts and snippets: the number of matching incidents, snippets from the sources' words only", async () => {
  const r = await run("sorry");
  assert.equal(r.incidentTotal, 1);
  assert.ok(r.incidents[0].snippet.some((s) => s.mark && /sorry/i.test(s.text)));
  assert.ok(!(await run("facebook")).incidents[0].snippet.some((s) => /Outage begins/.test(s.text)));
});

test("ranking blends relevance and recency: an equal fit goes to the newer incident, a much better fit wins anyway", async () => {
  const at = (y: number) => `${y}-01-01T00:00:00Z`;
  const equal = rankIncidents([{ id: 1, score: -2, startedAt: at(2019) }, { id: 2, score: -2, startedAt: at(2024) }], []);
  assert.deepEqual(equal.map((r) => r.id), [2, 1]);
  const better = rankIncidents([{ id: 1, score: -10, startedAt: at(2019) }, { id: 2, score: -1, startedAt: at(2024) }], []);
  assert.deepEqual(better.map((r) => r.id), [1, 2]);
  const ownBeatsArticles = rankIncidents([{ id: 1, score: -2, startedAt: at(2021) }], [{ id: 2, score: -5, n: 3, startedAt: at(2024) }]);
  assert.deepEqual(ownBeatsArticles.map((r) => r.id), [1, 2], "the incident's own year beats a later one whose articles recall it");
  const viaArticles = rankIncidents([], [{ id: 1, score: -3, n: 5, startedAt: at(2020) }, { id: 2, score: -3, n: 1, startedAt: at(2020) }]);
  assert.deepEqual(viaArticles.map((r) => [r.id, r.articles]), [[1, 5], [2, 1]]);
});

test("a year in the query asks for that year's outages: they come before a better text match from another year", async () => {
  const at = (y: number) => `${y}-06-01T00:00:00Z`;
  const own = [{ id: 1, score: -9, startedAt: at(2024) }, { id: 2, score: -2, startedAt: at(2021) }];
  assert.deepEqual(rankIncidents(own, [], [2021]).map((r) => r.id), [2, 1]);
  assert.deepEqual(rankIncidents(own, []).map((r) => r.id), [1, 2], "without a year the better text match wins");
});
