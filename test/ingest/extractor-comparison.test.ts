// cheerio (scrapeArticle) against @mozilla/readability on linkedom, on the dev corpus pages:
// how close each extractor's text is to the article as written. The better one is used.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { scrapeArticle } from "../../lib/ingest/scraper/scrape-article";
import { scrapeWithReadability } from "../../lib/ingest/scraper/scrape-with-readability";
import { corpusArticles, corpusAvailable, serveCorpus } from "./helpers/corpus-server";

const available = corpusAvailable();
let stop: (() => void) | null = null;
after(() => stop?.());

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Bag-of-words F1 between an extraction and the reference text. */
function wordF1(got: string, want: string): number {
  const w = new Map<string, number>();
  for (const x of words(want)) w.set(x, (w.get(x) ?? 0) + 1);
  const g = words(got);
  let hit = 0;
  for (const x of g) {
    const n = w.get(x) ?? 0;
    if (n > 0) (hit++, w.set(x, n - 1));
  }
  const p = g.length ? hit / g.length : 0;
  const r = words(want).length ? hit / words(want).length : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

test("cheerio extraction measures at least as well as Readability on the dev corpus", { skip: !available && "../shared absent" }, async () => {
  const server = await serveCorpus();
  stop = server.stop;
  const score = { cheerio: { f1: 0, exact: 0, ms: 0 }, readability: { f1: 0, exact: 0, ms: 0 } };
  const articles = corpusArticles();
  for (const a of articles) {
    const url = `${server.base}/articles/${a.id}.html`;
    const html = await (await fetch(url)).text();
    for (const [name, fn] of [["cheerio", scrapeArticle], ["readability", scrapeWithReadability]] as const) {
      const t0 = performance.now();
      const text = fn(html, url).text;
      score[name].ms += performance.now() - t0;
      score[name].f1 += wordF1(text, a.text) / articles.length;
      if (text.replace(/\s+/g, " ").trim() === a.text.replace(/\s+/g, " ").trim()) score[name].exact++;
    }
  }
  const fmt = (s: typeof score.cheerio) => `word F1 ${s.f1.toFixed(4)}, identical ${s.exact}/${articles.length}, ${(s.ms / articles.length).toFixed(2)} ms/page`;
  console.log(`# cheerio:     ${fmt(score.cheerio)}\n# readability: ${fmt(score.readability)}`);
  assert.ok(score.cheerio.f1 >= 0.98, `cheerio F1 ${score.cheerio.f1}`);
  assert.ok(score.cheerio.f1 >= score.readability.f1 - 0.001, "cheerio is not worse than Readability");
});
