// Feed route handlers on a seeded SQLite file: content types, service feeds, 304 flows, 404s.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Parser from "rss-parser";
import { testDatabaseUrl } from "../helpers/test-database";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oa-feeds-"));
process.env.DATABASE_URL = testDatabaseUrl(path.join(dir, "f.db"));
const { closeDb, getDb } = await import("../../lib/db/client");
const { makeIncident, seed, seedStandard } = await import("../api/fixtures/seed");
const { serviceSlug } = await import("../../lib/text/service-slug");
const { resetStamp } = await import("../../lib/http/change-stamp");
const { feedRoute } = await import("../../lib/http/feed-route");
// every feed URL goes through one dispatcher (lib/http/feed-route.ts), served by pages/api/feed.ts
const route = { GET: (r: Request, _ctx?: unknown) => feedRoute(r) };
const rss = route;
const atom = route;
const json = route;
const service = route;
const updates = route;

const BASE = "http://127.0.0.1:3000";
const req = (p: string, headers: Record<string, string> = {}) => new Request(BASE + p, { headers });
const serviceFeed = (s: string, h: Record<string, string> = {}) => service.GET(req(`/services/${s}/feed.xml`, h), { params: Promise.resolve({ service: s }) });
const updatesFeed = (s: string, h: Record<string, string> = {}) => updates.GET(req(`/incidents/${s}/feed.xml`, h), { params: Promise.resolve({ slug: s }) });

before(async () => { await seedStandard(); });
after(async () => {
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("the three site feeds answer with their content types and all incidents", async () => {
  const r = await rss.GET(req("/feed.xml"), undefined);
  assert.equal(r.headers.get("content-type"), "application/rss+xml; charset=utf-8");
  const feed = await new Parser().parseString(await r.text());
  assert.deepEqual(feed.items.map((i) => i.link), ["2024-07-19-azure", "2023-03-01-x", "2021-10-04-facebook-instagram-whatsapp"].map((s) => `${BASE}/en/incidents/${s}`));
  assert.equal((await atom.GET(req("/feed.atom"), undefined)).headers.get("content-type"), "application/atom+xml; charset=utf-8");
  const j = await (await json.GET(req("/feed.json?lang=fr"), undefined)).json();
  assert.equal(j.items[2].title, "Panne de Facebook, Instagram, WhatsApp");
  assert.equal((await rss.GET(req("/feed.xml?lang=de"), undefined)).status, 400);
});

test("service feeds resolve names case- and punctuation-insensitively; unknown is 404", async () => {
  const feed = await new Parser().parseString(await (await serviceFeed("instagram")).text());
  assert.deepEqual(feed.items.map((i) => i.link), [`${BASE}/en/incidents/2021-10-04-facebook-instagram-whatsapp`]);
  const missing = await serviceFeed("myspace");
  assert.equal(missing.status, 404);
  assert.equal((await missing.json()).error.code, "not-found");
});

test("a service feed answers at the slug the service page links to, '&' included", async () => {
  await seed([{ incident: makeIncident({ slug: "2022-05-02-at-t", services: ["AT&T"], startedAt: "2022-05-02T10:00:00Z", status: "resolved" }), docs: [] }]);
  resetStamp();
  const slug = serviceSlug("AT&T");
  assert.equal(slug, "at-and-t");
  const r = await serviceFeed(slug);
  assert.equal(r.status, 200);
  assert.deepEqual((await new Parser().parseString(await r.text())).items.map((i) => i.link), [`${BASE}/en/incidents/2022-05-02-at-t`]);
});

test("incident feed lists every timeline update; 304 on If-None-Match and If-Modified-Since", async () => {
  const r = await updatesFeed("2021-10-04-facebook-instagram-whatsapp");
  assert.equal(r.status, 200);
  assert.equal((await new Parser().parseString(await r.text())).items.length, 3);
  const etag = r.headers.get("etag")!;
  const lm = r.headers.get("last-modified")!;
  assert.equal((await updatesFeed("2021-10-04-facebook-instagram-whatsapp", { "if-none-match": etag })).status, 304);
  assert.equal((await updatesFeed("2021-10-04-facebook-instagram-whatsapp", { "if-modified-since": lm })).status, 304);
  assert.equal((await updatesFeed("no-such-incident")).status, 404);
});

test("an ingest write refreshes the site feed without a restart", async () => {
  const first = await rss.GET(req("/feed.xml"), undefined);
  const etag = first.headers.get("etag")!;
  assert.equal((await rss.GET(req("/feed.xml", { "if-none-match": etag }), undefined)).status, 304);
  await getDb().incident.update({ where: { slug: "2023-03-01-x" }, data: { titleEn: "X: links broken worldwide" } });
  resetStamp();
  const next = await rss.GET(req("/feed.xml", { "if-none-match": etag }), undefined);
  assert.equal(next.status, 200);
  assert.match(await next.text(), /links broken worldwide/);
});

test("absolute URLs follow the request's public host; ids do not; Vary names only what changes the body", async () => {
  const a = await rss.GET(req("/feed.xml?lang=fr", { host: "pannes.example", "x-forwarded-proto": "https" }), undefined);
  const text = await a.text();
  const feed = await new Parser().parseString(text);
  assert.match(text, /<atom:link href="https:\/\/pannes\.example\/feed\.xml\?lang=fr" rel="self"/);
  assert.ok(feed.items.every((i) => i.link?.startsWith("https://pannes.example/fr/incidents/")), JSON.stringify(feed.items.map((i) => i.link)));
  const other = await new Parser().parseString(await (await rss.GET(req("/feed.xml?lang=fr", { host: "127.0.0.1:3000" }), undefined)).text());
  assert.deepEqual(other.items.map((i) => i.guid), feed.items.map((i) => i.guid));
  assert.equal(a.headers.get("vary"), "Accept-Encoding, X-Forwarded-Host, X-Forwarded-Proto");
  process.env.SITE_URL = "https://outages.example";
  try {
    const j = await json.GET(req("/feed.json", { host: "elsewhere.example", "accept-language": "fr", cookie: "lang=fr" }), undefined);
    assert.equal(j.headers.get("vary"), "Accept-Encoding");
    const doc = await j.json();
    assert.equal(doc.feed_url, "https://outages.example/feed.json");
    assert.equal(doc.language, "en"); // the language asked for in the URL, not the cookie
  } finally {
    delete process.env.SITE_URL;
  }
});
