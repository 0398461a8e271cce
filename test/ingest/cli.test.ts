// `npm run ingest` as a command (contracts.md): URLs, --sources (JSON and OPML), --official,
// social accounts, article pages, polling of due sources, the summary and the exit codes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { useTempDatabase } from "./helpers/temp-database";
import { startFixtureServer, send, articlePage, type FixtureServer } from "./helpers/fixture-server";

const { dir } = useTempDatabase("cli");
const { getDb, closeDb } = await import("../../lib/db/client");

let srv: FixtureServer;
let pageVersion = 1;
const html = { "content-type": "text/html; charset=utf-8" };
const post = (b: string, n: number) => `<item><title>Post ${n}</title><link>${b}/@acme/${n}</link><guid>${b}/@acme/${n}</guid><pubDate>Tue, 05 Mar 2024 1${n}:00:00 GMT</pubDate><description>&lt;p&gt;We are aware of login issues (${n}).&lt;/p&gt;</description></item>`;
const feed = (b: string, paths: string[]) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><language>en</language>${paths.map((p, i) => `<item><title>Item ${i}</title><link>${b}${p}</link></item>`).join("")}</channel></rss>`;

before(async () => {
  srv = await startFixtureServer({
    "/@acme.rss": (q, s, b) => send(`<?xml version="1.0"?><rss version="2.0"><channel><title>Acme</title>${post(b, 1)}${post(b, 2)}</channel></rss>`, { "content-type": "application/rss+xml" })(q, s, b),
    "/@acme/1": send("<html><body>post page</body></html>", html),
    "/@acme/2": send("<html><body>post page</body></html>", html),
    "/story": (q, s, b) => send(articlePage({ title: "A story", paragraphs: [`Version ${pageVersion} of the story, with enough text to stand as a body.`], published: "2024-03-05T10:00:00Z" }), html)(q, s, b),
    "/list-a.xml": (q, s, b) => send(feed(b, ["/story"]), { "content-type": "application/rss+xml" })(q, s, b),
    "/list-b.xml": (q, s, b) => send(feed(b, ["/story?utm_campaign=x"]), { "content-type": "application/rss+xml" })(q, s, b),
    "/missing.xml": send("no", {}, 404),
    "/home": (q, s, b) => send(`<!doctype html><html><head><title>Outlet</title><link rel="alternate" type="application/rss+xml" href="/home-feed.xml"></head><body><ul><li><a href="/story2">Story 2</a></li></ul></body></html>`, html)(q, s, b),
    "/home-feed.xml": (q, s, b) => send(feed(b, ["/story2"]), { "content-type": "application/rss+xml" })(q, s, b),
    "/story2": send(articlePage({ title: "Second story", paragraphs: ["The second story, reached through the site's feed."] }), html),
  });
});
after(async () => {
  await srv.close();
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

function ingest(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/ingest.ts", ...args], { env: process.env });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("close", (code) => resolve({ code: code ?? -1, out, err }));
  });
}

test("bad arguments exit 2 with the usage", async () => {
  const r = await ingest("ftp://nope");
  assert.equal(r.code, 2);
  assert.match(r.err, /not an http\(s\) URL: ftp:\/\/nope[\s\S]*usage:/);
  assert.equal((await ingest("--frobnicate")).code, 2);
  const missing = await ingest("--sources", path.join(dir, "absent.json"));
  assert.equal(missing.code, 2);
});

test("a Mastodon account marked --official gives official documents; failures are summarised", async () => {
  const r = await ingest("--no-process", "--official", `${srv.base}/@acme.rss`, `${srv.base}/missing.xml`);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /ingest: sources 1 ok, 1 failed/);
  assert.match(r.out, new RegExp(`failed ${srv.base}/missing.xml: fetcher: 404 Not Found`));
  assert.match(r.out, /documents 2 new, 0 updated, 0 unchanged/);
  const source = await getDb().source.findUnique({ where: { url: `${srv.base}/@acme.rss` } });
  assert.equal(source?.kind, "social");
  assert.equal(source?.official, true);
  const docs = await getDb().document.findMany({ where: { sourceId: source!.id } });
  assert.deepEqual(docs.map((d) => d.kind), ["official", "official"]);
  assert.match(docs[0].text, /We are aware of login issues/, "the post's text, not the near-empty page");
});

test("an article URL is a page source, updated in place when it changes", async () => {
  const first = await ingest("--no-process", `${srv.base}/story`);
  assert.match(first.out, /documents 1 new/);
  const before = await getDb().document.findUniqueOrThrow({ where: { url: `${srv.base}/story` } });
  assert.equal(before.publishedAt?.toISOString(), "2024-03-05T10:00:00.000Z");
  pageVersion = 2;
  const second = await ingest("--no-process", `${srv.base}/story`);
  assert.match(second.out, /documents 0 new, 1 updated/);
  const after = await getDb().document.findUniqueOrThrow({ where: { url: `${srv.base}/story` } });
  assert.equal(after.id, before.id);
  assert.match(after.text, /Version 2/);
  assert.equal((await getDb().source.findUnique({ where: { url: `${srv.base}/story` } }))?.kind, "page");
});

test("a site's home page leads to its feed (autodiscovery), not to a page document", async () => {
  const r = await ingest("--no-process", `${srv.base}/home`);
  assert.match(r.out, /documents 1 new/);
  assert.ok(await getDb().document.findUnique({ where: { url: `${srv.base}/story2` } }));
  assert.equal(await getDb().document.count({ where: { url: `${srv.base}/home` } }), 0);
  assert.equal((await getDb().source.findUnique({ where: { url: `${srv.base}/home` } }))?.kind, "feed");
});

test("--sources reads JSON and OPML lists; the same article via two feeds is stored once", async () => {
  const json = path.join(dir, "sources.json");
  fs.writeFileSync(json, JSON.stringify([{ url: `${srv.base}/list-a.xml`, name: "List A", lang: "en", zone: "Europe/Paris" }]));
  const opml = path.join(dir, "sources.opml");
  fs.writeFileSync(opml, `<?xml version="1.0"?><opml version="2.0"><body><outline text="Group"><outline type="rss" text="List B" xmlUrl="${srv.base}/list-b.xml"/></outline></body></opml>`);
  assert.equal((await ingest("--no-process", "--sources", json)).code, 0);
  const r = await ingest("--no-process", "--sources", opml);
  assert.match(r.out, /ingest: sources 1 ok, 0 failed/);
  assert.equal(await getDb().document.count({ where: { url: { startsWith: `${srv.base}/story` }, NOT: { url: `${srv.base}/story2` } } }), 1);
  const a = await getDb().source.findUnique({ where: { url: `${srv.base}/list-a.xml` } });
  assert.deepEqual([a?.name, a?.zone], ["List A", "Europe/Paris"]);
  assert.equal((await getDb().source.findUnique({ where: { url: `${srv.base}/list-b.xml` } }))?.name, "List B");
});

test("without arguments only due sources are polled", async () => {
  await getDb().source.updateMany({ data: { nextFetchAt: new Date(Date.now() + 3600_000) } });
  await getDb().source.update({ where: { url: `${srv.base}/list-a.xml` }, data: { nextFetchAt: new Date(0) } });
  const hits = srv.hits.get("/list-b.xml");
  const r = await ingest("--no-process");
  assert.match(r.out, /1 configured sources due/);
  assert.match(r.out, /ingest: sources 1 ok, 0 failed/);
  assert.equal(srv.hits.get("/list-b.xml"), hits);
});

test("processing runs after fetching (the lead's processPendingDocuments)", async () => {
  const r = await ingest(`${srv.base}/story`);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /process: \d+ documents extracted/);
  const pending = await getDb().$queryRawUnsafe<{ n: number }[]>(`SELECT COUNT(*) AS n FROM "Document" WHERE "processedHash" IS NULL OR "processedHash" <> "contentHash"`);
  assert.equal(Number(pending[0].n), 0);
});
