// Feed autodiscovery (the RSS Advisory Board's rel=alternate convention, as Miniflux's subscription
// finder does it): a site's home page names its feed; an article page names one too, so a page
// that looks like an article is kept as an article.
import * as cheerio from "cheerio";

const FEED_TYPES = /application\/(rss|atom|rdf)\+xml|application\/xml|text\/xml/i;

function looksLikeArticle($: cheerio.CheerioAPI): boolean {
  if ($("meta[property='og:type']").attr("content")?.trim().toLowerCase() === "article") return true;
  if ($("meta[property='article:published_time']").length) return true;
  if ($("article").length === 1 && $("article p").length >= 1) return true; // home pages list many teasers
  return $("script[type='application/ld+json']").toArray().some((el) => /"@type"\s*:\s*"(News|Blog)?(Article|Posting|Report)"/.test($(el).text()));
}

/** The feed a non-article HTML page announces, resolved against the page URL; null otherwise. */
export function findFeedLink(html: string, pageUrl: string): string | null {
  if (!/rel=["']?alternate/i.test(html)) return null;
  const $ = cheerio.load(html);
  if (looksLikeArticle($)) return null;
  for (const el of $("link[rel~='alternate'][href]").toArray()) {
    if (!FEED_TYPES.test($(el).attr("type") ?? "")) continue;
    try {
      const u = new URL($(el).attr("href")!, pageUrl);
      if (u.protocol === "http:" || u.protocol === "https:") return u.toString();
    } catch {
      continue;
    }
  }
  return null;
}
