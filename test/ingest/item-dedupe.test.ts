// Item-level dedupe never merges two different items, and item pages that fail are counted.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { useTempDatabase, FAST_FETCH } from "./helpers/temp-database";
import { startFixtureServer, send, articlePage, type FixtureServer } from "./helpers/fixture-server";

const { dir } = useTempDatabase("item-dedupe");
const { getDb, closeDb } = await import("../../lib/db/client");
const { ingestSources, registerSources } = await import("../../lib/ingest/ingest-sources");

let srv: FixtureServer;
const long = "The service was unavailable for several hours across Europe and North America, the operator said, before engineers rolled back a configuration change that had been pushed to every region at once. Customers were told to retry later.";
const item = (b: string, path: string, title: string, text: string, guid: string) =>
  `<item><title>${title}</title><link>${b}${path}</link><guid isPermaLink="false">${guid}</guid><description>${text}</description></item>`;

before(async () => {
  srv = await startFixtureServer({
    // unrelated items with empty or equal titles and texts, whose pages all fail (404)
    "/alike.xml": (q, s, b) => send(`<?xml version="1.0"?><rss version="2.0"><channel><title>Alike</title>
      ${item(b, "/gone/1", "", "", "e1")}${item(b, "/gone/2", "", "", "e2")}
      ${item(b, "/gone/3", "Mise à jour", "Mise à jour", "u1")}${item(b, "/gone/4", "Mise à jour", "Mise à jour", "u2")}
      ${item(b, "/gone/5", "Outage", long, "l1")}${item(b, "/gone/6", "Outage", long, "l2")}</channel></rss>`, { "content-type": "application/rss+xml" })(q, s, b),
    // the same long article syndicated by a second outlet under another address is still one document
    "/first.xml": (q, s, b) => send(`<rss version="2.0"><channel><title>First</title>${item(b, "/a/original", "Outage in Europe", long, "f1")}</channel></rss>`, { "content-type": "application/rss+xml" })(q, s, b),
    "/second.xml": (q, s, b) => send(`<rss version="2.0"><channel><title>Second</title>${item(b, "/b/copy", "Outage in Europe", long, "s1")}</channel></rss>`, { "content-type": "application/rss+xml" })(q, s, b),
    "/a/original": send(articlePage({ title: "Outage in Europe", paragraphs: [long] }), { "content-type": "text/html; charset=utf-8" }),
    "/b/copy": send(articlePage({ title: "Outage in Europe", paragraphs: [long] }), { "content-type": "text/html; charset=utf-8" }),
  });
});
after(async () => {
  await srv.close();
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("items of one feed are never merged by their content, however alike; failed item pages are counted", async () => {
  const summary = await ingestSources(await registerSources([{ url: `${srv.base}/alike.xml` }]), { context: { fetch: FAST_FETCH } });
  assert.equal(summary.documents.new, 6);
  assert.equal(summary.documents.pagesFailed, 6);
  const urls = (await getDb().document.findMany({ select: { url: true } })).map((d) => d.url).sort();
  assert.deepEqual(urls, [1, 2, 3, 4, 5, 6].map((n) => `${srv.base}/gone/${n}`));
  // and the sources page shows it
  const { listSourceHealth } = await import("../../lib/db/site-source-health");
  assert.equal((await listSourceHealth()).find((s) => s.url === `${srv.base}/alike.xml`)?.pagesFailed, 6);
});

test("the same long article from two feeds under two addresses is stored once", async () => {
  const first = await ingestSources(await registerSources([{ url: `${srv.base}/first.xml` }]), { context: { fetch: FAST_FETCH } });
  const second = await ingestSources(await registerSources([{ url: `${srv.base}/second.xml` }]), { context: { fetch: FAST_FETCH } });
  assert.deepEqual([first.documents.new, second.documents.new, second.documents.unchanged, second.documents.pagesFailed], [1, 0, 1, 0]);
});
