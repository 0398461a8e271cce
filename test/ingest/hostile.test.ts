// Hostile sources (issue 5) in one run with good ones: each failing source records a clear error,
// nothing half-written reaches the database, and the good sources are ingested anyway.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import zlib from "node:zlib";
import iconv from "iconv-lite";
import { useTempDatabase, FAST_FETCH } from "./helpers/temp-database";
import { startFixtureServer, send, articlePage, type FixtureServer } from "./helpers/fixture-server";

const { dir } = useTempDatabase("hostile");
const { getDb, closeDb } = await import("../../lib/db/client");
const { ingestSources, registerSources } = await import("../../lib/ingest/ingest-sources");
type Summary = Awaited<ReturnType<typeof ingestSources>>;

const MB = 1024 * 1024;
const now = new Date();
const xml = { "content-type": "application/rss+xml; charset=utf-8" };
const bigTitle = "Outage ".repeat(150_000); // ~1 MB
const evil = `&lt;p onclick="steal()"&gt;Visible words.&lt;script&gt;alert('x')&lt;/script&gt; &lt;a href="javascript:alert(1)"&gt;click&lt;/a&gt;&lt;/p&gt;`;
const trickyFeed = (b: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Tricky</title><language>en</language>
<item><title>No link here</title><guid isPermaLink="false">nolink-1</guid><description>Only a description, no link at all.</description></item>
<item><title>No date</title><link>${b}/p/nodate</link><guid>g-nodate</guid></item>
<item><title>From the future</title><link>${b}/p/future</link><guid>g-future</guid><pubDate>Fri, 01 Jan 2099 00:00:00 GMT</pubDate></item>
<item><title>${bigTitle}</title><link>${b}/p/big</link><guid>g-big</guid></item>
<item><title>Evil content</title><link>javascript:alert(1)</link><guid>g-evil</guid><description>${evil}</description></item>
<item><title>Duplicate one</title><link>${b}/p/dup</link><guid>g-dup</guid></item>
<item><title>Duplicate two</title><link>${b}/p/dup2</link><guid>g-dup</guid></item>
<item><title>Dead page</title><link>${b}/p/dead</link><guid>g-dead</guid><description>The page is gone but this summary survives.</description></item>
</channel></rss>`;
const evilPage = articlePage({
  title: "No date", paragraphs: ["A paragraph about the outage with enough words to be the body of the article."],
  extraBody: `<p onmouseover="x()">Second paragraph<script>document.write("injected")</script> stays.</p><a href="javascript:void(0)">js link</a>`,
});

const routes = {
  "/good.xml": (q: never, s: never, b: string) => send(trickyFeed(b), xml)(q, s, b),
  "/p/nodate": send(evilPage, { "content-type": "text/html" }),
  "/p/future": send(articlePage({ title: "From the future", paragraphs: ["Body of an article dated in 2099 by mistake, kept but not dated."] }), { "content-type": "text/html" }),
  "/p/big": send(articlePage({ title: "Big", paragraphs: ["Body of the article whose feed title is a megabyte long."] }), { "content-type": "text/html" }),
  "/p/dup": send(articlePage({ title: "Dup", paragraphs: ["First of two items sharing a GUID, only this one is kept."] }), { "content-type": "text/html" }),
  "/malformed.xml": send(`<rss version="2.0"><channel><title>Broken</title><item><title>x</ti`, xml),
  "/html-as-feed.xml": send("<!doctype html><html><body><p>Not a feed</p></body></html>", xml),
  "/empty.xml": send("", xml),
  "/empty-feed.xml": send(`<?xml version="1.0"?><rss version="2.0"><channel><title>Nothing</title></channel></rss>`, xml),
  "/huge.xml": (_q: never, res: import("node:http").ServerResponse) => {
    res.writeHead(200, xml);
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < 50 * MB && res.write(chunk)) sent += chunk.length;
      if (sent < 50 * MB) res.once("drain", pump);
      else res.end();
    };
    pump();
  },
  "/drip.xml": (_q: never, res: import("node:http").ServerResponse) => {
    res.writeHead(200, xml);
    const t = setInterval(() => res.write("<"), 1000);
    res.on("close", () => clearInterval(t));
  },
  "/loop.xml": send("", { location: "/loop2.xml" }, 302),
  "/loop2.xml": send("", { location: "/loop.xml" }, 302),
  "/missing.xml": send("nope", {}, 404),
  "/gone.xml": send("gone", {}, 410),
  "/busy.xml": send("later", { "retry-after": "120" }, 429),
  "/down.xml": send("later", { "retry-after": "3600" }, 503),
  "/bomb.xml": send(zlib.gzipSync(Buffer.alloc(60 * MB, 0x3c)), { ...xml, "content-encoding": "gzip" }),
  "/mislabelled.xml": send(iconv.encode(`<?xml version="1.0"?><rss version="2.0"><channel><title>Étiquette</title><item><title>Réseau coupé à Québec</title><guid>m1</guid><description>Été.</description></item></channel></rss>`, "latin1"), xml),
};

let srv: FixtureServer;
let summary: Summary;
const errorOf = (p: string) => summary.failures.find((f) => f.url === srv.base + p)?.error;

before(async () => {
  srv = await startFixtureServer(routes as never);
  const planned = await registerSources(Object.keys(routes).filter((p) => p.endsWith(".xml") && p !== "/loop2.xml").map((p) => ({ url: srv.base + p })));
  summary = await ingestSources(planned, { context: { now, fetch: FAST_FETCH } });
});
after(async () => {
  await srv.close();
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("each hostile source fails with a clear error named in the summary", () => {
  assert.match(errorOf("/malformed.xml") ?? "", /^parser: malformed XML/);
  assert.match(errorOf("/html-as-feed.xml") ?? "", /^parser: HTML page served as a feed/);
  assert.match(errorOf("/empty.xml") ?? "", /^parser: empty body/);
  assert.match(errorOf("/huge.xml") ?? "", /^fetcher: body exceeds 5 MB$/);
  assert.match(errorOf("/drip.xml") ?? "", /^fetcher: timed out after 1500 ms/);
  assert.match(errorOf("/loop.xml") ?? "", /^fetcher: redirect loop/);
  assert.match(errorOf("/missing.xml") ?? "", /^fetcher: 404 Not Found/);
  assert.match(errorOf("/gone.xml") ?? "", /^fetcher: 410 Gone: source retired/);
  assert.match(errorOf("/busy.xml") ?? "", /^fetcher: 429 Too Many Requests \(Retry-After 120 s\)/);
  assert.match(errorOf("/down.xml") ?? "", /^fetcher: 503 Service Unavailable \(Retry-After 3600 s\)/);
  assert.match(errorOf("/bomb.xml") ?? "", /^fetcher: body exceeds 5 MB after decompression/);
  assert.equal(summary.sources.failed, 11);
  assert.equal(summary.sources.ok, 3);
});

test("failures are recorded on the source rows; 410 retires; Retry-After pushes nextFetchAt", async () => {
  const rows = await getDb().source.findMany();
  const row = (p: string) => rows.find((r) => r.url === srv.base + p)!;
  assert.equal(row("/missing.xml").lastStatus, 404);
  assert.equal(row("/missing.xml").consecutiveFailures, 1);
  assert.match(row("/missing.xml").lastError ?? "", /404/);
  assert.equal(row("/gone.xml").retired, true);
  assert.ok(row("/down.xml").nextFetchAt!.getTime() >= now.getTime() + 3600_000);
  assert.ok(row("/busy.xml").nextFetchAt!.getTime() >= now.getTime() + 120_000);
  assert.equal(row("/good.xml").lastError, null);
  assert.equal(row("/empty-feed.xml").lastError, null);
});

test("hostile sources wrote no documents", async () => {
  const bad = ["/malformed.xml", "/html-as-feed.xml", "/empty.xml", "/huge.xml", "/drip.xml", "/bomb.xml"];
  const ids = (await getDb().source.findMany({ where: { url: { in: bad.map((p) => srv.base + p) } } })).map((s) => s.id);
  assert.equal(await getDb().document.count({ where: { sourceId: { in: ids } } }), 0);
});

test("tricky items: no link, no date, future date, huge title, scripts, duplicate GUIDs, dead page", async () => {
  const docs = await getDb().document.findMany({ where: { source: { url: srv.base + "/good.xml" } } });
  const by = (guid: string) => docs.find((d) => d.guid === guid)!;
  assert.equal(docs.length, 7, "duplicate GUID stored once");
  assert.equal(by("g-dup").url, srv.base + "/p/dup");
  assert.match(by("nolink-1").text, /Only a description/);
  assert.equal(by("g-nodate").publishedAt, null);
  assert.equal(by("g-future").publishedAt, null, "2099 is ignored");
  assert.ok(by("g-big").title.length <= 500);
  const evilDoc = by("g-evil");
  assert.match(evilDoc.url, /\/good\.xml#item-/, "a javascript: link is no link");
  assert.equal(evilDoc.text, "Visible words. click");
  const page = by("g-nodate").text;
  assert.match(page, /Second paragraph stays\./);
  assert.doesNotMatch(page, /injected|javascript|onmouseover|js link/);
  assert.match(by("g-dead").text, /summary survives/);
});

test("a mislabelled Latin-1 feed still decodes right", async () => {
  const d = await getDb().document.findFirst({ where: { guid: "m1" } });
  assert.equal(d?.title, "Réseau coupé à Québec");
});

test("consecutive failures grow the backoff", async () => {
  const url = srv.base + "/missing.xml";
  const waits: number[] = [];
  for (let i = 0; i < 3; i++) {
    const source = (await getDb().source.findUniqueOrThrow({ where: { url } }));
    const planned = [{ source: { ...source, kind: "feed" as const }, kindDeclared: false }];
    await ingestSources(planned, { context: { now, fetch: FAST_FETCH } });
    const after = await getDb().source.findUniqueOrThrow({ where: { url } });
    waits.push(after.nextFetchAt!.getTime() - now.getTime());
  }
  assert.ok(waits[0] < waits[1] && waits[1] < waits[2], `backoff grows: ${waits}`);
  assert.equal((await getDb().source.findUniqueOrThrow({ where: { url } })).consecutiveFailures, 4);
});
