// The same contract as scrapeArticle on @mozilla/readability over linkedom, kept to compare the
// two extractors on the dev corpus (test/ingest/extractor-comparison.test.ts).
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import * as cheerio from "cheerio";
import { pageMetadata } from "./page-metadata";
import type { ScrapedArticle } from "./scrape-article";

/** Extracts an article with Readability; metadata as scrapeArticle reads it. */
export function scrapeWithReadability(html: string, pageUrl: string): ScrapedArticle {
  const meta = pageMetadata(cheerio.load(html), pageUrl);
  const { document } = parseHTML(html);
  const parsed = new Readability(document as unknown as Document).parse();
  const blocks = parsed?.content ? cheerio.load(parsed.content)("p, h2, h3, h4, li, blockquote, pre").toArray() : [];
  const $ = cheerio.load("");
  const text = blocks.length
    ? blocks.map((el) => $(el).text().replace(/\s+/g, " ").trim()).filter(Boolean).join("\n")
    : (parsed?.textContent ?? "").trim();
  return { ...meta, title: meta.title ?? parsed?.title ?? null, text };
}
