// Full-text search over a real SQLite file seeded through Prisma: folding, owners, filters, escaping.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { testDatabaseUrl } from "../helpers/test-database";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oa-search-"));
process.env.DATABASE_URL = testDatabaseUrl(path.join(dir, "s.db"));
const { closeDb, getDb } = await import("../../lib/db/client");
const { seedStandard } = await import("../api/fixtures/seed");
const { searchAll } = await import("../../lib/search/search-all");
const { searchParamsSchema } = await import("../../lib/search/search-params");
const { closeSearchConnection } = await import("../../lib/search/search-connection");
const { segmentsToHtml } = await import("../../lib/search/highlight-segments");

const run = (raw: Record<string, string>) => searchAll(searchParamsSchema.parse(raw));
const urls = (r: Awaited<ReturnType<typeof run>>) => r.documents.map((d) => d.url);
const slugs = (r: Awaited<ReturnType<typeof run>>) => r.incidents.map((i) => i.slug);

before(async () => { await seedStandard(); });
after(async () => {
  closeSearchConnection();
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("French plurals and accents fold: 'pannes' finds 'panne', 'reseau' finds 'réseaux'", async () => {
  assert.deepEqual(urls(await run({ q: "pannes" })), ["https://fr.example/fb-panne"]);
  // a cause word also finds its category's English word: the English BGP article says "network"
  assert.deepEqual(urls(await run({ q: "reseau" })), ["https://fr.example/fb-panne", "https://en.example/fb-bgp"]);
  assert.deepEqual(urls(await run({ q: "GÉNÉRAL" })), ["https://fr.example/azure"]);
  assert.deepEqual(urls(await run({ q: "serveur inaccessible" })), ["https://fr.example/fb-panne"]);
});

test("English plurals fold and words match in any order", async () => {
  assert.deepEqual(urls(await run({ q: "outage" })), ["https://en.example/x-links"]);
  assert.deepEqual(urls(await run({ q: "route BGP" })), ["https://en.example/fb-bgp"]);
});

test("'Meta' finds the Facebook incident through its owner", async () => {
  assert.deepEqual(slugs(await run({ q: "Meta" })), ["2021-10-04-facebook-instagram-whatsapp"]);
  assert.deepEqual(slugs(await run({ q: "twitter" })), ["2023-03-01-x"]);
});

test("the text of named moments (start, recovery) is the site's wording, not indexed", async () => {
  assert.deepEqual(slugs(await run({ q: "signalements" })), []);
});

test("filters: service, dates, language, cause", async () => {
  assert.deepEqual(urls(await run({ q: "the", lang: "fr" })), []);
  assert.deepEqual(urls(await run({ q: "coupure", service: "azure" })), ["https://fr.example/azure"]);
  assert.deepEqual(urls(await run({ q: "coupure", service: "Facebook" })), []);
  assert.deepEqual(urls(await run({ q: "links", from: "2023-03-01", to: "2023-03-01" })), ["https://en.example/x-links"]);
  assert.deepEqual(urls(await run({ q: "links", to: "2023-02-28" })), []);
  assert.deepEqual(slugs(await run({ q: "outage", cause: "software-bug" })), ["2023-03-01-x"]);
});

test("articles written later are indexed by the triggers (no rebuild)", async () => {
  const db = getDb();
  await db.document.create({ data: { url: "https://fr.example/late", title: "Nouvelle interruption", text: "Les messageries interrompues.", lang: "fr", contentHash: "late" } });
  assert.deepEqual(urls(await run({ q: "interruptions" })), ["https://fr.example/late"]);
  await db.document.update({ where: { url: "https://fr.example/late" }, data: { title: "Retour à la normale" } });
  assert.deepEqual(urls(await run({ q: "interruption" })), []);
  assert.deepEqual(urls(await run({ q: "normale" })), ["https://fr.example/late"]);
});

test("pages follow the ranking without gaps or repeats, filters included", async () => {
  const db = getDb();
  for (let n = 0; n < 25; n++) {
    const inTitle = n % 5 === 0; // 5 title matches, weighted above the 20 text-only ones
    await db.document.create({ data: { url: `https://en.example/zeppelin-${n}`, lang: n % 2 ? "fr" : "en", contentHash: `z${n}`,
      publishedAt: new Date(Date.UTC(2022, 0, 1 + n)), title: inTitle ? "Zeppelin grounded" : `Weather report ${n}`,
      text: inTitle ? "Flights were cancelled." : "A zeppelin was seen above the airport." } });
  }
  const [one, two] = [await run({ q: "zeppelin" }), await run({ q: "zeppelin", page: "2" })];
  assert.equal(one.documents.length, 20);
  assert.ok(one.hasMore && !two.hasMore);
  assert.equal(new Set([...urls(one), ...urls(two)]).size, 25);
  assert.ok(one.documents.slice(0, 5).every((d) => d.title.some((s) => s.mark)), "title matches first");
  const fr = await run({ q: "zeppelin", lang: "fr" });
  assert.ok(fr.documents.length === 12 && !fr.hasMore && fr.documents.every((d) => d.lang === "fr"));
  assert.equal((await run({ q: "zeppelin", from: "2022-01-21" })).documents.length, 5);
});

test("highlighting marks folded matches only", async () => {
  const hit = (await run({ q: "pannes" })).documents[0];
  assert.deepEqual(hit.title.filter((s) => s.mark).map((s) => s.text), ["Panne"]);
  assert.deepEqual((await run({ q: "resea" })).documents[0].title.filter((s) => s.mark).map((s) => s.text), ["réseaux"]);
});

test("source HTML is escaped before marks are added", async () => {
  const hit = (await run({ q: "unreachable" })).documents[0];
  const html = segmentsToHtml(hit.snippet);
  assert.ok(!html.includes("<script>"), html);
  assert.ok(html.includes("&#60;script&#62;") && html.includes("<mark>unreachable</mark>"), html);
});

test("FTS5 syntax typed by users is plain text, never an error", async () => {
  for (const q of ['"', "NEAR(a b)", "title:panne", "panne*", "a AND OR NOT", "(((", "-panne", "^x", "{title}: x", "\u0000", "💥"]) {
    await assert.doesNotReject(() => run({ q }), q);
  }
  assert.deepEqual(urls(await run({ q: "title:pannes" })).length, 0);
  assert.deepEqual((await run({ q: "   " })).documents, []);
});

test("bad parameters are rejected by the schema", () => {
  for (const raw of [{ from: "2021-13-45" }, { from: "yesterday" }, { lang: "de" }, { page: "0" }, { page: "x" }, { q: "x".repeat(3000) }, { from: "2022-01-02", to: "2022-01-01" }]) {
    assert.equal(searchParamsSchema.safeParse(raw).success, false, JSON.stringify(raw).slice(0, 60));
  }
});
