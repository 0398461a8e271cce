// Golden files of article extraction on page templates seen in the wild (WordPress, div soup,
// a newsroom CMS, schema.org articleBody): the text must be the article and nothing else.
// Readability is scored on the same pages for the record.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { scrapeArticle, htmlToText } from "../../lib/ingest/scraper/scrape-article";
import { scrapeWithReadability } from "../../lib/ingest/scraper/scrape-with-readability";

const dir = path.join(import.meta.dirname, "fixtures", "pages");
const pages = fs.readdirSync(dir).filter((f) => f.endsWith(".html")).map((f) => f.replace(/\.html$/, ""));
const read = (name: string, ext: string) => fs.readFileSync(path.join(dir, `${name}.${ext}`), "utf8");
const URL_ = "https://site.example/news/1";

for (const name of pages) {
  test(`golden text: ${name}`, () => {
    assert.equal(scrapeArticle(read(name, "html"), URL_).text, read(name, "txt").trim());
  });
}

test("metadata: JSON-LD @graph date, canonical, language, og:title", () => {
  const wp = scrapeArticle(read("wordpress", "html"), URL_);
  assert.equal(wp.publishedAt, "2024-05-14T09:12:00+02:00");
  assert.equal(wp.canonicalUrl, "https://blog.example.fr/2024/05/panne-hebergeur/?utm_source=twitter");
  assert.equal(wp.lang, "fr-FR");
  assert.equal(wp.title, "Panne chez un hébergeur : des milliers de sites inaccessibles");
  assert.equal(scrapeArticle(read("articlebody", "html"), URL_).publishedAt, "2023-11-02T18:45:00+01:00");
  assert.equal(scrapeArticle(read("newsroom", "html"), URL_).publishedAt, "2024-07-19T08:30:00+01:00");
});

test("feed descriptions lose scripts, handlers and tags, keep their words", () => {
  assert.equal(htmlToText(`<p onclick="x()">Hello <b>world</b><script>alert(1)</script></p><p>Two</p>`), "Hello world\nTwo");
  assert.equal(htmlToText("plain   text"), "plain text");
});

test("cheerio matches the golden lines at least as well as Readability", () => {
  const lineF1 = (got: string, want: string) => {
    const g = new Set(got.split("\n")), w = new Set(want.trim().split("\n"));
    const hit = [...g].filter((l) => w.has(l)).length;
    return hit === 0 ? 0 : (2 * hit) / (g.size + w.size);
  };
  let cheerio = 0, readability = 0;
  for (const name of pages) {
    cheerio += lineF1(scrapeArticle(read(name, "html"), URL_).text, read(name, "txt")) / pages.length;
    readability += lineF1(scrapeWithReadability(read(name, "html"), URL_).text, read(name, "txt")) / pages.length;
  }
  console.log(`# golden pages, line F1: cheerio ${cheerio.toFixed(3)}, readability ${readability.toFixed(3)}`);
  assert.ok(cheerio >= readability);
  assert.ok(cheerio > 0.99);
});
