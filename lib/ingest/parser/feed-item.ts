// The shape every feed dialect is mapped to before it becomes documents.

export interface FeedItem {
  guid: string | null;
  link: string | null; // absolute http(s) URL or null
  title: string;
  summaryHtml: string; // description / content / summary, HTML as published
  publishedAt: Date | null;
  updatedAt: Date | null;
}

export interface ParsedFeed {
  title: string | null;
  lang: string | null;
  link: string | null;
  items: FeedItem[];
}

/** An item link resolved against the feed URL; only http(s) links survive (no javascript:). */
export function resolveLink(link: unknown, base: string): string | null {
  if (typeof link !== "string" || !link.trim()) return null;
  try {
    const u = new URL(link.trim(), base);
    return u.protocol === "http:" || u.protocol === "https:" ? u.toString() : null;
  } catch {
    return null;
  }
}
