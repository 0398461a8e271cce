// An article page to its parts (Miniflux's scraper): metadata first, then the clean text.
import * as cheerio from "cheerio";
import { articleText, stripChrome } from "./article-text";
import { capNesting } from "./cap-nesting";
import { pageMetadata } from "./page-metadata";

export interface ScrapedArticle {
  title: string | null;
  text: string;
  publishedAt: string | null;
  lang: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
  description: string | null;
}

// htmlparser2 in HTML mode: about three times faster than parse5 and as good for extraction.
const PARSE_OPTIONS = { xml: { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } };

/** Extracts title, clean text, date, language and canonical URL from an HTML page. */
export function scrapeArticle(html: string, pageUrl: string): ScrapedArticle {
  const $ = cheerio.load(capNesting(html), PARSE_OPTIONS);
  const meta = pageMetadata($, pageUrl);
  stripChrome($);
  return { ...meta, text: articleText($, meta.title) };
}

/** Plain text of an HTML fragment (a feed description), scripts and tags dropped. */
export function htmlToText(fragment: string): string {
  if (!/[<&]/.test(fragment)) return fragment.replace(/\s+/g, " ").trim();
  const $ = cheerio.load(`<body>${capNesting(fragment)}</body>`, PARSE_OPTIONS);
  $("script, style, noscript, iframe, object, embed, svg, template").remove();
  $("br").replaceWith("\n");
  $("p, div, li, h1, h2, h3, h4, blockquote").each((_, el) => void $(el).append("\n"));
  return $("body").text().split("\n").map((l) => l.replace(/\s+/g, " ").trim()).filter(Boolean).join("\n");
}
