// One source refresh (Miniflux's handler): conditional fetch, format detection, documents saved,
// then the source row updated. The validators (ETag, Last-Modified) are stored only after every
// document is saved, so a run killed halfway fetches the whole response again next time.
import type { SourceKind } from "../../domain/types";
import { saveDocument } from "../../db/documents";
import { recordSourceFailure, recordSourceSuccess, type SourceRecord } from "../../db/sources";
import { SOCIAL_FEED_PATTERNS } from "../data/social-urls";
import { decodeBody } from "../fetcher/decode-body";
import { FetchError } from "../fetcher/fetch-error";
import { fetchWithRetry } from "../fetcher/fetch-with-retry";
import type { FetchedResponse } from "../fetcher/fetch-url";
import { detectFormat, isFeedFormat } from "../parser/detect-format";
import { parseFeed } from "../parser/parse-feed";
import { isStatuspageHistory, parseStatuspageHistory } from "../parser/parse-statuspage-history";
import { parseStatuspageJson, statuspageName } from "../parser/parse-statuspage-json";
import { findFeedLink } from "../parser/find-feed-link";
import { findStatuspageFeeds, type StatuspageEndpoints } from "../parser/find-statuspage-feeds";
import { pageDocument } from "./page-document";
import { saveFeedItems } from "./save-feed-items";
import { statusDocuments } from "./status-documents";
import type { DocumentCounts, IngestContext } from "./ingest-context";
import { nextFetchAt } from "./next-fetch-at";

export interface SourceReport {
  url: string;
  ok: boolean;
  kind: SourceKind;
  status: number | null;
  notModified: boolean;
  error: string | null;
  documents: DocumentCounts;
}

interface Handled {
  kind: SourceKind;
  name?: string | null;
  lang?: string | null;
}

// "GitHub Status - Incident History" → "GitHub Status"
const historyFeedName = (title: string | null | undefined) => title?.replace(/\s*[-–—|]\s*Incident History\s*$/i, "").trim() || null;

const looksLikeFeedType = (ct: string | null) => /xml|rss|atom|json/i.test(ct ?? "");

async function handleBody(res: FetchedResponse, source: SourceRecord, kindLocked: boolean, ctx: IngestContext, counts: DocumentCounts, depth = 0): Promise<Handled> {
  const text = decodeBody(res.body, res.contentType);
  const format = detectFormat(text, res.contentType);
  if (format === "empty") throw new Error("parser: empty body");
  if (format === "statuspage-json") {
    await saveAll(statusDocuments(parseStatuspageJson(text, res.finalUrl), source, ctx.now), counts, false);
    return { kind: "statuspage", name: statuspageName(text) };
  }
  if (isFeedFormat(format)) {
    const feed = parseFeed(text, res.finalUrl, { zone: source.zone, contentLocation: res.contentLocation, contentLanguage: res.contentLanguage });
    if (isStatuspageHistory(res.finalUrl, feed)) {
      await saveAll(statusDocuments(parseStatuspageHistory(feed), source, ctx.now), counts, false);
      return { kind: "statuspage", name: historyFeedName(feed.title), lang: feed.lang };
    }
    const social = source.kind === "social" || SOCIAL_FEED_PATTERNS.some((p) => p.test(source.url));
    const kind: SourceKind = social ? "social" : "feed";
    await saveFeedItems(feed, { ...source, kind }, ctx, counts);
    return { kind, name: feed.title, lang: feed.lang };
  }
  if (format === "html") {
    if (looksLikeFeedType(res.contentType)) throw new Error(`parser: HTML page served as a feed (Content-Type ${res.contentType})`);
    const statuspage = findStatuspageFeeds(text, res.finalUrl);
    if (statuspage && (!kindLocked || source.kind === "statuspage")) return handleStatuspageHome(statuspage, source, ctx, counts);
    const feedLink = !kindLocked || source.kind === "feed" ? findFeedLink(text, res.finalUrl) : null;
    if (feedLink && feedLink !== res.finalUrl && depth === 0) return handleBody(await fetchWithRetry(feedLink, ctx.fetch), source, true, ctx, counts, 1);
    if (kindLocked && source.kind !== "page") throw new Error(`parser: expected a ${source.kind}, got an HTML page`);
    const draft = pageDocument(text, res.finalUrl, source, ctx.now);
    counts[await saveDocument(draft, { dedupeByContent: true })]++;
    return { kind: "page" };
  }
  throw new Error(`parser: unable to detect feed format (Content-Type ${res.contentType ?? "none"})`);
}

// the JSON API carries update ids and components; the history feed is the fallback
async function handleStatuspageHome(at: StatuspageEndpoints, source: SourceRecord, ctx: IngestContext, counts: DocumentCounts): Promise<Handled> {
  let updates;
  let name: string | null;
  try {
    const api = await fetchWithRetry(at.api, ctx.fetch);
    const text = decodeBody(api.body, api.contentType);
    updates = parseStatuspageJson(text, api.finalUrl);
    name = statuspageName(text);
  } catch {
    const feed = await fetchWithRetry(at.history, ctx.fetch);
    const parsed = parseFeed(decodeBody(feed.body, feed.contentType), feed.finalUrl, { zone: source.zone });
    updates = parseStatuspageHistory(parsed);
    name = historyFeedName(parsed.title);
  }
  await saveAll(statusDocuments(updates, source, ctx.now), counts, false);
  return { kind: "statuspage", name };
}

async function saveAll(drafts: Parameters<typeof saveDocument>[0][], counts: DocumentCounts, dedupeByContent: boolean): Promise<void> {
  for (const d of drafts) counts[await saveDocument(d, { dedupeByContent })]++;
}

/** Refreshes one source and records the outcome on its row; never throws for a source's fault. */
export async function refreshSource(source: SourceRecord, kindLocked: boolean, ctx: IngestContext): Promise<SourceReport> {
  const counts: DocumentCounts = { new: 0, updated: 0, unchanged: 0, pagesFailed: 0 };
  const report = (ok: boolean, kind: SourceKind, status: number | null, error: string | null, notModified = false): SourceReport =>
    ({ url: source.url, ok, kind, status, notModified, error, documents: counts });
  try {
    const res = await fetchWithRetry(source.url, { ...ctx.fetch, etag: source.etag, lastModified: source.lastModified });
    if (res.notModified) {
      await recordSourceSuccess(source.id, { at: ctx.now, status: 304, nextFetchAt: nextFetchAt(ctx.now, source.kind, 0) });
      return report(true, source.kind, 304, null, true);
    }
    const handled = await handleBody(res, source, kindLocked, ctx, counts);
    await recordSourceSuccess(source.id, {
      at: ctx.now, status: res.status, nextFetchAt: nextFetchAt(ctx.now, handled.kind, 0), kind: handled.kind,
      etag: res.etag, lastModified: res.lastModified, name: source.name ? undefined : handled.name, lang: source.lang ? undefined : handled.lang,
      pagesFailed: counts.pagesFailed,
    });
    return report(true, handled.kind, res.status, null);
  } catch (e) {
    const info = e instanceof FetchError ? e.info : {};
    const error = (e as Error).message || String(e);
    const failures = source.consecutiveFailures + 1;
    await recordSourceFailure(source.id, {
      at: ctx.now, status: info.status ?? null, error, failures, retired: info.retired === true,
      nextFetchAt: nextFetchAt(ctx.now, source.kind, failures, info.retryAfterMs),
    });
    return report(false, source.kind, info.status ?? null, error);
  }
}
