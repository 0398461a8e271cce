// The demo server over real HTTP: feeds that parse, pages with their metadata, the Statuspage,
// conditional GET, the ISO-8859-1 feed's bytes, and escaping of hostile text.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import Parser from "rss-parser";
import { startDemoServer, type DemoServer } from "../../lib/demo/serve-demo";
import { loadDemoData } from "../../lib/demo/load-demo-data";

const data = loadDemoData();
const parser = new Parser();
let srv: DemoServer;

before(async () => {
  srv = await startDemoServer();
});
after(() => srv.close());

const charsetOf = (type: string | null) => (type?.match(/charset=([^;]+)/i)?.[1] ?? "utf-8").toLowerCase();
async function fetchText(url: string): Promise<{ res: Response; text: string }> {
  const res = await fetch(url);
  const bytes = Buffer.from(await res.arrayBuffer());
  return { res, text: iconv.decode(bytes, charsetOf(res.headers.get("content-type"))) };
}

test("lists one RSS feed per outlet, one Atom feed per newsroom and the Statuspage", () => {
  assert.match(srv.baseUrl, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.equal(srv.feedUrls.filter((u) => u.endsWith(".xml") && u.includes("/feeds/")).length, data.outlets.length);
  assert.equal(srv.feedUrls.filter((u) => u.endsWith("/atom.xml")).length, data.newsrooms.length);
  assert.ok(srv.feedUrls.includes(`${srv.baseUrl}/status/api/v2/incidents.json`));
});

test("sources carry name, language, zone and the official flag, and /sources.json serves them", async () => {
  assert.deepEqual(srv.sources.map((s) => s.url), srv.feedUrls);
  const outlet = srv.sources.find((s) => s.url.includes("/feeds/l-echo-des-reseaux.xml"))!;
  assert.deepEqual({ ...outlet, url: "" }, { url: "", name: "L'Écho des réseaux", lang: "fr", zone: "America/Toronto", official: false, kind: "feed" });
  assert.ok(srv.sources.filter((s) => s.url.endsWith("/atom.xml")).every((s) => s.official && s.kind === "feed"));
  assert.equal(srv.sources.find((s) => s.url.endsWith("incidents.json"))?.kind, "statuspage");
  assert.deepEqual(await (await fetch(`${srv.baseUrl}/sources.json`)).json(), srv.sources);
});

test("every RSS feed parses, names its language and links to article pages with their metadata", async () => {
  for (const o of data.outlets) {
    const { res, text } = await fetchText(`${srv.baseUrl}/feeds/${o.slug}.xml`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /^application\/rss\+xml/);
    const feed = await parser.parseString(text);
    assert.equal(feed.title, o.name);
    assert.match(text, new RegExp(`<language>${o.lang}-`));
    const expected = data.articles.filter((a) => a.outlet === o.slug);
    assert.equal(feed.items.length, expected.length);
    for (const item of feed.items) {
      const a = expected.find((x) => x.title === item.title);
      assert.ok(a, `unexpected item ${item.title}`);
      assert.equal(new Date(item.pubDate!).toISOString(), new Date(a.publishedAt).toISOString());
      await checkArticlePage(item.link!, a.lang, a.title, a.publishedAt, a.paragraphs);
    }
  }
});

async function checkArticlePage(link: string, lang: string, title: string, publishedAt: string, paragraphs: string[]): Promise<void> {
  const { res, text } = await fetchText(link);
  assert.equal(res.status, 200, link);
  assert.match(res.headers.get("content-type") ?? "", /^text\/html; charset=utf-8/);
  assert.match(text, new RegExp(`<html lang="${lang}">`));
  assert.ok(text.includes(`<meta property="article:published_time" content="${publishedAt}">`));
  const canonical = text.match(/<link rel="canonical" href="([^"]+)">/)?.[1];
  assert.equal(canonical, link.replace(/\?.*$/, ""), "canonical drops the feed's tracking parameters");
  const ld = JSON.parse(text.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]);
  assert.equal(ld.headline, title);
  assert.equal(ld.datePublished, publishedAt);
  for (const chrome of ["<nav", "share-bar", "class=\"ad ", "class=\"related\"", "<footer"]) assert.ok(text.includes(chrome), `${link} lacks ${chrome}`);
  const firstWords = paragraphs[0].slice(0, 30).replace(/&/g, "&amp;").replace(/'/g, "&#39;");
  assert.ok(text.includes(firstWords), `${link} lacks its text`);
}

