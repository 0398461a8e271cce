// Reads for the source snapshot page (/sources/<id>): the text extracted from a document when it
// was fetched, so a citation survives when the original moves or its publisher goes away.
import { getDb } from "./client";

export interface DocumentSnapshot {
  id: number;
  url: string;
  title: string;
  text: string;
  lang: string | null;
  kind: string;
  publishedAt: string | null;
  fetchedAt: string;
  updatedAt: string;
  source: string | null;
  incidentSlug: string | null;
}

/** The stored document `id`, or null when there is none. */
export async function getDocumentSnapshot(id: number): Promise<DocumentSnapshot | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const d = await getDb().document.findUnique({
    where: { id },
    select: {
      id: true, url: true, title: true, text: true, lang: true, kind: true, publishedAt: true, fetchedAt: true, updatedAt: true,
      source: { select: { name: true } }, incident: { select: { slug: true } },
    },
  });
  if (!d) return null;
  return {
    id: d.id, url: d.url, title: d.title, text: d.text, lang: d.lang, kind: d.kind,
    publishedAt: d.publishedAt?.toISOString() ?? null, fetchedAt: d.fetchedAt.toISOString(), updatedAt: d.updatedAt.toISOString(),
    source: d.source?.name ?? null, incidentSlug: d.incident?.slug ?? null,
  };
}

/** Document ids by URL for the URLs given (unknown URLs are left out), to link facts to snapshots. */
export async function listDocumentIdsByUrl(urls: string[]): Promise<Record<string, number>> {
  if (urls.length === 0) return {};
  const rows = await getDb().document.findMany({ where: { url: { in: [...new Set(urls)] } }, select: { id: true, url: true } });
  return Object.fromEntries(rows.map((r) => [r.url, r.id]));
}
