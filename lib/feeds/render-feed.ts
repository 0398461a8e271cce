// One feed model written as RSS 2.0, Atom 1.0 or JSON Feed 1.1, each to the letter of its spec
// and of the W3C Feed Validator at its "AA" level: a self link equal to the address served, the
// feed's language (RSS <language>, Atom xml:lang, JSON Feed `language`), an author for every
// entry (the feed's), Atom categories with a `term`, ids that are URIs, XML without the control
// characters XML 1.0 forbids.

import { HTML_ELEMENTS } from "./data/html-elements";

export type FeedFormat = "rss" | "atom" | "json";

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

export interface FeedEntry {
  id: string; // a URI (urn:uuid), not tied to the origin
  title: string; // plain text
  url: string; // absolute
  published: Date;
  updated: Date;
  summary: string; // plain text
  contentHtml: string; // HTML, every value escaped by the builder
  categories: string[];
}

export interface FeedModel {
  id: string;
  title: string;
  description: string;
  lang: string;
  homeUrl: string; // the page this feed follows, in the feed's language
  selfUrl: string; // this feed's own address, as served
  updated: Date;
  author: { name: string; url: string };
  entries: FeedEntry[];
}

// XML 1.0 §2.2: no C0 controls but tab, LF, CR; no U+FFFE/U+FFFF; no lone surrogates
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function x(s: string): string {
  return s.replace(XML_INVALID, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

// RSS has no way to say a title is plain text; the validator asks for "&" and "<" as hexadecimal
// references there, which readers cannot mistake for markup
const plainRss = (s: string) => x(s).replace(/&amp;/g, "&#x26;").replace(/&lt;/g, "&#x3C;");

function rss(f: FeedModel): string {
  const items = f.entries.map((e) => `
    <item>
      <title>${plainRss(e.title)}</title>
      <link>${x(e.url)}</link>
      <guid isPermaLink="false">${x(e.id)}</guid>
      <pubDate>${e.published.toUTCString()}</pubDate>
      <description>${x(e.contentHtml)}</description>${e.categories.map((c) => `
      <category>${x(c)}</category>`).join("")}
    </item>`).join("");
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${plainRss(f.title)}</title>
    <link>${x(f.homeUrl)}</link>
    <description>${x(f.description)}</description>
    <language>${x(f.lang)}</language>
    <lastBuildDate>${f.updated.toUTCString()}</lastBuildDate>
    <generator>${x(f.author.name)}</generator>
    <docs>https://www.rssboard.org/rss-specification</docs>
    <atom:link href="${x(f.selfUrl)}" rel="self" type="application/rss+xml"/>${items}
  </channel>
</rss>
`;
}

function atom(f: FeedModel): string {
  const entries = f.entries.map((e) => `
  <entry>
    <id>${x(e.id)}</id>
    <title type="text">${x(e.title)}</title>
    <link rel="alternate" type="text/html" href="${x(e.url)}"/>
    <published>${e.published.toISOString()}</published>
    <updated>${e.updated.toISOString()}</updated>
    <summary type="text">${x(e.summary)}</summary>
    <content type="html">${x(e.contentHtml)}</content>${e.categories.map((c) => `
    <category term="${x(c)}" label="${x(c)}"/>`).join("")}
  </entry>`).join("");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(f.lang)}">
  <id>${x(f.id)}</id>
  <title type="text">${x(f.title)}</title>
  <subtitle type="text">${x(f.description)}</subtitle>
  <updated>${f.updated.toISOString()}</updated>
  <link rel="self" type="application/atom+xml" href="${x(f.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${x(f.homeUrl)}"/>
  <author><name>${x(f.author.name)}</name><uri>${x(f.author.url)}</uri></author>
  <generator uri="${x(f.author.url)}">${x(f.author.name)}</generator>${entries}
</feed>
`;
}

function jsonFeed(f: FeedModel): string {
  return JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title: f.title,
    home_page_url: f.homeUrl,
    feed_url: f.selfUrl,
    description: f.description,
    language: f.lang,
    authors: [f.author],
    items: f.entries.map((e) => ({
      id: e.id, url: e.url, title: e.title, summary: e.summary, content_html: e.contentHtml,
      date_published: e.published.toISOString(), date_modified: e.updated.toISOString(), tags: e.categories,
    })),
  }, null, 2);
}

// Titles are plain text in every format: HTML tags leaked from a source's text are dropped
// (readers would show them, and the validator flags them), other angle brackets are kept.
function plainTitle(s: string): string {
  return s.replace(/<\/?([A-Za-z][A-Za-z0-9]*)\b[^<>]*>/g, (tag, name: string) => (HTML_ELEMENTS.has(name.toLowerCase()) ? "" : tag)).replace(/\s+/g, " ").trim();
}

/** The feed's text in `format`. */
export function renderFeed(feed: FeedModel, format: FeedFormat): string {
  const f = { ...feed, title: plainTitle(feed.title), entries: feed.entries.map((e) => ({ ...e, title: plainTitle(e.title) })) };
  if (format === "rss") return rss(f);
  if (format === "atom") return atom(f);
  return jsonFeed(f);
}