test("newsroom Atom feeds parse and link to statement pages typed as articles", async () => {
  for (const room of data.newsrooms) {
    const { res, text } = await fetchText(`${srv.baseUrl}/newsroom/${room.slug}/atom.xml`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /^application\/atom\+xml/);
    const feed = await parser.parseString(text);
    const expected = data.statements.filter((s) => s.newsroom === room.slug);
    assert.equal(feed.items.length, expected.length);
    for (const item of feed.items) {
      const s = expected.find((x) => x.title === item.title)!;
      assert.ok(item.content?.includes(s.paragraphs[0].slice(0, 20)), "full text in the entry");
      await checkArticlePage(item.link!, s.lang, s.title, s.publishedAt, s.paragraphs);
    }
  }
});

test("the Statuspage serves incidents.json with absolute shortlinks that resolve", async () => {
  const res = await fetch(`${srv.baseUrl}/status/api/v2/incidents.json`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get("content-type") ?? "", /^application\/json/);
  const json = (await res.json()) as { page: { url: string }; incidents: { shortlink: string; incident_updates: unknown[] }[] };
  assert.equal(json.page.url, `${srv.baseUrl}/status`);
  assert.ok(json.incidents.length >= 1);
  for (const inc of json.incidents) {
    assert.ok(inc.shortlink.startsWith(`${srv.baseUrl}/status/incidents/`));
    const page = await fetch(inc.shortlink);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Cloudflare global network experiencing issues/);
  }
});

test("conditional GET: 304 on a matching ETag or a recent If-Modified-Since, 200 otherwise", async () => {
  for (const url of [srv.feedUrls[0], srv.feedUrls.at(-1)!, `${srv.baseUrl}/newsroom/meta/atom.xml`]) {
    const first = await fetch(url);
    await first.arrayBuffer();
    const etag = first.headers.get("etag")!;
    const lastModified = first.headers.get("last-modified")!;
    assert.match(etag, /^"[^"]+"$/);
    assert.ok(!Number.isNaN(Date.parse(lastModified)));
    const byTag = await fetch(url, { headers: { "if-none-match": `W/${etag}, "other"` } });
    assert.equal(byTag.status, 304);
    assert.equal((await byTag.arrayBuffer()).byteLength, 0);
    assert.equal(byTag.headers.get("etag"), etag);
    assert.equal((await fetch(url, { headers: { "if-modified-since": lastModified } })).status, 304);
    const stale = await fetch(url, { headers: { "if-none-match": '"stale"', "if-modified-since": lastModified } });
    assert.equal(stale.status, 200, "If-None-Match takes precedence");
    await stale.arrayBuffer();
    const older = new Date(Date.parse(lastModified) - 1000).toUTCString();
    const changed = await fetch(url, { headers: { "if-modified-since": older } });
    assert.equal(changed.status, 200);
    await changed.arrayBuffer();
  }
});

test("the ISO-8859-1 feed declares its charset and its bytes decode as Latin-1, not UTF-8", async () => {
  const url = srv.feedUrls.find((u) => u.includes("la-depeche-tech"))!;
  const res = await fetch(url);
  assert.equal(res.headers.get("content-type"), "application/rss+xml; charset=ISO-8859-1");
  const bytes = Buffer.from(await res.arrayBuffer());
  assert.ok(bytes.subarray(0, 60).toString("latin1").startsWith('<?xml version="1.0" encoding="ISO-8859-1"?>'));
  assert.ok(bytes.includes(Buffer.from([0xe9])), "é is one byte 0xE9");
  assert.ok(!bytes.includes(Buffer.from([0xc3, 0xa9])), "no UTF-8 é");
  assert.ok(new TextDecoder("utf-8").decode(bytes).includes("\uFFFD"), "the bytes are not valid UTF-8");
  const feed = await parser.parseString(iconv.decode(bytes, "latin1"));
  assert.equal(feed.title, "La Dépêche Tech");
  const titles = data.articles.filter((a) => a.outlet === "la-depeche-tech").map((a) => a.title).sort();
  assert.deepEqual(feed.items.map((i) => i.title).sort(), titles);
});

test("HEAD has no body, unknown paths are 404, other methods 405", async () => {
  const head = await fetch(srv.feedUrls[0], { method: "HEAD" });
  assert.equal(head.status, 200);
  assert.ok(Number(head.headers.get("content-length")) > 0);
  assert.equal((await fetch(`${srv.baseUrl}/nope.html`)).status, 404);
  assert.equal((await fetch(srv.feedUrls[0], { method: "POST", body: "x" })).status, 405);
});
