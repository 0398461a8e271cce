// The items of one feed: duplicates within the feed dropped, items already stored skipped unless
// the feed says they were updated since, the rest turned into documents and saved one by one.
import { listKnownDocuments, saveDocument } from "../../db/documents";
import type { SourceRecord } from "../../db/sources";
import type { FeedItem, ParsedFeed } from "../parser/feed-item";
import type { DocumentCounts, IngestContext } from "./ingest-context";
import { itemDocument, itemKey } from "./item-document";

function uniqueItems(items: FeedItem[], feedUrl: string, max: number): { item: FeedItem; key: string }[] {
  const seen = new Set<string>();
  const out: { item: FeedItem; key: string }[] = [];
  for (const item of items) {
    const key = itemKey(item, feedUrl);
    if (seen.has(key) || (item.guid && seen.has(`guid:${item.guid}`))) continue;
    seen.add(key);
    if (item.guid) seen.add(`guid:${item.guid}`);
    out.push({ item, key });
    if (out.length >= max) break;
  }
  return out;
}

async function itemsToFetch(feed: ParsedFeed, source: SourceRecord, ctx: IngestContext) {
  const items = uniqueItems(feed.items, source.url, ctx.maxItemsPerFeed);
  const guids = items.map((i) => i.item.guid).filter((g): g is string => !!g);
  const known = await listKnownDocuments(source.id, items.map((i) => i.key), guids);
  const fetchedAt = new Map<string, Date>();
  for (const k of known) {
    fetchedAt.set(k.url, k.fetchedAt);
    if (k.guid) fetchedAt.set(`guid:${k.guid}`, k.fetchedAt);
  }
  const stale = (i: { item: FeedItem; key: string }) => {
    const seen = fetchedAt.get(i.key) ?? (i.item.guid ? fetchedAt.get(`guid:${i.item.guid}`) : undefined);
    return !seen || (i.item.updatedAt !== null && i.item.updatedAt > seen);
  };
  const fresh = items.filter(stale);
  return { fresh, skipped: items.length - fresh.length, known: (i: { key: string }) => fetchedAt.has(i.key) };
}

// Content-hash dedupe is for one article reached under two addresses (syndication, redirects),
// and must never merge two different items: a text too short to identify an article (empty, a
// word, a title alone) is no evidence of sameness, and items one feed lists separately are
// different by the publisher's own word, however alike their text.
const MIN_IDENTIFYING_CHARS = 200;

/** Stores the feed's new and updated items; returns how many documents were new/updated/unchanged. */
export async function saveFeedItems(feed: ParsedFeed, source: SourceRecord, ctx: IngestContext, counts: DocumentCounts): Promise<void> {
  const { fresh, skipped, known } = await itemsToFetch(feed, source, ctx);
  counts.unchanged += skipped;
  // updated items always count; new ones are bounded per poll after the first (issue 14)
  const unseen = fresh.filter((i) => !known(i));
  const cap = ctx.firstPoll ? ctx.maxItemsPerFeed : ctx.maxNewPerPoll;
  const left = new Set(unseen.slice(cap));
  if (left.size > 0) ctx.problems?.push(`ingest: ${left.size} new items left for the next poll (at most ${cap} new documents per poll)`);
  const built = await Promise.all(fresh.filter((i) => !left.has(i)).map(({ item }) => itemDocument(item, feed, source, ctx)));
  const perHash = new Map<string, number>();
  for (const { draft } of built) perHash.set(draft.contentHash, (perHash.get(draft.contentHash) ?? 0) + 1);
  await Promise.all(
    built.map(async ({ draft, pageFailed }) => {
      if (pageFailed) counts.pagesFailed++;
      const dedupeByContent = draft.kind !== "social" && draft.text.length >= MIN_IDENTIFYING_CHARS && perHash.get(draft.contentHash) === 1;
      counts[await saveDocument(draft, { dedupeByContent })]++;
    }),
  );
}
