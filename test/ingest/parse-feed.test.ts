// The feed reader on feeds written for these tests (English and French): each dialect feature.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseFeed } from "../../lib/ingest/parser/parse-feed";

const URL_ = "https://news.example/feeds/outages.xml";
const atom = (body: string, attrs = "") => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"${attrs}>${body}</feed>`;

test("Atom titles: inline XHTML and HTML become plain text; text keeps its brackets", () => {
  const f = parseFeed(atom(`<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Panne <b>géante</b></div></title>
    <entry><title type="html">Outage &lt;b&gt;over&lt;/b&gt; &amp;amp; fixed</title></entry>
    <entry><title type="text">Why &lt;blink&gt; broke</title></entry>`), URL_);
  assert.equal(f.title, "Panne géante");
  assert.equal(f.items[0].title, "Outage over & fixed");
  assert.equal(f.items[1].title, "Why <blink> broke");
});

test("RSS titles with markup or entities are stored as text, never as HTML", () => {
  const f = parseFeed(`<rss version="2.0"><channel><title>A &amp;#38; B</title>
    <item><title>&lt;img src=x onkeydown="alert(1)"&gt;Réseau rétabli</title></item></channel></rss>`, URL_);
  assert.equal(f.title, "A & B");
  assert.equal(f.items[0].title, "Réseau rétabli");
});

test("Atom content: xhtml without its wrapper div, base64 by mode or by type", () => {
  const b64 = Buffer.from("<p>Service <em>down</em></p>").toString("base64");
  const f = parseFeed(atom(`<entry><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Le service est <em>rétabli</em>.</p></div></content></entry>
    <entry><content type="application/octet-stream">${b64}</content></entry>`), URL_);
  assert.equal(f.items[0].summaryHtml, "<p>Le service est <em>rétabli</em>.</p>");
  assert.equal(f.items[1].summaryHtml, "<p>Service <em>down</em></p>");
  const old = parseFeed(`<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><summary type="text/html" mode="base64">${b64}</summary>
    <issued>2024-03-05T10:00:00+01:00</issued><modified>2024-03-05T12:00:00Z</modified></entry></feed>`, URL_);
  assert.equal(old.items[0].summaryHtml, "<p>Service <em>down</em></p>");
  assert.equal(old.items[0].publishedAt?.toISOString(), "2024-03-05T09:00:00.000Z");
  assert.equal(old.items[0].updatedAt?.toISOString(), "2024-03-05T12:00:00.000Z");
});

test("links resolve against xml:base, then Content-Location, then the document's URL", () => {
  const f = parseFeed(atom(`<link href="/status"/><entry xml:base="/2024/"><link href="mar/panne.html"/></entry><entry><link href="other.html"/></entry>`, ` xml:base="https://base.example/blog/"`), URL_);
  assert.equal(f.link, "https://base.example/status");
  assert.equal(f.items[0].link, "https://base.example/2024/mar/panne.html");
  assert.equal(f.items[1].link, "https://base.example/blog/other.html");
  const rss = `<rss version="2.0"><channel><link>/</link><item><link>articles/1</link></item></channel></rss>`;
  assert.equal(parseFeed(rss, URL_).items[0].link, "https://news.example/feeds/articles/1");
  assert.equal(parseFeed(rss, URL_, { contentLocation: "https://mirror.example/rss/" }).items[0].link, "https://mirror.example/rss/articles/1");
});

test("a stray <br> inside an unescaped description does not swallow the item's link", () => {
  const f = parseFeed(`<rss version="2.0"><channel><item><title>Outage</title><description>First line<br>second line</description><link>https://news.example/a</link><guid isPermaLink="false">a1</guid></item></channel></rss>`, URL_);
  assert.equal(f.items[0].link, "https://news.example/a");
  assert.equal(f.items[0].guid, "a1");
  assert.match(f.items[0].summaryHtml, /First line<br\/?>second line/);
});

test("namespaced RSS 1.0, rdf:about as the id, dc:date; CDF; RSS elements in a prefix", () => {
  const rdf = parseFeed(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rss="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <rss:channel><rss:title>Pannes</rss:title><dc:language>fr</dc:language></rss:channel>
    <rss:item rdf:about="https://news.example/1"><rss:title>Coupure</rss:title><rss:link>https://news.example/1</rss:link><dc:date>2024-03-05T10:00:00+01:00</dc:date></rss:item></rdf:RDF>`, URL_);
  assert.deepEqual([rdf.title, rdf.lang, rdf.items[0].title, rdf.items[0].guid], ["Pannes", "fr", "Coupure", "https://news.example/1"]);
  assert.equal(rdf.items[0].publishedAt?.toISOString(), "2024-03-05T09:00:00.000Z");
  const cdf = parseFeed(`<CHANNEL HREF="https://news.example/"><TITLE>Outages</TITLE><ITEM HREF="/x" LASTMOD="2024-03-05T10:00"><TITLE>Down</TITLE><ABSTRACT>Long outage</ABSTRACT></ITEM></CHANNEL>`, URL_);
  assert.deepEqual([cdf.title, cdf.link, cdf.items[0].link, cdf.items[0].title, cdf.items[0].summaryHtml], ["Outages", "https://news.example/", "https://news.example/x", "Down", "Long outage"]);
});

test("dates without a zone are read in the source's zone, whatever the server's TZ", () => {
  const rss = `<rss version="2.0"><channel><item><title>x</title><pubDate>mar., 05 mars 2024 10:00:00</pubDate></item></channel></rss>`;
  assert.equal(parseFeed(rss, URL_, { zone: "Europe/Paris" }).items[0].publishedAt?.toISOString(), "2024-03-05T09:00:00.000Z");
  assert.equal(parseFeed(rss, URL_).items[0].publishedAt?.toISOString(), "2024-03-05T10:00:00.000Z");
});

test("language: the feed's own, else xml:lang, else Content-Language; en_US becomes en-US", () => {
  assert.equal(parseFeed(atom("", ` xml:lang="en_US"`), URL_).lang, "en-US");
  assert.equal(parseFeed(`<rss><channel><title>t</title></channel></rss>`, URL_, { contentLanguage: "fr-CA" }).lang, "fr-CA");
});

test("a body cut off inside a tag is reported as truncated XML, not read as a shorter feed", () => {
  assert.throws(() => parseFeed(`<rss version="2.0"><channel><item><title>Panne</ti`, URL_), /^Error: parser: malformed XML/);
  assert.throws(() => parseFeed(`<html><body>hi</body></html>`, URL_), /unable to detect feed format/);
});
