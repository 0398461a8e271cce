// RSS 0.9x / 1.0 (RDF) / 2.0 and Atom through rss-parser; when its strict XML reader rejects a
// feed (unescaped "&", stray tags), the lenient fast-xml-parser mapping takes over.
import Parser from "rss-parser";
import { parseFeedLenient } from "./parse-feed-lenient";
import { feedDate, resolveLink, type FeedItem, type ParsedFeed } from "./feed-item";

type RawItem = Record<string, unknown> & { link?: string; guid?: string; id?: string; title?: string };
const rss = new Parser<Record<string, unknown>, RawItem>({
  customFields: { feed: ["dc:language"], item: ["updated", "description", "dc:date", "published"] },
});

function str(v: unknown): string {
  if (typeof v === "string") return v;
  if (v && typeof v === "object" && "_" in v) return String((v as { _: unknown })._);
  return "";
}

function mapItem(i: RawItem, base: string): FeedItem {
  const guid = str(i.guid) || str(i.id) || null;
  const linkish = i.link || (guid && /^https?:/i.test(guid) ? guid : null);
  return {
    guid: guid?.trim() || null,
    link: resolveLink(linkish, base),
    title: str(i.title).trim(),
    summaryHtml: str(i["content:encoded"]) || str(i.content) || str(i.description) || str(i.summary),
    publishedAt: feedDate(i.isoDate) ?? feedDate(i.pubDate) ?? feedDate(i["dc:date"]) ?? feedDate(i.published),
    updatedAt: feedDate(i.updated),
  };
}

/** Parses a feed text into items; throws "parser: ..." when neither reader can make sense of it. */
export async function parseFeed(xml: string, feedUrl: string): Promise<ParsedFeed> {
  let parsed: Awaited<ReturnType<typeof rss.parseString>>;
  try {
    parsed = await rss.parseString(xml);
  } catch {
    return parseFeedLenient(xml, feedUrl);
  }
  const lang = str(parsed.language) || str(parsed["dc:language"]) || xml.slice(0, 2000).match(/<feed[^>]*\bxml:lang=["']([\w-]+)/i)?.[1] || null;
  return {
    title: str(parsed.title) || null,
    lang,
    link: str(parsed.link) || null,
    items: (parsed.items ?? []).map((i) => mapItem(i, feedUrl)),
  };
}
