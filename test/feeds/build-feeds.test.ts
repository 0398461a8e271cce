// Pure feed builders: RSS 2.0, Atom and JSON Feed output parsed back with real parsers.
import { test } from "node:test";
import assert from "node:assert/strict";
import Parser from "rss-parser";
import { XMLParser } from "fast-xml-parser";
import { buildIncidentsFeed } from "../../lib/feeds/build-incidents-feed";
import { buildIncidentUpdatesFeed } from "../../lib/feeds/build-incident-updates-feed";
import { makeIncident } from "../api/fixtures/seed";

const origin = "https://atlas.example";
const fb = makeIncident({
  slug: "2021-10-04-facebook", services: ["Facebook", "Instagram"], title: "Facebook & Instagram <down>", titleFr: "Panne de Facebook",
  startedAt: "2021-10-04T15:39:00Z", endedAt: "2021-10-04T22:00:00Z", durationMinutes: 381,
  cause: { category: "network-bgp-dns", summary: "BGP routes withdrawn", status: "confirmed", sources: [] },
  timeline: [
    { at: "2021-10-04T15:39:00Z", precision: "minute", kind: "start", text: "First reports <script>x()</script>", sources: ["https://a.example/1?x=1&y=2"] },
    { at: "2021-10-04T22:00:00Z", precision: "minute", kind: "recovery", text: "Back online", sources: [] },
    { at: "not a date", precision: "minute", kind: "update", text: "garbage", sources: [] },
  ],
});
const x = makeIncident({ slug: "2023-03-01-x", services: ["X"], status: "ongoing" });
const items = [{ incident: x, updatedAt: new Date("2023-03-02T00:00:00Z") }, { incident: fb, updatedAt: new Date("2021-10-06T00:00:00Z") }];
const selfLinks = { rss: `${origin}/feed.xml`, atom: `${origin}/feed.atom`, json: `${origin}/feed.json` };
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });

test("RSS 2.0 parses back with items, escaped titles and a self link", async () => {
  const text = buildIncidentsFeed({ origin, lang: "en", service: null, selfLinks, incidents: items }, "rss");
  const feed = await new Parser().parseString(text);
  assert.equal(feed.items.length, 2);
  assert.equal(feed.items[1].title, "Facebook & Instagram <down>");
  assert.equal(feed.items[1].link, `${origin}/incidents/2021-10-04-facebook`);
  assert.equal(feed.items[1].guid, `${origin}/incidents/2021-10-04-facebook`);
  assert.match(feed.items[1].content ?? "", /381 min/);
  const doc = xml.parse(text);
  const links = [doc.rss.channel["atom:link"]].flat();
  assert.ok(links.some((l: Record<string, string>) => l["@rel"] === "self" && l["@href"] === selfLinks.rss), JSON.stringify(links));
});

test("Atom parses back with a self link and updated = latest incident change", () => {
  const text = buildIncidentsFeed({ origin, lang: "fr", service: null, selfLinks, incidents: items }, "atom");
  const doc = xml.parse(text).feed;
  assert.equal(doc.updated, "2023-03-02T00:00:00.000Z");
  assert.ok([doc.link].flat().some((l: Record<string, string>) => l["@rel"] === "self" && l["@href"] === selfLinks.atom));
  const entries = [doc.entry].flat();
  assert.equal(entries[1].title["#text"] ?? entries[1].title, "Panne de Facebook");
});

test("JSON Feed 1 has version, feed_url and items", () => {
  const doc = JSON.parse(buildIncidentsFeed({ origin, lang: "en", service: null, selfLinks, incidents: items }, "json"));
  assert.match(doc.version, /jsonfeed\.org\/version\/1/);
  assert.equal(doc.feed_url, selfLinks.json);
  assert.equal(doc.items.length, 2);
  assert.equal(doc.items[0].url, `${origin}/incidents/2023-03-01-x`);
});

test("an empty feed is still valid and stable", async () => {
  const a = buildIncidentsFeed({ origin, lang: "en", service: "Nothing", selfLinks: { rss: `${origin}/services/Nothing/feed.xml` }, incidents: [] }, "rss");
  assert.equal((await new Parser().parseString(a)).items.length, 0);
  assert.equal(a, buildIncidentsFeed({ origin, lang: "en", service: "Nothing", selfLinks: { rss: `${origin}/services/Nothing/feed.xml` }, incidents: [] }, "rss"));
});

test("incident updates: one item per dated timeline entry, newest first, markup escaped", async () => {
  const text = buildIncidentUpdatesFeed({ origin, lang: "en", incident: fb, updatedAt: new Date("2021-10-06T00:00:00Z"), selfLink: `${origin}/incidents/2021-10-04-facebook/feed.xml` }, "rss");
  const feed = await new Parser().parseString(text);
  assert.equal(feed.items.length, 2);
  assert.match(feed.items[0].title ?? "", /^recovery: Back online/);
  // titles are plain text (RSS 2.0); description and content are HTML, so source markup is escaped there
  const item = [xml.parse(text).rss.channel.item].flat()[1];
  assert.ok(!String(item.description).includes("<script>") && !String(item["content:encoded"]).includes("<script>"), JSON.stringify(item));
  assert.match(feed.items[1].content ?? "", /&lt;script&gt;|&#60;script&#62;/);
  assert.notEqual(feed.items[0].guid, feed.items[1].guid);
});
