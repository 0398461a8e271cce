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
const site = (lang: "en" | "fr", format: "rss" | "atom" | "json", o = origin) =>
  buildIncidentsFeed({ origin: o, lang, service: null, homeUrl: `${o}/?lang=${lang}`, selfUrl: `${o}/feed.${format === "rss" ? "xml" : format}`, incidents: items }, format);
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });

test("RSS 2.0 parses back with items, escaped titles, language links and a self link", async () => {
  const text = site("en", "rss");
  const feed = await new Parser().parseString(text);
  assert.equal(feed.items.length, 2);
  assert.equal(feed.items[1].title, "Facebook & Instagram <down>");
  assert.equal(feed.items[1].link, `${origin}/en/incidents/2021-10-04-facebook`);
  assert.match(feed.items[1].guid ?? "", /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.match(feed.items[1].content ?? "", /381 min/);
  const doc = xml.parse(text);
  assert.equal(doc.rss.channel.language, "en");
  const links = [doc.rss.channel["atom:link"]].flat();
  assert.ok(links.some((l: Record<string, string>) => l["@rel"] === "self" && l["@href"] === selfLinks.rss), JSON.stringify(links));
});

test("ids do not depend on the origin; they differ per language and per incident", async () => {
  const ids = async (text: string) => (await new Parser().parseString(text)).items.map((i) => i.guid);
  assert.deepEqual(await ids(site("en", "rss")), await ids(site("en", "rss", "http://localhost:3000")));
  const [en, fr] = [await ids(site("en", "rss")), await ids(site("fr", "rss"))];
  assert.notEqual(en[0], fr[0]);
  assert.notEqual(en[0], en[1]);
  assert.equal(xml.parse(site("en", "atom")).feed.id, xml.parse(site("en", "atom", "http://localhost:3000")).feed.id);
});

test("Atom: xml:lang, a feed author, categories with a term, updated = latest incident change", () => {
  const doc = xml.parse(site("fr", "atom")).feed;
  assert.equal(doc["@xml:lang"], "fr");
  assert.equal(doc.author.name, "Outage Atlas");
  assert.equal(doc.updated, "2023-03-02T00:00:00.000Z");
  assert.ok([doc.link].flat().some((l: Record<string, string>) => l["@rel"] === "self" && l["@href"] === selfLinks.atom));
  const entries = [doc.entry].flat();
  assert.equal(entries[1].title["#text"] ?? entries[1].title, "Panne de Facebook");
  assert.deepEqual([entries[1].category].flat().map((c: Record<string, string>) => c["@term"]), ["Facebook", "Instagram"]);
  assert.equal([entries[1].link].flat()[0]["@href"], `${origin}/fr/incidents/2021-10-04-facebook`);
});

test("JSON Feed 1.1 with language, authors, feed_url and items", () => {
  const doc = JSON.parse(site("fr", "json"));
  assert.equal(doc.version, "https://jsonfeed.org/version/1.1");
  assert.equal(doc.language, "fr");
  assert.deepEqual(doc.authors, [{ name: "Outage Atlas", url: `${origin}/` }]);
  assert.equal(doc.feed_url, selfLinks.json);
  assert.equal(doc.home_page_url, `${origin}/?lang=fr`);
  assert.equal(doc.items.length, 2);
  assert.equal(doc.items[0].url, `${origin}/fr/incidents/2023-03-01-x`);
});

test("an empty feed is still valid and stable", async () => {
  const build = () => buildIncidentsFeed({ origin, lang: "en", service: "Nothing", homeUrl: `${origin}/services/nothing?lang=en`, selfUrl: `${origin}/services/nothing/feed.xml`, incidents: [] }, "rss");
  assert.equal((await new Parser().parseString(build())).items.length, 0);
  assert.equal(build(), build());
});

test("XML 1.0's forbidden control characters never reach a feed", () => {
  const bad = makeIncident({ slug: "2024-01-01-bad", services: ["Bad\u0001"], title: "Broken\u0000 \u000Btitle\uFFFE" });
  const text = buildIncidentsFeed({ origin, lang: "en", service: null, homeUrl: origin, selfUrl: `${origin}/feed.atom`, incidents: [{ incident: bad, updatedAt: new Date(0) }] }, "atom");
  assert.doesNotMatch(text, /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE]/);
  assert.match(text, /Broken title/);
});

test("incident updates: one item per dated timeline entry, newest first, in the feed's language, markup escaped", async () => {
  const upd = (lang: "en" | "fr") => buildIncidentUpdatesFeed({ origin, lang, incident: fb, updatedAt: new Date("2021-10-06T00:00:00Z"), selfUrl: `${origin}/incidents/2021-10-04-facebook/feed.xml` }, "rss");
  const text = upd("en");
  const feed = await new Parser().parseString(text);
  assert.equal(feed.items.length, 2);
  assert.match(feed.items[0].title ?? "", /^Recovery: Back online/);
  assert.match((await new Parser().parseString(upd("fr"))).items[0].title ?? "", /^Rétablissement: Back online/);
  // titles are plain text: tags leaked from a source's text are dropped, other brackets kept
  assert.equal(feed.items[1].title, "Start: First reports x()");
  const item = [xml.parse(text).rss.channel.item].flat()[1];
  assert.ok(!String(item.description).includes("<script>"), JSON.stringify(item));
  assert.match(feed.items[1].content ?? "", /&lt;script&gt;|&#60;script&#62;/);
  assert.notEqual(feed.items[0].guid, feed.items[1].guid);
});
