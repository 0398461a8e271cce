// One feed item to one document: the linked page is fetched and its article extracted; when the
// page fails or holds less than the feed said, the item's own description is kept instead.
import crypto from "node:crypto";
import type { DocumentDraft } from "../../db/documents";
import type { SourceRecord } from "../../db/sources";
import { canonicalUrl, declaredCanonical } from "../canonical-url";
import { contentHash } from "../content-hash";
import { decodeBody } from "../fetcher/decode-body";
import { FetchError } from "../fetcher/fetch-error";
import { fetchWithRetry } from "../fetcher/fetch-with-retry";
import { detectFormat } from "../parser/detect-format";
import type { FeedItem, ParsedFeed } from "../parser/feed-item";
import { htmlToText, scrapeArticle, type ScrapedArticle } from "../scraper/scrape-article";
import { clampDate, clip, clipText, documentKind, MAX_TITLE, normaliseLang } from "./draft-fields";
import type { IngestContext } from "./ingest-context";

/** The URL that identifies an item before its page is read: its link, else a key in the feed. */
export function itemKey(item: FeedItem, feedUrl: string): string {
  if (item.link) return canonicalUrl(item.link);
  // Items without a link have no address of their own; the feed URL plus a stable hash is unique.
  const seed = item.guid ?? `${item.title}\n${item.summaryHtml}`;
  return `${canonicalUrl(feedUrl)}#item-${crypto.createHash("sha256").update(seed).digest("hex").slice(0, 16)}`;
}

interface FetchedPage {
  article: ScrapedArticle;
  finalUrl: string;
}

// the page, or null when it is not HTML; `failed` when it could not be fetched at all
async function fetchPage(link: string, ctx: IngestContext): Promise<{ page: FetchedPage | null; failed: boolean }> {
  try {
    const res = await fetchWithRetry(link, { ...ctx.fetch, retries: Math.min(1, ctx.fetch.retries ?? 1) });
    const html = decodeBody(res.body, res.contentType);
    if (detectFormat(html, res.contentType) !== "html") return { page: null, failed: false };
    return { page: { article: scrapeArticle(html, res.finalUrl), finalUrl: res.finalUrl }, failed: false };
  } catch (e) {
    // the description stands in; the feed itself succeeded. A refused address is reported on the source.
    if (e instanceof FetchError && e.info.refused) ctx.problems?.push(e.message);
    return { page: null, failed: true };
  }
}

/** Builds the document of one feed item, fetching its page when it has a link; says whether that fetch failed. */
export async function itemDocument(item: FeedItem, feed: ParsedFeed, source: SourceRecord, ctx: IngestContext): Promise<{ draft: DocumentDraft; pageFailed: boolean }> {
  const key = itemKey(item, source.url);
  // a social post's feed item is the whole post; its page is a JavaScript shell
  const fetched = item.link && source.kind !== "social" ? await fetchPage(item.link, ctx) : { page: null, failed: false };
  const page = fetched.page?.article ?? null;
  const description = htmlToText(item.summaryHtml);
  const usePage = page !== null && page.text.length > 0 && page.text.length >= Math.min(description.length * 0.8, 500);
  const title = clip(item.title || page?.title || description.slice(0, 140), MAX_TITLE);
  const text = clipText(usePage ? page.text : description);
  const draft: DocumentDraft = {
    // the page's own canonical URL merges links that differ only by tracking, only on its own site
    url: (fetched.page && declaredCanonical(page?.canonicalUrl, fetched.page.finalUrl)) ?? key,
    guid: item.guid ? clip(item.guid, 1000) : null,
    sourceId: source.id,
    kind: documentKind(source.kind, source.official, title, text),
    lang: normaliseLang(page?.lang) ?? normaliseLang(feed.lang) ?? normaliseLang(source.lang),
    title,
    text,
    publishedAt: clampDate(item.publishedAt, ctx.now) ?? clampDate(page?.publishedAt, ctx.now),
    contentHash: contentHash(title, text),
  };
  return { draft, pageFailed: fetched.failed };
}
