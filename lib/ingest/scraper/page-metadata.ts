// Metadata of an article page, read before any cleaning (JSON-LD lives in <script>).
import type { CheerioAPI } from "cheerio";

export interface PageMetadata {
  title: string | null;
  publishedAt: string | null; // as written; the caller validates and clamps
  lang: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
  description: string | null;
}

function jsonLdDates($: CheerioAPI): string | null {
  for (const el of $("script[type='application/ld+json']").toArray()) {
    try {
      const data = JSON.parse($(el).text()) as unknown;
      const queue = Array.isArray(data) ? [...data] : [data];
      while (queue.length) {
        const node = queue.shift() as Record<string, unknown> | null;
        if (!node || typeof node !== "object") continue;
        if (typeof node.datePublished === "string") return node.datePublished;
        if (Array.isArray(node["@graph"])) queue.push(...node["@graph"]);
      }
    } catch {
      // a broken JSON-LD block is common and only costs us this hint
    }
  }
  return null;
}

const meta = ($: CheerioAPI, sel: string) => $(sel).first().attr("content")?.trim() || null;

function resolve(href: string | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return u.protocol === "http:" || u.protocol === "https:" ? u.toString() : null;
  } catch {
    return null;
  }
}

/** Title, date, language, canonical URL, site name and description of a page. */
export function pageMetadata($: CheerioAPI, pageUrl: string): PageMetadata {
  const h1 = $("article h1, main h1, h1").first().text().replace(/\s+/g, " ").trim();
  return {
    title: meta($, "meta[property='og:title']") || h1 || $("title").first().text().trim() || null,
    publishedAt:
      meta($, "meta[property='article:published_time']") ??
      jsonLdDates($) ??
      meta($, "meta[itemprop='datePublished']") ??
      ($("article time[datetime], time[datetime]").first().attr("datetime") || null) ??
      meta($, "meta[name='date'], meta[name='DC.date.issued'], meta[name='dc.date']"),
    lang: $("html").attr("lang")?.trim() || meta($, "meta[http-equiv='content-language']") || meta($, "meta[property='og:locale']"),
    canonicalUrl: resolve($("link[rel='canonical']").first().attr("href"), pageUrl),
    siteName: meta($, "meta[property='og:site_name']"),
    description: meta($, "meta[property='og:description']") ?? meta($, "meta[name='description']"),
  };
}
