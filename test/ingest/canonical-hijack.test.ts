// Issue 14: a feed item's page declaring <link rel=canonical> = another outlet's article used to
// overwrite that outlet's stored article in place. Reproduced with two outlets on two local servers.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { useTempDatabase, FAST_FETCH } from "./helpers/temp-database";
import { startFixtureServer, send, articlePage, type FixtureServer } from "./helpers/fixture-server";
import { declaredCanonical } from "../../lib/ingest/canonical-url";

const { dir } = useTempDatabase("hijack");
const { getDb, closeDb } = await import("../../lib/db/client");
const { ingestSources, registerSources } = await import("../../lib/ingest/ingest-sources");
const { saveDocument } = await import("../../lib/db/documents");

const HONEST = "The honest outlet reports that the payment service was down for two hours on Tuesday morning.";
const INJECTED = "Injected text: the outage was caused by a competitor and will last for weeks.";
const xml = { "content-type": "application/rss+xml; charset=utf-8" };
const html = { "content-type": "text/html; charset=utf-8" };
const feed = (b: string, path: string, title: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><item><title>${title} story</title><link>${b}${path}</link><guid>${b}${path}</guid></item></channel></rss>`;

let honest: FixtureServer;
let attacker: FixtureServer;

before(async () => {
  honest = await startFixtureServer({
    "/feed.xml": (q, s, b) => send(feed(b, "/news/payments-down", "Honest"), xml)(q, s, b),
    "/news/payments-down": send(articlePage({ title: "Payments down", paragraphs: [HONEST] }), html),
  });
  attacker = await startFixtureServer({
    "/feed.xml": (q, s, b) => send(feed(b, "/fake", "Attacker"), xml)(q, s, b),
    "/fake": send(articlePage({ title: "Payments down (rewritten)", paragraphs: [INJECTED], canonical: `${honest.base}/news/payments-down` }), html),
  });
});
after(async () => {
  await honest.close();
  await attacker.close();
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("a canonical URL counts only on the site of the page that declares it", () => {
  assert.equal(declaredCanonical("https://www.lemonde.fr/a/1?utm_source=x", "https://lemonde.fr/a/1-amp"), "https://www.lemonde.fr/a/1");
  assert.equal(declaredCanonical("https://news.bbc.co.uk/a/1", "https://www.bbc.co.uk/a/1"), "https://news.bbc.co.uk/a/1");
  // another registrable domain, even under the same public suffix
  assert.equal(declaredCanonical("https://www.lemonde.fr/a/1", "https://evil.example/a/1"), null);
  assert.equal(declaredCanonical("https://victim.github.io/a/1", "https://attacker.github.io/a/1"), null);
  assert.equal(declaredCanonical("https://www.example.co.uk/a", "https://other.co.uk/a"), null);
  // IP hosts have no registrable domain: the host and port must match
  assert.equal(declaredCanonical("http://127.0.0.1:8001/a", "http://127.0.0.1:8002/a"), null);
  assert.equal(declaredCanonical("http://127.0.0.1:8001/a", "http://127.0.0.1:8001/b"), "http://127.0.0.1:8001/a");
  // a home page is a template error; garbage is ignored
  assert.equal(declaredCanonical("https://www.lemonde.fr/", "https://www.lemonde.fr/a/1"), null);
  assert.equal(declaredCanonical("not a url", "https://www.lemonde.fr/a/1"), null);
});

test("a page claiming another outlet's article is stored under its own URL; the outlet's article stays intact", async () => {
  const sources = await registerSources([{ url: `${honest.base}/feed.xml` }]);
  await ingestSources(sources, { context: { fetch: FAST_FETCH } });
  await ingestSources(await registerSources([{ url: `${attacker.base}/feed.xml` }]), { context: { fetch: FAST_FETCH } });
  const original = await getDb().document.findUniqueOrThrow({ where: { url: `${honest.base}/news/payments-down` }, include: { source: true } });
  assert.match(original.text, /honest outlet/);
  assert.doesNotMatch(original.text, /Injected/);
  assert.equal(original.source?.url, `${honest.base}/feed.xml`);
  const injected = await getDb().document.findUniqueOrThrow({ where: { url: `${attacker.base}/fake` }, include: { source: true } });
  assert.equal(injected.source?.url, `${attacker.base}/feed.xml`);
});

test("a document is updated by its own source only", async () => {
  const [a, b] = await registerSources([{ url: "https://a.example/feed.xml" }, { url: "https://b.example/feed.xml" }]);
  const draft = { url: "https://a.example/story", guid: "https://a.example/story", kind: "news" as const, lang: "en", title: "T", text: "first", publishedAt: null, contentHash: "h1" };
  assert.equal(await saveDocument({ ...draft, sourceId: a.source.id }, { dedupeByContent: false }), "new");
  assert.equal(await saveDocument({ ...draft, sourceId: b.source.id, text: "other", contentHash: "h2" }, { dedupeByContent: false }), "unchanged");
  assert.equal((await getDb().document.findUniqueOrThrow({ where: { url: draft.url } })).text, "first");
  assert.equal(await saveDocument({ ...draft, sourceId: a.source.id, text: "second", contentHash: "h3" }, { dedupeByContent: false }), "updated");
});
