// One source refresh (Miniflux's handler): conditional fetch, format detection, documents saved,
// then the source row updated. The validators (ETag, Last-Modified) are stored only after every
// document is saved, so a run killed halfway fetches the whole response again next time.
import type { SourceKind } from "../../domain/types";
import { saveDocument } from "../../db/documents";
import { hasOngoingStatusIncident } from "../../db/has-ongoing-status-incident";
import { recordSourceFailure, recordSourceSuccess, type SourceRecord } from "../../db/sources";
import { SOCIAL_FEED_PATTERNS } from "../data/social-urls";
import { decodeBody } from "../fetcher/decode-body";
import { FetchError } from "../fetcher/fetch-error";
import { fetchWithRetry } from "../fetcher/fetch-with-retry";
import type { FetchedResponse } from "../fetcher/fetch-url";
import { detectFormat, isFeedFormat } from "../parser/detect-format";
import { parseFeed } from "../parser/parse-feed";
import { parseStatusFeed, parseStatusJson, type StatusParse } from "../parser/status/parse-status-body";
import { findFeedLink } from "../parser/find-feed-link";
import { findStatuspageFeeds, type StatuspageEndpoints } from "../parser/find-statuspage-feeds";
import { pageDocument } from "./page-document";
import { saveFeedItems } from "./save-feed-items";
import { hasOpenIncident, statusDocuments } from "./status-documents";
import type { DocumentCounts, IngestContext } from "./ingest-context";
import { nextFetchAt } from "./next-fetch-at";

export interface SourceReport {
  url: string;
  ok: boolean;
  kind: SourceKind;
  status: number | null;
  notModified: boolean;
  error: string | null;
  /** Problems that did not fail the source (refused item pages, items left for the next poll). */
  problems: string[];
  documents: DocumentCounts;
}

interface Handled {
  kind: SourceKind;
  name?: string | null;
  lang?: string | null;
  openIncident?: boolean; // a status page with an unresolved incident is polled more often
}

const looksLikeFeedType = (ct: string | null) => /xml|rss|atom|json/i.test(ct ?? "");

async function handleBody(res: FetchedResponse, source: SourceRecord, kindLocked: boolean, ctx: IngestContext, counts: DocumentCounts, depth = 0): Promise<Handled> {
  const text = decodeBody(res.body, res.contentType);
  const format = detectFormat(text, res.contentType);
  if (format === "empty") throw new Error("parser: empty body");
  const statusJson = format === "statuspage-json" || format === "json" ? parseStatusJson(text, res.finalUrl) : null;
  if (statusJson) return saveStatus(statusJson, source, ctx, counts);
  if (isFeedFormat(format)) {
    const feed = parseFeed(text, res.finalUrl, { zone: source.zone, contentLocation: res.contentLocation, contentLanguage: res.contentLanguage });
    const statusFeed = parseStatusFeed(feed, res.finalUrl);
    if (statusFeed) return saveStatus({ ...statusFeed, lang: feed.lang }, source, ctx, counts);
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

// the JSON API carries update ids and components; the feed is the fallback
async function handleStatuspageHome(at: StatuspageEndpoints, source: SourceRecord, ctx: IngestContext, counts: DocumentCounts): Promise<Handled> {
  let parsed: StatusParse | null = null;
  if (at.api) {
    try {
      const api = await fetchWithRetry(at.api, ctx.fetch);
      parsed = parseStatusJson(decodeBody(api.body, api.contentType), api.finalUrl);
    } catch {
      parsed = null;
    }
  }
  if (!parsed) {
    const res = await fetchWithRetry(at.history, ctx.fetch);
    const feed = parseFeed(decodeBody(res.body, res.contentType), res.finalUrl, { zone: source.zone });
    parsed = parseStatusFeed(feed, res.finalUrl);
    if (!parsed) throw new Error(`parser: ${at.history} is not a status feed`);
  }
  return saveStatus(parsed, source, ctx, counts);
}

async function saveStatus(parsed: StatusParse & { lang?: string | null }, source: SourceRecord, ctx: IngestContext, counts: DocumentCounts): Promise<Handled> {
  await saveAll(statusDocuments(parsed.updates, source, ctx.now), counts, false);
  return { kind: "statuspage", name: parsed.name, lang: parsed.lang ?? null, openIncident: hasOpenIncident(parsed.updates) };
}

async function saveAll(drafts: Parameters<typeof saveDocument>[0][], counts: DocumentCounts, dedupeByContent: boolean): Promise<void> {
  for (const d of drafts) counts[await saveDocument(d, { dedupeByContent })]++;
}

// "fetcher: refused 10.0.0.5: ... (and 3 more)": the first problem in full, the count of the rest
function summariseProblems(problems: string[]): string {
  return problems.length === 1 ? problems[0] : `${problems[0]} (and ${problems.length - 1} more)`;
}

/** Refreshes one source and records the outcome on its row; never throws for a source's fault. */
export async function refreshSource(source: SourceRecord, kindLocked: boolean, shared: IngestContext): Promise<SourceReport> {
  const counts: DocumentCounts = { new: 0, updated: 0, unchanged: 0, pagesFailed: 0 };
  const problems: string[] = [];
  const ctx: IngestContext = { ...shared, problems, firstPoll: source.lastStatus === null };
  const report = (ok: boolean, kind: SourceKind, status: number | null, error: string | null, notModified = false): SourceReport =>
    ({ url: source.url, ok, kind, status, notModified, error, problems, documents: counts });
  try {
    const res = await fetchWithRetry(source.url, { ...ctx.fetch, etag: source.etag, lastModified: source.lastModified });
    if (res.notModified) {
      // an unchanged status page keeps the fast polling of its open incident
      const open = source.kind === "statuspage" && (await hasOngoingStatusIncident(source.id));
      await recordSourceSuccess(source.id, { at: ctx.now, status: 304, nextFetchAt: nextFetchAt(ctx.now, source.kind, 0, undefined, { openIncident: open, intervalMs: ctx.pollIntervalMs }) });
      return report(true, source.kind, 304, null, true);
    }
    const handled = await handleBody(res, source, kindLocked, ctx, counts);
    await recordSourceSuccess(source.id, {
      at: ctx.now, status: res.status, nextFetchAt: nextFetchAt(ctx.now, handled.kind, 0, undefined, { openIncident: handled.openIncident, intervalMs: ctx.pollIntervalMs }), kind: handled.kind,
      etag: res.etag, lastModified: res.lastModified, name: source.name ? undefined : handled.name, lang: source.lang ? undefined : handled.lang,
      note: problems.length > 0 ? summariseProblems(problems) : null, pagesFailed: counts.pagesFailed,
    });
    return report(true, handled.kind, res.status, null);
  } catch (e) {
    const info = e instanceof FetchError ? e.info : {};
    const error = (e as Error).message || String(e);
    const failures = source.consecutiveFailures + 1;
    await recordSourceFailure(source.id, {
      at: ctx.now, status: info.status ?? null, error, failures, retired: info.retired === true,
      nextFetchAt: nextFetchAt(ctx.now, source.kind, failures, info.retryAfterMs, { intervalMs: ctx.pollIntervalMs }),
    });
    return report(false, source.kind, info.status ?? null, error);
  }
}
