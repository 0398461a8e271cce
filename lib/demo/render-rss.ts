// RSS 2.0 feed of one demo outlet: summaries only, so ingest has to follow each link to the page.
import { escapeMarkup as esc } from "./escape-markup";
import { formatRfc822 } from "./format-rfc822";
import { articlePath, feedPath } from "./demo-urls";
import type { DemoArticle, DemoOutlet } from "./load-demo-data";

const summaryLength = 220;

/** The first paragraph cut at a word boundary, as outlets write their teasers. */
export function teaser(paragraphs: string[]): string {
  const first = paragraphs[0] ?? "";
  if (first.length <= summaryLength) return first;
  return first.slice(0, first.lastIndexOf(" ", summaryLength)) + "…";
}

function itemXml(a: DemoArticle, base: string, latin1: boolean): string {
  const page = `${base}${articlePath(a)}`;
  // Feeds commonly tag links with campaign parameters; the page's canonical link omits them.
  const link = `${page}?utm_source=rss&utm_medium=feed`;
  const description = latin1 ? teaser(a.paragraphs).replace(/…/g, "...") : teaser(a.paragraphs);
  return `    <item>
      <title>${esc(a.title)}</title>
      <link>${esc(link)}</link>
      <guid isPermaLink="false">${esc(`${a.outlet}:${a.id}`)}</guid>
      <pubDate>${formatRfc822(a.publishedAt)}</pubDate>
      <dc:creator>${esc(a.author)}</dc:creator>
      <description>${esc(description)}</description>
    </item>`;
}

/** The outlet's RSS 2.0 document, newest first, with <language> and an XML prolog naming the feed's charset. */
export function renderRss(outlet: DemoOutlet, articles: DemoArticle[], base: string): string {
  const latin1 = outlet.encoding === "iso-8859-1";
  const items = [...articles].sort((x, y) => Date.parse(y.publishedAt) - Date.parse(x.publishedAt));
  const newest = items[0]?.publishedAt;
  return `<?xml version="1.0" encoding="${latin1 ? "ISO-8859-1" : "UTF-8"}"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${esc(outlet.name)}</title>
    <link>${esc(`${base}/${outlet.slug}/`)}</link>
    <atom:link href="${esc(base + feedPath(outlet.slug))}" rel="self" type="application/rss+xml"/>
    <description>${esc(outlet.tagline)}</description>
    <language>${outlet.lang === "fr" ? "fr-FR" : "en-US"}</language>
    ${newest ? `<lastBuildDate>${formatRfc822(newest)}</lastBuildDate>` : ""}
    <ttl>15</ttl>
${items.map((a) => itemXml(a, base, latin1)).join("\n")}
  </channel>
</rss>
`;
}
