// The processing step against a real SQLite file: extraction, clustering and incident writes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { testDatabaseUrl } from "../helpers/test-database";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oa-process-"));
process.env.DATABASE_URL = testDatabaseUrl(path.join(dir, "a.db"));
const { getDb, closeDb } = await import("../../lib/db/client");
const { processPendingDocuments } = await import("../../lib/ingest/process-documents");
const { getExport } = await import("../../lib/db/export");

const now = new Date("2024-03-07T12:00:00Z");
const docs = [
  { url: "https://fr.example/panne-meta", lang: "fr", publishedAt: "2024-03-05T18:10:00+01:00",
    title: "Panne géante de Facebook et Instagram ce mardi",
    text: "Facebook et Instagram sont inaccessibles depuis 16h (heure de Paris) ce mardi. Des milliers d'utilisateurs ont été déconnectés de leur compte et ne parviennent plus à se reconnecter. Meta a confirmé un problème technique. Le service a été rétabli vers 18h." },
  { url: "https://en.example/meta-outage", lang: "en", publishedAt: "2024-03-05T13:30:00-05:00",
    title: "Facebook and Instagram down: users logged out in global outage",
    text: "Facebook and Instagram went down on Tuesday around 10 a.m. ET, logging users out of their accounts. Meta spokesperson Andy Stone said a technical issue caused people to have difficulty accessing some services. Service was restored by noon ET, about two hours later." },
  { url: "https://en.example/earnings", lang: "en", publishedAt: "2024-03-05T20:00:00Z",
    title: "Meta shares rise after strong advertising quarter",
    text: "Meta Platforms reported higher advertising revenue and its shares rose in after-hours trading. Analysts praised cost cuts and investment in artificial intelligence." },
];

async function insert(list: typeof docs) {
  const db = getDb();
  const source = await db.source.create({ data: { url: "https://feeds.example/" + crypto.randomUUID(), name: "Test outlet" } });
  for (const d of list) {
    await db.document.create({ data: { url: d.url, title: d.title, text: d.text, lang: d.lang, publishedAt: new Date(d.publishedAt),
      sourceId: source.id, contentHash: crypto.createHash("sha256").update(d.title + d.text).digest("hex") } });
  }
}

before(async () => insert(docs));
after(async () => {
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("French and English reports of one outage form one incident; the rest stays unassigned", async () => {
  const r = await processPendingDocuments({ now });
  assert.equal(r.extracted, 3);
  const exp = await getExport(now);
  assert.equal(exp.incidents.length, 1);
  const inc = exp.incidents[0];
  assert.deepEqual(inc.documents.map((d) => d.url).sort(), [docs[0].url, docs[1].url].sort());
  assert.match(inc.slug, /^2024-03-05-/);
  assert.ok(inc.services.includes("Facebook") && inc.services.includes("Instagram"), inc.services.join());
  assert.deepEqual(exp.unassigned.map((u) => u.url), [docs[2].url]);
  const seen = [...exp.incidents.flatMap((i) => i.documents.map((d) => d.url)), ...exp.unassigned.map((u) => u.url)];
  assert.equal(seen.length, new Set(seen).size);
  assert.equal(seen.length, docs.length);
});

test("re-running on unchanged documents changes nothing", async () => {
  const before = await getExport(now);
  const r = await processPendingDocuments({ now });
  assert.deepEqual(r, { extracted: 0, incidentsChanged: 0 });
  assert.deepEqual((await getExport(now)).incidents, before.incidents);
});

test("a changed document is extracted again and its incident keeps its slug", async () => {
  const db = getDb();
  const slug = (await getExport(now)).incidents[0].slug;
  const d = docs[1];
  const text = d.text + " Meta later said a configuration change caused the problem.";
  await db.document.update({ where: { url: d.url }, data: { text, contentHash: crypto.createHash("sha256").update(d.title + text).digest("hex") } });
  const r = await processPendingDocuments({ now });
  assert.equal(r.extracted, 1);
  const exp = await getExport(now);
  assert.equal(exp.incidents.length, 1);
  assert.equal(exp.incidents[0].slug, slug);
});

test("an undated document arriving later is placed in the incident of its service, not in one of its own", async () => {
  const db = getDb();
  const source = await db.source.create({ data: { url: "https://feeds.example/" + crypto.randomUUID(), name: "Undated outlet" } });
  const title = "Why Facebook and Instagram logged everyone out";
  const text = "Facebook and Instagram went down for about two hours, logging users out of their accounts. Meta blamed a technical issue and restored the service.";
  await db.document.create({ data: { url: "https://undated.example/meta", title, text, lang: "en", publishedAt: null, sourceId: source.id,
    contentHash: crypto.createHash("sha256").update(title + text).digest("hex") } });
  const slug = (await getExport(now)).incidents[0].slug;
  await processPendingDocuments({ now });
  const exp = await getExport(now);
  assert.equal(exp.incidents.length, 1, exp.incidents.map((i) => i.slug).join());
  assert.equal(exp.incidents[0].slug, slug);
  assert.ok(exp.incidents[0].documents.some((d) => d.url === "https://undated.example/meta"));
});
