// One Feed object rendered as RSS 2.0, Atom 1.0 or JSON Feed 1 (the `feed` package).
import { Feed } from "feed";

export type FeedFormat = "rss" | "atom" | "json";

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

/** The feed's text in `format`. */
export function renderFeed(feed: Feed, format: FeedFormat): string {
  if (format === "rss") return feed.rss2();
  if (format === "atom") return feed.atom1();
  return feed.json1();
}
