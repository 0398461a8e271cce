// The followed sources and how their fetching goes, for /sources.
import { getDb } from "./client";

export interface SourceHealth {
  url: string;
  name: string | null;
  kind: string;
  lang: string | null;
  official: boolean;
  lastFetchedAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  consecutiveFailures: number;
  /** item pages the last refresh could not fetch */
  pagesFailed: number;
  documentCount: number;
  retired: boolean;
}

/** Every source, failing ones first, then by name. */
export async function listSourceHealth(): Promise<SourceHealth[]> {
  const rows = await getDb().source.findMany({
    select: {
      url: true, name: true, kind: true, lang: true, official: true, lastFetchedAt: true, lastStatus: true,
      lastError: true, consecutiveFailures: true, lastPagesFailed: true, retired: true, _count: { select: { documents: true } },
    },
    orderBy: [{ consecutiveFailures: "desc" }, { name: "asc" }, { url: "asc" }],
  });
  return rows.map((r) => ({
    url: r.url, name: r.name, kind: r.kind, lang: r.lang, official: r.official,
    lastFetchedAt: r.lastFetchedAt?.toISOString() ?? null, lastStatus: r.lastStatus, lastError: r.lastError,
    consecutiveFailures: r.consecutiveFailures, pagesFailed: r.lastPagesFailed, documentCount: r._count.documents, retired: r.retired,
  }));
}
