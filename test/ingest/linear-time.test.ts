// Issue 14: a page of 100,000 nested elements took 156 s and then overflowed the stack (per-block
// .parents()/.find(), recursive .text(), the parser's per-level cost). Reproduced, with bounds far
// above what the linear code needs and far below what the old code took.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as cheerio from "cheerio";
import { capNesting, MAX_NESTING } from "../../lib/ingest/scraper/cap-nesting";
import { htmlToText, scrapeArticle } from "../../lib/ingest/scraper/scrape-article";

const HONEST = "The payment service was down for two hours on Tuesday morning, the company said.";

function depthOf(html: string): number {
  const $ = cheerio.load(html);
  let max = 0;
  const stack: [import("domhandler").AnyNode, number][] = [[$.root().get(0)!, 0]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    max = Math.max(max, d);
    if ("children" in n) for (const c of n.children) stack.push([c, d + 1]);
  }
  return max;
}

test("tags opening deeper than the cap are left out, their text kept; ordinary markup is untouched", () => {
  const deep = `<div>${"<section>".repeat(400)}deep text${"</section>".repeat(400)}</div><p>after</p>`;
  const capped = capNesting(deep);
  assert.ok(depthOf(capped) <= MAX_NESTING + 4, `depth ${depthOf(capped)}`);
  assert.match(cheerio.load(capped).text(), /deep text\s*after/);
  // unclosed <p> and <li>, void elements, comments and scripts holding tags do not count as depth
  const ordinary = `<html><body><ul>${"<li>item <br><img src=x>".repeat(600)}</ul>${"<p>para".repeat(600)}<!-- ${"<div>".repeat(600)} --><script>${"<div>".repeat(600)}</script></body></html>`;
  assert.equal(capNesting(ordinary), ordinary);
  // an end tag with no open tag cannot hide depth from the count
  const stray = `${"<div></x>".repeat(400)}z`;
  assert.ok(depthOf(capNesting(stray)) <= MAX_NESTING + 4);
});

test("a page of 100,000 nested elements is read in linear time, its article intact", { timeout: 120_000 }, () => {
  const n = 100_000;
  const html = `<!doctype html><html><head><title>Deep</title></head><body><article><p>${HONEST}</p>${"<div><p>x</p>".repeat(n)}${"</div>".repeat(n)}</article></body></html>`;
  const t0 = performance.now();
  const page = scrapeArticle(html, "https://outlet.example/a");
  const ms = performance.now() - t0;
  assert.ok(page.text.startsWith(HONEST), page.text.slice(0, 100));
  assert.ok(ms < 60_000, `took ${ms.toFixed(0)} ms`);
  const t1 = performance.now();
  assert.equal(htmlToText(`${"<div>".repeat(n)}deep${"</div>".repeat(n)}`), "deep");
  assert.ok(performance.now() - t1 < 20_000);
});
